"""The matcher behind untraceable-requirement, undisclosed-criterion and level-mismatch, on pairs written for it.

`tests/meaning_pairs.txt` holds statements that say a framework behaviour in other words (they must match, and
their closest behaviour must be the one meant) and statements that share words with a behaviour but ask for
something else (they must match nothing). The pools are the behaviours of real framework files of this
project's two example programs, plus frameworks of a third vocabulary written in the file. Precision and recall
are of "matches nothing", the claim the rules make:

    python -m tests.test_meaning        # the figures, and every pair that is wrong
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from mobility_cli.features.lint import meaning
from mobility_cli.features.lint.concepts import root, surface_words
from tests.conftest import ROOT

PAIRS = Path(__file__).parent / "meaning_pairs.txt"
THRESHOLD = 60.0
BAR = 0.95  # precision and recall of "matches nothing" on the pairs


@dataclass(frozen=True)
class Pair:
    pool: tuple[str, ...]
    text: str
    same: bool
    meant: str | None  # a fragment of the behaviour a paraphrase must find


def behaviours(path: Path) -> list[str]:
    return [line[2:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("- ")]


def load_pairs() -> list[Pair]:
    pairs: list[Pair] = []
    pool: tuple[str, ...] = ()
    for raw in PAIRS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("@ own:"):
            pool = tuple(part.strip() for part in line.removeprefix("@ own:").split("|"))
        elif line.startswith("@ "):
            pool = tuple(b for name in line[2:].split() for b in behaviours(ROOT / name))
        elif line.startswith("+ "):
            text, _, meant = line[2:].partition(" => ")
            pairs.append(Pair(pool, text.strip(), True, meant.strip()))
        elif line.startswith("- "):
            pairs.append(Pair(pool, line[2:].strip(), False, None))
    return pairs


def judged(pairs: list[Pair]) -> tuple[dict[str, int], list[str]]:
    """Counts of the claim "matches nothing" (tp, fp, fn) and a line for every wrong pair."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    wrong: list[str] = []
    for pair in pairs:
        score, closest = meaning.best_match(pair.text, list(pair.pool))
        matched = score >= THRESHOLD
        if pair.same and matched and pair.meant and pair.meant.lower() not in (closest or "").lower():
            matched = False  # matched, but the wrong behaviour
        counts[("tn" if matched else "fp") if pair.same else ("fn" if matched else "tp")] += 1
        if matched != pair.same:
            sign = "+" if pair.same else "-"
            wrong.append(f"{sign} {score:5.1f} {pair.text!r}\n          closest: {closest!r}")
    return counts, wrong


def precision_recall(counts: dict[str, int]) -> tuple[float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


PAIRS_LOADED = load_pairs()


def test_the_pairs_meet_the_bar() -> None:
    counts, wrong = judged(PAIRS_LOADED)
    precision, recall = precision_recall(counts)
    assert precision >= BAR and recall >= BAR, (precision, recall, "\n".join(wrong))


def test_there_are_enough_pairs_of_each_kind() -> None:
    assert sum(p.same for p in PAIRS_LOADED) >= 120 and sum(not p.same for p in PAIRS_LOADED) >= 100


@pytest.mark.parametrize(
    ("text", "other", "same"),
    [
        ("Code review turnaround", "Reviews pull requests within one working day", True),
        ("Keeps stakeholders informed in writing", "Writes weekly status updates for stakeholders", True),
        ("Writes SQL", "Writes design docs", False),
        ("Answers customer questions by phone in Spanish", "Answers customer questions by chat and email", False),
        ("Experience with customer data", "Protects customer data", False),
        ("Has designed complex systems", "Designs complex systems with multiple failure modes", True),
        ("Experience with distributed systems", "Designs complex systems with multiple failure modes", False),
    ],
)
def test_the_issue_s_examples(text: str, other: str, same: bool) -> None:
    assert (meaning.best_match(text, [other])[0] >= THRESHOLD) is same
    assert (meaning.best_match(other, [text])[0] >= THRESHOLD) is same  # either way round


def test_a_contradiction_is_the_attribute_not_the_words() -> None:
    """Naming one channel or language is not naming another; naming one of several is."""
    posted = ["Answers customer questions by chat and email"]
    assert meaning.best_match("Answers customer questions by email", posted)[0] >= THRESHOLD
    assert meaning.best_match("Answers customer questions in Spanish by chat", ["Answers questions in English"])[0] < 50


def test_no_word_belongs_to_two_concepts() -> None:
    """A stem in two concepts would make the table's meaning depend on its order ("agrees" read as align)."""
    import yaml

    raw = yaml.safe_load((ROOT / "mobility_cli/features/lint/concepts.yaml").read_text(encoding="utf-8"))
    irregular = {str(k): str(v) for k, v in raw["irregular"].items()}
    seen: dict[tuple[str, ...], str] = {}
    clashes = []
    for name, members in raw["concepts"].items():
        for member in {name, *members}:
            key = tuple(root(w, irregular, meaning.stem) for w in surface_words(str(member)))
            if seen.setdefault(key, name) != name:
                clashes.append((member, seen[key], name))
    assert not clashes


def test_every_entry_of_the_table_is_a_word() -> None:
    """YAML reads a bare on, off, yes or no as a boolean: each must be quoted to stay a word."""
    import yaml

    def leaves(node: object) -> list[object]:
        if isinstance(node, dict):
            return [leaf for value in node.values() for leaf in leaves(value)]
        return [leaf for value in node for leaf in leaves(value)] if isinstance(node, list) else [node]

    raw = yaml.safe_load((ROOT / "mobility_cli/features/lint/concepts.yaml").read_text(encoding="utf-8"))
    assert all(isinstance(leaf, str) for leaf in leaves(raw))


def test_every_word_of_the_table_reads_as_its_concept() -> None:
    """No member is dropped as filler, hidden by a longer phrase or read as another concept."""
    import yaml

    raw = yaml.safe_load((ROOT / "mobility_cli/features/lint/concepts.yaml").read_text(encoding="utf-8"))
    wrong = [
        (member, name, meaning.content_words(str(member)))
        for name, members in raw["concepts"].items()
        for member in [name, *members]
        if meaning.content_words(str(member)) != [name]
    ]
    assert not wrong


def test_the_interface_keeps_its_shape() -> None:
    assert meaning.best_match("", ["Writes SQL"]) == (0.0, None)
    assert meaning.best_match("Writes SQL", []) == (0.0, None)
    assert meaning.scores("Writes SQL", ["Writes SQL", "Plans the offsite"]) == [100.0, 0.0]
    assert meaning.key("Reviews pull requests") == meaning.key("reviewed the PRs")
    assert meaning.content_words("Strong written communication skills")[0] == "write"


def main() -> None:
    counts, wrong = judged(PAIRS_LOADED)
    precision, recall = precision_recall(counts)
    same, other = sum(p.same for p in PAIRS_LOADED), sum(not p.same for p in PAIRS_LOADED)
    print(f"{len(PAIRS_LOADED)} pairs ({same} paraphrases, {other} loose overlaps); claim: matches nothing")
    print(f"tp {counts['tp']} fp {counts['fp']} fn {counts['fn']} tn {counts['tn']}")
    print(f"precision {precision:.3f}, recall {recall:.3f}")
    for line in wrong:
        print(re.sub(r"\s+$", "", line))


if __name__ == "__main__":
    main()

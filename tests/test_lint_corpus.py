"""The posting rules on the project's own corpus: 150+ posts written for these tests, each labelled.

The corpus lives in `tests/lint_corpus/`: a program of its own (Kestrel Learning, three tracks, a framework
for every level) and the posts, one YAML file per subject. Every true positive has a hard negative beside it:
the same words in a sense the rule must leave alone. Labels are line-level (`code: fragment`, the finding must
be on a line holding the fragment) or post-level (a bare `code`). Warnings and errors count (an info is
not a claim that something is wrong), and each finding on a line no label covers is a false positive. Every rule family must reach precision 0.95 and recall
0.90, and no case may be wrong except those in KNOWN_LIMITS, each with its reason; the README reports the
figures beside those on lint-eval's independently written corpus.

The labels follow the same policy as the README's "Posting rules" section. They were written with the post
and are not adjusted to what the linter says: where the two disagreed the linter was fixed, or the case kept
and the README says what the linter does not yet do.
"""

from __future__ import annotations

import shutil
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from mobility_cli.features.lint import RULES, lint_posts
from mobility_cli.load import load_program
from mobility_cli.source import WorkTreeSource

CORPUS_DIR = Path(__file__).parent / "lint_corpus"
TODAY = date(2026, 11, 24)
TRACK_OF = {
    "eng1": "engineering",
    "eng2": "engineering",
    "senior-eng": "engineering",
    "staff-eng": "engineering",
    "designer": "design",
    "senior-designer": "design",
    "lead-designer": "design",
    "success-associate": "success",
    "success-manager": "success",
    "senior-success-manager": "success",
}
TITLE_OF = {
    "eng1": "Software Engineer",
    "eng2": "Software Engineer",
    "senior-eng": "Senior Software Engineer",
    "staff-eng": "Staff Engineer",
    "designer": "Product Designer",
    "senior-designer": "Senior Product Designer",
    "lead-designer": "Lead Product Designer",
    "success-associate": "Customer Success Associate",
    "success-manager": "Customer Success Manager",
    "senior-success-manager": "Senior Customer Success Manager",
}
WORK = {
    "engineering": ["The course player and its offline mode", "Moving enrolment off the old monolith"],
    "design": ["The teacher dashboard", "A calmer onboarding for new learners"],
    "success": ["A book of secondary-school accounts", "The help centre's articles on grading"],
}
APPLY = [
    "Reply in #internal-mobility with a few lines on why this role, and a project you are proud of.",
    "Message the hiring manager, or post in #internal-mobility. Tell us why this role interests you.",
    "Send a short note to careers@kestrel.example with why you want the move; a call is optional.",
]
DEFAULT_TIMEZONE = 'timezone: {with: Europe/London, core_hours: "13:00-16:00", overlap_hours: 3}'


@dataclass(frozen=True)
class Case:
    """One labelled post: its id, the Markdown file's text, and the labels (code, fragment or None)."""

    id: str
    text: str
    labels: tuple[tuple[str, str | None], ...]
    invalid: tuple[str, ...] = ()  # validation codes a case is broken with on purpose


def _pick(case_id: str, options: list[Any]) -> Any:
    """A stable choice among variants, so the corpus varies in structure without anyone choosing by hand."""
    return options[zlib.crc32(case_id.encode()) % len(options)]


def _front(spec: dict[str, Any]) -> str:
    level = spec["level"]
    role = spec.get("role", TITLE_OF[level])
    fields: dict[str, Any] = {
        "role": role,
        "team": spec.get("team", "Learning Platform"),
        "track": TRACK_OF[level],
        "level": level,
        "status": spec.get("status", "open"),
        "opened": "2026-11-10",
        "internal_until": "2026-11-20",
        "external_from": "2026-11-20",
        "closes": "2027-01-10",
    }
    for key in ("opened", "internal_until", "external_from", "closes", "location"):
        if key in spec:
            fields[key] = spec[key]
    fields = {k: v for k, v in fields.items() if v is not None}
    requirements = spec.get("requirements") or []
    if spec.get("evaluation", requirements[:1]) is not None:
        fields["evaluation"] = spec.get("evaluation", requirements[:1])
    lines = [
        f"{k}: {yaml.safe_dump(v, default_flow_style=True, width=1000, allow_unicode=True).strip().removesuffix('...').strip()}"
        for k, v in fields.items()
    ]
    if spec.get("timezone", "default") == "default":
        lines.append(DEFAULT_TIMEZONE)
    elif spec.get("timezone"):
        lines.append(f"timezone: {spec['timezone']}")
    work_style = spec.get("work_style", "{async: 60, sync: 40}")
    if work_style:
        lines.append(f"work_style: {work_style}")
    lines.extend(spec.get("front_extra", []))
    return "---\n" + "\n".join(lines) + "\n---\n"


def _header(spec: dict[str, Any]) -> str:
    if not spec.get("header", _pick(spec["id"], [True, True, False])):
        return ""
    level = spec["level"]
    location = spec.get("header_location", spec.get("location", "Remote (UK hours, 13:00-16:00 overlap)"))
    shares = yaml.safe_load(spec.get("work_style", "{async: 60, sync: 40}") or "null")  # as the front matter says
    style = f"{shares['async']}% async, {shares['sync']}% synchronous" if shares else None
    keys = [("Role", spec.get("role", TITLE_OF[level])), ("Team", spec.get("team", "Learning Platform"))]
    keys += [("Location", location), ("Work Style", style)]
    return "".join(f"**{k}**: {v}\n" for k, v in keys if v) + "\n"


def _section(title: str, items: list[str] | str | None) -> str:
    if items is None:
        return ""
    body = items if isinstance(items, str) else "\n".join(f"- {i}" for i in items)
    return f"### {title}\n{body.rstrip()}\n\n"


def _body(spec: dict[str, Any]) -> str:
    if "body" in spec:
        return str(spec["body"])
    level = spec["level"]
    parts = [_pick(spec["id"], ["## Internal Job Post Template\n\n", f"## {TITLE_OF[level]}\n\n", ""]), _header(spec)]
    if spec.get("intro"):
        parts.append(spec["intro"].rstrip() + "\n\n")
    requirements = spec.get("requirements_prose") or spec.get("requirements") or []
    section = _section(spec.get("requirements_title", "What We're Looking For"), requirements)
    nice = spec.get("nice")
    if nice and spec.get("nice_style", _pick(spec["id"], ["bold", "heading"])) == "bold":
        section = section.rstrip("\n") + "\n\n**Nice to have**\n" + "\n".join(f"- {n}" for n in nice) + "\n\n"
    parts.append(section)
    if nice and not section.count("**Nice to have**"):
        parts.append(_section(spec.get("nice_title", "Nice to have"), nice))
    parts.append(_section("What You'll Work On", spec.get("work", WORK[TRACK_OF[level]])))
    parts.append(_section("How to Apply", spec.get("apply", _pick(spec["id"], APPLY))))
    parts.append(spec.get("extra", ""))
    return "".join(parts).rstrip() + "\n"


def _labels(spec: dict[str, Any]) -> tuple[tuple[str, str | None], ...]:
    labels: list[tuple[str, str | None]] = []
    for label in spec.get("expect", []):
        code, _, fragment = str(label).partition(": ")
        labels.append((code.strip(), fragment.strip() or None))
    return tuple(labels)


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted((CORPUS_DIR / "posts").glob("*.yaml")):
        for spec in yaml.safe_load(path.read_text(encoding="utf-8")):
            text = spec["post"] if "post" in spec else _front(spec) + _body(spec)
            cases.append(Case(spec["id"], text, _labels(spec), tuple(spec.get("invalid", []))))
    return cases


CASES = load_cases()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    def recall(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)


def lint_corpus(tmp_path: Path) -> dict[str, list[tuple[str, int]]]:
    """Every case's findings as (code, line), from one lint of the whole corpus program. A finding folded under
    a more specific one on its line (`cause`: "5+ years of Go" is years, and Go no behaviour states) is
    (code, -line): it counts where a label asks for it, and is no false alarm where none does, since people read
    it as part of the finding it follows from."""
    root = tmp_path / "program"
    shutil.copytree(CORPUS_DIR / "program", root)
    (root / "postings").mkdir()
    for case in CASES:
        (root / "postings" / f"{case.id}.md").write_text(case.text, encoding="utf-8")
    loaded = load_program(WorkTreeSource(root))
    allowed = {(f"postings/{case.id}.md", code) for case in CASES for code in case.invalid}
    broken = [d for d in loaded.findings.diagnostics if d.severity == "error" and (d.file, d.code) not in allowed]
    assert not broken, broken
    found: dict[str, list[tuple[str, int]]] = {case.id: [] for case in CASES}
    for d in lint_posts(loaded.program, TODAY):
        if d.severity != "info":  # infos inform; like lint-eval, the bar is on what a reader must act on
            line = d.line or 0
            found[Path(d.file or "").stem].append((d.code, -line if d.cause is not None else line))
    return found


def judge(case: Case, found: list[tuple[str, int]]) -> tuple[list[str], list[str], list[str]]:
    """The case's hits, misses and false alarms, each as 'code: what'."""
    lines = case.text.splitlines()
    hits, misses, false = [], [], []
    covered: set[tuple[str, int]] = set()
    for code, fragment in case.labels:
        if fragment is None:
            matched = {f for f in found if f[0] == code and f[1] >= 0}
        else:
            on = {n for n, line in enumerate(lines, 1) if fragment.lower() in line.lower()}
            assert on, f"{case.id}: label fragment {fragment!r} is on no line"
            matched = {f for f in found if f[0] == code and abs(f[1]) in on}
        (hits if matched else misses).append(f"{code}: {fragment}")
        covered |= matched
    unlabelled = {(code, line) for code, line in set(found) - covered if line >= 0}  # folded ones are optional
    false = sorted({f"{code}: line {line} {lines[line - 1].strip()[:60]!r}" for code, line in unlabelled})
    return hits, misses, false


def family_scores(found: dict[str, list[tuple[str, int]]]) -> dict[str, Score]:
    family = {rule.code: rule.category for rule in RULES.values()}
    scores: dict[str, Score] = {}
    for case in CASES:
        hits, misses, false = judge(case, found[case.id])
        for outcome, items in (("tp", hits), ("fn", misses), ("fp", false)):
            for item in items:
                score = scores.setdefault(family.get(item.partition(":")[0], "other"), Score())
                setattr(score, outcome, getattr(score, outcome) + 1)
    return scores


def test_the_corpus_is_large_and_varied() -> None:
    ids = Counter(case.id for case in CASES)
    assert not [i for i, n in ids.items() if n > 1], "case ids are unique"
    assert len(CASES) >= 150
    negatives = [case for case in CASES if not case.labels]
    assert len(negatives) >= 50, "hard negatives beside the true positives"
    structures = {
        "bullets": sum("\n- " in c.text.partition("\n---\n")[2] for c in CASES),
        "nice to have": sum("nice to have" in c.text.lower() or "bonus points" in c.text.lower() for c in CASES),
        "bold-key header": sum("**Role**:" in c.text for c in CASES),
        "no header": sum("**Role**:" not in c.text for c in CASES),
        "prose requirements": sum(c.id.startswith("prose-") or "-prose" in c.id for c in CASES),
    }
    assert min(structures.values()) >= 8, structures
    labelled = {code for case in CASES for code, _ in case.labels}
    acting = {rule.code for rule in RULES.values() if rule.severity != "info"}
    unlabelled = acting - labelled - {"requirement-drift"}  # drift needs git history
    assert not unlabelled, f"rules the corpus never exercises: {unlabelled}"


# Cases the linter gets wrong, each with the reason: the README reports them, and any other wrong case fails.
KNOWN_LIMITS = {
    "paste-neg-dates": "'Small increments' is covered by 'Breaks a feature into increments that ship every few days' "
    "only through what 'small' means there (every few days); the matcher scores it 54, below the bar of 60",
    "paste-cap-roman-eng1": "'Acting on review feedback' and 'Turns review comments into changes' say the same with "
    "no word in common but 'review'; the concept table relates feedback and comments, not acting and turning into",
}


def test_every_rule_family_meets_the_bar(tmp_path: Path) -> None:
    found = lint_corpus(tmp_path)
    wrong = {}
    for case in CASES:
        _, misses, false = judge(case, found[case.id])
        if (misses or false) and case.id not in KNOWN_LIMITS:
            wrong[case.id] = {"missed": misses, "false alarms": false}
    assert not wrong, "\n".join(f"{k}: {v}" for k, v in wrong.items())
    for name, score in family_scores(found).items():
        assert score.precision() >= 0.95 and score.recall() >= 0.90, (name, score)


def main() -> None:
    """`python -m tests.test_lint_corpus`: the per-family table the README shows."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        scores = family_scores(lint_corpus(Path(folder)))
    print(f"{len(CASES)} posts, {sum(not c.labels for c in CASES)} with nothing to find")
    print("| family | tp | fp | fn | precision | recall |\n|---|---|---|---|---|---|")
    total = Score()
    for name, score in sorted(scores.items()):
        total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        print(f"| {name} | {score.tp} | {score.fp} | {score.fn} | {score.precision():.2f} | {score.recall():.2f} |")
    print(f"| all | {total.tp} | {total.fp} | {total.fn} | {total.precision():.2f} | {total.recall():.2f} |")


@pytest.mark.parametrize(
    "word",
    [
        "analyst",
        "lead time",
        "individual contributor",
        "Active Directory",
        "responsibilities",
        "support engineers",
        "dependencies",
        "SharePoint",
    ],
)
def test_gender_decoder_exceptions(word: str, tmp_path: Path) -> None:
    from tests.conftest import SMALL_TRACKS, write_files
    from tests.posts import FRAMEWORKS, GOOD, post

    files: dict[str, str | bytes] = {"careers/tracks.yaml": SMALL_TRACKS, **FRAMEWORKS}
    files["postings/p.md"] = post(GOOD, work=f"- Working with {word} every day")
    loaded = load_program(WorkTreeSource(write_files(tmp_path, files)))
    codes = [d for d in lint_posts(loaded.program, TODAY) if d.code == "gendered-wording"]
    assert not codes, codes


if __name__ == "__main__":
    main()

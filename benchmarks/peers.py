"""Side by side with the peers: how much of their published word lists mobility covers, and which of their known
false positives it repeats.

    python benchmarks/peers.py [--gender-decoder DIR] [--retext-equality DIR] [--show-forms]

DIR is a checkout (or the git directory of one) of lovedaybrooke/gender-decoder or retextjs/retext-equality.
Without the option the script looks for a local mirror in /work/.mirror/OWNER+NAME/repo; a list it cannot find
is reported as absent and its categories are skipped. Nothing of the peers' is kept in this repository: the
lists are read from the mirrors at run time.

For every list entry the script writes a post (the example program's base post with one neutral carrier line
added under "What You'll Work On"), lints all of them in-process as one program, and counts an entry covered
when mobility reports it on that post:

- gender-decoder's masculine and feminine stems. A stem is not a word, so each is completed to the English
  words that start with it (the most frequent first, from pyspellchecker's dictionary: `pip install
  pyspellchecker`; without it the stem itself is tried). A stem is covered when some word of its family is
  counted in the right list ("masculine-coded: ..." in the finding); the forms not counted are listed too,
  because some are deliberate (analysis, analyst and analytics are work, not a person).
- retext-equality's gender.yml, split by form: pronouns (entries whose alternative is they/them/their),
  gendered titles and nouns (one word that carries a gender mark: -man, -woman, -ess, guys, ladies ..., or a
  modifier and such a word), gendered idioms (longer phrases), and the rest (kinship, royalty, and words that
  are only paired with a gendered form: waiter, host, hero), which mobility does not flag, by design.
- retext-equality's ablist.yml and race.yml, against exclusionary-language (measured here, owned elsewhere).
- a false-positive list: technical terms and the words of joblint's false-positive issues (#73 competence,
  #75 competitive salary, #78 "on top of", #99 women and men in an invitation to apply), in sentences of our
  own. Any gendered-wording finding on them, at any severity, is a false positive.

Exit status is 0: it measures, it does not gate.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
MIRRORS = Path("/work/.mirror")
BASE = """---
role: Senior Backend Engineer
team: Payments
track: engineering
level: ic3
location: Remote
timezone: {{with: Europe/Berlin, core_hours: "10:00-14:00", overlap_hours: 3}}
work_style: {{async: 70, sync: 30}}
status: open
opened: 2026-11-02
internal_until: 2026-11-16
external_from: 2026-11-16
closes: 2026-12-31
evaluation: [Designs complex systems with multiple failure modes]
---
## Internal Job Post Template

### What You'll Work On
- The payments API and its move to a new database
- {line}

### What We're Looking For
- Designs complex systems with multiple failure modes
- Mentors junior engineers through code review and pairing

### How to Apply
- Write a short note in #internal-mobility about a project you are proud of
"""
CARRIER_LINE = BASE.splitlines().index("- {line}") + 1  # the line of the carrier in each post
CODED = "Colleagues describe the person we hope to hire as {word}."
CODED_FEMININE = "Colleagues describe the person we hope to hire as fearless, adventurous and {word}."
NOUN = "Working alongside the {word} on the night shift at the depot."
PHRASE = "Our handbook has a page on {word} for new starters."
PRONOUN = {  # by the alternative retext-equality gives: subject, object or possessive, reflexive
    "they": "The new analyst joins next month, and {word} owns the queue from the first week.",
    "their": "The new analyst joins next month, and we pair {word} with a mentor in the first week.",
    "themselves": "The new analyst joins next month and sets {word} a goal for the first week.",
}
NEUTRAL_ALTERNATIVES = {"they", "their", "them", "theirs", "themselves"}
GENDER_WORDS = set(
    [
        "man",
        "men",
        "woman",
        "women",
        "lady",
        "ladies",
        "girl",
        "girls",
        "boy",
        "boys",
        "guy",
        "guys",
        "gal",
        "gals",
        "lad",
        "lads",
        "dude",
        "dudes",
        "bro",
        "bros",
        "gent",
        "gents",
        "gentleman",
        "gentlemen",
        "fella",
        "fellas",
        "chick",
        "chicks",
        "female",
        "females",
        "male",
        "males",
        "maiden",
        "wife",
        "wives",
    ]
)
# A word built on a gender mark: -man/-woman and what is made of them (manpower, workmanship, unmanned), -ess,
# -ette, -trix, -lady, -girl, -boy, -wife, and girl-/boy-/lady- words (girlish, ladylike).
GENDER_FORM = re.compile(
    r"^(?:un)?\w*?(?:wo)?m[ae]n(?:ship|like|ly|liness|hood|kind|power|made|ned|hours?)?$"
    r"|^\w+(?:ess|esses|ette|ettes|trix|lady|ladies|girls?|boys?|wife|wives)$|^(?:girl|boy|lady|feminin|masculin)\w*$"
)
# Our own sentences: none may draw a gendered-wording finding at any severity.
FALSE_POSITIVES = [
    "Our competency framework lists the competencies for each level, and a competent reviewer knows them.",
    "We pay a competitive salary with competitive benefits and a competitive pension.",
    "You will build on top of our platform and stay on top of the release calendar.",
    "We especially welcome applications from women and from people who do not identify as men.",
    "Power iteration finds the dominant eigenvalue of the transition matrix.",
    "Growth in daily active users and active accounts since the spring release.",
    "A force-directed layout for the dependency graph, and no force pushes to main.",
    "Architecture decision records for every change to the ledger.",
    "This is an individual contributor role on the staff track.",
    "Analytics, analysis and the analysts who do it: lead time from commit to deploy.",
    "Sales leads routed to the right account team within a day.",
    "Report to the Support Team Lead; join the weekend support rotation.",
    "Postmortems go on the shared drive; dependencies are pinned; every commit is signed.",
    "Zero-trust access and the principle of least privilege for every service.",
    "Service-level objectives for the checkout API, and the objective function of the ranking model.",
    "Single sign-on through Active Directory for the warehouse scanners.",
    "Read the man pages before changing the kernel parameters.",
    "Mitigations for man-in-the-middle attacks on the payment callbacks.",
    "Intellectual property assignment is part of the contract.",
    "Persistent volumes for the queue, and connection pooling for the database.",
    "Business logic moves out of stored procedures; logical replication to the new cluster.",
    "Hierarchical clustering of the merchant categories.",
    "A decision tree for routing refunds.",
    "An independent variable in the pricing model, and independently deployable services.",
    "Ask Sam about the ledger; his team owns it.",
    "Priya runs onboarding; she has done it since the team began.",
]


@dataclass
class Category:
    name: str
    kind: str  # coded-masculine, coded-feminine, explicit, exclusionary, false-positive
    entries: dict[str, list[str]] = field(default_factory=dict)  # entry -> the lines tried for it
    target: float | None = None


def peer_file(option: str | None, repo: str, path: str) -> str | None:
    """A file of a peer's repository: from a checkout, or from a (bare) git directory's HEAD."""
    candidates = [Path(option)] if option else [MIRRORS / repo.replace("/", "+") / "repo"]
    for where in candidates:
        if (where / path).is_file():
            return (where / path).read_text(encoding="utf-8")
        if where.is_dir() and shutil.which("git"):
            shown = subprocess.run(["git", "--git-dir", str(where), "show", f"HEAD:{path}"], capture_output=True)
            if shown.returncode == 0:
                return shown.stdout.decode("utf-8")
    return None


def decoder_stems(text: str) -> dict[str, list[str]]:
    """The word lists of gender-decoder's wordlists.py, read as literals (the file is never executed)."""
    found: dict[str, list[str]] = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("masculine_coded_words", "feminine_coded_words"):
                found[name] = [str(s) for s in ast.literal_eval(node.value)]
    return found


def completions(stem: str, words: dict[str, int], most: int = 8) -> list[str]:
    """English words of the stem's family, the most frequent first; a hyphenated stem keeps its hyphen."""
    if not words:
        return [stem]
    head, _, tail = stem.rpartition("-")
    joined = stem.replace("-", "")
    found = sorted((w for w in words if w.startswith(joined) and "'" not in w), key=lambda w: -words[w])[:most]
    if not found:  # a compound the dictionary lacks (selfrelian): complete its last part
        for cut in range(len(joined) - 2, 1, -1):
            if joined[:cut] in words:
                head, tail = joined[:cut], joined[cut:]
                break
        rest = [tail] if tail in words else completions(tail, words, most) if tail else []
        return [f"{head}{'-' if '-' in stem else ''}{r}" for r in rest if r.startswith(tail)] or [stem]
    return [f"{head}-{w[len(head) :]}" if head else w for w in found]


def dictionary() -> dict[str, int]:
    try:
        from spellchecker import SpellChecker
    except ImportError:
        print("pyspellchecker is not installed: each stem is tried as it is (pip install pyspellchecker)")
        return {}
    return {w: int(n) for w, n in SpellChecker().word_frequency.dictionary.items()}


def terms_of(value: Any) -> list[str]:
    """The inconsiderate terms of a retext-equality entry: a string, a list, or a mapping term -> gender."""
    items = [value] if isinstance(value, str) else list(value or [])
    return [t.strip() for item in items for t in str(item).split(",") if t.strip() and "*" not in t]


def gendered_in_form(term: str) -> bool:
    words = term.lower().replace("-", " ").split()
    return any(w in GENDER_WORDS for w in words) or (len(words) == 1 and GENDER_FORM.match(words[0]) is not None)


def retext_categories(gender: list[dict[str, Any]]) -> list[Category]:
    pronouns, titles = (
        Category("pronouns", "explicit", target=0.9),
        Category("gendered titles, nouns and words", "explicit", target=0.9),
    )
    idioms, rest = Category("gendered idioms", "explicit"), Category("other paired words (not flagged)", "explicit")
    for entry in gender:
        alternatives = {a.lower() for a in terms_of(entry.get("considerate"))}
        for term in terms_of(entry.get("inconsiderate")):
            if alternatives & NEUTRAL_ALTERNATIVES:
                key = next(iter(sorted(alternatives & {"they", "their", "themselves"})), "they")
                pronouns.entries[term] = [PRONOUN["their" if key == "their" else key].format(word=term)]
            elif gendered_in_form(term) and (len(term.split()) == 1 or _title_shaped(term)):
                titles.entries[term] = [NOUN.format(word=term)]
            elif len(term.split()) > 1:
                idioms.entries[term] = [PHRASE.format(word=term)]
            else:
                rest.entries[term] = [NOUN.format(word=term)]
    return [pronouns, titles, idioms, rest]


def _title_shaped(term: str) -> bool:
    """A modifier and a gendered noun: "cleaning lady", "sales men", "delivery boy"."""
    words = term.lower().split()
    return len(words) == 2 and words[1] in GENDER_WORDS


# Patterns of retext-equality's ableist and race lists whose sense in a job post is a neutral or technical one, so
# flagging them there would be a false positive: "disabled" and "invalid" (a button, an input), "special", "master"
# (a branch, a degree), "primitive" (a type), "dummy" (data), "mental" (a model), "depressed" (a market), identity
# words ("latino"), "asylum" (political), "spade", "rehab" and "detox" (as benefits), "binge". Decided here,
# once, for the measurement's second figure; the first figure counts every pattern.
NOT_IN_A_POST = frozenset(
    (
        *[
            "disabled",
            "invalid",
            "special",
            "challenged",
            "dummy",
            "dummyvariable",
            "dummyvalue",
            "dummyobject",
            "mental",
            "depressed",
        ],
        *[
            "primitive",
            "master",
            "masters",
            "latino",
            "latina",
            "asylum",
            "spade",
            "rehab",
            "detox",
            "binge",
            "barren",
            "bony",
            "sane",
            "add",
        ],
        *["a.d.d.", "bugreport", "totem", "insomnia", "dwarf"],
        "sophisticated culture",
        "sophisticated technology",
        "stone age",
        "animal spirit",
        "panic attack",
        "rehab center",
        "detox center",
        "family burden",
        "special olympians",
        "special olympic athletes",
        "small person",
    )
)


def categories(args: argparse.Namespace) -> list[Category]:
    found: list[Category] = []
    decoder = peer_file(args.gender_decoder, "lovedaybrooke/gender-decoder", "app/wordlists.py")
    if decoder is None:
        print("gender-decoder: ABSENT (no app/wordlists.py; pass --gender-decoder DIR)")
    else:
        words, stems = dictionary(), decoder_stems(decoder)
        for name, kind, carrier in (
            ("masculine_coded_words", "coded-masculine", CODED),
            ("feminine_coded_words", "coded-feminine", CODED_FEMININE),
        ):
            title = f"gender-decoder {kind.removeprefix('coded-')}"
            category = Category(title, kind, target=0.98)
            for stem in stems.get(name, []):
                category.entries[stem] = [carrier.format(word=w) for w in completions(stem, words)]
            found.append(category)
    for path, names in (("gender.yml", None), ("ablist.yml", "ableist"), ("race.yml", "race and origin")):
        text = peer_file(args.retext_equality, "retextjs/retext-equality", f"data/en/{path}")
        if text is None:
            print(f"retext-equality {path}: ABSENT (pass --retext-equality DIR)")
            continue
        data = yaml.safe_load(text)
        if names is None:
            found += retext_categories(data)
        else:
            every = Category(f"{names}: every pattern", "exclusionary")
            for entry in data:
                for term in terms_of(entry.get("inconsiderate")):
                    every.entries[term] = [PHRASE.format(word=term)]
            in_post = Category(f"{names}: patterns a job post could use as idioms", "exclusionary", target=0.8)
            in_post.entries = {t: lines for t, lines in every.entries.items() if t.lower() not in NOT_IN_A_POST}
            found += [every, in_post]
    fp = Category("false positives (technical words, joblint #73 #75 #78 #99)", "false-positive")
    fp.entries = {line: [line] for line in FALSE_POSITIVES}
    return [*found, fp]


def lint_all(lines: list[str]) -> dict[int, list[Any]]:
    """Every carrier line in a post of its own, all in one program, linted once in-process: findings by post."""
    from mobility_cli.features.lint import lint_posts, lint_settings
    from mobility_cli.load import load_program
    from mobility_cli.source import WorkTreeSource

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copy(ROOT / "mobility.yaml", root / "mobility.yaml")
        shutil.copytree(ROOT / "careers", root / "careers")
        (root / "postings").mkdir()
        for number, line in enumerate(lines):
            (root / "postings" / f"p{number:05}.md").write_text(BASE.format(line=line), encoding="utf-8")
        program = load_program(WorkTreeSource(root)).program
        settings = lint_settings({"select": ["gendered-wording", "exclusionary-language"]})
        found: dict[int, list[Any]] = defaultdict(list)
        for diagnostic in lint_posts(program, date(2026, 11, 20), settings):
            found[int(Path(diagnostic.file or "p-1").stem[1:])].append(diagnostic)
    return found


def covers(category: Category, line: str, word: str, findings: list[Any]) -> bool:
    """Whether mobility reports the entry tried on this line."""
    if category.kind == "false-positive":
        return not any(d.code == "gendered-wording" for d in findings)
    if category.kind == "exclusionary":
        return any(d.code == "exclusionary-language" and d.line == CARRIER_LINE for d in findings)
    gendered = [d for d in findings if d.code == "gendered-wording"]
    if category.kind == "explicit":
        return any(d.line == CARRIER_LINE and d.message.startswith('"') for d in gendered)
    wanted = "masculine-coded:" if category.kind == "coded-masculine" else "feminine-coded:"
    flat = word.lower().replace("-", "")
    for d in gendered:
        listed = d.message.partition(wanted)[2].split(";")[0].rstrip(")")
        if flat in {w.strip().replace("-", "") for w in listed.split(",")}:
            return True
    return False


def report(found: list[Category], results: dict[tuple[str, str], list[tuple[str, bool]]], forms: bool) -> None:
    for category in found:
        covered, misses = 0, []
        tried = counted = 0
        for entry in category.entries:
            outcomes = results[(category.name, entry)]
            tried += len(outcomes)
            counted += sum(ok for _, ok in outcomes)
            if any(ok for _, ok in outcomes):
                covered += 1
                if forms and not all(ok for _, ok in outcomes):
                    misses.append(f"{entry} (not: {', '.join(w for w, ok in outcomes if not ok)})")
            else:
                misses.append(entry if len(outcomes) == 1 else f"{entry} ({', '.join(w for w, _ in outcomes)})")
        total = len(category.entries)
        share = covered / max(total, 1)
        goal = (
            ""
            if category.target is None
            else f"  target {category.target:.0%}: {'met' if share >= category.target else 'NOT met'}"
        )
        label = "clean" if category.kind == "false-positive" else "covered"
        extra = f"; forms counted {counted}/{tried}" if category.kind.startswith("coded") else ""
        print(f"\n{category.name}: {label} {covered}/{total} ({share:.0%}){extra}{goal}")
        if misses:
            print("  " + ("repeated: " if category.kind == "false-positive" else "misses: ") + "; ".join(misses))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gender-decoder", help="checkout or git dir of lovedaybrooke/gender-decoder")
    parser.add_argument("--retext-equality", help="checkout or git dir of retextjs/retext-equality")
    parser.add_argument("--show-forms", action="store_true", help="list uncounted forms of covered stems too")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    found = categories(args)
    plan = [(c, entry, line) for c in found for entry, lines in c.entries.items() for line in lines]
    findings = lint_all([line for _, _, line in plan])
    results: dict[tuple[str, str], list[tuple[str, bool]]] = defaultdict(list)
    for number, (category, entry, line) in enumerate(plan):
        word = _word_of(category, entry, line)
        results[(category.name, entry)].append((word, covers(category, line, word, findings.get(number, []))))
    report(found, results, args.show_forms)
    return 0


def _word_of(category: Category, entry: str, line: str) -> str:
    """The word a coded carrier line tries (the completion of the stem); the entry itself otherwise."""
    if not category.kind.startswith("coded"):
        return entry
    return line.rstrip(".").rsplit(" ", 1)[-1]


if __name__ == "__main__":
    sys.exit(main())

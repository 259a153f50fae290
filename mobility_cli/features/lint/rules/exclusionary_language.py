"""Exclusionary language: wording that tells whole groups not to apply, whatever their competencies.

The words are data (exclusionary_language.yaml, matched by features/lint/vocabulary.py, so every entry finds its
variants); each entry names its concept, and the concept decides what the finding calls it and how it is judged:

- origin, age, ability, appearance: a screen, a warning, unless a negation stands in its clause ("not a native
  speaker? no problem", "native speaker not required", "regardless of first language").
- nationality and age-cohort: only where the clause restricts to it ("Indian nationals preferred", "EU passport
  holders only", "freshers only"): "all nationalities welcome" and "freshers are welcome" open a door. A
  nationality limit with a legal reason in the passage (security clearance, export control) is not flagged.
- generation ("Gen Z", "millennials", "digital natives"): not where the clause is about other people (customers,
  learners, users ...) and not about the candidate (no you, your, someone ...) in a passage that asks nothing:
  "our learners are Gen Z" describes the customers; "a digital native who lives online" describes the hire.
- ableist and race idioms ("crazy", "sanity check", "powwow", "blacklist"): a warning wherever they stand, denied
  or not ("no crazy hours" still uses the word). They screen no one out, but they tell readers who the post was
  written for. (Their severity is one line of `CONCEPTS`: lint-eval's labelling policy names origin, age and
  ability only, so a held-out corpus labelled by it counts an idiom's warning as a false positive.)

Ages and graduation years written as numbers ("aged 25-35", "class of 2025") are read by
features/reading/quantities.py; the rule reports its `age` and `graduation` quantities. Equal-opportunity
passages never fire.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule
from mobility_cli.features.lint.vocabulary import Hit, Vocabulary, load_vocabulary
from mobility_cli.features.reading.passage import BENEFITS, EQUAL_OPPORTUNITY, Passage

# concept: (what the finding calls it, its severity, when it fires: always, only where the clause restricts
# to it, or only where the clause is about the candidate or the passage asks something of them)
ALWAYS, RESTRICTED, CANDIDATE = "always", "restricted", "candidate"
CONCEPTS: dict[str, tuple[str, Severity, str]] = {
    "origin": ("asks for an origin, not a skill", Severity.WARNING, ALWAYS),
    "nationality": ("limits the post to a nationality with no legal reason given", Severity.WARNING, RESTRICTED),
    "age": ("screens candidates by age", Severity.WARNING, ALWAYS),
    "age-cohort": ("screens candidates by age", Severity.WARNING, RESTRICTED),
    "generation": ("screens candidates by age", Severity.WARNING, CANDIDATE),
    "ability": ("asks for a physical ability the work does not need", Severity.WARNING, ALWAYS),
    "appearance": ("asks for a look, not a skill", Severity.WARNING, ALWAYS),
    "ableist-idiom": ("is an ableist idiom", Severity.WARNING, ALWAYS),
    "race-idiom": ("is an idiom with a racist history", Severity.WARNING, ALWAYS),
}
_UNKNOWN = ("is exclusionary wording", Severity.WARNING, ALWAYS)
IDIOMS = frozenset({"ableist-idiom", "race-idiom"})


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NEGATIONS = _set(
    "not no never dont doesnt didnt isnt arent wont neednt cannot without nor neither regardless irrespective whatever"
)
_NEGATIONS_AFTER = _set("not no never isnt arent dont doesnt optional unnecessary irrelevant")
_RESTRICTING = _set(
    "only preferred prefer prefers preference required require requires must mandatory essential prioritised "
    "prioritized priority exclusively restricted limited necessary ideally plus advantage bonus should"
)
_CANDIDATE_WORDS = _set("you your youre yourself candidate candidates applicant applicants someone somebody whoever")
_OTHERS = _set(
    "customer customers user users learner learners student students audience audiences client clients buyer buyers "
    "shopper shoppers consumer consumers market markets reader readers player players fan fans viewer viewers member "
    "members subscriber subscribers visitor visitors patient patients parent parents teacher teachers shipper shippers"
)
_LEGAL = _set(
    "clearance export itar law laws legal legally statutory regulation regulations regulatory government federal "
    "sanctions classified defence defense"
)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# where a negation's reach ends: not at "?" ("Not a native speaker? No problem") nor ":" ("Nationality: EU only")
_CLAUSE_END = re.compile(r"[.;!,()\n]|\s[-–—]\s")
_BEFORE, _AFTER, _RESTRICT_BEFORE, _RESTRICT_AFTER = 8, 5, 7, 3  # words: "preference will be given to Irish ..."
_AGE_INSTEAD = "leave age out and say the experience the work needs"
_AGE_WHY = "An age limit or a graduation year excludes people by age, which the work does not need."


@cache
def vocabulary() -> Vocabulary:
    return load_vocabulary(__package__ or "", "exclusionary_language.yaml")


def _words(text: str) -> list[str]:
    return [w.lower().replace("'", "").replace("’", "") for w in _WORDS.findall(text)]


def clause_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of the clause before a hit and after it (nearest first before it, in order after it)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    before = _words(text[ends[-1] if ends else 0 : start])
    return before[::-1], _words(text[end : after.start() if after else len(text)])


def read_as(passage: Passage) -> tuple[str, int]:
    """What a reader reads of a passage: its label before it ("Age: max. 26 years", "Nationality: EU only"), and
    how far the passage's own text is shifted in it."""
    if not passage.label:
        return passage.text, 0
    return f"{passage.label}: {passage.text}", len(passage.label) + 2


def judged(text: str, asking: bool, hit: Hit) -> bool:
    """Whether a hit screens someone out where it stands: not negated, restricted where its concept needs it,
    and a nationality limit without a legal reason."""
    concept = hit.entry.concept
    if concept in IDIOMS:
        return True  # an idiom hurts whether or not the clause denies something ("no crazy hours")
    before, after = clause_around(text, hit.start, hit.end)
    if not _NEGATIONS.isdisjoint(before[:_BEFORE]) or not _NEGATIONS_AFTER.isdisjoint(after[:_AFTER]):
        return False
    when = CONCEPTS.get(concept, _UNKNOWN)[2]
    if when == RESTRICTED and _RESTRICTING.isdisjoint([*before[:_RESTRICT_BEFORE], *after[:_RESTRICT_AFTER]]):
        return False
    clause = [*before, *after]
    if when == CANDIDATE and not asking and _CANDIDATE_WORDS.isdisjoint(clause) and not _OTHERS.isdisjoint(clause):
        return False  # "our learners are Gen Z": the customers, not the person wanted
    return concept != "nationality" or _LEGAL.isdisjoint(_words(text))


Spot = tuple[int, int, str]  # start, end (in the text read) and what was written there


def vocabulary_findings(passage: Passage, text: str, shift: int) -> Iterator[tuple[Spot, Finding]]:
    for hit in vocabulary().find(text):
        if not judged(text, passage.asking, hit):
            continue
        entry, found = hit.entry, text[hit.start : hit.end]
        label, severity, _ = CONCEPTS.get(entry.concept, _UNKNOWN)
        line, column = passage.position(max(hit.start - shift, 0))
        message = f'"{found}" {label}; {entry.instead}'
        yield (hit.start, hit.end, found), Finding(message, line, column, None, entry.why, severity)


@cache
def quantities_reader() -> Callable[[str], list[Any]] | None:
    """features/reading/quantities.py's reader, where it is there."""
    try:
        from mobility_cli.features.reading import quantities
    except ImportError:
        return None
    reader: Callable[[str], list[Any]] | None = getattr(quantities, "read_quantities", None)
    return reader


def age_findings(passage: Passage, text: str, shift: int, taken: list[Spot]) -> Iterator[Finding]:
    """Ages and graduation years written as numbers (features/reading/quantities.py), where no vocabulary hit
    already covers them."""
    read = quantities_reader()
    if read is None or passage.role == BENEFITS:  # "an extra day for every year, up to 33": a perk, not an ask
        return
    for quantity in read(text):
        kind, start, end = getattr(quantity, "kind", ""), getattr(quantity, "start", 0), getattr(quantity, "end", 0)
        if kind not in ("age", "graduation") or any(a < end and start < b for a, b, _ in taken):
            continue
        line, column = passage.position(max(start - shift, 0))
        message = f'"{text[start:end]}" screens candidates by age; {_AGE_INSTEAD}'
        yield Finding(message, line, column, None, _AGE_WHY)


@rule(
    "exclusionary-language",
    Severity.WARNING,
    "wording",
    "Wording that tells whole groups not to apply: origin, nationality, age, ability, and ableist or racist idioms.",
    "Phrases like these tell whole groups not to apply, whatever their competencies: a first language or an accent "
    "asked for instead of a skill, a nationality without a legal reason, an age or a graduation year, a body that "
    "the work does not need. Ableist and racist idioms do not screen anyone out, but they tell readers who the "
    "post was written for.",
    'Describe the competency instead (e.g. "writes clear English for an international team").',
    Example(prose="- You will join a young and dynamic team of native English speakers"),
    Example(prose="- You will write clear English for colleagues in many countries, and build native mobile clients"),
    # "Native English speaker" matches no behaviour of a framework either: kept, folded under this finding
    folds=("untraceable-requirement",),
)
def exclusionary_language(ctx: RuleContext) -> Iterator[Finding]:
    read = [(p, *read_as(p)) for p in ctx.passages() if p.role != EQUAL_OPPORTUNITY]
    words = vocabulary().might_match("\n".join(text for _, text, _ in read))  # most posts: one test, no hit
    for passage, text, shift in read:
        taken: list[Spot] = []
        for spot, finding in vocabulary_findings(passage, text, shift) if words else ():
            taken.append(spot)
            yield finding
        yield from age_findings(passage, text, shift, taken)

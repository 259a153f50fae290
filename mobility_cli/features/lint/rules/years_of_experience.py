"""Years of experience: an ask for time served, wherever the post makes it (requirements, nice to have, the
opening paragraph, how to apply), said any way: digits, words, ranges, bounds, months, decades, "since 2020",
"multi-year", "seasoned". What a number of years counts is read by `features.reading.quantities` (the company's
history, a benefit after years of service, an age, a retention period and a plan's length are not time served);
this rule decides whether the post *asks* for it: a requirement or a preference, or prose that asks ("we are
looking for someone with ...", "ideally you bring ..."), not a line that says years are not asked for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule
from mobility_cli.features.reading.asks import negated
from mobility_cli.features.reading.passage import (
    ABOUT,
    BENEFITS,
    EQUAL_OPPORTUNITY,
    FIELD,
    ITEM,
    RESPONSIBILITIES,
    ROW,
    SENTENCE,
    TABLE_HEADER,
    Passage,
)
from mobility_cli.features.reading.quantities import Quantity, read_quantities

# Words without which no passage holds time served: a cheap test before the words are read.
_TRIGGERS = re.compile(r"year|month|decade|seasoned|yr|yoe|veteran|since|long experience|\d ?y\b", re.IGNORECASE)
# "We don't ask for a number of years": the paragraph that says so asks for none, however it goes on.
_NONE_ASKED = re.compile(
    r"\b(?:don't|do\s+not|never|won't)\s+(?:ask|care|count|require)\w*\s+(?:for\s+|about\s+)?(?:a\s+number\s+of\s+|any\s+)?"
    r"years\b|\byears\s+(?:don't|do\s+not)\s+matter\b|\bno\s+years?\s+(?:requirement|minimum)\b",
    re.IGNORECASE,
)
# In the clause before the years: they are not asked for ("no years of experience needed", "regardless of").
_NOT_BEFORE = re.compile(
    r"\b(?:no|not|never|regardless|irrespective|whether|without)\b|n't\b|\bno\s+matter\b", re.IGNORECASE
)
# After them: "... is not required", "... don't matter".
_NOT_AFTER = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}?(?:required|needed|necessary|expected|a\s+must|matter|count|important"
    r"|essential|a\s+requirement)\b|n't\s+(?:matter|count)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?]\s|\bbut\b|\bthough\b|\bhowever\b")
# Prose outside the requirements that asks something of the candidate.
_ASKS = re.compile(
    r"\b(?:look(?:ing)?\s+for|seek\w*|search\w*\s+for|want\w*|need\w*|requir\w*|must|should|ideal\w*|prefer\w*"
    r"|bring\w*|expect\w*|minimum|at\s+least|essential|plus|bonus|advantage\w*|nice\s+to\s+have|tell\s+us"
    r"|show\s+us|candidates?|applicants?|someone|somebody|anyone|whoever|suit\w*|hav(?:e|ing)|you'(?:ve|re)"
    r"|you\s+(?:are|spent)|qualif\w*|eligib\w*|(?:right|ideal)\s+(?:person|candidate|hire|fit)|person\s+who"
    r"|hir(?:e|es|ing)|are\s+you|do\s+you\s+have)\b",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"[^.!?]*\?")
_ASKING_ABOUT = re.compile(r"\b(?:how|what|which|whether|why|do\s+i|does|is\s+there|will)\b", re.IGNORECASE)
# A field or a row's label that asks ("Experience Required", "Seniority", "Must have"), whatever its value.
_ASKING_LABEL = re.compile(
    r"experience|years|require|qualif|skill|profile|seniority|level|must|need|nice|bonus|prefer|looking", re.I
)
_QUOTES = '"“”‘’«»'
_NOTHING = re.compile(r"\W*(?:(?:none|n/?a|nil|no|not\s+(?:required|needed|necessary|applicable)|0)\W*)?$", re.I)


def quantities_of(passage: Passage) -> list[Quantity]:
    """The passage's quantities, read after its label where it has one: "Experience Required: 2-4 Years" is a
    field whose value alone ("2-4 Years") does not say what the years count."""
    if not passage.label:
        return read_quantities(passage.text)
    shift = len(passage.label) + 2
    found = read_quantities(f"{passage.label}: {passage.text}")
    if passage.kind == FIELD and _NOTHING.match(passage.text):
        return []  # "Years of experience: none"
    # a field's own label may hold the years ("Years of experience: 5+"): the finding goes to its value
    kept = [q for q in found if q.start >= shift or passage.kind == FIELD]
    return [replace(q, start=max(q.start - shift, 0), end=max(q.end - shift, 0)) for q in kept]


def time_asked(text: str) -> tuple[int, int] | None:
    """The span (start, end) of the first time served in the text ("5+ years" in "5+ years of Go"), or None:
    for rules that judge a requirement apart from its years."""
    served = next((q for q in read_quantities(text) if q.kind == "experience"), None)
    return (served.start, served.end) if served else None


def _clause(text: str, quantity: Quantity) -> tuple[str, str]:
    """The words of the quantity's clause before it and after it."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, quantity.start)]
    after = _CLAUSE_END.search(text, quantity.end)
    before = text[starts[-1] if starts else 0 : quantity.start]
    return before.rpartition(",")[2], text[quantity.end : after.start() if after else None]


def _quoted(text: str, quantity: Quantity) -> bool:
    """ "Removing the "5+ years" filter": the years are named, not asked for."""
    before, after = text[max(quantity.start - 3, 0) : quantity.start], text[quantity.end : quantity.end + 3]
    return any(c in _QUOTES for c in before) and any(c in _QUOTES for c in after)


def asked(passage: Passage, quantity: Quantity) -> bool:
    """Whether the passage asks for the time served it holds: a requirement or a preference, a list item that
    opens with it wherever it stands, or prose that asks; never a clause that says it is not asked for."""
    before, after = _clause(passage.text, quantity)
    if _quoted(passage.text, quantity) or passage.role == EQUAL_OPPORTUNITY or passage.kind == TABLE_HEADER:
        return False
    if _NOT_BEFORE.search(before) or _NOT_AFTER.search(after) or negated(before + quantity.text + after):
        return False
    if _QUESTION.match(passage.text, quantity.end) and _ASKING_ABOUT.search(before):
        return False  # "How many years of experience do I need?": a question, answered elsewhere
    if passage.asking:
        return True
    if passage.kind in (FIELD, ROW) and _ASKING_LABEL.search(passage.label):
        return True  # "Experience Required: 2-4 Years", wherever it stands
    if passage.kind == ITEM and passage.role not in (RESPONSIBILITIES, BENEFITS, ABOUT):
        return True  # a list item of its own ("5+ years of Go") in a list that is not the work or the benefits
    return _ASKS.search(passage.text) is not None


def _none_asked(passages: tuple[Passage, ...]) -> set[int]:
    """The passages (by index) of a paragraph that says no years are asked: "We don't count years. Whether you
    got here in eighteen months or eight years ..." asks for none, however it goes on."""
    found: set[int] = set()
    for index, passage in enumerate(passages):
        previous = passages[index - 1] if index else None
        same = (
            previous is not None
            and index - 1 in found
            and passage.kind == previous.kind == SENTENCE
            and passage.section == previous.section
            and passage.line <= max((line for _, line, _ in previous.anchors), default=previous.line) + 1
        )
        if same or _NONE_ASKED.search(passage.text):
            found.add(index)
    return found


@rule(
    "years-of-experience",
    Severity.WARNING,
    "requirements",
    "A years-of-experience requirement.",
    "Years measure time served, not competence: they screen out internal candidates who already show the "
    "behaviours, and they correlate with age.",
    "State the framework behaviour the years stand for.",
    Example(requirements=("5+ years designing complex systems with multiple failure modes",)),
    Example(requirements=("Designs complex systems with multiple failure modes, over ten years of payment data",)),
    folds=("untraceable-requirement",),  # the years are the mistake; what they are years of may be another
)
def years_of_experience(ctx: RuleContext) -> Iterator[Finding]:
    from mobility_cli.features.lint.framework_data import level_behaviours
    from mobility_cli.features.lint.meaning import best_match

    passages = ctx.passages()
    if not _TRIGGERS.search(ctx.prose_text()) and not any(_TRIGGERS.search(p.label) for p in passages if p.label):
        return  # one search of the whole post: most posts ask for no time at all
    silent = _none_asked(passages)
    for index, passage in enumerate(passages):
        if index in silent or not (_TRIGGERS.search(passage.text) or _TRIGGERS.search(passage.label)):
            continue  # a few substring tests: most passages hold no time at all
        for quantity in quantities_of(passage):
            if quantity.kind != "experience" or not asked(passage, quantity):
                continue
            pool = level_behaviours(ctx)
            rest = passage.text[: quantity.start] + passage.text[quantity.end :]
            score, closest = best_match(rest, pool)
            hint = f'state the behaviour instead, e.g. "{closest}"' if closest and score >= 50 else None
            framework = f" (see the framework of {ctx.post.level_key})" if pool else ""  # only one that exists
            hint = hint or f"state the behaviour the years stand for{framework}"
            line, column = passage.position(quantity.start)
            yield Finding(f'"{quantity.text}" asks for years of experience', line, column, None, hint)

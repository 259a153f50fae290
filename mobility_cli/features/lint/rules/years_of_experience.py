"""Years of experience: any ask for time served, wherever the post makes it (requirements, the opening
paragraph, how to apply), said any way: digits, words, ranges, "plus", months, decades, "seasoned". Not the
age of data, products or plans ("seven years of shipment history", "built five years ago", "the next two
years"), and not a line that says years are not asked for."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule
from mobility_cli.features.lint.sections import is_an_ask

_NUMBER = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
    r"|a\s+few|a\s+couple\s+of|several|many)"
)
# no two whitespace runs meet, so a long run of spaces is read once (not once per way of splitting it)
YEARS = re.compile(
    rf"\b{_NUMBER}(?:\s*\+|-plus|\s+plus)?(?:\s*(?:-|–|to)\s*{_NUMBER}(?:\s*\+)?)?\s+(?:or\s+more\s+)?"
    r"(?:years?|yrs?|months?|decades?)\b"
    r"|\ba\s+decade\b|\bseasoned\b"
    r"|\byears\s+of\s+(?:hands-on\s+|professional\s+|relevant\s+|proven\s+|industry\s+)?experience\b",
    re.IGNORECASE,
)
_NOT_EXPERIENCE_AFTER = re.compile(r"\s*(?:ago|old|from\s+now)\b", re.IGNORECASE)
_NOT_EXPERIENCE_BEFORE = re.compile(r"\b(?:next|last|past|first|every|each|per|once)\s*$", re.IGNORECASE)
# "keeps ledger records for seven years": how long something is kept, not how long someone worked
_RETENTION = re.compile(r"\b(?:keep|keeps|kept|retain\w*|stor(?:e|es|ed|ing)|archiv\w*|hold|holds)\b", re.IGNORECASE)
_OF_WHAT = re.compile(r"\s*of\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
# "We don't ask for a number of years": the paragraph that says so asks for none, however it goes on.
_NONE_ASKED = re.compile(
    r"\b(?:don't|do\s+not|never|won't)\s+(?:ask|care|count|require)\w*\s+(?:for\s+|about\s+)?(?:a\s+number\s+of\s+|any\s+)?"
    r"years\b|\byears\s+(?:don't|do\s+not)\s+matter\b|\bno\s+years?\s+(?:requirement|minimum)\b",
    re.IGNORECASE,
)
_DATA = frozenset(
    {
        "data",
        "history",
        "records",
        "record",
        "logs",
        "archive",
        "archives",
        "backups",
        "bookings",
        "shipments",
        "transactions",
        "events",
        "orders",
        "invoices",
        "tickets",
        "metrics",
    }
)


def time_asked(text: str) -> re.Match[str] | None:
    """The first ask for time served in the text, or None."""
    for match in YEARS.finditer(text):
        before = text[: match.start()]
        if _NOT_EXPERIENCE_AFTER.match(text, match.end()) or _NOT_EXPERIENCE_BEFORE.search(before):
            continue
        if _RETENTION.search(before[-60:]):
            continue
        of = _OF_WHAT.match(text, match.end())
        words = of.group(1).lower().split() if of else []
        if "experience" not in words and _DATA & set(words):
            continue  # the age of data ("ten years of booking data"), not of a person's experience
        return match
    return None


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
    overrides=("untraceable-requirement",),  # "5+ years of Go" asks for years: that is the mistake to fix
)
def years_of_experience(ctx: RuleContext) -> Iterator[Finding]:
    from mobility_cli.features.lint.framework_data import level_behaviours
    from mobility_cli.features.lint.meaning import best_match

    if not ctx.mentions("year", "month", "decade", "seasoned", "yrs") or not YEARS.search(ctx.prose_text()):
        return  # one search of the whole post: most posts ask for no years
    pool = level_behaviours(ctx)
    none_asked = False  # within a paragraph that says no years are asked
    for line in ctx.prose():
        none_asked = bool(line.text.strip()) and (none_asked or _NONE_ASKED.search(line.text) is not None)
        match = time_asked(line.text) if not none_asked else None
        match = match if match and is_an_ask(line.text) else None
        if match:
            score, closest = best_match(YEARS.sub("", line.text), pool)
            hint = f'state the behaviour instead, e.g. "{closest}"' if closest and score >= 50 else None
            framework = f" (see the framework of {ctx.post.level_key})" if pool else ""  # only one that exists
            hint = hint or f"state the behaviour the years stand for{framework}"
            yield Finding(f'"{match.group(0)}" asks for years of experience', line.line, match.start() + 1, None, hint)

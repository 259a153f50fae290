"""Location and time-zone preferences: a clause that prefers a place or a zone without the hours that would
make it checkable (places and zones come from the time-zone database, see places.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule

# A preference: the word that prefers, in a clause that also names a place or zone (places.py), unless negated.
PREFERENCE = re.compile(
    r"\b(?:preferred|preferably|prefer(?:ence)?|ideally|ideal|an?\s+(?:(?:big|huge|real|strong|definite|major|great|nice|significant|added|extra)\s+)?(?:plus|bonus)|bonus\s+points?"
    r"|nice\s+to\s+have|lean(?:s|ing)?\s+towards|(?:will\s+be\s+)?prioriti[sz]ed|(?:given|get|gets|have|has|take|takes)\s+priority|priority\s+(?:will\s+be\s+|is\s+)?given\s+to\s+(?:candidates|applicants|people|those|anyone|someone)|(?:have|has|get)\s+an\s+edge"
    r"|an\s+advantage|advantageous|(?:we'd|we\s+would|would)\s+love\s+(?:someone|you|people)|favou?red)\b",
    re.IGNORECASE,
)
_NO_PREFERENCE = re.compile(
    r"\b(?:no|not|any|without)\s+(?:particular\s+|specific\s+)?(?:time\s*zones?\s+|timezones?\s+|location\s+)?"
    r"(?:is\s+|are\s+)?(?:preferred|preference|required)\b|\b(?:does\s+not|doesn't)\s+matter\b|\banywhere\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.;!?](?:\s|$)")


def preference_in(text: str) -> int | None:
    """The column where a clause of the text prefers a place or time zone, or None."""
    start = 0
    for end in [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]:
        clause = text[start:end]
        marker = PREFERENCE.search(clause)
        if marker and not _NO_PREFERENCE.search(clause):
            from mobility_cli.features.lint.places import place_in

            if place_in(clause) is not None:
                return start + marker.start()
        start = end + 1
    return None


@rule(
    "timezone-preference",
    Severity.WARNING,
    "requirements",
    "A vague location or time-zone preference instead of an explicit overlap requirement.",
    "A vague preference lets reviewers screen by location without saying so; an explicit overlap is checkable "
    "and lets people anywhere with the hours apply.",
    'Write `timezone: {with: America/New_York, core_hours: "10:00-14:00", overlap_hours: 3}` in the front matter.',
    Example(front={"timezone": None}, prose="- Remote, US time zones preferred"),
    Example(front={"timezone": None}, prose="- Remote, with three hours of overlap with New York"),
)
def timezone_preference(ctx: RuleContext) -> Iterator[Finding]:
    """Stated hours do not excuse a preference on top of them: the hours are the requirement, the preference is
    extra screening."""
    hint = 'state the hours instead: timezone: {with: America/New_York, core_hours: "10:00-14:00", overlap_hours: 3}'
    location = ctx.post.location
    lines = ctx.prose()
    said_in_body = location is not None and any(location in line.text for line in lines)
    if location and not said_in_body and preference_in(location) is not None:
        yield Finding.at(ctx.post.origin.at("/location"), f'"{location}" states a vague location preference', hint)
    markers = ("prefer", "ideal", "plus", "bonus", "nice to have", "lean", "priorit", "edge", "advantage", "love")
    if not ctx.mentions(*markers, "favo") or not PREFERENCE.search(ctx.prose_text()):
        return  # one search of the whole post: most posts state no preference at all
    for line in lines:
        column = preference_in(line.text)
        if column is not None:
            shown = line.text.strip()
            yield Finding(f'"{shown[:80]}" states a vague time-zone preference', line.line, column + 1, None, hint)

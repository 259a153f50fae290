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


def preference_in(text: str) -> tuple[int, str] | None:
    """Where a clause of the text prefers a place or time zone (the column of the preference word), and the place
    it names; or None."""
    start = 0
    for end in [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]:
        clause = text[start:end]
        marker = PREFERENCE.search(clause)
        if marker and not _NO_PREFERENCE.search(clause):
            from mobility_cli.features.lint.places import place_in

            place = place_in(clause)
            if place is not None:
                return start + marker.start(), place[1]
        start = end + 1
    return None


@rule(
    "timezone-preference",
    Severity.WARNING,
    "requirements",
    "A vague location or time-zone preference instead of an explicit overlap requirement.",
    "A vague preference lets reviewers screen by location without saying so; an explicit overlap is checkable "
    "and lets people anywhere with the hours apply.",
    "State the hours in the front matter instead: `timezone: {with: ZONE, core_hours: HH:MM-HH:MM, overlap_hours: "
    "N}`, with a zone of the place preferred (the hint names one, as the program's other posts state it).",
    Example(front={"timezone": None}, prose="- Remote, US time zones preferred"),
    Example(front={"timezone": None}, prose="- Remote, with three hours of overlap with New York"),
    overrides=("untraceable-requirement",),  # a place is no behaviour: preferring it is the mistake
)
def timezone_preference(ctx: RuleContext) -> Iterator[Finding]:
    """Stated hours do not excuse a preference on top of them: the hours are the requirement, the preference is
    extra screening."""
    location = ctx.post.location
    lines = ctx.prose()
    said_in_body = location is not None and any(location in line.text for line in lines)
    found = preference_in(location) if location and not said_in_body else None
    if location and found is not None:
        message = f'"{location}" states a vague location preference'
        yield Finding.at(ctx.post.origin.at("/location"), message, hours_instead(ctx, found[1]))
    markers = ("prefer", "ideal", "plus", "bonus", "nice to have", "lean", "priorit", "edge", "advantage", "love")
    if not ctx.mentions(*markers, "favo") or not PREFERENCE.search(ctx.prose_text()):
        return  # one search of the whole post: most posts state no preference at all
    for line in lines:
        found = preference_in(line.text)
        if found is not None:
            shown = line.text.strip()
            message = f'"{shown[:80]}" states a vague time-zone preference'
            yield Finding(message, line.line, found[0] + 1, None, hours_instead(ctx, found[1]))


def hours_instead(ctx: RuleContext, place: str) -> str:
    """The hint: the `timezone:` line to write, in a zone of the place preferred, the one the program's own posts
    and mentors use most where they use one there (with the hours its posts state for it)."""
    from mobility_cli.features.lint.places import zones_of

    used = ctx.once("zones-in-use", lambda: _zones_in_use(ctx))
    near = zones_of(place)
    zone = next((z for z in used if z in near), None) or (near[0] if near else next(iter(used), None))
    hours, overlap = used.get(zone or "") or ("10:00-14:00", 3)
    shown = zone or "ZONE"  # neither the place nor the program names a zone: the form alone
    return f'state the hours instead: timezone: {{with: {shown}, core_hours: "{hours}", overlap_hours: {overlap:g}}}'


def _zones_in_use(ctx: RuleContext) -> dict[str, tuple[str, float] | None]:
    """The zones the program's posts and mentors name, most used first, with the hours a post states for one."""
    from collections import Counter

    posts = [p.timezone for p in ctx.program.postings.values() if p.timezone is not None]
    counts = Counter([t.zone for t in posts] + [m.timezone for m in ctx.program.mentors.values()])
    stated = {t.zone: (t.core_hours, t.overlap_hours) for t in posts if t.core_hours and t.overlap_hours}
    return {zone: stated.get(zone) for zone, _ in counts.most_common()}

"""Location and time-zone preferences and requirements: a clause that prefers a place or a zone, or requires
a place of a remote post, without the hours that would make it checkable (which places count, and how a
clause prefers or requires one: places/)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.places import ZONE, Ask, asked_place, marked, zones_of
from mobility_cli.features.lint.places.words import key_of
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule
from mobility_cli.features.reading.passage import EQUAL_OPPORTUNITY, FIELD, NICE, REQUIREMENTS, Passage

_LOCATION_FIELD = re.compile(
    r"^\W{0,4}(?:location|based|based\s+in|where|region|regions|time[\s-]*zones?|timezones?|office|work\s+location"
    r"|hub|remote|geography|eligibility|country|countries)\W{0,4}:",
    re.IGNORECASE,
)
_LOCATION_LABEL = re.compile(
    r"locat|based|where|region|countr|time\s*-?zone|office|hub|remote|geograph|cit(?:y|ies)", re.I
)
_NICE_TITLE = re.compile(r"nice|bonus|plus|prefer|desirabl|optional|extra", re.IGNORECASE)
_REMOTE = re.compile(r"remote|anywhere|distributed|work\s+from\s+home|wfh|home[\s-]based", re.IGNORECASE)


@rule(
    "timezone-preference",
    Severity.WARNING,
    "requirements",
    "A vague location or time-zone preference instead of an explicit overlap requirement.",
    "A vague preference lets reviewers screen by location without saying so, and a place required of a remote "
    "post does the same openly; an explicit overlap is checkable and lets people anywhere with the hours apply.",
    "State the hours in the front matter instead: `timezone: {with: ZONE, core_hours: HH:MM-HH:MM, overlap_hours: "
    "N}`, with a zone of the place preferred (the hint names one, as the program's other posts state it). A "
    "limit the law sets (payroll entity, visa, data residency) is fine: say so beside it.",
    Example(front={"timezone": None}, prose="- Remote, US time zones preferred"),
    Example(front={"timezone": None}, prose="- Remote, with three hours of overlap with New York"),
    overrides=("untraceable-requirement",),  # a place is no behaviour: preferring it is the mistake
)
def timezone_preference(ctx: RuleContext) -> Iterator[Finding]:
    """Stated hours do not excuse a preference on top of them: the hours are the requirement, the preference is
    extra screening. In an office or hybrid post the place is the job's: requiring it, or preferring the post's
    own place, is no finding there (preferring another place or a zone still is)."""
    passages = ctx.passages()
    location = ctx.post.location
    if location and not any(location in p.text for p in passages):
        asked = asked_place(location, field=True)  # a preference in the location itself is never the office's place
        found = asked if asked is not None and not asked.required else _kept(asked, location, location, passages)
        if found is not None:
            hint = hours_instead(ctx, found.place.name)
            yield Finding.at(ctx.post.origin.at("/location"), message(location, found, location), hint)
    texts = [read(p) for p in passages]
    asking, living = marked(texts)  # one scan of the post for the words that ask
    nice_sections = {section for section in {p.section for p in passages} if nice_title(section)}
    for index, (passage, text) in enumerate(zip(passages, texts, strict=True)):
        nice = passage.role == NICE or passage.section in nice_sections
        required = passage.role == REQUIREMENTS
        if passage.role == EQUAL_OPPORTUNITY or not (nice or index in asking or (required and index in living)):
            continue  # most passages: no word that asks, and no pattern run
        found = _kept(asked_place(text, location_field(passage), nice, required), text, location, passages)
        if found is not None:
            line, column = passage.position(max(found.offset - (len(text) - len(passage.text)), 0))
            shown = _as_written(ctx, passage) if passage.kind == FIELD else text  # "**Location**: ...", as typed
            yield Finding(message(shown, found, text), line, column, None, hours_instead(ctx, found.place.name))


def _as_written(ctx: RuleContext, passage: Passage) -> str:
    """A field line as the post has it, so the finding quotes what the editor typed."""
    lines = ctx.post.body.split("\n")
    index = passage.line - ctx.post.body_line
    return lines[index].strip() if 0 <= index < len(lines) and "<" not in lines[index] else read(passage)


def read(passage: Passage) -> str:
    """A passage as the rule reads it: a field with its name ("Preferred location: Pune"), since the name may be
    what prefers."""
    return f"{passage.label}: {passage.text}" if passage.kind == FIELD and passage.label else passage.text


@cache
def nice_title(section: str) -> bool:
    """Whether a heading is a nice-to-have's ("Nice to have", "Bonus points"): what stands under it prefers."""
    return bool(_NICE_TITLE.search(section))


def _kept(ask: Ask | None, text: str, location: str | None, passages: tuple[Passage, ...]) -> Ask | None:
    """The ask, unless the post is an office or hybrid one and it requires a place, or prefers the post's own."""
    if ask is None:
        return None
    fields = [p for p in passages if location_field(p)]
    own = " ".join([location or "", *(_value(p) for p in fields)])
    mine = f" {key_of(ask.place.name)} " in f" {key_of(own)} "
    if work_mode(location, fields) != "remote" and (ask.required or mine or "commut" in text.lower()):
        return None
    return ask


def message(shown: str, ask: Ask, text: str) -> str:
    """What the finding says: the passage, and the place it requires ("the UK", as the post says it) or what
    kind of preference it states."""
    quoted = f'"{shown.strip()[:80]}"'
    if ask.required and ask.place.kind == ZONE:
        return f"{quoted} requires a time zone ({ask.place.name}) without the hours that make it checkable"
    if ask.required:
        the = "the " if text[max(ask.place.start - 4, 0) : ask.place.start].lower() == "the " else ""
        return f"{quoted} requires candidates to be in {the}{ask.place.name} without the hours that make it checkable"
    kind = "time-zone" if ask.place.kind == ZONE else "location"
    return f"{quoted} states a vague {kind} preference"


def location_field(passage: Passage) -> bool:
    """A "Location: ..." line: a job-board field or the bold-key header."""
    if passage.kind == FIELD and _LOCATION_LABEL.search(passage.label):
        return True
    return ":" in passage.text[:40] and bool(_LOCATION_FIELD.match(passage.text))


def work_mode(location: str | None, fields: list[Passage]) -> str:
    """remote, hybrid or office: from the front-matter location and the post's location fields; a post that
    says nothing is remote (the program's posts are for remote teams)."""
    said = " ".join([location or "", *(_value(p) for p in fields)])
    if "hybrid" in said.lower():
        return "hybrid"
    if not said.strip() or _REMOTE.search(said):
        return "remote"
    return "office"


def _value(passage: Passage) -> str:
    return passage.text.split(":", 1)[1] if passage.kind != FIELD and ":" in passage.text else passage.text


def hours_instead(ctx: RuleContext, place: str) -> str:
    """The hint: the `timezone:` line to write, in a zone of the place preferred, the one the program's own posts
    and mentors use most where they use one there (with the hours its posts state for it)."""
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

"""Values other commands rely on, checked on the built program: time zones, working hours, the order of a
post's dates. If `validate` passes, `board`, `mentors` and `plan` can use every one of them.

The schema checks shapes (a string where a zone goes); only here is a zone looked up in the IANA database,
so a misspelt zone gets a suggestion instead of breaking another command for everyone.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin
from mobility_cli.model import EARLIEST_YEAR, LATEST_YEAR, Mentor, Posting, Program, plausible
from mobility_cli.zones import hours_span, is_zone, zone_hint

UNKNOWN_TIMEZONE = declare(
    "unknown-timezone",
    "values",
    Severity.ERROR,
    "A time zone that is not in the IANA time-zone database.",
    "Board, mentor matching and plans compute working-hour overlap from the zone; an unknown one breaks them.",
    "Use an IANA name such as Europe/Berlin; the hint suggests the closest one.",
)
INVALID_HOURS = declare(
    "invalid-hours",
    "values",
    Severity.ERROR,
    "Working or core hours that are not a span of time of day.",
    "Overlap is computed from these hours; a span that ends when it starts, or at 24:30, has no meaning.",
    'Write HH:MM-HH:MM in 24-hour time, like "09:00-17:00"; an overnight span like "22:00-06:00" is fine.',
)
DATE_ORDER = declare(
    "date-order",
    "values",
    Severity.ERROR,
    "A post's dates are out of order.",
    "Windows computed from them (the internal-only window, days left to apply) would be negative.",
    "Dates run opened, internal_until, external_from, closes.",
)
IMPLAUSIBLE_DATE = declare(
    "implausible-date",
    "values",
    Severity.ERROR,
    "A date far outside the years a program can mean (a typo in the year).",
    "Windows and metrics computed from such a date are meaningless, and date arithmetic on it fails.",
    "Correct the year.",
)
INVALID_VALUE = declare(
    "invalid-value",
    "values",
    Severity.ERROR,
    "A value that is well-formed but impossible (more active mentees than places).",
    "Commands rely on these values being consistent.",
    "Correct the value as the message says.",
)


def check_values(program: Program) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for posting in program.postings.values():
        found.extend(_posting(posting))
    for mentor in program.mentors.values():
        found.extend(_mentor(mentor))
    for record in program.moves.records:
        found.extend(_plausible(record.origin.at("/date"), record.date))
    return found


def _plausible(origin: Origin, day: date | None) -> Iterator[Diagnostic]:
    if day is not None and plausible(day) is None:
        hint = f"check the year (between {EARLIEST_YEAR} and {LATEST_YEAR})"
        yield Diagnostic.at(origin, IMPLAUSIBLE_DATE.code, f"{day} is not a plausible date", hint)


def zone_findings(origin: Origin, name: str) -> Iterator[Diagnostic]:
    """A zone the IANA database lacks, with the zones meant (for program files and side files alike)."""
    if not is_zone(name):
        yield Diagnostic.at(origin, UNKNOWN_TIMEZONE.code, f'"{name}" is not a time zone', zone_hint(name))


def hours_findings(origin: Origin, text: str) -> Iterator[Diagnostic]:
    span = hours_span(text)
    if isinstance(span, str):
        yield Diagnostic.at(origin, INVALID_HOURS.code, f'"{text}" is not a span of working hours', span)


def _posting(posting: Posting) -> Iterator[Diagnostic]:
    tz = posting.timezone
    if tz is not None:
        yield from zone_findings(posting.origin.at("/timezone/with"), tz.zone)
        if tz.core_hours is not None:
            yield from hours_findings(posting.origin.at("/timezone/core_hours"), tz.core_hours)
    yield from _date_order(posting)


def _mentor(mentor: Mentor) -> Iterator[Diagnostic]:
    yield from zone_findings(mentor.origin.at("/timezone"), mentor.timezone)
    yield from hours_findings(mentor.origin.at("/working_hours"), mentor.working_hours)  # the default is well-formed
    if mentor.active_mentees > mentor.capacity:
        yield Diagnostic.at(
            mentor.origin.at("/active_mentees"),
            INVALID_VALUE.code,
            f"{mentor.active_mentees} active mentees, more than the capacity of {mentor.capacity}",
            "raise capacity, or correct active_mentees",
        )


_ORDER: tuple[tuple[str, str], ...] = (
    ("opened", "internal_until"),
    ("internal_until", "closes"),
    ("opened", "external_from"),
    ("external_from", "closes"),
    ("opened", "closes"),
)


def _date_order(posting: Posting) -> Iterator[Diagnostic]:
    """opened <= internal_until <= closes, opened <= external_from <= closes; reported once, at the later field."""
    dates: dict[str, date | None] = {
        "opened": posting.opened,
        "internal_until": posting.internal_until,
        "external_from": posting.external_from,
        "closes": posting.closes,
    }
    for name, day in list(dates.items()):
        implausible = list(_plausible(posting.origin.at(f"/{name}"), day))
        yield from implausible
        if implausible:
            dates[name] = None  # compared with nothing: its own error is the root cause
    yield from _plausible(posting.origin.at("/filled/date"), posting.filled_date)
    reported: set[str] = set()
    for early, late in _ORDER:
        first, second = dates[early], dates[late]
        if first is None or second is None or second >= first or late in reported:
            continue
        reported.add(late)
        yield Diagnostic.at(
            posting.origin.at(f"/{late}"),
            DATE_ORDER.code,
            f"{late} ({second}) is before {early} ({first})",
            f"a post's dates run opened, internal_until, external_from, closes: set {late} on or after {first}",
        )
    if posting.filled_date is not None and posting.opened is not None and posting.filled_date < posting.opened:
        yield Diagnostic.at(
            posting.origin.at("/filled/date"),
            DATE_ORDER.code,
            f"the post was filled ({posting.filled_date}) before it opened ({posting.opened})",
            "correct the filled date or the opening date",
        )

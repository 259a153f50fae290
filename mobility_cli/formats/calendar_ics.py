"""Check-ins as an RFC 5545 calendar (icalendar), one event each, times in UTC so every client agrees.

An event's UID is made from the pair and the check-in's day, so writing the calendar again (a new start date,
a changed time zone) updates the events already imported instead of adding copies. DTSTAMP is when the
calendar was written (`--today` makes it reproducible), and SEQUENCE grows with it, so a client takes a
rewritten event as the newer version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

from mobility_cli.features.checkins import Checkin

_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def sequence(stamp: datetime) -> int:
    """Whole minutes from 2020 to the stamp: a later write of the same event always has a higher SEQUENCE."""
    return max(0, int((stamp - _EPOCH).total_seconds() // 60))


def checkins_ics(pairs: list[tuple[str, str, list[Checkin]]], program_name: str, stamp: datetime) -> bytes:
    """`stamp`: when the calendar is written, in UTC."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//mobility//mentoring check-ins//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{program_name}: mentoring check-ins")
    for mentor, mentee, events in pairs:
        for checkin in events:
            event = Event()
            event.add("uid", f"{quote(mentor, safe='')}.{quote(mentee, safe='')}.day{checkin.day}@mobility")
            event.add("summary", f"Mentoring check-in, day {checkin.day}: {mentor} and {mentee}")
            event.add(
                "description",
                "Mentoring check-in: what moved, what is blocked, what comes next. "
                "Write answers in the shared plan before the call.",
            )
            event.add("dtstart", checkin.start)
            event.add("dtend", checkin.end)
            event.add("dtstamp", stamp)
            event.add("sequence", sequence(stamp))
            calendar.add_component(event)
    return bytes(calendar.to_ical())

"""Check-ins as an RFC 5545 calendar (icalendar), one event each, times in UTC so every client agrees."""

from __future__ import annotations

from mobility_cli.features.checkins import Checkin


def checkins_ics(pairs: list[tuple[str, str, list[Checkin]]], program_name: str) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//mobility//mentoring check-ins//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{program_name}: mentoring check-ins")
    for mentor, mentee, events in pairs:
        for checkin in events:
            event = Event()
            event.add("uid", f"{mentor}-{mentee}-day{checkin.day}@mobility")
            event.add("summary", f"Mentoring check-in, day {checkin.day}: {mentor} and {mentee}")
            event.add(
                "description",
                "The seed's check-in: what moved, what is blocked, what comes next. "
                "Write answers in the shared plan before the call.",
            )
            event.add("dtstart", checkin.start)
            event.add("dtend", checkin.end)
            event.add("dtstamp", checkin.start)  # reproducible: no clock
            calendar.add_component(event)
    return bytes(calendar.to_ical())

"""The 30/60/90-day check-ins of a mentoring pair, each at a time inside both people's working hours, on a day
that is a working day for both: not a weekend or a public holiday where either of them lives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mobility_cli.features.timezones import Person, shared_window, zone
from mobility_cli.features.working_days import day_off

CHECKIN_DAYS = (30, 60, 90)
LENGTH = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Checkin:
    day: int
    start: datetime  # UTC
    end: datetime


def checkins(mentee: Person, mentor: Person, start: date) -> list[Checkin]:
    """On day 30, 60 and 90 after `start`, or the next day with shared time that is a working day for both
    (up to two weeks later: long enough to pass Christmas to New Year). Pass the mentee twice for the days of
    someone who has no mentor yet."""
    found = []
    for offset in CHECKIN_DAYS:
        for extra in range(15):
            window = shared_window(mentee, mentor, start + timedelta(days=offset + extra))
            if window is None or window[1] - window[0] < LENGTH:
                continue
            if any(day_off(p.zone, window[0].astimezone(zone(p.zone)).date()) for p in (mentee, mentor)):
                continue
            found.append(Checkin(offset, window[0], window[0] + LENGTH))
            break
    return found

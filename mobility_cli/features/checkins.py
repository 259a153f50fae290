"""The seed's 30/60/90-day check-ins for a confirmed pair, each at a time inside both people's working hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mobility_cli.features.timezones import Person, shared_window

CHECKIN_DAYS = (30, 60, 90)
LENGTH = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Checkin:
    day: int
    start: datetime  # UTC
    end: datetime


def checkins(mentee: Person, mentor: Person, start: date) -> list[Checkin]:
    """On day 30, 60 and 90 after `start` (or the next working day with shared time, up to a week later)."""
    found = []
    for offset in CHECKIN_DAYS:
        for extra in range(8):
            day = start + timedelta(days=offset + extra)
            if day.weekday() >= 5:
                continue
            window = shared_window(mentee, mentor, day)
            if window is not None and window[1] - window[0] >= LENGTH:
                found.append(Checkin(offset, window[0], window[0] + LENGTH))
                break
    return found

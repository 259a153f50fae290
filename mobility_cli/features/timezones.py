"""Working-hour overlap between two people in different time zones, on real dates.

Each person works local hours (`09:00-17:00`, or overnight `22:00-06:00`) in an IANA zone. Overlap is
computed per calendar date with zoneinfo, so daylight-saving changes in either zone count: New York and
Berlin overlap an hour longer for the few weeks a year when only one of them has moved its clocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mobility_cli.errors import ProgramDataError, UsageError
from mobility_cli.located import Origin
from mobility_cli.model import Mentor
from mobility_cli.zones import hours_span, zone_hint


@dataclass(frozen=True, slots=True)
class Hours:
    start: time
    minutes: int  # length of the working day; an overnight shift runs past midnight

    @classmethod
    def parse(cls, text: str) -> Hours:
        span = hours_span(text)
        if isinstance(span, str):
            raise UsageError(f'"{text}" is not a span of working hours', span)
        start, length = span
        return cls(time(start // 60, start % 60), length)

    def __str__(self) -> str:
        end = (self.start.hour * 60 + self.start.minute + self.minutes) % (24 * 60)
        return f"{self.start:%H:%M}-{end // 60:02d}:{end % 60:02d}"


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f'unknown time zone "{name}"', zone_hint(name)) from None


@dataclass(frozen=True, slots=True)
class Person:
    zone: str
    hours: Hours

    def interval(self, day: date) -> tuple[datetime, datetime]:
        """The working span that starts on local date `day`, in UTC."""
        start = datetime.combine(day, self.hours.start, tzinfo=zone(self.zone))
        end = start + timedelta(minutes=self.hours.minutes)  # wall-clock: a 9-hour day stays 9 hours
        end = datetime.combine(end.date(), end.time(), tzinfo=zone(self.zone))
        return start.astimezone(UTC), end.astimezone(UTC)


@lru_cache(maxsize=4096)
def person(zone_name: str, hours: str) -> Person:
    """Someone who typed their zone: a city or another case is taken where it names one zone (`London` is
    Europe/London); anything else stops with suggestions."""
    from mobility_cli.zones import typed_zone

    name = typed_zone(zone_name) or zone_name
    zone(name)
    return Person(name, Hours.parse(hours))


def person_at(origin: Origin, zone_name: str, zone_field: str, hours: str, hours_field: str) -> Person:
    """A person from program data; a bad value stops the command naming the file and line it came from."""
    for field, check in ((zone_field, lambda: zone(zone_name)), (hours_field, lambda: Hours.parse(hours))):
        try:
            check()
        except UsageError as exc:
            position = origin.at(field).position()
            where = f"{origin.file}:{position[0]}" if position else origin.file
            raise ProgramDataError(
                f"{where}: {exc.message}", f"{exc.hint}; `mobility validate` lists every such value"
            ) from None
    return person(zone_name, hours)


def mentor_person(mentor: Mentor) -> Person:
    return person_at(mentor.origin, mentor.timezone, "/timezone", mentor.working_hours, "/working_hours")


def overlap_on(a: Person, b: Person, day: date) -> float:
    """Hours both work during a's working span that starts on `day` (b's spans from the day before to after)."""
    a_start, a_end = a.interval(day)
    total = 0.0
    for shift in (-1, 0, 1):
        b_start, b_end = b.interval(day + timedelta(days=shift))
        seconds = (min(a_end, b_end) - max(a_start, b_start)).total_seconds()
        total += max(0.0, seconds)
    return round(total / 3600, 2)


def shared_window(a: Person, b: Person, day: date) -> tuple[datetime, datetime] | None:
    """The first stretch of `day` when both work, in UTC; None when they never overlap that day."""
    a_start, a_end = a.interval(day)
    for shift in (-1, 0, 1):
        b_start, b_end = b.interval(day + timedelta(days=shift))
        start, end = max(a_start, b_start), min(a_end, b_end)
        if end > start:
            return start, end
    return None


@dataclass(frozen=True, slots=True)
class OverlapSummary:
    minimum: float
    typical: float
    changes: tuple[tuple[date, float], ...]  # (first date, new overlap) whenever it changes


@lru_cache(maxsize=4096)
def overlap_over(a: Person, b: Person, start: date, days: int = 90) -> OverlapSummary:
    """Cached: a cohort has few distinct (zone, hours) pairs however many people it has."""
    values = [(start + timedelta(days=i), overlap_on(a, b, start + timedelta(days=i))) for i in range(days)]
    changes = tuple((d, v) for (d, v), (_, prev) in zip(values[1:], values, strict=False) if v != prev)
    counts: dict[float, int] = {}
    for _, v in values:
        counts[v] = counts.get(v, 0) + 1
    typical = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return OverlapSummary(min(v for _, v in values), typical, changes)

"""The program as typed, immutable objects: what every feature works on.

Built by `mobility_cli.assemble` from checked documents. Every object remembers where it came from
(`Origin`: file, JSON pointer, and the positions of its fields), so a later stage can point at a file,
line and column without reading anything. Nothing here knows about files, parsing or the command line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from mobility_cli.located import Origin, Suppression, TextLine


@dataclass(frozen=True, slots=True)
class Policy:
    default_months_in_level: int = 18
    lateral_months: int = 6
    internal_window_days: int = 10
    min_open_days: int = 10
    max_open_days: int = 90


@dataclass(frozen=True, slots=True)
class Settings:
    name: str = "Internal mobility program"
    policy: Policy = field(default_factory=Policy)
    lint: Mapping[str, object] = field(default_factory=dict)
    mentoring: Mapping[str, object] = field(default_factory=dict)
    report: Mapping[str, object] = field(default_factory=dict)
    headcount: int | None = None
    max_file_bytes: int = 1024 * 1024
    base_url: str | None = None  # where the site is published (site.base_url), for absolute feed links
    origin: Origin = field(default_factory=lambda: Origin.of_file("mobility.yaml"))


@dataclass(frozen=True, slots=True)
class Level:
    track: str
    id: str
    title: str
    grade: int
    months: int
    index: int
    origin: Origin
    retired: bool = False  # kept for history (move records, old posts), closed to new posts and routes

    @property
    def key(self) -> str:
        return f"{self.track}/{self.id}"


@dataclass(frozen=True, slots=True)
class LateralMove:
    source: str
    to: str
    min_grade: int | None
    grade_offset: int
    mapping: Mapping[str, str] | None
    origin: Origin


@dataclass(frozen=True, slots=True)
class Track:
    id: str
    name: str
    levels: tuple[Level, ...]
    lateral_moves: tuple[LateralMove, ...]
    owners: tuple[str, ...]
    origin: Origin

    def level(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels if lv.id == level_id), None)


@dataclass(frozen=True, slots=True)
class Area:
    name: str
    line: int
    behaviours: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class Framework:
    track: str
    level: str
    title: str
    summary: str
    areas: tuple[Area, ...]
    origin: Origin

    @property
    def file(self) -> str:
        return self.origin.file

    @property
    def key(self) -> str:
        return f"{self.track}/{self.level}"

    def behaviours(self) -> Iterator[tuple[Area, TextLine]]:
        for area in self.areas:
            for behaviour in area.behaviours:
                yield area, behaviour


@dataclass(frozen=True, slots=True)
class TimezoneRequirement:
    zone: str
    core_hours: str | None
    overlap_hours: float | None


@dataclass(frozen=True, slots=True)
class PostSection:
    title: str
    line: int
    items: tuple[TextLine, ...]
    lines: tuple[TextLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class Posting:
    id: str
    origin: Origin
    role: str
    team: str | None
    track: str | None
    level: str | None
    location: str | None
    timezone: TimezoneRequirement | None
    work_style: Mapping[str, int] | None
    status: str
    opened: date | None
    internal_until: date | None
    external_from: date | None
    closes: date | None
    evaluation: tuple[str, ...]
    applicants: Mapping[str, int]
    filled_source: str | None
    filled_date: date | None
    sections: tuple[PostSection, ...]
    body: str
    body_line: int
    has_front_matter: bool
    suppressions: tuple[Suppression, ...] = ()

    @property
    def file(self) -> str:
        return self.origin.file

    @property
    def level_key(self) -> str | None:
        return f"{self.track}/{self.level}" if self.track and self.level else None

    def section(self, *titles: str) -> PostSection | None:
        wanted = {normalise_title(t) for t in titles}
        return next((s for s in self.sections if normalise_title(s.title) in wanted), None)


@dataclass(frozen=True, slots=True)
class PastMentorship:
    year: int | None
    outcome: str
    rating: int | None


@dataclass(frozen=True, slots=True)
class Mentor:
    id: str
    name: str
    track: str
    level: str
    past_levels: tuple[str, ...]
    timezone: str
    working_hours: str
    capacity: int
    opt_in: bool
    history: tuple[PastMentorship, ...]
    team: str | None
    origin: Origin
    active_mentees: int = 0

    @property
    def file(self) -> str:
        return self.origin.file

    @property
    def remaining(self) -> int:
        return max(0, self.capacity - self.active_mentees)

    @property
    def level_key(self) -> str:
        return self.level if "/" in self.level else f"{self.track}/{self.level}"


@dataclass(frozen=True, slots=True)
class MoveRecord:
    """One pseudonymous event: an internal move (promotion, lateral, temporary assignment, return) or a departure."""

    person: str
    date: date
    kind: str
    from_team: str | None
    from_level: str | None
    to_team: str | None
    to_level: str | None
    posting: str | None
    origin: Origin

    @property
    def internal(self) -> bool:
        return self.kind != "departure"


@dataclass(frozen=True, slots=True)
class MoveData:
    records: tuple[MoveRecord, ...] = ()
    headcount: int | None = None
    teams: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Program:
    root: str
    settings: Settings
    tracks: Mapping[str, Track]
    frameworks: Mapping[str, Framework]
    postings: Mapping[str, Posting]
    mentors: Mapping[str, Mentor]
    files: tuple[str, ...] = ()
    moves: MoveData = field(default_factory=MoveData)

    def levels(self) -> Iterator[Level]:
        for track in self.tracks.values():
            yield from track.levels

    def current_levels(self) -> Iterator[Level]:
        """Levels open to routes and new posts: every level but the retired ones."""
        return (lv for lv in self.levels() if not lv.retired)

    def level(self, key: str) -> Level | None:
        track_id, _, level_id = key.partition("/")
        track = self.tracks.get(track_id)
        return track.level(level_id) if track else None

    def lateral_landing(self, move: LateralMove, level: Level) -> Level | None:
        """Where a lateral move from `level` lands: DESIGN.md §1's grade rule, or the move's explicit map."""
        target = self.tracks.get(move.to)
        if target is None or move.source != level.track:
            return None
        if move.min_grade is not None and level.grade < move.min_grade:
            return None
        if move.mapping is not None:
            mapped = target.level(move.mapping.get(level.id) or "")
            return mapped if mapped is not None and not mapped.retired else None
        grade = level.grade + move.grade_offset
        best: Level | None = None
        for candidate in (lv for lv in target.levels if not lv.retired):
            if candidate.grade == grade:
                return candidate
            if candidate.grade < grade and (best is None or candidate.grade > best.grade):
                best = candidate
        return best

    def lateral_moves_from(self, level: Level) -> Iterator[tuple[LateralMove, Level]]:
        track = self.tracks.get(level.track)
        if track is None:
            return
        for move in track.lateral_moves:
            landing = self.lateral_landing(move, level)
            if landing is not None:
                yield move, landing


@lru_cache(maxsize=4096)
def normalise_title(title: str) -> str:
    """Section titles compare without case, punctuation or curly apostrophes (the same few titles recur in
    every post, and every rule that looks for a section asks)."""
    return re.sub(r"[^a-z0-9]+", " ", title.lower().replace("’", "'").replace("'", "")).strip()


EARLIEST_YEAR, LATEST_YEAR = 1970, 2200  # a date outside these years is a typo, and date arithmetic on it overflows


def plausible(day: date | None) -> date | None:
    """The date, or None for a date no program can mean (validate reports it; nothing computes with it)."""
    return day if day is not None and EARLIEST_YEAR <= day.year <= LATEST_YEAR else None

"""Checked documents into the program model.

Tolerant by design: whatever part of a document is well-formed becomes part of the model, so that one
broken file does not hide every other finding. Repeated ids are found here, where they collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from mobility_cli.diagnostics import Diagnostic
from mobility_cli.model import (
    Area,
    Behaviour,
    Framework,
    LateralMove,
    Level,
    Line,
    Mentor,
    MoveData,
    MoveRecord,
    Origin,
    PastMentorship,
    Policy,
    Posting,
    PostSection,
    Settings,
    TimezoneRequirement,
    Track,
)
from mobility_cli.parse.markdown import MarkdownDoc
from mobility_cli.parse.yamldoc import YamlDoc, escape

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _as_date(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def build_settings(doc: YamlDoc | None) -> Settings:
    data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
    raw_policy = _dict(data.get("policy"))
    defaults = Policy()
    policy = Policy(
        **{name: _int(raw_policy.get(name), getattr(defaults, name)) for name in Policy.__dataclass_fields__}
    )
    limits = _dict(data.get("limits"))

    def section(name: str) -> dict[str, Any]:
        value = data.get(name)
        return value if isinstance(value, dict) else {}

    headcount = data.get("headcount")
    defaults_all = Settings()
    return Settings(
        name=str(data.get("name") or defaults_all.name),
        policy=policy,
        lint=section("lint"),
        mentoring=section("mentoring"),
        report=section("report"),
        headcount=headcount if isinstance(headcount, int) and not isinstance(headcount, bool) else None,
        max_file_bytes=_int(limits.get("max_file_bytes"), defaults_all.max_file_bytes),
    )


@dataclass(slots=True)
class TrackBuilder:
    policy: Policy
    tracks: dict[str, Track] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add(self, doc: YamlDoc) -> None:
        data = doc.data if isinstance(doc.data, dict) else {}
        tracks = data.get("career_tracks")
        if not isinstance(tracks, dict):
            return
        for track_id, body in tracks.items():
            pointer = f"/career_tracks/{escape(track_id)}"
            if not isinstance(body, dict) or not ID_PATTERN.match(track_id):
                continue
            if track_id in self.tracks:
                first = self.tracks[track_id].origin.file
                self.diagnostics.append(
                    doc.error(
                        "duplicate-id",
                        f'track "{track_id}" is already defined in {first}',
                        pointer,
                        "rename one of the two tracks, or merge them",
                        at_key=True,
                    )
                )
                continue
            self.tracks[track_id] = self._track(doc, track_id, body, pointer)

    def _track(self, doc: YamlDoc, track_id: str, body: dict[str, Any], pointer: str) -> Track:
        levels: list[Level] = []
        raw_levels = _list(body.get("levels"))
        for index, raw in enumerate(raw_levels):
            at = f"{pointer}/levels/{index}"
            spec = {"id": raw} if isinstance(raw, str) else raw if isinstance(raw, dict) else {}
            level_id = spec.get("id")
            if not isinstance(level_id, str) or not ID_PATTERN.match(level_id):
                continue
            if any(lv.id == level_id for lv in levels):
                self.diagnostics.append(
                    doc.error(
                        "duplicate-id",
                        f'level "{level_id}" appears twice in track "{track_id}"',
                        at,
                        "each level of a track needs its own id",
                    )
                )
                continue
            levels.append(
                Level(
                    track=track_id,
                    id=level_id,
                    title=str(spec.get("title") or level_id),
                    grade=_int(spec.get("grade"), len(levels) + 1),
                    months=_int(spec.get("months"), self.policy.default_months_in_level),
                    index=len(levels),
                    origin=Origin(doc.file, at),
                )
            )
        moves: list[LateralMove] = []
        raw_moves = _list(body.get("lateral_moves"))
        for index, raw in enumerate(raw_moves):
            at = f"{pointer}/lateral_moves/{index}"
            spec = {"to": raw} if isinstance(raw, str) else raw if isinstance(raw, dict) else {}
            target = spec.get("to")
            if not isinstance(target, str):
                continue
            mapping = spec.get("map")
            min_grade = spec.get("min_grade")
            moves.append(
                LateralMove(
                    source=track_id,
                    to=target,
                    min_grade=min_grade if isinstance(min_grade, int) and not isinstance(min_grade, bool) else None,
                    grade_offset=_int(spec.get("grade_offset"), 0),
                    mapping={str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else None,
                    origin=Origin(doc.file, at if isinstance(raw, str) else f"{at}/to"),
                )
            )
        owners = _list(body.get("owners"))
        return Track(
            id=track_id,
            name=str(body.get("name") or track_id.replace("-", " ").title()),
            levels=tuple(levels),
            lateral_moves=tuple(moves),
            owners=tuple(o for o in owners if isinstance(o, str)),
            origin=Origin(doc.file, pointer),
        )


def framework_identity(md: MarkdownDoc) -> tuple[str | None, str | None]:
    """The level a framework describes: its front matter, else its place `careers/TRACK/LEVEL.md`."""
    data = md.front.data if isinstance(md.front.data, dict) else {}
    parts = PurePosixPath(md.file).parts
    track = data.get("track") if isinstance(data.get("track"), str) else parts[1] if len(parts) == 3 else None
    level = data.get("level") if isinstance(data.get("level"), str) else PurePosixPath(md.file).stem
    return track, level


def build_framework(md: MarkdownDoc) -> Framework | None:
    track, level = framework_identity(md)
    if not track or not level:
        return None
    data = md.front.data if isinstance(md.front.data, dict) else {}
    deep = [s for s in md.sections if s.level >= 3]
    chosen = deep or [s for s in md.sections if s.items]
    areas = tuple(Area(s.title, s.line, tuple(Behaviour(i.text, i.line) for i in s.items)) for s in chosen if s.items)
    heading = next((s.title for s in md.sections if s.level <= 2), "")
    title = str(data.get("title") or heading.removesuffix(" Competency Framework") or level)
    return Framework(track, level, title, str(data.get("summary") or ""), areas, md.file)


_WORK_STYLE = re.compile(r"(\d{1,3})\s*%\s*(a?sync)", re.IGNORECASE)
_BOLD_FIELDS = (
    "id",
    "role",
    "team",
    "track",
    "level",
    "location",
    "work_style",
    "status",
    "opened",
    "internal_until",
    "external_from",
    "closes",
)


def posting_fields(md: MarkdownDoc) -> None:
    """Fill the front matter from the seed's bold-key header (`**Role**: ...`) where it is silent."""
    front = md.front
    if front.data is None:
        front.data = {}
    if not isinstance(front.data, dict):
        return
    for name in _BOLD_FIELDS:
        item = md.bold_keys.get(name)
        if item is None or name in front.data:
            continue
        value: Any = item.text
        if name == "work_style":
            parts = {m.group(2).lower(): int(m.group(1)) for m in _WORK_STYLE.finditer(item.text)}
            value = parts or item.text
        elif name in ("status", "track", "level", "id"):
            value = item.text.strip().lower()
        front.data[name] = value
        front.positions[f"/{name}"] = (item.line, 1)


def build_posting(md: MarkdownDoc) -> Posting | None:
    data = md.front.data if isinstance(md.front.data, dict) else {}
    if not isinstance(data.get("role"), str):
        return None

    def text(name: str) -> str | None:
        value = data.get(name)
        return value if isinstance(value, str) else None

    tz = data.get("timezone")
    timezone = None
    if isinstance(tz, dict) and isinstance(tz.get("with"), str):
        overlap = tz.get("overlap_hours")
        timezone = TimezoneRequirement(
            tz["with"],
            tz.get("core_hours") if isinstance(tz.get("core_hours"), str) else None,
            float(overlap) if isinstance(overlap, int | float) and not isinstance(overlap, bool) else None,
        )
    work_style = data.get("work_style")
    applicants = _dict(data.get("applicants"))
    filled = _dict(data.get("filled"))
    evaluation = _list(data.get("evaluation"))
    level = text("level")
    track = text("track")
    if level and "/" in level:
        track, _, level = level.partition("/")
    sections = tuple(
        PostSection(
            s.title, s.line, tuple(Line(i.text, i.line) for i in s.items), tuple(Line(i.text, i.line) for i in s.lines)
        )
        for s in md.sections
    )
    return Posting(
        id=text("id") or PurePosixPath(md.file).stem,
        file=md.file,
        role=data["role"],
        team=text("team"),
        track=track,
        level=level,
        location=text("location"),
        timezone=timezone,
        work_style={k: v for k, v in work_style.items() if isinstance(v, int)}
        if isinstance(work_style, dict)
        else None,
        status=text("status") or "open",
        opened=_as_date(data.get("opened")),
        internal_until=_as_date(data.get("internal_until")),
        external_from=_as_date(data.get("external_from")),
        closes=_as_date(data.get("closes")),
        evaluation=tuple(e for e in evaluation if isinstance(e, str)),
        applicants={k: v for k, v in applicants.items() if isinstance(v, int) and not isinstance(v, bool)},
        filled_source=filled.get("source") if isinstance(filled.get("source"), str) else None,
        filled_date=_as_date(filled.get("date")),
        sections=sections,
        body=md.body,
        body_line=md.body_line,
        has_front_matter=md.has_front_matter,
    )


def build_mentor(doc: YamlDoc) -> Mentor | None:
    data = doc.data if isinstance(doc.data, dict) else {}
    needed = ("id", "name", "track", "level", "timezone")
    if not all(isinstance(data.get(k), str) for k in needed):
        return None
    history = [
        PastMentorship(
            h.get("year") if isinstance(h.get("year"), int) else None,
            str(h.get("outcome")),
            h.get("rating") if isinstance(h.get("rating"), int) else None,
        )
        for h in _list(data.get("history"))
        if isinstance(h, dict) and isinstance(h.get("outcome"), str)
    ]
    past = _list(data.get("past_levels"))
    return Mentor(
        id=data["id"],
        name=data["name"],
        track=data["track"],
        level=data["level"],
        past_levels=tuple(p for p in past if isinstance(p, str)),
        timezone=data["timezone"],
        working_hours=_str(data.get("working_hours")) or "09:00-17:00",
        capacity=_int(data.get("capacity"), 2),
        opt_in=data.get("opt_in") is True,
        history=tuple(history),
        team=data.get("team") if isinstance(data.get("team"), str) else None,
        file=doc.file,
        active_mentees=_int(data.get("active_mentees"), 0),
    )


def build_moves(docs: list[YamlDoc]) -> MoveData:
    """Every well-formed record of every moves file, sorted by date; headcount and team sizes merged."""
    from datetime import date as date_type

    records: list[MoveRecord] = []
    headcount: int | None = None
    teams: dict[str, int] = {}
    for doc in docs:
        data = doc.data if isinstance(doc.data, dict) else {}
        if isinstance(data.get("headcount"), int) and not isinstance(data.get("headcount"), bool):
            headcount = max(headcount or 0, data["headcount"])
        given = data.get("teams")
        if isinstance(given, dict):
            teams.update({str(k): v for k, v in given.items() if isinstance(v, int) and not isinstance(v, bool)})
        for index, raw in enumerate(_list(data.get("moves"))):
            if not isinstance(raw, dict) or not isinstance(raw.get("person"), str):
                continue
            try:
                when = date_type.fromisoformat(str(raw.get("date")))
            except ValueError:
                continue
            source: dict[str, Any] = raw["from"] if isinstance(raw.get("from"), dict) else {}
            target: dict[str, Any] = raw["to"] if isinstance(raw.get("to"), dict) else {}
            records.append(
                MoveRecord(
                    raw["person"],
                    when,
                    str(raw.get("kind")),
                    _str(source.get("team")),
                    _str(source.get("level")),
                    _str(target.get("team")),
                    _str(target.get("level")),
                    _str(raw.get("posting")),
                    Origin(doc.file, f"/moves/{index}"),
                )
            )
    return MoveData(tuple(sorted(records, key=lambda r: (r.date, r.person))), headcount, teams)

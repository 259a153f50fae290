"""Frameworks, posts, mentors and move records from their checked documents."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from mobility_cli.assemble.tolerant import as_date, as_dict, as_int, as_int_or_none, as_list, as_str
from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin
from mobility_cli.model import (
    Area,
    Framework,
    Mentor,
    MoveData,
    MoveRecord,
    PastMentorship,
    Posting,
    PostSection,
    TimezoneRequirement,
)
from mobility_cli.parse.markdown import MarkdownDoc
from mobility_cli.parse.yaml_document import YamlDoc

FRAMEWORK_SHAPE = declare(
    "framework-shape",
    "values",
    Severity.WARNING,
    "Text of a competency framework that is not read as behaviours.",
    "Behaviours are what posts trace their requirements to and what `gap` compares; prose or a framework "
    "without bullets loses them silently.",
    "Write each behaviour as a `- bullet` under a `### Area` heading.",
)


def _origin(md: MarkdownDoc) -> Origin:
    """A Markdown file's origin: its front matter's positions, or line 1 where it has none."""
    return Origin.of_file(md.file, 1) if md.front.source_map.empty else md.front.origin()


def framework_identity(md: MarkdownDoc) -> tuple[str | None, str | None]:
    """The level a framework describes: its front matter, else its place `careers/TRACK/LEVEL.md`."""
    data = as_dict(md.front.data)
    parts = PurePosixPath(md.file).parts
    track = as_str(data.get("track")) or (parts[1] if len(parts) == 3 else None)
    level = as_str(data.get("level")) or PurePosixPath(md.file).stem
    return track, level


def build_framework(md: MarkdownDoc) -> Framework | None:
    track, level = framework_identity(md)
    if not track or not level:
        return None
    data = as_dict(md.front.data)
    deep = [s for s in md.sections if s.level >= 3]
    chosen = deep or [s for s in md.sections if s.items]
    areas = tuple(Area(s.title, s.line, tuple(s.items)) for s in chosen if s.items)
    heading = next((s.title for s in md.sections if s.level <= 2), "")
    title = str(data.get("title") or heading.removesuffix(" Competency Framework") or level)
    return Framework(track, level, title, str(data.get("summary") or ""), areas, _origin(md))


def unread_text(md: MarkdownDoc, framework: Framework) -> list[Diagnostic]:
    """Text of a framework that is not read as behaviours: a section of prose, or no behaviours at all.
    Posts trace their requirements to behaviours, so text that is not one is lost to them."""
    shape = "write each behaviour as a bullet under a `### Area` heading: `- Designs systems across teams`"
    if not any(area.behaviours for area in framework.areas):
        message = "this framework has no behaviours: no `- behaviour` bullets under a `### Area` heading"
        return [Diagnostic.at(Origin.of_file(md.file, 1), FRAMEWORK_SHAPE.code, message, shape, Severity.WARNING)]
    found = []
    for section in md.sections:
        if section.lines and not section.items and section.level >= 3:
            message = f'the section "{section.title}" has text but no bullets: it is not read as behaviours'
            origin = Origin.of_file(md.file, section.line)
            found.append(Diagnostic.at(origin, FRAMEWORK_SHAPE.code, message, shape, Severity.WARNING))
    return found


def _timezone(value: Any) -> TimezoneRequirement | None:
    tz = as_dict(value)
    if not isinstance(tz.get("with"), str):
        return None
    overlap = tz.get("overlap_hours")
    return TimezoneRequirement(
        tz["with"],
        as_str(tz.get("core_hours")),
        float(overlap) if isinstance(overlap, int | float) and not isinstance(overlap, bool) else None,
    )


def _criterion(entry: Any) -> str:
    """An evaluation entry as its text. `- Take-home: build a rate limiter` is a mapping to YAML (the schema says
    so); the criterion is still read, never dropped."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and len(entry) == 1:
        key, value = next(iter(entry.items()))
        return f"{key}: {value}" if value is not None else str(key)
    return ""


def build_posting(md: MarkdownDoc) -> Posting | None:
    data = as_dict(md.front.data)
    if not isinstance(data.get("role"), str):
        return None
    level, track = as_str(data.get("level")), as_str(data.get("track"))
    if level and "/" in level:
        track, _, level = level.partition("/")
    work_style = data.get("work_style")
    filled = as_dict(data.get("filled"))
    return Posting(
        id=as_str(data.get("id")) or PurePosixPath(md.file).stem,
        origin=_origin(md),
        role=data["role"],
        team=as_str(data.get("team")),
        track=track,
        level=level,
        location=as_str(data.get("location")),
        timezone=_timezone(data.get("timezone")),
        work_style={k: v for k, v in work_style.items() if isinstance(v, int)}
        if isinstance(work_style, dict)
        else None,
        status=as_str(data.get("status")) or "open",
        opened=as_date(data.get("opened")),
        internal_until=as_date(data.get("internal_until")),
        external_from=as_date(data.get("external_from")),
        closes=as_date(data.get("closes")),
        evaluation=tuple(_criterion(e) for e in as_list(data.get("evaluation")) if _criterion(e)),
        applicants={k: v for k, v in as_dict(data.get("applicants")).items() if as_int_or_none(v) is not None},
        filled_source=as_str(filled.get("source")),
        filled_date=as_date(filled.get("date")),
        sections=tuple(PostSection(s.title, s.line, tuple(s.items), tuple(s.lines)) for s in md.sections),
        body=md.body,
        body_line=md.body_line,
        has_front_matter=md.has_front_matter,
        suppressions=tuple(md.suppressions),
    )


def build_mentor(doc: YamlDoc) -> Mentor | None:
    data = as_dict(doc.data)
    if not all(isinstance(data.get(k), str) for k in ("id", "name", "track", "level", "timezone")):
        return None
    history = [
        PastMentorship(as_int_or_none(h.get("year")), str(h.get("outcome")), as_int_or_none(h.get("rating")))
        for h in as_list(data.get("history"))
        if isinstance(h, dict) and isinstance(h.get("outcome"), str)
    ]
    return Mentor(
        id=data["id"],
        name=data["name"],
        track=data["track"],
        level=data["level"],
        past_levels=tuple(p for p in as_list(data.get("past_levels")) if isinstance(p, str)),
        timezone=data["timezone"],
        working_hours=as_str(data.get("working_hours")) or "09:00-17:00",
        capacity=as_int(data.get("capacity"), 2),
        opt_in=data.get("opt_in") is True,
        history=tuple(history),
        team=as_str(data.get("team")),
        origin=doc.origin(),
        active_mentees=as_int(data.get("active_mentees"), 0),
    )


def _move(raw: Any, origin: Origin) -> MoveRecord | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("person"), str):
        return None
    when = as_date(str(raw.get("date")))
    if when is None:
        return None
    source, target = as_dict(raw.get("from")), as_dict(raw.get("to"))
    return MoveRecord(
        raw["person"],
        when,
        str(raw.get("kind")),
        as_str(source.get("team")),
        as_str(source.get("level")),
        as_str(target.get("team")),
        as_str(target.get("level")),
        as_str(raw.get("posting")),
        origin,
    )


def moves_of(doc: YamlDoc) -> MoveData:
    """Every well-formed record of one moves file (in the file's order), with its headcount and team sizes."""
    data = as_dict(doc.data)
    records = []
    for index, raw in enumerate(as_list(data.get("moves"))):
        record = _move(raw, doc.origin(f"/moves/{index}"))
        if record is not None:
            records.append(record)
    teams = {str(k): v for k, v in as_dict(data.get("teams")).items() if as_int_or_none(v) is not None}
    return MoveData(tuple(records), as_int_or_none(data.get("headcount")), teams)

"""Turning what a person typed into tracks and levels, with suggestions when it names nothing."""

from __future__ import annotations

from typing import NoReturn

from mobility_cli.errors import UnknownName
from mobility_cli.model import Level, Program, Track
from mobility_cli.suggest import close_names


def resolve_level(program: Program, name: str) -> Level:
    """`TRACK/LEVEL`, or a bare `LEVEL` where exactly one track has it."""
    name = name.strip()
    if "/" in name:
        found = program.level(name)
        if found:
            return found
        _unknown(program, "level", name)
    matches = [lv for lv in program.levels() if lv.id == name]
    if len(matches) == 1:
        return matches[0]
    if matches:
        keys = tuple(lv.key for lv in matches)
        raise UnknownName(
            f'"{name}" is a level of {len(keys)} tracks: {", ".join(keys)}',
            f"name one of them as TRACK/LEVEL, e.g. {keys[0]}",
            keys,
        )
    _unknown(program, "level", name)


def resolve_track(program: Program, name: str) -> Track:
    track = program.tracks.get(name.strip())
    if track:
        return track
    _unknown(program, "track", name)


def level_or_track_levels(program: Program, name: str) -> list[Level]:
    """`TRACK/LEVEL` or a unique `LEVEL` gives that level; a bare `TRACK` gives all its levels."""
    name = name.strip()
    if "/" not in name and name in program.tracks and not any(lv.id == name for lv in program.levels()):
        return [lv for lv in program.tracks[name].levels if not lv.retired]
    try:
        return [resolve_level(program, name)]
    except UnknownName as exc:
        if "/" in name or exc.candidates:
            raise
        if name in program.tracks:
            return [lv for lv in program.tracks[name].levels if not lv.retired]
        raise UnknownName(exc.message.replace("unknown level", "unknown level or track"), exc.hint) from None


def _unknown(program: Program, what: str, name: str) -> NoReturn:
    if what == "track":
        pool = list(program.tracks)
    else:
        pool = [lv.key for lv in program.levels()] + sorted({lv.id for lv in program.levels()})
    close = close_names(name, pool, cutoff=0.5)
    hint = f"did you mean {' or '.join(close)}?" if close else f"see `mobility {what}s`"
    raise UnknownName(f'unknown {what} "{name}"', hint, close)

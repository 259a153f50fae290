"""Turning what a person typed into levels: shared by the commands that take FROM/TO names."""

from __future__ import annotations

from mobility_cli.errors import UnknownName
from mobility_cli.model import Level, Program


def level_or_track_levels(program: Program, name: str) -> list[Level]:
    """`TRACK/LEVEL` or a unique `LEVEL` gives that level; a bare `TRACK` gives all its levels."""
    name = name.strip()
    if "/" not in name and name in program.tracks and not any(lv.id == name for lv in program.levels()):
        return list(program.tracks[name].levels)
    try:
        return [program.resolve_level(name)]
    except UnknownName as exc:
        if "/" in name or exc.candidates:
            raise
        if name in program.tracks:
            return list(program.tracks[name].levels)
        raise UnknownName(exc.message.replace("unknown level", "unknown level or track"), exc.hint) from None

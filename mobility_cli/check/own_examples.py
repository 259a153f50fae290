"""Hints in the program's own terms. The schemas' hints (`x-hint` in schemas/*.json) are written once for every
program, and the ones about naming a level give the built-in example's level as the example ("name a level as
TRACK/LEVEL, like engineering/ic3"). Read the moment a file is checked, before the program is known, they cannot
name the program's own levels; here, once it is, a program without that level is shown one of its own instead:
a level of the track the file names, the one closest to what it wrote, else the program's first level."""

from __future__ import annotations

import re
from dataclasses import replace

from mobility_cli.diagnostics import Diagnostic
from mobility_cli.model import Program
from mobility_cli.suggest import closest

EXAMPLE_LEVEL = "engineering/ic3"  # the level the schemas' hints name (tests/test_first_hour_files.py checks)
_AS_EXAMPLE = re.compile(r",?\s*(?:like|e\.g\.)\s+" + re.escape(EXAMPLE_LEVEL))
# the example level as a name, never inside a path ("delete careers/engineering/ic3.md" names a real file)
_NAMED = re.compile(r"(?<![\w/.-])" + re.escape(EXAMPLE_LEVEL) + r"(?![\w/-]|\.\w)")


def in_own_terms(found: list[Diagnostic], program: Program) -> list[Diagnostic]:
    """The findings, their hints naming a level of this program wherever they named the built-in example's."""
    if program.level(EXAMPLE_LEVEL) is not None or not any(d.hint and _NAMED.search(d.hint) for d in found):
        return found
    named = _levels_named_by_file(program)
    return [_own(d, program, named.get(d.file or "")) if d.hint and _NAMED.search(d.hint) else d for d in found]


def _own(found: Diagnostic, program: Program, named: tuple[str | None, str | None] | None) -> Diagnostic:
    level = own_level(program, *(named or (None, None)))
    hint = found.hint or ""
    hint = _NAMED.sub(level, hint) if level else _AS_EXAMPLE.sub("", hint)
    return replace(found, hint=hint)


def own_level(program: Program, track_id: str | None = None, written: str | None = None) -> str | None:
    """A level of the program to show as an example: of the track named (the one closest to what was written,
    else its first), else the program's first level; None for a program without levels."""
    track = program.tracks.get(track_id or "")
    if track is None or not track.levels:
        return next((lv.key for lv in program.levels()), None)
    names = {lv.id: (lv.title,) if lv.title else () for lv in track.levels}
    close = closest(written.rsplit("/", 1)[-1], names, 1) if written else ()
    return f"{track.id}/{close[0] if close else track.levels[0].id}"


def _levels_named_by_file(program: Program) -> dict[str, tuple[str | None, str | None]]:
    """The track and level each post and mentor file names."""
    named: dict[str, tuple[str | None, str | None]] = {p.file: (p.track, p.level) for p in program.postings.values()}
    named.update({m.file: (m.track, m.level) for m in program.mentors.values()})
    return named

"""Turning what a person typed into tracks, levels and teams: forgiving where the answer is unambiguous (any
case, a level's title), listing the candidates where it is not, and suggesting where it names nothing."""

from __future__ import annotations

from collections import Counter
from typing import NoReturn

from mobility_cli.errors import UnknownName
from mobility_cli.model import Level, Program, Track
from mobility_cli.suggest import closest, suggestion


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _one_of(name: str, matches: list[Level], what: str = "level") -> Level | None:
    """The one level matched, None for none; several stop with every candidate named."""
    if len(matches) == 1:
        return matches[0]
    if not matches:
        return None
    keys = tuple(lv.key for lv in matches)
    raise UnknownName(
        f'"{name}" is a {what} of {len(keys)} tracks: {", ".join(keys)}',
        f"name one of them as TRACK/LEVEL, e.g. {keys[0]}",
        keys,
    )


def find_level(program: Program, name: str) -> Level | None:
    """`TRACK/LEVEL`, a bare `LEVEL` where one track has it, or a level's title ("Staff Engineer"), in any
    case; None where it names no level; several candidates stop with every one of them named."""
    name = name.strip()
    exact = program.level(name) if "/" in name else None
    if exact:
        return exact
    every = list(program.levels())
    wanted = _folded(name)
    if "/" in name:
        return _one_of(name, [lv for lv in every if lv.key.casefold() == wanted])
    for matches in ([lv for lv in every if lv.id == name], [lv for lv in every if lv.id.casefold() == wanted]):
        found = _one_of(name, matches)
        if found:
            return found
    return _one_of(name, [lv for lv in every if _folded(lv.title) == wanted], "level title")


def resolve_level(program: Program, name: str) -> Level:
    """As find_level, and a name that is a track, or nothing, stops with what to type instead."""
    found = find_level(program, name)
    if found:
        return found
    track = find_track(program, name)
    if track is not None:
        levels = ", ".join(lv.key for lv in track.levels if not lv.retired)
        raise UnknownName(f'"{name.strip()}" is a track; a level is needed here', f"name one of its levels: {levels}")
    _unknown(program, "level", name)


def find_track(program: Program, name: str) -> Track | None:
    """A track by its id or its name ("Engineering Management"), in any case."""
    name = name.strip()
    if name in program.tracks:
        return program.tracks[name]
    wanted = _folded(name)
    for track in program.tracks.values():
        if track.id.casefold() == wanted or _folded(track.name or "") == wanted:
            return track
    return None


def resolve_track(program: Program, name: str) -> Track:
    track = find_track(program, name)
    if track:
        return track
    _unknown(program, "track", name)


def resolve_team(teams: list[str], name: str) -> str:
    """One of the teams the posts name, in any case; an unknown team stops with the close ones, not an empty
    answer that looks like "no posts"."""
    teams = sorted(set(teams))
    wanted = _folded(name)
    for team in teams:
        if _folded(team) == wanted:
            return team
    close = closest(name, {team: () for team in teams})
    hint = suggestion(close, quote="") or "teams with posts: " + ", ".join(teams)
    raise UnknownName(f'no post names the team "{name.strip()}"', hint, close)


def level_or_track_levels(program: Program, name: str) -> list[Level]:
    """`TRACK/LEVEL`, a unique `LEVEL` or a title gives that level; a `TRACK` gives all its levels."""
    found = find_level(program, name)
    if found:
        return [found]
    track = find_track(program, name)
    if track is not None:
        return [lv for lv in track.levels if not lv.retired]
    _unknown(program, "level or track", name)


def _unknown(program: Program, what: str, name: str) -> NoReturn:
    """An unknown level, track (or either) stops with the ones close to it, each once, by the name to type
    and what it is called ("ic3 (Senior Engineer)")."""
    called: dict[str, tuple[str, ...]] = {}
    if "level" in what:
        ids = Counter(lv.id for lv in program.levels())
        for lv in program.levels():
            if not lv.retired:
                called[lv.id if ids[lv.id] == 1 else lv.key] = (lv.id, lv.key, lv.title)
    if "track" in what:
        for track in program.tracks.values():
            called.setdefault(track.id, (track.id, track.name or track.id))
    close = closest(name, called)
    shown = [_with_title(key, called[key][-1]) for key in close]
    hint = suggestion(shown, quote="") or f"see `mobility {'tracks' if what == 'track' else 'levels'}`"
    raise UnknownName(f'unknown {what} "{name.strip()}"', hint, close)


def _with_title(key: str, title: str) -> str:
    """`ic3 (Senior Engineer)`; a name that only repeats the id (`sales`, "Sales") is left out."""
    same = _folded(title.replace("-", " ")) == _folded(key.rsplit("/", 1)[-1].replace("-", " "))
    return key if same else f"{key} ({title})"

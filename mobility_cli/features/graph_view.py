"""The part of the career graph a picture shows: the whole program, or one track and its neighbours."""

from __future__ import annotations

from dataclasses import dataclass

from mobility_cli.features.names import resolve_track
from mobility_cli.features.paths import Step, edges
from mobility_cli.model import Level, Program


@dataclass(frozen=True, slots=True)
class GraphView:
    tracks: tuple[str, ...]  # column order
    levels: tuple[Level, ...]
    edges: tuple[Step, ...]
    focus: str | None


def graph_view(program: Program, track: str | None = None) -> GraphView:
    """With a track: its levels, every lateral move into or out of it, and the levels at the other ends."""
    every = [e for e in edges(program) if e.source.key != e.target.key]
    if track is None:
        return GraphView(tuple(program.tracks), tuple(program.current_levels()), tuple(every), None)
    resolve_track(program, track)
    kept = [
        e
        for e in every
        if (e.source.track == track or e.target.track == track) and (e.kind == "lateral" or e.source.track == track)
    ]
    keys = {lv.key for lv in program.tracks[track].levels}
    keys |= {e.source.key for e in kept} | {e.target.key for e in kept}
    order = [track] + [t for t in program.tracks if t != track and any(k.startswith(t + "/") for k in keys)]
    levels = tuple(lv for t in order for lv in program.tracks[t].levels if lv.key in keys and not lv.retired)
    return GraphView(tuple(order), levels, tuple(kept), track)

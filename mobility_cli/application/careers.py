"""The career tracks: what they define (tracks, levels), the routes between levels, what each step asks
(gap), and the whole graph."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mobility_cli.application.workspace import CAREERS, CAREERS_AND_FRAMEWORKS

if TYPE_CHECKING:
    from mobility_cli.application.workspace import Workspace
    from mobility_cli.features.gap import StepGap
    from mobility_cli.features.graph_view import GraphView
    from mobility_cli.features.paths import Route
    from mobility_cli.model import Level, Program, Track


def tracks(workspace: Workspace) -> Program:
    """The program's tracks, levels and frameworks (no posts, mentors or moves)."""
    return workspace.load(CAREERS_AND_FRAMEWORKS).program


@dataclass(frozen=True, slots=True)
class Levels:
    program: Program
    tracks: tuple[Track, ...]  # the tracks listed: the one asked for, else all
    levels: tuple[Level, ...]  # their levels, track by track in promotion order
    one_track: bool  # a single track was asked for


def levels(workspace: Workspace, track: str | None = None) -> Levels:
    """The levels of one track (by id or name), or of every track."""
    from mobility_cli.features.names import resolve_track

    program = workspace.load(CAREERS_AND_FRAMEWORKS).program
    chosen = (resolve_track(program, track),) if track else tuple(program.tracks.values())
    return Levels(program, chosen, tuple(lv for t in chosen for lv in t.levels), bool(track))


@dataclass(frozen=True, slots=True)
class RouteRequest:
    source: str  # TRACK/LEVEL, or a LEVEL unique to one track
    target: str  # TRACK/LEVEL, LEVEL, or a whole TRACK
    alternatives: int = 0  # also the next K routes
    max_lateral: int | None = None
    avoid: tuple[str, ...] = ()  # levels the route must not pass through
    via: str | None = None  # a level the route must pass through
    downward: bool = False  # also route to a level graded below the start
    stop_at_start: bool = False  # when the start is the destination, answer that rather than route to it


@dataclass(frozen=True, slots=True)
class Routes:
    start: Level
    routes: tuple[Route, ...]  # the cheapest first; none when the start is the destination (stop_at_start)

    @property
    def at_start(self) -> bool:
        return not self.routes


def path(workspace: Workspace, request: RouteRequest) -> Routes:
    """The cheapest route from one level to another in expected months, and the next cheapest ones; a
    NoResult when there is none, with the reason."""
    from mobility_cli.errors import NoResult, UsageError
    from mobility_cli.features.names import level_or_track_levels, resolve_level
    from mobility_cli.features.paths import NoRoute, find_routes

    program = workspace.load(CAREERS).program
    start = resolve_level(program, request.source)
    targets = level_or_track_levels(program, request.target)
    avoided = [resolve_level(program, name) for name in request.avoid]
    through = resolve_level(program, request.via) if request.via else None
    if through is not None and request.alternatives:
        raise UsageError("--alternatives cannot be combined with --via", "ask for one of them")
    if request.stop_at_start and [t.key for t in targets] == [start.key]:
        return Routes(start, ())
    for level in avoided:
        if level.key in (start.key, *(t.key for t in targets)) or (through and level.key == through.key):
            raise UsageError(f"--avoid {level.key} is also where the route starts, ends or must pass")
    try:
        found = find_routes(
            program,
            start,
            targets,
            avoid=avoided,
            max_lateral=request.max_lateral,
            via=through,
            alternatives=request.alternatives,
            downward=request.downward,
        )
    except NoRoute as exc:
        raise NoResult(f"no route from {start.key} to {request.target}: {exc}") from None
    return Routes(start, tuple(found))


@dataclass(frozen=True, slots=True)
class Gaps:
    route: Route  # the cheapest route
    steps: tuple[StepGap, ...]  # what each of its steps asks that the level before it does not


def gap(workspace: Workspace, source: str, target: str) -> Gaps:
    """The competencies to grow along the cheapest route, step by step."""
    from mobility_cli.errors import NoResult
    from mobility_cli.features.gap import route_gaps
    from mobility_cli.features.names import level_or_track_levels, resolve_level
    from mobility_cli.features.paths import NoRoute, find_routes

    program = workspace.load(CAREERS_AND_FRAMEWORKS).program
    start = resolve_level(program, source)
    try:
        (route,) = find_routes(program, start, level_or_track_levels(program, target))
    except NoRoute as exc:
        raise NoResult(f"no route from {start.key} to {target}: {exc}") from None
    return Gaps(route, tuple(route_gaps(program, route)))


def graph(workspace: Workspace, track: str | None = None) -> GraphView:
    """The career graph: promotions within tracks and lateral moves between them (one track and its lateral
    neighbours, where asked)."""
    from mobility_cli.features.graph_view import graph_view

    return graph_view(workspace.load(CAREERS).program, track)

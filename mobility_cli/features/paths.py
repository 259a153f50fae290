"""Routes between levels: the career graph and the cheapest route through it.

Cost is expected time: the months of every level a route leaves, plus `policy.lateral_months` per lateral
move. Ties break on fewer laterals, then fewer steps, then names, so that every run prints the same route.
The search itself is rustworkx's Dijkstra (fast to import, unlike networkx); the tie-break is folded into
an exact integer-valued weight so that one search answers all of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from mobility_cli.model import Level, Program

if TYPE_CHECKING:
    import rustworkx

Kind = Literal["promotion", "lateral"]
_MONTH = 1_000_000.0  # weights: months dominate, then laterals, then steps (all exact in a float)
_LATERAL = 1_000.0
_STEP = 1.0


@dataclass(frozen=True, slots=True)
class Step:
    source: Level
    target: Level
    kind: Kind
    months: int

    def to_json(self) -> dict[str, object]:
        return {"from": self.source.key, "to": self.target.key, "kind": self.kind, "months": self.months}


@dataclass(frozen=True, slots=True)
class Route:
    source: Level
    target: Level
    steps: tuple[Step, ...]

    @property
    def months(self) -> int:
        return sum(step.months for step in self.steps)

    @property
    def laterals(self) -> int:
        return sum(1 for step in self.steps if step.kind == "lateral")

    def levels(self) -> list[Level]:
        return [self.source, *(step.target for step in self.steps)]

    def sort_key(self) -> tuple[int, int, int, tuple[str, ...]]:
        return (self.months, self.laterals, len(self.steps), tuple(lv.key for lv in self.levels()))


class NoRoute(Exception):
    """No route satisfies the request; the message says why in a sentence."""


@dataclass(frozen=True, slots=True)
class Edge:
    source: Level
    target: Level
    kind: Kind
    months: int

    def weight(self) -> float:
        return self.months * _MONTH + (_LATERAL if self.kind == "lateral" else 0.0) + _STEP


def edges(program: Program) -> list[Edge]:
    """Every move the program allows: promotions along each track, and lateral moves by the landing rule."""
    lateral_months = program.settings.policy.lateral_months
    found: list[Edge] = []
    for track in program.tracks.values():
        for lower, upper in pairwise(track.levels):
            found.append(Edge(lower, upper, "promotion", lower.months))
        for level in track.levels:
            for _move, landing in program.lateral_moves_from(level):
                found.append(Edge(level, landing, "lateral", level.months + lateral_months))
    return found


@dataclass(slots=True)
class CareerGraph:
    """The career graph as a rustworkx digraph, with the level of each node index."""

    graph: rustworkx.PyDiGraph
    index: dict[str, int]
    levels: list[Level]

    @classmethod
    def build(cls, program: Program, avoid: Iterable[Level] = ()) -> CareerGraph:
        import rustworkx

        skip = {lv.key for lv in avoid}
        graph = rustworkx.PyDiGraph(multigraph=False)
        levels = [lv for lv in program.levels() if lv.key not in skip]
        index = {lv.key: graph.add_node(lv) for lv in levels}
        for edge in edges(program):
            a, b = index.get(edge.source.key), index.get(edge.target.key)
            if a is None or b is None or a == b:
                continue
            existing = graph.get_edge_data(a, b) if graph.has_edge(a, b) else None
            if existing is None or edge.weight() < existing.weight():
                graph.add_edge(a, b, edge) if existing is None else graph.update_edge(a, b, edge)
        return cls(graph, index, levels)

    def route(self, source: Level, target: Level) -> Route | None:
        """The cheapest route, ties broken by laterals, steps, then names; None when unreachable."""
        import rustworkx

        if source.key not in self.index or target.key not in self.index:
            return None
        if source.key == target.key:
            return Route(source, target, ())
        a, b = self.index[source.key], self.index[target.key]
        paths = rustworkx.digraph_all_shortest_paths(self.graph, a, b, weight_fn=lambda e: e.weight())
        if not paths:
            return None
        routes = [self._route(list(p)) for p in paths]
        return min(routes, key=Route.sort_key)

    def _route(self, nodes: list[int]) -> Route:
        steps = []
        for a, b in pairwise(nodes):
            edge: Edge = self.graph.get_edge_data(a, b)
            steps.append(Step(edge.source, edge.target, edge.kind, edge.months))
        return Route(self.levels_at(nodes[0]), self.levels_at(nodes[-1]), tuple(steps))

    def levels_at(self, node: int) -> Level:
        level: Level = self.graph[node]
        return level


def find_route(program: Program, source: Level, target: Level, avoid: Iterable[Level] = ()) -> Route:
    """The cheapest route from one level to another, or NoRoute with the reason."""
    route = CareerGraph.build(program, avoid).route(source, target)
    if route is None:
        raise NoRoute(why_unreachable(program, source, target))
    return route


def why_unreachable(program: Program, source: Level, target: Level) -> str:
    if source.track == target.track and target.index < source.index:
        return (
            f"{target.key} is below {source.key} in the {source.track} track, and promotions only go up; "
            "no lateral route leads back down to it"
        )
    into = [t.id for t in program.tracks.values() if any(m.to == target.track for m in t.lateral_moves)]
    if source.track != target.track and not into:
        return f"no lateral move leads into {target.track} from any track"
    if source.track != target.track:
        return (
            f"no lateral move leads out of {source.track} into {target.track}, directly or through other "
            f"tracks (moves into {target.track} come from {', '.join(into)})"
        )
    return f"{target.key} cannot be reached from {source.key} with the moves the program defines"

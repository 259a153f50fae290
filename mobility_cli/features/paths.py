"""Routes between levels: the career graph and the cheapest route through it.

Cost is expected time: the months of every level a route leaves, plus `policy.lateral_months` per lateral
move. Ties break on fewer laterals, then fewer steps, then names, so that every run prints the same route.
The search itself is rustworkx's Dijkstra (fast to import, unlike networkx); the tie-break is folded into
an exact integer-valued weight so that one search answers all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from mobility_cli.model import Level, Program
from mobility_cli.words import counted

if TYPE_CHECKING:
    import rustworkx

Kind = Literal["promotion", "lateral"]
_MONTH = 1_000_000.0  # weights: months dominate, then laterals, then steps (all exact in a float)
_LATERAL = 1_000.0
_STEP = 1.0


@dataclass(frozen=True, slots=True)
class Step:
    """One move the program allows (an edge of the career graph), and so one step of a route."""

    source: Level
    target: Level
    kind: Kind
    months: int

    def to_json(self) -> dict[str, object]:
        return {"from": self.source.key, "to": self.target.key, "kind": self.kind, "months": self.months}

    def weight(self) -> float:
        return self.months * _MONTH + (_LATERAL if self.kind == "lateral" else 0.0) + _STEP


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


def edges(program: Program) -> list[Step]:
    """Every move the program allows: promotions along each track, and lateral moves by the landing rule."""
    lateral_months = program.settings.policy.lateral_months
    found: list[Step] = []
    for track in program.tracks.values():
        current = [lv for lv in track.levels if not lv.retired]  # a retired level is out of the ladder
        for lower, upper in pairwise(current):
            found.append(Step(lower, upper, "promotion", lower.months))
        for level in current:
            for _move, landing in program.lateral_moves_from(level):
                found.append(Step(level, landing, "lateral", level.months + lateral_months))
    return found


@dataclass(slots=True)
class CareerGraph:
    """The career graph as a rustworkx digraph of levels; with a lateral limit, one layer per laterals used.

    Layering makes `--max-lateral` exact for Dijkstra: a node is (level, laterals so far), a lateral edge
    goes one layer down, and a route can never take more laterals than there are layers.
    """

    graph: rustworkx.PyDiGraph
    nodes: dict[tuple[str, int], int]
    layers: int

    @classmethod
    def build(cls, program: Program, avoid: Iterable[Level] = (), max_lateral: int | None = None) -> CareerGraph:
        import rustworkx

        skip = {lv.key for lv in avoid}
        layers = 1 if max_lateral is None else max_lateral + 1
        graph = rustworkx.PyDiGraph(multigraph=False)
        nodes: dict[tuple[str, int], int] = {}
        for lv in program.levels():
            if lv.key not in skip:
                for layer in range(layers):
                    nodes[(lv.key, layer)] = graph.add_node(lv)
        for edge in edges(program):
            if edge.source.key == edge.target.key:
                continue
            step = 1 if edge.kind == "lateral" and max_lateral is not None else 0
            for layer in range(layers - step):
                a, b = nodes.get((edge.source.key, layer)), nodes.get((edge.target.key, layer + step))
                if a is None or b is None:
                    continue
                if not graph.has_edge(a, b):
                    graph.add_edge(a, b, edge)
                elif edge.weight() < graph.get_edge_data(a, b).weight():
                    graph.update_edge(a, b, edge)
        return cls(graph, nodes, layers)

    def routes(self, source: Level, targets: Sequence[Level], count: int = 1) -> list[Route]:
        """Up to `count` cheapest distinct routes (Yen's algorithm over rustworkx's Dijkstra), cheapest first."""
        start = self.nodes.get((source.key, 0))
        goals = {self.nodes[(t.key, k)] for t in targets for k in range(self.layers) if (t.key, k) in self.nodes}
        if start is None or not goals:
            return []
        if start in goals:
            return [Route(source, source, ())]
        graph = self.graph.copy()
        sink = graph.add_node(None)
        for goal in goals:
            graph.add_edge(goal, sink, None)
        first = self._cheapest(graph, start, sink)
        if first is None:
            return []
        found, candidates = [first], []
        while len(found) < count:
            last = found[-1]
            for i in range(len(last) - 2):  # the last node is the sink
                root = last[: i + 1]
                spur = graph.copy()
                for path in found:
                    if path[: i + 1] == root and len(path) > i + 1 and spur.has_edge(path[i], path[i + 1]):
                        spur.remove_edge(path[i], path[i + 1])
                spur.remove_nodes_from(root[:-1])
                tail = self._cheapest(spur, root[-1], sink)
                if tail is not None:
                    candidate = root[:-1] + tail
                    if candidate not in candidates and candidate not in found:
                        candidates.append(candidate)
            if not candidates:
                break
            candidates.sort(key=lambda nodes: self._route(graph, nodes).sort_key())
            found.append(candidates.pop(0))
        return [self._route(graph, nodes) for nodes in found]

    def _cheapest(self, graph: rustworkx.PyDiGraph, start: int, sink: int) -> list[int] | None:
        import rustworkx

        paths = rustworkx.digraph_all_shortest_paths(graph, start, sink, weight_fn=_weight)
        if not paths:
            return None
        return min((list(p) for p in paths), key=lambda nodes: self._route(graph, nodes).sort_key())

    def _route(self, graph: rustworkx.PyDiGraph, nodes: list[int]) -> Route:
        steps = []
        for a, b in pairwise(nodes):
            edge: Step | None = graph.get_edge_data(a, b)
            if edge is not None:
                steps.append(edge)
        levels = [graph[n] for n in nodes if graph[n] is not None]
        return Route(levels[0], levels[-1], tuple(steps))


def _weight(edge: Step | None) -> float:
    return 0.0 if edge is None else edge.weight()


def find_routes(
    program: Program,
    source: Level,
    targets: Sequence[Level],
    *,
    avoid: Iterable[Level] = (),
    max_lateral: int | None = None,
    via: Level | None = None,
    alternatives: int = 0,
    downward: bool = False,
) -> list[Route]:
    """The cheapest route and up to `alternatives` more, or NoRoute with the reason in a sentence.

    A target graded below the start is a step down: promotions only go up, so the answer is that, whether or
    not some chain of lateral moves happens to lead there; `downward` asks for that chain anyway. A level
    the program's own lateral move lands on from the start (a `map:`) is never a step down: the program says
    the two are equivalent.
    """
    for level in (source, *targets, *([via] if via else [])):
        if level.retired:
            raise NoRoute(f"{level.key} is retired: it is kept for history, and no route starts, ends or passes there")
    if not downward and any(t.grade < source.grade for t in targets):  # edges only when a target is below
        landings = {e.target.key for e in edges(program) if e.source.key == source.key and e.kind == "lateral"}
        allowed = [t for t in targets if t.grade >= source.grade or t.key in landings]
        if not allowed:
            raise NoRoute(_below(source, targets))
        targets = allowed  # a track's levels at the start's grade or up, and where a lateral move lands
    avoid = list(avoid)
    if via is not None:
        route = _via(program, source, via, targets, avoid, max_lateral)
        return [route]
    graph = CareerGraph.build(program, avoid, max_lateral)
    found = graph.routes(source, targets, 1 + alternatives)
    if not found:
        raise NoRoute(_reason(program, source, targets, avoid, max_lateral))
    return found


def _via(
    program: Program,
    source: Level,
    via: Level,
    targets: Sequence[Level],
    avoid: list[Level],
    max_lateral: int | None,
) -> Route:
    best: Route | None = None
    splits = [(None, None)] if max_lateral is None else [(k, max_lateral - k) for k in range(max_lateral + 1)]
    for first_max, second_max in splits:
        first = CareerGraph.build(program, avoid, first_max).routes(source, [via])
        second = CareerGraph.build(program, avoid, second_max).routes(via, targets)
        if first and second:
            joined = Route(source, second[0].target, first[0].steps + second[0].steps)
            if best is None or joined.sort_key() < best.sort_key():
                best = joined
    if best is None:
        raise NoRoute(f"no route leads from {source.key} through {via.key} to {_names(targets)}")
    return best


def _below(source: Level, targets: Sequence[Level]) -> str:
    graded = f"grade {targets[0].grade}" if len(targets) == 1 else f"grades up to {max(t.grade for t in targets)}"
    return (
        f"{_names(targets)} ({graded}) is graded below {source.key} (grade {source.grade}), and promotions only "
        "go up; --downward shows a route through lateral moves, where there is one"
    )


def _names(targets: Sequence[Level]) -> str:
    tracks = {t.track for t in targets}
    return f"the {next(iter(tracks))} track" if len(targets) > 1 and len(tracks) == 1 else targets[0].key


def _reason(
    program: Program, source: Level, targets: Sequence[Level], avoid: list[Level], max_lateral: int | None
) -> str:
    if (avoid or max_lateral is not None) and CareerGraph.build(program).routes(source, targets):
        limits = []
        if max_lateral is not None:
            limits.append(f"at most {counted(max_lateral, 'lateral move')}")
        if avoid:
            limits.append("avoiding " + ", ".join(lv.key for lv in avoid))
        return f"every route from {source.key} to {_names(targets)} breaks the limits ({'; '.join(limits)})"
    return why_unreachable(program, source, targets[0])


def reachable(program: Program, source: Level) -> list[Level]:
    """Every level some route from `source` reaches."""
    import rustworkx

    graph = CareerGraph.build(program)
    found = rustworkx.descendants(graph.graph, graph.nodes[(source.key, 0)])
    return [graph.graph[n] for n in sorted(found)]


def why_unreachable(program: Program, source: Level, target: Level) -> str:
    if source.track == target.track and target.index < source.index:
        return (
            f"{target.key} is below {source.key} in the {source.track} track, and promotions only go up; "
            "no lateral route leads back down to it"
        )
    in_track = [lv for lv in reachable(program, source) if lv.track == target.track]
    if in_track:
        lowest = min(in_track, key=lambda lv: lv.index)
        return (
            f"routes from {source.key} enter {target.track} at {lowest.key} at the lowest, above {target.key}, "
            "and promotions only go up"
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

"""What to grow along a route: for each step, the behaviours of the next level the current one does not state.

Behaviours are compared as written (case, spacing and punctuation aside): frameworks are meant to restate
a level's expectations in full, so a behaviour the next level adds, or words it changes, is something to grow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mobility_cli.features.paths import Route
from mobility_cli.model import Framework, Level, Program


@dataclass(frozen=True, slots=True)
class AreaGap:
    area: str
    behaviours: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StepGap:
    source: Level
    target: Level
    kind: str
    months: int
    areas: tuple[AreaGap, ...]
    missing_framework: str | None  # the level whose framework is missing, where one is

    def to_json(self) -> dict[str, object]:
        return {
            "from": self.source.key,
            "to": self.target.key,
            "kind": self.kind,
            "months": self.months,
            "areas": [{"area": a.area, "behaviours": list(a.behaviours)} for a in self.areas],
            "missing_framework": self.missing_framework,
        }


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def step_gap(program: Program, source: Level, target: Level, kind: str, months: int) -> StepGap:
    have: Framework | None = program.frameworks.get(source.key)
    want: Framework | None = program.frameworks.get(target.key)
    if want is None:
        return StepGap(source, target, kind, months, (), target.key)
    known = {_norm(b.text) for _, b in have.behaviours()} if have else set()
    areas = []
    for area in want.areas:
        new = tuple(b.text for b in area.behaviours if _norm(b.text) not in known)
        if new:
            areas.append(AreaGap(area.name, new))
    return StepGap(source, target, kind, months, tuple(areas), None if have else source.key)


def route_gaps(program: Program, route: Route) -> list[StepGap]:
    return [step_gap(program, s.source, s.target, s.kind, s.months) for s in route.steps]

"""Routes for people (a table and a summary), for programs (DESIGN.md's JSON) and for diagrams (Mermaid)."""

from __future__ import annotations

import json

from mobility_cli.features.paths import Route
from mobility_cli.words import counted


def route_rows(route: Route) -> list[list[str]]:
    rows, total = [], 0
    for number, step in enumerate(route.steps, 1):
        total += step.months
        rows.append([str(number), step.kind, step.source.key, step.target.key, str(step.months), str(total)])
    return rows


def summary(route: Route) -> str:
    if not route.steps:
        return f"{route.source.key} is already where you want to be."
    chain = " → ".join(lv.id if lv.track == route.source.track else lv.key for lv in route.levels())
    laterals = f", {counted(route.laterals, 'lateral move')}" if route.laterals else ""
    years = f" (about {counted(route.months / 12, 'year')})" if route.months >= 12 else ""
    return f"{chain}: {counted(len(route.steps), 'step')}{laterals}, {counted(route.months, 'month')}{years}"


def routes_json(routes: list[Route]) -> str:
    first, rest = routes[0], routes[1:]
    payload = _route_json(first)
    payload["alternatives"] = [_route_json(r) for r in rest]
    return json.dumps(payload, indent=2) + "\n"


def _route_json(route: Route) -> dict[str, object]:
    return {
        "from": route.source.key,
        "to": route.target.key,
        "months": route.months,
        "laterals": route.laterals,
        "steps": [step.to_json() for step in route.steps],
    }


def routes_mermaid(routes: list[Route]) -> str:
    """One flowchart; the cheapest route drawn solid, alternatives dotted, lateral moves labelled."""
    lines = ["flowchart LR"]
    seen: set[str] = set()
    for number, route in enumerate(routes):
        for level in route.levels():
            if level.key not in seen:
                seen.add(level.key)
                lines.append(f'  {_node(level.key)}["{level.title}<br/><small>{level.key}</small>"]')
        for step in route.steps:
            arrow = "-->" if number == 0 else "-.->"
            label = f"{step.months} mo" + (", lateral" if step.kind == "lateral" else "")
            lines.append(f"  {_node(step.source.key)} {arrow}|{label}| {_node(step.target.key)}")
    return "\n".join(lines) + "\n"


def _node(key: str) -> str:
    return key.replace("/", "__").replace("-", "_")

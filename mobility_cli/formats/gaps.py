"""Gaps as plain text, as Markdown to paste into a career-conversation doc, or as JSON."""

from __future__ import annotations

import json

from mobility_cli.features.gap import StepGap
from mobility_cli.features.paths import Route
from mobility_cli.words import counted


def gaps_json(route: Route, gaps: list[StepGap]) -> str:
    payload = {
        "from": route.source.key,
        "to": route.target.key,
        "months": route.months,
        "steps": [g.to_json() for g in gaps],
    }
    return json.dumps(payload, indent=2) + "\n"


def gaps_text(route: Route, gaps: list[StepGap]) -> str:
    lines = [
        f"From {route.source.key} to {route.target.key}: {counted(len(gaps), 'step')}, "
        f"about {counted(route.months, 'month')}",
        "",
    ]
    for number, gap in enumerate(gaps, 1):
        lines.append(f"{number}. {gap.source.key} → {gap.target.key} ({gap.kind}, {counted(gap.months, 'month')})")
        lines += _body(gap, "   ", "   - ")
        lines.append("")
    return "\n".join(lines)


def gaps_markdown(route: Route, gaps: list[StepGap]) -> str:
    lines = [
        f"# Growing from {route.source.title} to {route.target.title}",
        "",
        f"Route: {' → '.join(lv.title for lv in route.levels())} (about {counted(route.months, 'month')}).",
        "",
    ]
    for number, gap in enumerate(gaps, 1):
        lines.append(f"## Step {number}: {gap.source.title} → {gap.target.title} ({gap.kind})")
        lines.append("")
        lines += _body(gap, "", "- [ ] ", heading="### ")
        lines.append("")
    return "\n".join(lines)


def _body(gap: StepGap, indent: str, bullet: str, heading: str = "") -> list[str]:
    if gap.missing_framework == gap.target.key:
        return [f"{indent}{gap.target.key} has no competency framework yet; ask its track owners for one."]
    lines = []
    if gap.missing_framework:
        lines.append(f"{indent}({gap.missing_framework} has no framework, so every behaviour below is listed.)")
    if not gap.areas:
        lines.append(f"{indent}Nothing new: the frameworks state the same behaviours.")
    for area in gap.areas:
        lines.append(f"{indent}{heading}{area.area}" if heading else f"{indent}{area.area}:")
        if heading:
            lines.append("")
        lines += [f"{indent}{bullet}{text}" for text in area.behaviours]
        if heading:
            lines.append("")
    return lines

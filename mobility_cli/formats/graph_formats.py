"""The career graph as text formats other tools draw: Mermaid, Graphviz DOT and JSON."""

from __future__ import annotations

import json

from mobility_cli.features.graph_view import GraphView


def _id(key: str) -> str:
    return key.replace("/", "__").replace("-", "_")


def graph_mermaid(view: GraphView) -> str:
    lines = ["flowchart BT"]
    for track in view.tracks:
        lines.append(f"  subgraph {_id(track)}[{track}]")
        lines += [f'    {_id(lv.key)}["{lv.title}"]' for lv in view.levels if lv.track == track]
        lines.append("  end")
    for edge in view.edges:
        arrow = "-->" if edge.kind == "promotion" else "-.->"
        lines.append(f"  {_id(edge.source.key)} {arrow} {_id(edge.target.key)}")
    return "\n".join(lines) + "\n"


def graph_dot(view: GraphView) -> str:
    lines = ["digraph careers {", "  rankdir=BT;", '  node [shape=box, style=rounded, fontname="Helvetica"];']
    for track in view.tracks:
        lines.append(f'  subgraph "cluster_{track}" {{')
        lines.append(f'    label="{track}";')
        lines += [f'    "{lv.key}" [label="{lv.title}\\n{lv.key}"];' for lv in view.levels if lv.track == track]
        lines.append("  }")
    for edge in view.edges:
        style = "" if edge.kind == "promotion" else " [style=dashed, constraint=false]"
        lines.append(f'  "{edge.source.key}" -> "{edge.target.key}"{style};')
    lines.append("}")
    return "\n".join(lines) + "\n"


def graph_json(view: GraphView) -> str:
    payload = {
        "tracks": list(view.tracks),
        "nodes": [
            {"id": lv.key, "track": lv.track, "level": lv.id, "title": lv.title, "grade": lv.grade, "months": lv.months}
            for lv in view.levels
        ],
        "edges": [{"from": e.source.key, "to": e.target.key, "kind": e.kind, "months": e.months} for e in view.edges],
    }
    return json.dumps(payload, indent=2) + "\n"

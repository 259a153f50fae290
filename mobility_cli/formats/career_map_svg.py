"""The career graph drawn as a career map: one column per track, one row per grade, promotions going up
and lateral moves as curved arrows. Drawn here rather than by Graphviz so it needs nothing installed and
keeps the reading order people expect (higher grades higher up, tracks side by side)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from mobility_cli.features.graph_view import GraphView
from mobility_cli.model import Level

COLUMN = 200
ROW = 96
BOX_W = 164
BOX_H = 50
LEFT = 70
TOP = 70
PALETTE = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626", "#4d7c0f", "#9333ea"]


def _wrap(title: str) -> list[str]:
    lines = textwrap.wrap(title, 22) or [""]
    return lines[:2] if len(lines) <= 2 else [lines[0], textwrap.shorten(" ".join(lines[1:]), 22, placeholder="…")]


@dataclass(frozen=True, slots=True)
class _Layout:
    column: dict[str, int]  # track -> column index
    place: dict[str, tuple[float, float]]  # level key -> centre
    grades: tuple[int, int]  # lowest, highest
    width: int
    height: int


def _layout(view: GraphView) -> _Layout:
    grades = sorted({lv.grade for lv in view.levels}) or [1]
    low, top = grades[0], grades[-1]
    column = {track: i for i, track in enumerate(view.tracks)}
    # Levels sharing a grade in one track would overlap: spread them within the row.
    slots: dict[tuple[str, int], list[Level]] = {}
    for lv in view.levels:
        slots.setdefault((lv.track, lv.grade), []).append(lv)
    place: dict[str, tuple[float, float]] = {}
    for group in slots.values():
        for n, lv in enumerate(group):
            x = LEFT + column[lv.track] * COLUMN + COLUMN / 2
            y = TOP + (top - lv.grade) * ROW + ROW / 2
            place[lv.key] = (x, y + (n - (len(group) - 1) / 2) * (BOX_H + 4) / max(1, len(group) - 1 or 1))
    width = LEFT + COLUMN * len(view.tracks) + 20
    height = TOP + ROW * (top - low + 1) + 40
    return _Layout(column, place, (low, top), width, height)


def career_map_svg(view: GraphView, href: Callable[[Level], str] | None = None) -> str:
    layout = _layout(view)
    out = _frame(view, layout)
    out += _promotions(view, layout)
    out += _laterals(view, layout)
    for lv in view.levels:
        out += _box(lv, layout, href)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _frame(view: GraphView, layout: _Layout) -> list[str]:
    """The document, arrow heads, grade bands and track headings."""
    width, height = layout.width, layout.height
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif" role="img">',
        "<title>Career map</title>",
        "<defs>",
        '<marker id="up" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#475569"/></marker>',
    ]
    for i, colour in enumerate(PALETTE):
        out.append(
            f'<marker id="lat{i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    out.append(f'<rect width="{width}" height="{height}" fill="#ffffff"/>')
    low, top = layout.grades
    for grade in range(low, top + 1):
        y = TOP + (top - grade) * ROW
        shade = "#f8fafc" if grade % 2 else "#ffffff"
        out.append(f'<rect x="0" y="{y}" width="{width}" height="{ROW}" fill="{shade}"/>')
        out.append(f'<text x="12" y="{y + ROW / 2 + 4}" font-size="12" fill="#64748b">grade {grade}</text>')
    for track, i in layout.column.items():
        x = LEFT + i * COLUMN + COLUMN / 2
        bold = ' font-weight="700"' if track == view.focus else ' font-weight="600"'
        out.append(
            f'<text x="{x}" y="{TOP - 24}" font-size="13"{bold} text-anchor="middle" fill="#0f172a">'
            f"{escape(track)}</text>"
        )
    return out


def _promotions(view: GraphView, layout: _Layout) -> list[str]:
    out = []
    place = layout.place
    for edge in view.edges:
        if edge.kind != "promotion" or edge.source.key not in place or edge.target.key not in place:
            continue
        (x1, y1), (x2, y2) = place[edge.source.key], place[edge.target.key]
        out.append(
            f'<path d="M{x1},{y1 - BOX_H / 2} L{x2},{y2 + BOX_H / 2 + 2}" stroke="#475569" stroke-width="1.6" '
            f'fill="none" marker-end="url(#up)"><title>{escape(edge.source.key)} → {escape(edge.target.key)}: '
            f"promotion after {edge.months} months</title></path>"
        )
    return out


def _laterals(view: GraphView, layout: _Layout) -> list[str]:
    out = []
    place, column = layout.place, layout.column
    for edge in view.edges:
        if edge.kind != "lateral" or edge.source.key not in place or edge.target.key not in place:
            continue
        colour_index = column[edge.source.track] % len(PALETTE)
        (x1, y1), (x2, y2) = place[edge.source.key], place[edge.target.key]
        direction = 1 if x2 > x1 else -1
        sx, tx = x1 + direction * BOX_W / 2, x2 - direction * (BOX_W / 2 + 2)
        bow = 18 + 10 * abs(column[edge.target.track] - column[edge.source.track])
        out.append(
            f'<path d="M{sx},{y1} C{sx + direction * 40},{y1 - bow} {tx - direction * 40},{y2 - bow} {tx},{y2}" '
            f'stroke="{PALETTE[colour_index]}" stroke-width="1.4" stroke-dasharray="5 3" fill="none" opacity="0.85" '
            f'marker-end="url(#lat{colour_index})"><title>{escape(edge.source.key)} → {escape(edge.target.key)}: '
            f"lateral move, {edge.months} months</title></path>"
        )
    return out


def _box(lv: Level, layout: _Layout, href: Callable[[Level], str] | None) -> list[str]:
    x, y = layout.place[lv.key]
    accent = PALETTE[layout.column[lv.track] % len(PALETTE)]
    out = [f"<a href={quoteattr(href(lv))}>"] if href is not None else []
    out.append(
        f"<g><title>{escape(lv.key)}: {escape(lv.title)}, grade {lv.grade}, about {lv.months} months</title>"
        f'<rect x="{x - BOX_W / 2}" y="{y - BOX_H / 2}" width="{BOX_W}" height="{BOX_H}" rx="8" fill="#ffffff" '
        f'stroke="{accent}" stroke-width="1.5"/>'
    )
    lines = _wrap(lv.title)
    first_y = y - 4 - (len(lines) - 1) * 7
    for n, line in enumerate(lines):
        out.append(
            f'<text x="{x}" y="{first_y + n * 14}" font-size="12" font-weight="600" text-anchor="middle" '
            f'fill="#0f172a">{escape(line)}</text>'
        )
    out.append(
        f'<text x="{x}" y="{y + BOX_H / 2 - 7}" font-size="10" text-anchor="middle" fill="#64748b">'
        f"{escape(lv.id)}</text></g>"
    )
    if href is not None:
        out.append("</a>")
    return out

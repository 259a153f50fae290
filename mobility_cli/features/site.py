"""What the published site says, as plain data: every page's content, computed from the program alone.

Rendering (HTML or Markdown) happens in formats/; writing in the CLI. Nothing here reads the clock:
dates come from the program and from git (`changed`, the latest commit touching each source file), so two
renders of the same revision are byte-identical.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from mobility_cli.features.board import hours_requirement
from mobility_cli.features.gap import step_gap
from mobility_cli.features.graph_view import GraphView, graph_view
from mobility_cli.features.paths import edges
from mobility_cli.features.program_report import ProgramReport, program_report
from mobility_cli.model import Level, Posting, Program


@dataclass(frozen=True, slots=True)
class Move:
    kind: str
    level: Level
    months: int


@dataclass(slots=True)
class LevelPage:
    level: Level
    framework_file: str | None
    areas: list[tuple[str, list[str]]]
    new_here: list[tuple[str, list[str]]]  # what changes from the level below
    below: Level | None
    next_moves: list[Move]
    from_moves: list[Move]
    posts: list[Posting]


@dataclass(slots=True)
class SiteData:
    program: Program
    open_posts: list[Posting]
    graph: GraphView
    report: ProgramReport | None  # the program report's page, where there are move records to report on
    levels: dict[str, LevelPage] = field(default_factory=dict)
    changed: dict[str, str] = field(default_factory=dict)  # program file -> date of its last commit

    def graph_json(self) -> str:
        """The career graph for the path explorer; the same edges and costs `mobility path` uses."""
        nodes = [
            {"id": lv.key, "title": lv.title, "track": lv.track, "grade": lv.grade, "months": lv.months}
            for lv in self.program.levels()
        ]
        links = [
            {"from": e.source.key, "to": e.target.key, "kind": e.kind, "months": e.months}
            for e in edges(self.program)
            if e.source.key != e.target.key
        ]
        tracks = {t.id: t.name for t in self.program.tracks.values()}
        text = json.dumps({"nodes": nodes, "edges": links, "tracks": tracks}, separators=(",", ":"), sort_keys=True)
        return text.replace("<", "\\u003c")  # safe inside a <script> element whatever the titles say

    def board_json(self) -> list[dict[str, Any]]:
        return [board_entry(p) for p in self.open_posts]


def board_entry(post: Posting) -> dict[str, Any]:
    """What the site's board needs of a post: the same requirement `mobility board` judges fit by."""
    wanted = hours_requirement(post)
    return {
        "id": post.id,
        "track": post.track or "",
        "team": post.team or "",
        "zone": wanted.zone if wanted else "",
        "core": wanted.core_hours if wanted else "",
        "need": wanted.needed if wanted else None,
    }


def site_data(program: Program, changed: dict[str, str] | None = None) -> SiteData:
    open_posts = sorted(
        (p for p in program.postings.values() if p.status == "open"),
        key=lambda p: (p.opened.isoformat() if p.opened else "", p.id),
        reverse=True,
    )
    from mobility_cli.features.metrics import data_window

    window = data_window(program)
    report = program_report(program, window) if window else None
    data = SiteData(program, open_posts, graph_view(program), report, changed=dict(changed or {}))
    by_level: dict[str, list[Posting]] = {}
    for post in open_posts:
        if post.level_key:
            by_level.setdefault(post.level_key, []).append(post)
    every = [e for e in edges(program) if e.source.key != e.target.key]
    for track in program.tracks.values():
        for level in track.levels:
            framework = program.frameworks.get(level.key)
            below = track.levels[level.index - 1] if level.index > 0 else None
            new_here: list[tuple[str, list[str]]] = []
            if below is not None and framework is not None:
                gap = step_gap(program, below, level, "promotion", below.months)
                new_here = [(a.area, list(a.behaviours)) for a in gap.areas]
            data.levels[level.key] = LevelPage(
                level,
                framework.file if framework else None,
                [(a.name, [b.text for b in a.behaviours]) for a in framework.areas] if framework else [],
                new_here,
                below,
                [Move(e.kind, e.target, e.months) for e in every if e.source.key == level.key],
                [Move(e.kind, e.source, e.months) for e in every if e.target.key == level.key],
                by_level.get(level.key, []),
            )
    return data

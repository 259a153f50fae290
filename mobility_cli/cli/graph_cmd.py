"""`mobility graph`: the career graph for diagrams, other tools, or as a ready-made SVG career map."""

from __future__ import annotations

from enum import StrEnum

import typer

from mobility_cli.cli.state import CAREERS, load, out, state


class Format(StrEnum):
    mermaid = "mermaid"
    dot = "dot"
    json = "json"
    svg = "svg"


def graph(
    ctx: typer.Context,
    format: Format = typer.Option(Format.mermaid, "--format", "-f", help="mermaid, dot, json or svg."),
    track: str | None = typer.Option(None, "--track", "-t", help="Only this track and its lateral neighbours."),
) -> None:
    """The career graph: promotions within tracks and lateral moves between them."""
    from mobility_cli.features.graph_view import graph_view

    view = graph_view(load(state(ctx), kinds=CAREERS).program, track)
    if format is Format.svg:
        from mobility_cli.formats.career_map_svg import career_map_svg

        out(career_map_svg(view))
        return
    from mobility_cli.formats import graph_formats

    render = {
        Format.mermaid: graph_formats.graph_mermaid,
        Format.dot: graph_formats.graph_dot,
        Format.json: graph_formats.graph_json,
    }[format]
    out(render(view))

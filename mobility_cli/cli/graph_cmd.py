"""`mobility graph`: the career graph for diagrams, other tools, or as a ready-made SVG career map."""

from __future__ import annotations

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import GraphFormat
from mobility_cli.cli.console import out
from mobility_cli.cli.state import workspace


def graph(
    ctx: typer.Context,
    format: GraphFormat = typer.Option(GraphFormat.mermaid, "--format", "-f", help="mermaid, dot, json or svg."),
    track: str | None = typer.Option(
        None, "--track", "-t", autocompletion=completion.tracks, help="Only this track and its lateral neighbours."
    ),
) -> None:
    """The career graph: promotions within tracks and lateral moves between them."""
    from mobility_cli.application.careers import graph as career_graph

    view = career_graph(workspace(ctx), track)
    if format is GraphFormat.svg:
        from mobility_cli.formats.career_map_svg import career_map_svg

        out(career_map_svg(view))
        return
    from mobility_cli.formats import graph_formats

    render = {
        GraphFormat.mermaid: graph_formats.graph_mermaid,
        GraphFormat.dot: graph_formats.graph_dot,
        GraphFormat.json: graph_formats.graph_json,
    }[format]
    out(render(view))

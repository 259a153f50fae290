"""`mobility path`: the cheapest route between two levels, and the next cheapest ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import RouteFormat
from mobility_cli.cli.console import out, show_table
from mobility_cli.cli.state import workspace

if TYPE_CHECKING:
    from mobility_cli.features.paths import Route


def path(
    ctx: typer.Context,
    source: str = completion.level_argument("FROM", "Where you are: TRACK/LEVEL, or a LEVEL unique to one track."),
    target: str = completion.destination_argument("Where you want to be: TRACK/LEVEL, LEVEL, or a TRACK."),
    alternatives: int = typer.Option(0, "--alternatives", "-k", min=0, max=50, help="Also show the next K routes."),
    max_lateral: int | None = typer.Option(None, "--max-lateral", min=0, help="At most N lateral moves."),
    avoid: list[str] = typer.Option(
        [], "--avoid", autocompletion=completion.levels, help="A level the route must not pass through (repeatable)."
    ),
    via: str | None = typer.Option(
        None, "--via", autocompletion=completion.levels, help="A level the route must pass through."
    ),
    downward: bool = typer.Option(
        False, "--downward", help="Also route to a level graded below the start, through lateral moves."
    ),
    format: RouteFormat = typer.Option(RouteFormat.text, "--format", "-f", help="text, json or mermaid."),
) -> None:
    """The cheapest route from one level to another, in expected months."""
    from mobility_cli.application.careers import RouteRequest
    from mobility_cli.application.careers import path as find_path

    request = RouteRequest(
        source, target, alternatives, max_lateral, tuple(avoid), via, downward, format is RouteFormat.text
    )
    found = find_path(workspace(ctx), request)
    if found.at_start:
        out(f"{found.start.key} is where you start: no steps to take.\n")
        return
    _print(list(found.routes), format)


def _print(routes: list[Route], format: RouteFormat) -> None:
    if format is RouteFormat.json:
        from mobility_cli.formats.routes import routes_json

        out(routes_json(routes))
    elif format is RouteFormat.mermaid:
        from mobility_cli.formats.routes import routes_mermaid

        out(routes_mermaid(routes))
    else:
        _print_text(routes)


def _print_text(routes: list[Route]) -> None:
    from mobility_cli.formats.routes import route_rows, summary

    headers = ["step", "kind", "from", "to", "months", "total"]
    for number, route in enumerate(routes):
        title = "Cheapest route" if number == 0 else f"Alternative {number}"
        if number:
            out("\n")
        show_table(headers, route_rows(route), title, summary(route))

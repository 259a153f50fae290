"""`mobility gap`: the competencies to grow along the cheapest route, step by step."""

from __future__ import annotations

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import DocumentFormat
from mobility_cli.cli.console import out
from mobility_cli.cli.state import CAREERS_AND_FRAMEWORKS, load, state


def gap(
    ctx: typer.Context,
    source: str = completion.level_argument("FROM", "Where you are: TRACK/LEVEL or a unique LEVEL."),
    target: str = completion.destination_argument("Where you want to be: TRACK/LEVEL, LEVEL or TRACK."),
    format: DocumentFormat = typer.Option(DocumentFormat.text, "--format", "-f", help="text, json or markdown."),
) -> None:
    """What each step of the cheapest route asks that the level before it does not."""
    from mobility_cli.errors import NoResult
    from mobility_cli.features.gap import route_gaps
    from mobility_cli.features.names import level_or_track_levels, resolve_level
    from mobility_cli.features.paths import NoRoute, find_routes
    from mobility_cli.formats import gaps as fmt

    program = load(state(ctx), kinds=CAREERS_AND_FRAMEWORKS).program
    start = resolve_level(program, source)
    try:
        (route,) = find_routes(program, start, level_or_track_levels(program, target))
    except NoRoute as exc:
        raise NoResult(f"no route from {start.key} to {target}: {exc}") from None
    gaps = route_gaps(program, route)
    render = {
        DocumentFormat.json: fmt.gaps_json,
        DocumentFormat.markdown: fmt.gaps_markdown,
        DocumentFormat.text: fmt.gaps_text,
    }[format]
    out(render(route, gaps))

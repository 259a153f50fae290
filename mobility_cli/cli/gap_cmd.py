"""`mobility gap`: the competencies to grow along the cheapest route, step by step."""

from __future__ import annotations

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import DocumentFormat
from mobility_cli.cli.console import out
from mobility_cli.cli.state import workspace


def gap(
    ctx: typer.Context,
    source: str = completion.level_argument("FROM", "Where you are: TRACK/LEVEL or a unique LEVEL."),
    target: str = completion.destination_argument("Where you want to be: TRACK/LEVEL, LEVEL or TRACK."),
    format: DocumentFormat = typer.Option(DocumentFormat.text, "--format", "-f", help="text, json or markdown."),
) -> None:
    """What each step of the cheapest route asks that the level before it does not."""
    from mobility_cli.application.careers import gap as find_gaps
    from mobility_cli.formats import gaps as fmt

    found = find_gaps(workspace(ctx), source, target)
    render = {
        DocumentFormat.json: fmt.gaps_json,
        DocumentFormat.markdown: fmt.gaps_markdown,
        DocumentFormat.text: fmt.gaps_text,
    }[format]
    out(render(found.route, list(found.steps)))

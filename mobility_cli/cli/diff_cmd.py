"""`mobility diff`: what a change does to the program, in HR's words, for a pull-request comment."""

from __future__ import annotations

import typer

from mobility_cli.cli.choices import DocumentFormat
from mobility_cli.cli.console import out, width
from mobility_cli.cli.state import workspace


def diff(
    ctx: typer.Context,
    base: str = typer.Argument(..., help="The revision to compare from, e.g. origin/main."),
    head: str | None = typer.Argument(None, help="The revision to compare to (default: the working tree)."),
    format: DocumentFormat = typer.Option(DocumentFormat.text, "--format", "-f", help="text, markdown or json."),
) -> None:
    """Tracks, levels, lateral moves, competencies and posts that changed, and the effect on careers."""
    from mobility_cli.application.diff import diff as changes_between
    from mobility_cli.formats import diff_formats as fmt

    changes = changes_between(workspace(ctx), base, head)
    render = {
        DocumentFormat.text: fmt.diff_text,
        DocumentFormat.markdown: fmt.diff_markdown,
        DocumentFormat.json: fmt.diff_json,
    }[format]
    text = render(changes, base, head or "working tree")
    fit = width()
    if format is DocumentFormat.text and fit is not None:
        from mobility_cli.formats.wrapping import wrap_text

        text = wrap_text(text, fit)
    out(text)

"""`mobility diff`: what a change does to the program, in HR's words, for a pull-request comment."""

from __future__ import annotations

from enum import StrEnum

import typer

from mobility_cli.cli.state import locate, out, state


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


def diff(
    ctx: typer.Context,
    base: str = typer.Argument(..., help="The revision to compare from, e.g. origin/main."),
    head: str | None = typer.Argument(None, help="The revision to compare to (default: the working tree)."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text, markdown or json."),
) -> None:
    """Tracks, levels, lateral moves, competencies and posts that changed, and the effect on careers."""
    from mobility_cli.features.program_diff import diff_programs
    from mobility_cli.formats import program_diff as fmt
    from mobility_cli.load import load_program
    from mobility_cli.source import WorkTreeSource, git_source

    st = state(ctx)
    location = locate(st)
    old = load_program(git_source(location.root, base)).program
    new_source = git_source(location.root, head) if head else WorkTreeSource(location.root)
    new = load_program(new_source).program
    changes = diff_programs(old, new)
    render = {Format.text: fmt.diff_text, Format.markdown: fmt.diff_markdown, Format.json: fmt.diff_json}[format]
    out(render(changes, base, head or "working tree"))

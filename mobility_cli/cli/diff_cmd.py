"""`mobility diff`: what a change does to the program, in HR's words, for a pull-request comment."""

from __future__ import annotations

import typer

from mobility_cli.cli.choices import DocumentFormat
from mobility_cli.cli.console import out, width
from mobility_cli.cli.state import locate, state, whole


def diff(
    ctx: typer.Context,
    base: str = typer.Argument(..., help="The revision to compare from, e.g. origin/main."),
    head: str | None = typer.Argument(None, help="The revision to compare to (default: the working tree)."),
    format: DocumentFormat = typer.Option(DocumentFormat.text, "--format", "-f", help="text, markdown or json."),
) -> None:
    """Tracks, levels, lateral moves, competencies and posts that changed, and the effect on careers."""
    from mobility_cli.features.program_diff import diff_programs
    from mobility_cli.formats import program_diff as fmt
    from mobility_cli.load import load_program
    from mobility_cli.revision import git_source
    from mobility_cli.source import WorkTreeSource

    st = state(ctx)
    location = locate(st)
    old = whole(load_program(git_source(location.root, base), jobs=st.jobs), base).program
    new_source = git_source(location.root, head) if head else WorkTreeSource(location.root)
    new = whole(load_program(new_source, jobs=st.jobs), head).program
    changes = diff_programs(old, new)
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

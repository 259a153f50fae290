"""`mobility post new` and `mobility post import`: a post from the seed's template, asked for on a terminal or given
as options, or one read from another system's text (HTML, Markdown, plain text, .docx)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.lazy import TYPER_SETTINGS
from mobility_cli.cli.state import workspace

if TYPE_CHECKING:
    from mobility_cli.application.posts import PostDraft

app = typer.Typer(help="Write job posts.", no_args_is_help=True, **TYPER_SETTINGS)


@app.command("new")
def new(
    ctx: typer.Context,
    level: str | None = typer.Option(
        None, "--level", autocompletion=completion.levels, help="TRACK/LEVEL (or a unique LEVEL) of the post."
    ),
    role: str | None = typer.Option(None, "--role", help="The role's title."),
    team: str | None = typer.Option(None, "--team", help="The hiring team."),
    post_id: str | None = typer.Option(None, "--id", help="The post's id and file name (default: from the role)."),
    location: str = typer.Option("Remote", "--location", help="Where the person can work from."),
    async_percent: int = typer.Option(70, "--async", min=0, max=100, help="Share of async work, in percent."),
) -> None:
    """Write postings/ID.md from the template, with dates from policy and the level's behaviours."""
    import sys

    from mobility_cli.application.posts import PostRequest, draft_post, post_desk, save_post
    from mobility_cli.cli.console import out
    from mobility_cli.errors import UsageError
    from mobility_cli.formats.templates import environment, render

    ws = workspace(ctx)
    desk = post_desk(ws)
    asked = {"level": level, "role": role, "team": team}
    missing = [k for k, v in asked.items() if not v]
    if missing and not sys.stdin.isatty():
        raise UsageError(f"missing {', '.join('--' + m for m in missing)}", "give them as options (no terminal to ask)")
    level = level or typer.prompt("Level (TRACK/LEVEL)")
    role = role or typer.prompt("Role")
    team = team or typer.prompt("Team")
    draft = draft_post(ws, desk, PostRequest(level, role, team, post_id, location, async_percent))
    save_post(draft, render(environment(list(draft.templates), html=False), draft.template, draft.context))
    out(f"wrote {draft.relative} (status: draft); edit it, then set status: open\n")


class ImportKind(StrEnum):
    """What an imported file is, where its name and content do not tell."""

    html = "html"
    markdown = "markdown"
    text = "text"
    docx = "docx"


@app.command("import")
def import_(
    ctx: typer.Context,
    source: str = typer.Argument(..., metavar="FILE|-", help="The post to import (- reads standard input)."),
    kind: ImportKind | None = typer.Option(
        None, "--from", help="What the file is: html, markdown, text or docx (default: from its name and content)."
    ),
    level: str | None = typer.Option(
        None, "--level", autocompletion=completion.levels, help="TRACK/LEVEL of the post (default: from the title)."
    ),
    role: str | None = typer.Option(None, "--role", help="The role's title (default: the text's title)."),
    team: str | None = typer.Option(None, "--team", help="The hiring team (default: what the text says)."),
    location: str | None = typer.Option(None, "--location", help="Where the person can work from."),
    post_id: str | None = typer.Option(None, "--id", help="The post's id and file name (default: from the role)."),
    force: bool = typer.Option(False, "--force", help="Replace an existing post of the same id."),
) -> None:
    """Write postings/ID.md from a post written elsewhere (HTML, Markdown, text or .docx), every sentence kept.

    Exit 0: written (the checks found at most warnings); 1: written, but the checks found errors to fix;
    2: nothing written."""
    from mobility_cli.application.post_import import ImportRequest, NotImported, import_post
    from mobility_cli.cli.console import out
    from mobility_cli.cli.emit import chosen_format, emit
    from mobility_cli.formats.post_import_text import import_summary

    ws = workspace(ctx)
    request = ImportRequest(source, kind.value if kind else None, role, team, location, level, post_id, force)
    result = import_post(ws, request, _render)
    if not isinstance(result, NotImported):
        out(import_summary(result))
    emit(result.findings, chosen_format(None), result.location, ws.ref)
    raise typer.Exit(result.exit_code)


def _render(draft: PostDraft) -> str:
    """The program's post template rendered in the sandboxed environment `post new` uses."""
    from mobility_cli.formats.templates import environment, render

    return render(environment(list(draft.templates), html=False), draft.template, draft.context)

"""`mobility post new`: a post from the seed's template, asked for on a terminal or given as options."""

from __future__ import annotations

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.lazy import TYPER_SETTINGS
from mobility_cli.cli.state import workspace

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

"""`mobility post new`: a post from the seed's template, asked for on a terminal or given as options."""

from __future__ import annotations

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.lazy import TYPER_SETTINGS
from mobility_cli.cli.state import load, own_program, state

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
    import re
    import sys

    from mobility_cli.cli.console import out
    from mobility_cli.errors import UsageError
    from mobility_cli.features.names import resolve_level
    from mobility_cli.features.new_post import PostFields, post_context, post_id_from
    from mobility_cli.formats.templates import environment, render
    from mobility_cli.output import write_atomic
    from mobility_cli.resources import templates_dir

    st = state(ctx)
    location_ = own_program(st, "to add a post to")
    program = load(st, location_).program
    asked = {"level": level, "role": role, "team": team}
    missing = [k for k, v in asked.items() if not v]
    if missing and not sys.stdin.isatty():
        raise UsageError(f"missing {', '.join('--' + m for m in missing)}", "give them as options (no terminal to ask)")
    level = level or typer.prompt("Level (TRACK/LEVEL)")
    role = role or typer.prompt("Role")
    team = team or typer.prompt("Team")
    chosen = resolve_level(program, level)
    ident = post_id or post_id_from(role)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident):
        raise UsageError(f'"{ident}" is not a valid post id', "use lowercase letters, digits and hyphens")
    context = post_context(program, PostFields(ident, role, team, chosen, location, async_percent, st.today))
    env = environment([location_.root / "templates", templates_dir()], html=False)
    text = render(env, "job-post.md.j2", context)
    target = location_.root / "postings" / f"{ident}.md"
    write_atomic(target, text.encode("utf-8"), exists_hint="choose another id with --id, or edit the existing post")
    out(f"wrote {target.relative_to(location_.root)} (status: draft); edit it, then set status: open\n")

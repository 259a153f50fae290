"""The typer application: global options and the list of commands. Each command lives in its own module."""

from __future__ import annotations

import typer

from mobility_cli import __version__
from mobility_cli.cli import (
    board_cmd,
    codeowners_cmd,
    diff_cmd,
    gap_cmd,
    graph_cmd,
    init_cmd,
    lint_cmd,
    mentors_cmd,
    path_cmd,
    plan_cmd,
    post_cmd,
    render_cmd,
    report_cmd,
    schema_cmd,
    tracks_cmd,
    validate_cmd,
)
from mobility_cli.cli.state import State

app = typer.Typer(
    name="mobility",
    help="An internal-mobility program for remote teams, kept as code.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"mobility {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    repo: str | None = typer.Option(
        None,
        "--repo",
        help="The program's folder (default: MOBILITY_REPO, "
        "else the nearest folder up with mobility.yaml or careers/).",
    ),
    ref: str | None = typer.Option(None, "--ref", help="Read the program from this git revision."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Parse every file afresh (also MOBILITY_NO_CACHE=1); the cache is never needed."
    ),
    today: str | None = typer.Option(
        None, "--today", metavar="YYYY-MM-DD", help="Judge dates as of this day (also MOBILITY_TODAY)."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    ctx.obj = State(repo=repo, ref=ref, debug=debug, no_cache=no_cache, today_text=today)


app.command("validate")(validate_cmd.validate)
app.command("tracks")(tracks_cmd.tracks)
app.command("levels")(tracks_cmd.levels)
app.command("schema")(schema_cmd.schema)
app.command("path")(path_cmd.path)
app.command("gap")(gap_cmd.gap)
app.command("graph")(graph_cmd.graph)
app.command("lint")(lint_cmd.lint)
app.command("render")(render_cmd.render)
app.command("diff")(diff_cmd.diff)
app.command("init")(init_cmd.init)
app.add_typer(post_cmd.app, name="post")
app.command("codeowners")(codeowners_cmd.codeowners)
app.command("report")(report_cmd.report)
app.command("board")(board_cmd.board)
app.add_typer(mentors_cmd.app, name="mentors")
app.command("plan")(plan_cmd.plan)

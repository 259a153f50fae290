"""The typer application: global options; each command lives in its own module, loaded when it is asked for
(cli/lazy.py)."""

from __future__ import annotations

import typer

from mobility_cli import __version__
from mobility_cli.cli.lazy import TYPER_SETTINGS, LazyGroup
from mobility_cli.cli.state import State

app = typer.Typer(
    name="mobility",
    cls=LazyGroup,
    help="An internal-mobility program for remote teams, kept as code.",
    no_args_is_help=True,
    add_completion=True,
    **TYPER_SETTINGS,
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
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Workers that parse and lint a large program (also MOBILITY_JOBS; default: the usable cores). "
        "The output is the same for any number.",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    ctx.obj = State(repo=repo, ref=ref, debug=debug, no_cache=no_cache, today_text=today, jobs_given=jobs)

"""The global options as given on the command line (`State`, shared by every context of a run), and the
`Workspace` every command works on, built from them."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import typer

from mobility_cli.application.workspace import Workspace


@dataclass(slots=True)
class State:
    """The global options' values, as typed (checked only when a command uses them)."""

    repo: str | None = None
    ref: str | None = None
    today: str | None = None
    jobs: int | None = None
    debug: bool = False
    no_cache: bool = False


def options(ctx: typer.Context) -> State:
    """The global options of this run, kept where every context of the run sees the same: click's `meta`
    (set by the options' callbacks, cli/global_options.py)."""
    given = ctx.meta.get("mobility.options")
    if not isinstance(given, State):
        given = ctx.meta["mobility.options"] = State()
    return given


def _notice(text: str) -> None:
    sys.stderr.write(f"mobility: {text}\n")


def workspace(ctx: typer.Context) -> Workspace:
    """The workspace of this run, built once from the global options: every command and use case shares it
    (the program is located once)."""
    built = ctx.meta.get("mobility.workspace")
    if isinstance(built, Workspace):
        return built
    given = options(ctx)
    made = Workspace(
        given.repo, ref=given.ref, today=given.today, jobs=given.jobs, no_cache=given.no_cache, notice=_notice
    )
    ctx.meta["mobility.workspace"] = made
    return made

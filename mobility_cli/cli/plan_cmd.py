"""`mobility plan`: one Markdown document for an async career conversation."""

from __future__ import annotations

from pathlib import Path

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.console import out
from mobility_cli.cli.state import workspace


def plan(
    ctx: typer.Context,
    current: str = typer.Option(
        ..., "--current", autocompletion=completion.levels, help="Where you are: TRACK/LEVEL or a unique LEVEL."
    ),
    target: str = typer.Option(
        ..., "--target", autocompletion=completion.levels, help="Where you want to go: TRACK/LEVEL or a unique LEVEL."
    ),
    timezone: str = typer.Option(..., "--timezone", autocompletion=completion.zones, help="Your IANA time zone."),
    hours: str = typer.Option("09:00-17:00", "--hours", help="Your working hours."),
    output: Path | None = typer.Option(None, "--out", "-o", help="Write to this file instead of printing."),
    force: bool = typer.Option(False, "--force", help="Replace an existing file."),
) -> None:
    """Route, gaps, mentors, fitting posts and 30/60/90-day check-ins, ready to fill in together."""
    from mobility_cli.application.plan import PlanRequest
    from mobility_cli.application.plan import plan as draft_plan
    from mobility_cli.formats.templates import environment, render
    from mobility_cli.output import write_atomic

    draft = draft_plan(workspace(ctx), PlanRequest(current, target, timezone, hours))
    text = render(environment(list(draft.templates), html=False), draft.template, draft.context)
    if output is None:
        out(text)
        return
    write_atomic(output, text.encode("utf-8"), force=force)
    out(f"wrote {output}\n")

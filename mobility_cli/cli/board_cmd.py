"""`mobility board`: open posts, with how well each fits a person's time zone."""

from __future__ import annotations

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import TableFormat
from mobility_cli.cli.console import out, show_table
from mobility_cli.cli.state import workspace


def board(
    ctx: typer.Context,
    timezone: str | None = typer.Option(
        None, "--timezone", autocompletion=completion.zones, help="Your IANA time zone, for the overlap column."
    ),
    hours: str = typer.Option("09:00-17:00", "--hours", help="Your working hours."),
    track: str | None = typer.Option(
        None, "--track", autocompletion=completion.tracks, help="Only posts in this track."
    ),
    team: str | None = typer.Option(None, "--team", help="Only posts of this team."),
    format: TableFormat = typer.Option(TableFormat.text, "--format", "-f", help="text or json."),
) -> None:
    """The internal job board: open posts, sorted by how well they fit your working day."""
    import json

    from mobility_cli.application.posts import BoardRequest
    from mobility_cli.application.posts import board as open_posts

    rows = open_posts(workspace(ctx), BoardRequest(timezone, hours, track, team))
    if format is TableFormat.json:
        out(json.dumps([r.to_json() for r in rows], indent=2) + "\n")
        return
    table = [
        [
            r.post.id,
            r.post.role,
            r.post.team or "",
            r.post.level_key or "",
            str(r.post.internal_until or ""),
            "-" if r.overlap is None else f"{r.overlap:g} h",
            "yes" if r.fits else ("no" if r.fits is False else "-"),
        ]
        for r in rows
    ]
    headers = ["post", "role", "team", "level", "internal until", "overlap", "fits"]
    show_table(headers, table, f"Open posts ({len(rows)})")

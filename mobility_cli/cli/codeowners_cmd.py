"""`mobility codeowners`: keep .github/CODEOWNERS in step with each track's `owners`."""

from __future__ import annotations

import typer

from mobility_cli.cli.console import out
from mobility_cli.cli.state import workspace


def codeowners(
    ctx: typer.Context,
    check: bool = typer.Option(False, "--check", help="Exit 1 if the file is out of date; write nothing."),
) -> None:
    """Write (or check) the generated section of .github/CODEOWNERS."""
    from mobility_cli.application.codeowners import codeowners as owners

    found = owners(workspace(ctx), write=not check)
    if check:
        if not found.up_to_date:
            out(f"{found.target} is out of date; run `mobility codeowners`\n")
            raise typer.Exit(1)
        out(f"{found.target} is up to date\n")
        return
    out(f"wrote {found.target}\n")

"""`mobility validate`: every check on the program, reported in the format CI or a person wants."""

from __future__ import annotations

from pathlib import Path

import typer

from mobility_cli.cli.choices import FindingsFormat
from mobility_cli.cli.emit import chosen_format, emit
from mobility_cli.cli.state import workspace


def validate(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(None, help="Report only on these files or folders."),
    format: FindingsFormat | None = typer.Option(
        None, "--format", "-f", help="text, json, github or sarif (default: github under GitHub Actions, else text)."
    ),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too, not only errors (infos never fail)."),
    changed_since: str | None = typer.Option(
        None, "--changed-since", metavar="REV", help="Report only what the changes since REV brought."
    ),
) -> None:
    """Check the whole program: syntax, schemas, references, posting rules and policy."""
    from mobility_cli.application.checks import ValidateRequest
    from mobility_cli.application.checks import validate as check

    chosen = chosen_format(format)
    ws = workspace(ctx)
    checked = check(ws, ValidateRequest(tuple(paths or ()), changed_since))
    emit(checked.findings, chosen, checked.location, ws.ref)
    raise typer.Exit(checked.findings.exit_code(strict))

"""`mobility lint`: the posting rules alone, on every post or the ones named."""

from __future__ import annotations

from pathlib import Path

import typer

from mobility_cli.cli.choices import FindingsFormat
from mobility_cli.cli.emit import chosen_format, emit
from mobility_cli.cli.state import workspace


def lint(
    ctx: typer.Context,
    posts: list[Path] | None = typer.Argument(None, help="Posts to lint (default: all)."),
    format: FindingsFormat | None = typer.Option(None, "--format", "-f", help="text, json, github or sarif."),
    select: list[str] = typer.Option([], "--select", help="Run only this rule (repeatable)."),
    ignore: list[str] = typer.Option([], "--ignore", help="Skip this rule (repeatable)."),
    explain: str | None = typer.Option(None, "--explain", metavar="CODE", help="Explain a rule and exit."),
    list_rules: bool = typer.Option(False, "--list", help="List every rule and exit."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too, not only errors (infos never fail)."),
) -> None:
    """Check job posts for hidden requirements, exclusionary wording and posting policy."""
    from mobility_cli.application.checks import LintRequest
    from mobility_cli.application.checks import lint as check_posts

    ws = workspace(ctx)
    if explain is not None or list_rules:  # the one explain: any code, not only posting rules
        from mobility_cli.cli.explain_cmd import LINT_FAMILIES, show_code, show_codes

        if explain is not None:
            show_code(ctx, explain)
        else:
            show_codes(ctx, LINT_FAMILIES)
        return
    checked = check_posts(ws, LintRequest(tuple(posts or ()), tuple(select), tuple(ignore)))
    emit(checked.findings, chosen_format(format), checked.location, ws.ref)
    raise typer.Exit(checked.findings.exit_code(strict))

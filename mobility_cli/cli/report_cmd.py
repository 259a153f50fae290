"""`mobility report`: whether the program works, with the seed's pitfalls detected in the data."""

from __future__ import annotations

import typer

from mobility_cli.cli.choices import ReportFormat
from mobility_cli.cli.console import out
from mobility_cli.cli.state import workspace


def report(
    ctx: typer.Context,
    format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="text, json or html."),
    since: str | None = typer.Option(None, "--since", metavar="YYYY-MM-DD", help="Start of the window."),
    until: str | None = typer.Option(None, "--until", metavar="YYYY-MM-DD", help="End of the window (default today)."),
    explain: bool = typer.Option(False, "--explain", help="Print how each metric and pitfall is defined."),
) -> None:
    """Program metrics (fill rate, time to fill, mobility, retention, flows) and pitfall detectors."""
    from datetime import date

    from mobility_cli.application.report import ReportRequest
    from mobility_cli.application.report import report as figures
    from mobility_cli.errors import UsageError
    from mobility_cli.features.metrics import DEFINITIONS
    from mobility_cli.features.pitfalls import EXPLAIN
    from mobility_cli.formats import report_formats as fmt

    if explain:
        out("".join(f"{k}\n  {v}\n\n" for k, v in {**DEFINITIONS, **EXPLAIN}.items()))
        return
    try:
        start = date.fromisoformat(since) if since else None
        end = date.fromisoformat(until) if until else None
    except ValueError:
        raise UsageError("--since and --until take dates as YYYY-MM-DD") from None
    result = figures(workspace(ctx), ReportRequest(start, end))
    if format is ReportFormat.json:
        out(fmt.report_json(result))
    elif format is ReportFormat.html:
        out(fmt.report_html(result, result.program_name))
    else:
        out(fmt.report_text(result))

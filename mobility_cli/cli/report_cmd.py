"""`mobility report`: whether the program works, with the seed's pitfalls detected in the data."""

from __future__ import annotations

import typer

from mobility_cli.cli.choices import ReportFormat
from mobility_cli.cli.console import out
from mobility_cli.cli.state import POSTS_AND_MOVES, cached, locate, state, whole


def report(
    ctx: typer.Context,
    format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="text, json or html."),
    since: str | None = typer.Option(None, "--since", metavar="YYYY-MM-DD", help="Start of the window."),
    until: str | None = typer.Option(None, "--until", metavar="YYYY-MM-DD", help="End of the window (default today)."),
    explain: bool = typer.Option(False, "--explain", help="Print how each metric and pitfall is defined."),
) -> None:
    """Program metrics (fill rate, time to fill, mobility, retention, flows) and pitfall detectors."""
    from datetime import date

    from mobility_cli.errors import UsageError
    from mobility_cli.features.metrics import DEFINITIONS, default_window
    from mobility_cli.features.pitfalls import EXPLAIN
    from mobility_cli.features.program_report import ProgramReport, program_report
    from mobility_cli.formats import program_report as fmt
    from mobility_cli.load import load_program
    from mobility_cli.source import Source

    if explain:
        out("".join(f"{k}\n  {v}\n\n" for k, v in {**DEFINITIONS, **EXPLAIN}.items()))
        return
    try:
        start = date.fromisoformat(since) if since else None
        end = date.fromisoformat(until) if until else None
    except ValueError:
        raise UsageError("--since and --until take dates as YYYY-MM-DD") from None
    st = state(ctx)
    window = default_window(st.today, start, end)

    def measure(source: Source) -> ProgramReport:
        # no frameworks, mentors or text of posts: nothing measured reads them
        loaded = load_program(source, POSTS_AND_MOVES, jobs=st.jobs, post_text=False)
        return program_report(whole(loaded).program, window)

    result = cached(st, locate(st), measure, f"report {window.since} {window.until}", ProgramReport)
    if format is ReportFormat.json:
        out(fmt.report_json(result))
    elif format is ReportFormat.html:
        out(fmt.report_html(result, result.program_name))
    else:
        out(fmt.report_text(result))

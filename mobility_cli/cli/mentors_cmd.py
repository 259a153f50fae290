"""`mobility mentors suggest|match|confirm`: the seed's mentorship matching, with both parties opting in.

The use cases are application/mentors.py; here options are parsed, and results (or the findings about a file
given, as `validate` reports them) formatted and printed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import RecordsFormat
from mobility_cli.cli.console import out, show_table
from mobility_cli.cli.lazy import TYPER_SETTINGS
from mobility_cli.cli.state import workspace
from mobility_cli.words import counted

if TYPE_CHECKING:
    from mobility_cli.application.mentors import Rejected
    from mobility_cli.application.workspace import Workspace
    from mobility_cli.diagnostics import Diagnostic

app = typer.Typer(help="Suggest and match mentors across time zones.", no_args_is_help=True, **TYPER_SETTINGS)


def _rejected(rejected: Rejected, format: RecordsFormat, ws: Workspace) -> typer.Exit:
    """Every problem with the file given, as `validate` prints findings (JSON where JSON was asked for)."""
    from mobility_cli.cli.choices import FindingsFormat
    from mobility_cli.cli.emit import chosen_format, emit

    chosen = FindingsFormat.json if format is RecordsFormat.json else chosen_format(None)
    emit(rejected.findings, chosen, ws.location, ws.ref)
    return typer.Exit(rejected.exit_code)


def _warn(warnings: list[Diagnostic]) -> None:
    """Warnings about a file that was used all the same, on stderr: stdout holds the result."""
    if warnings:
        import sys

        from mobility_cli.diagnostics import Findings
        from mobility_cli.formats.diagnostics_text import format_text

        sys.stderr.write(format_text(Findings(list(warnings), 1)))


@app.command("suggest")
def suggest(
    ctx: typer.Context,
    current: str | None = typer.Option(
        None, "--current", autocompletion=completion.levels, help="Where the mentee is: TRACK/LEVEL."
    ),
    target: str | None = typer.Option(
        None, "--target", autocompletion=completion.levels, help="Where the mentee wants to go: TRACK/LEVEL."
    ),
    timezone: str | None = typer.Option(
        None, "--timezone", autocompletion=completion.zones, help="The mentee's IANA time zone."
    ),
    hours: str = typer.Option("09:00-17:00", "--hours", help="The mentee's working hours."),
    mentee_file: Path | None = typer.Option(
        None, "--mentee", help="A mentee request file instead of options (`mobility schema mentee`)."
    ),
    top: int = typer.Option(5, "--top", min=1, help="How many mentors to show."),
    format: RecordsFormat = typer.Option(RecordsFormat.text, "--format", "-f", help="text, json or csv."),
) -> None:
    """Rank mentors for one mentee, with every score component and a one-line reason."""
    from mobility_cli.application import mentors
    from mobility_cli.formats import mentoring_formats as fmt

    ws = workspace(ctx)
    request = mentors.SuggestRequest(current, target, timezone, hours, mentee_file, top)
    result = mentors.suggest(ws.load().program, request, ws.today)
    if isinstance(result, mentors.Rejected):
        raise _rejected(result, format, ws)
    _warn(result.warnings)
    if format is RecordsFormat.json:
        out(fmt.suggestions_json(result.mentee, result.suggestions))
        return
    rows = fmt.suggestion_rows(result.suggestions)
    if format is RecordsFormat.csv:
        out(fmt.as_csv(fmt.SUGGESTION_HEADERS, rows))
        return
    if not rows:
        out("No opted-in mentor with places left shares working time with you.\n")
        raise typer.Exit(1)
    mentee = result.mentee
    show_table(fmt.SUGGESTION_HEADERS, rows, f"Mentors for {mentee.current.key} → {mentee.target.key}", wrap=["why"])


@app.command("match")
def match(
    ctx: typer.Context,
    cohort_file: Path = typer.Argument(
        ..., metavar="COHORT", help="A YAML (or JSON) file with `mentees:` (`mobility schema cohort`)."
    ),
    format: RecordsFormat = typer.Option(RecordsFormat.text, "--format", "-f", help="text, json or csv."),
) -> None:
    """Assign a whole cohort at once, maximising the total score under every mentor's capacity."""
    from mobility_cli.application import mentors
    from mobility_cli.formats import mentoring_formats as fmt

    ws = workspace(ctx)
    result = mentors.match(ws.load().program, cohort_file, ws.today)
    if isinstance(result, mentors.Rejected):
        raise _rejected(result, format, ws)
    _warn(result.warnings)
    if format is RecordsFormat.json:
        out(fmt.match_json(result.assignments))
        return
    rows = fmt.match_rows(result.assignments)
    if format is RecordsFormat.csv:
        out(fmt.as_csv(fmt.MATCH_HEADERS, rows))
        return
    matched = sum(1 for a in result.assignments if a.suggestion)
    title = f"Proposed pairs: {matched} of {len(result.assignments)} mentees matched (both must still opt in)"
    show_table(fmt.MATCH_HEADERS, rows, title, wrap=["why"])


@app.command("confirm")
def confirm(
    ctx: typer.Context,
    pairs_file: Path = typer.Argument(
        ..., metavar="PAIRS", help="Confirmed pairs: the JSON of `match`, or YAML (`mobility schema pairs`)."
    ),
    start: str = typer.Option(..., "--start", metavar="YYYY-MM-DD", help="The day mentoring starts."),
    output: Path = typer.Option(Path("checkins.ics"), "--out", "-o", help="The calendar file to write."),
    force: bool = typer.Option(False, "--force", help="Replace an existing calendar file."),
) -> None:
    """Write the 30/60/90-day check-ins of confirmed pairs as an .ics calendar."""
    from datetime import date

    from mobility_cli.application import mentors
    from mobility_cli.errors import UsageError
    from mobility_cli.formats.calendar_ics import checkins_ics
    from mobility_cli.output import write_atomic

    try:
        first = date.fromisoformat(start)
    except ValueError:
        raise UsageError("--start takes a date as YYYY-MM-DD") from None
    ws = workspace(ctx)
    program = ws.load().program
    result = mentors.confirm(program, pairs_file, first)
    if isinstance(result, mentors.Rejected):
        raise _rejected(result, RecordsFormat.text, ws)
    _warn(result.warnings)
    write_atomic(output, checkins_ics(result.pairs, program.settings.name, ws.now), force=force)
    checkins = counted(sum(len(e) for _, _, e in result.pairs), "check-in")
    out(f"wrote {output}: {checkins} for {counted(len(result.pairs), 'pair')}\n")

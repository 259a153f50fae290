"""`mobility mentors suggest|match|confirm`: the seed's mentorship matching, with both parties opting in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import RecordsFormat
from mobility_cli.cli.console import out, show_table
from mobility_cli.cli.lazy import TYPER_SETTINGS
from mobility_cli.cli.state import load, state

app = typer.Typer(help="Suggest and match mentors across time zones.", no_args_is_help=True, **TYPER_SETTINGS)


def _read_yaml(path: Path) -> Any:
    import yaml

    from mobility_cli.errors import UsageError

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: not valid YAML ({exc})") from None


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
    mentee_file: Path | None = typer.Option(None, "--mentee", help="A mentee request file instead of options."),
    top: int = typer.Option(5, "--top", min=1, help="How many mentors to show."),
    format: RecordsFormat = typer.Option(RecordsFormat.text, "--format", "-f", help="text, json or csv."),
) -> None:
    """Rank mentors for one mentee, with every score component and a one-line reason."""
    from mobility_cli.errors import UsageError
    from mobility_cli.features.mentees import mentee
    from mobility_cli.features.mentoring import suggest as rank
    from mobility_cli.formats import mentoring as fmt

    st = state(ctx)
    program = load(st).program
    if mentee_file is not None:
        request = mentee(program, _read_yaml(mentee_file) or {}, str(mentee_file))
    elif current and target and timezone:
        raw = {"id": "you", "current": current, "target": target, "timezone": timezone, "working_hours": hours}
        request = mentee(program, raw, "options")
    else:
        raise UsageError("give --current, --target and --timezone, or --mentee FILE")
    found = rank(program, request, st.today, top)
    if format is RecordsFormat.json:
        out(fmt.suggestions_json(request, found))
        return
    rows = fmt.suggestion_rows(found)
    if format is RecordsFormat.csv:
        out(fmt.as_csv(fmt.SUGGESTION_HEADERS, rows))
        return
    if not rows:
        out("No opted-in mentor with places left shares working time with you.\n")
        raise typer.Exit(1)
    show_table(fmt.SUGGESTION_HEADERS, rows, f"Mentors for {request.current.key} → {request.target.key}", wrap=["why"])


@app.command("match")
def match(
    ctx: typer.Context,
    cohort_file: Path = typer.Argument(..., metavar="COHORT", help="A YAML file with `mentees:`."),
    format: RecordsFormat = typer.Option(RecordsFormat.text, "--format", "-f", help="text, json or csv."),
) -> None:
    """Assign a whole cohort at once, maximising the total score under every mentor's capacity."""
    from mobility_cli.features.mentees import cohort
    from mobility_cli.features.mentoring import match as assign
    from mobility_cli.formats import mentoring as fmt

    st = state(ctx)
    program = load(st).program
    mentees = cohort(program, _read_yaml(cohort_file), str(cohort_file))
    result = assign(program, mentees, st.today)
    if format is RecordsFormat.json:
        out(fmt.match_json(result))
        return
    rows = fmt.match_rows(result)
    if format is RecordsFormat.csv:
        out(fmt.as_csv(fmt.MATCH_HEADERS, rows))
        return
    matched = sum(1 for a in result if a.suggestion)
    title = f"Proposed pairs: {matched} of {len(result)} mentees matched (both must still opt in)"
    show_table(fmt.MATCH_HEADERS, rows, title, wrap=["why"])


@app.command("confirm")
def confirm(
    ctx: typer.Context,
    pairs_file: Path = typer.Argument(..., metavar="PAIRS", help="Confirmed pairs (the JSON of `match`, or YAML)."),
    start: str = typer.Option(..., "--start", metavar="YYYY-MM-DD", help="The day mentoring starts."),
    output: Path = typer.Option(Path("checkins.ics"), "--out", "-o", help="The calendar file to write."),
    force: bool = typer.Option(False, "--force", help="Replace an existing calendar file."),
) -> None:
    """Write the 30/60/90-day check-ins of confirmed pairs as an .ics calendar."""
    from datetime import date

    from mobility_cli.errors import UsageError
    from mobility_cli.features.checkins import checkins
    from mobility_cli.features.timezones import mentor_person, person
    from mobility_cli.formats.calendar_ics import checkins_ics
    from mobility_cli.output import write_atomic

    st = state(ctx)
    program = load(st).program
    try:
        first = date.fromisoformat(start)
    except ValueError:
        raise UsageError("--start takes a date as YYYY-MM-DD") from None
    data = _read_yaml(pairs_file) or {}
    pairs = data.get("pairs") if isinstance(data, dict) else None
    if not isinstance(pairs, list):
        raise UsageError(f"{pairs_file}: expected `pairs:` (the output of `mobility mentors match --format json`)")
    events = []
    for pair in pairs:
        mentor = program.mentors.get(str(pair.get("mentor")))
        if mentor is None:
            raise UsageError(f"{pairs_file}: unknown mentor {pair.get('mentor')!r}")
        mentee = person(str(pair.get("timezone")), str(pair.get("working_hours", "09:00-17:00")))
        found = checkins(mentee, mentor_person(mentor), first)
        events.append((mentor.id, str(pair.get("mentee")), found))
    write_atomic(output, checkins_ics(events, program.settings.name, st.now), force=force)
    out(f"wrote {output}: {sum(len(e) for _, _, e in events)} check-ins for {len(events)} pairs\n")

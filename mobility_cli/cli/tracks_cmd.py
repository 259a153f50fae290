"""`mobility tracks` and `mobility levels`: what the program defines, as tables or JSON."""

from __future__ import annotations

import json

import typer

from mobility_cli.cli import completion
from mobility_cli.cli.choices import TableFormat
from mobility_cli.cli.console import out, show_table
from mobility_cli.cli.state import workspace
from mobility_cli.words import counted


def tracks(
    ctx: typer.Context,
    format: TableFormat = typer.Option(TableFormat.text, "--format", "-f", help="text or json."),
) -> None:
    """List the career tracks: levels, grades and lateral moves."""
    from mobility_cli.application.careers import tracks as defined

    program = defined(workspace(ctx))
    if format is TableFormat.json:
        out(
            json.dumps(
                {
                    "tracks": [
                        {
                            "id": t.id,
                            "name": t.name,
                            "levels": [lv.id for lv in t.levels],
                            "grades": [lv.grade for lv in t.levels],
                            "lateral_moves": [m.to for m in t.lateral_moves],
                            "owners": list(t.owners),
                            "file": t.origin.file,
                        }
                        for t in program.tracks.values()
                    ]
                },
                indent=2,
            )
            + "\n"
        )
        return
    rows = []
    for t in program.tracks.values():
        grades = sorted({lv.grade for lv in t.levels})
        band = f"{grades[0]}-{grades[-1]}" if len(grades) > 1 else str(grades[0]) if grades else "-"
        rows.append([t.id, t.name, str(len(t.levels)), band, ", ".join(m.to for m in t.lateral_moves) or "-"])
    show_table(
        ["track", "name", "levels", "grades", "lateral moves to"],
        rows,
        f"{program.settings.name}: {counted(len(rows), 'track')}",
    )


def levels(
    ctx: typer.Context,
    track: str | None = typer.Argument(None, autocompletion=completion.tracks, help="Only this track."),
    format: TableFormat = typer.Option(TableFormat.text, "--format", "-f", help="text or json."),
) -> None:
    """List levels in promotion order with titles, grades, typical months and frameworks."""
    from mobility_cli.application.careers import levels as defined

    found = defined(workspace(ctx), track)
    program, chosen, items = found.program, found.tracks, found.levels
    if format is TableFormat.json:
        out(
            json.dumps(
                {
                    "levels": [
                        {
                            "level": lv.key,
                            "track": lv.track,
                            "id": lv.id,
                            "title": lv.title,
                            "grade": lv.grade,
                            "months": lv.months,
                            "framework": program.frameworks[lv.key].file if lv.key in program.frameworks else None,
                        }
                        for lv in items
                    ]
                },
                indent=2,
            )
            + "\n"
        )
        return
    rows = [
        [lv.key, lv.title, str(lv.grade), str(lv.months), "yes" if lv.key in program.frameworks else "missing"]
        for lv in items
    ]
    title = (
        f"{chosen[0].name} levels"
        if found.one_track
        else f"{counted(len(rows), 'level')} in {counted(len(chosen), 'track')}"
    )
    show_table(["level", "title", "grade", "months", "framework"], rows, title)

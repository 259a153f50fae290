"""`mobility validate`: every check on the program, reported in the format CI or a person wants."""

from __future__ import annotations

import os
from datetime import date
from enum import StrEnum
from pathlib import Path

import typer

from mobility_cli.cli.state import cached_report, fail_usage, git_prefix, is_terminal, locate, out, state


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


def validate(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(None, help="Report only on these files or folders."),
    format: Format | None = typer.Option(
        None, "--format", "-f", help="text, json, github or sarif (default: github under GitHub Actions, else text)."
    ),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on any finding, not only errors."),
) -> None:
    """Check the whole program: syntax, schemas, references, posting rules and policy."""
    from mobility_cli.diagnostics import Report
    from mobility_cli.features.validation import validate_program
    from mobility_cli.source import is_program_dir

    st = state(ctx)
    chosen = format or (Format.github if os.environ.get("GITHUB_ACTIONS") == "true" else Format.text)
    given = list(paths or [])
    if len(given) == 1 and st.repo is None and given[0].is_dir() and is_program_dir(given[0]):
        st.repo, given = str(given[0]), []
    location = locate(st)
    report = cached_report(st, location, validate_program, f"validate {date.today().isoformat()}")
    if given:
        wanted = [_relative(p, location.root) for p in given]
        report = Report(
            [
                d
                for d in report.diagnostics
                if d.file and any(d.file == w or d.file.startswith(w.rstrip("/") + "/") or w == "" for w in wanted)
            ],
            report.files,
        )
    prefix = git_prefix(location.root) if not location.embedded else ""
    if chosen is Format.json:
        from mobility_cli.report.diagnostics_json import format_json

        out(format_json(report))
    elif chosen is Format.sarif:
        from mobility_cli.report.sarif import format_sarif

        out(format_sarif(report, prefix))
    elif chosen is Format.github:
        from mobility_cli.report.github import format_github, step_summary

        out(format_github(report, prefix))
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(report, prefix))
    elif is_terminal():
        from mobility_cli.report.diagnostics_text import print_rich

        print_rich(report)
    else:
        from mobility_cli.report.diagnostics_text import format_text

        out(format_text(report))
    raise typer.Exit(report.exit_code(strict))


def _relative(path: Path, root: Path) -> str:
    full = path.resolve() if path.is_absolute() or path.exists() else (Path.cwd() / path).resolve()
    if not full.exists():
        fail_usage(f"{path}: no such file or folder")
    try:
        rel = full.relative_to(root).as_posix()
    except ValueError:
        fail_usage(f"{path} is outside the program at {root}", "use --repo to choose the program")
        raise
    return "" if rel == "." else rel

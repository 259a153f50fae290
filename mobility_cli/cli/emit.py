"""Writing a diagnostics report in the format asked for: shared by every command that reports findings."""

from __future__ import annotations

import os
from enum import StrEnum
from typing import TYPE_CHECKING

from mobility_cli.cli.state import git_prefix, is_terminal, out

if TYPE_CHECKING:
    from mobility_cli.diagnostics import Report
    from mobility_cli.source import Location


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


def chosen_format(given: Format | None) -> Format:
    """The default switches to GitHub annotations under GitHub Actions, as linters there are expected to."""
    return given or (Format.github if os.environ.get("GITHUB_ACTIONS") == "true" else Format.text)


def emit(report: Report, format: Format, location: Location) -> None:
    prefix = git_prefix(location.root) if not location.embedded else ""
    if format is Format.json:
        from mobility_cli.report.diagnostics_json import format_json

        out(format_json(report))
    elif format is Format.sarif:
        from mobility_cli.report.sarif import format_sarif

        out(format_sarif(report, prefix))
    elif format is Format.github:
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

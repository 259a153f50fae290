"""Writing a diagnostics findings in the format asked for: shared by every command that reports findings."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from mobility_cli.cli.choices import FindingsFormat
from mobility_cli.cli.console import is_terminal, out
from mobility_cli.gitrepo import work_tree_prefix

if TYPE_CHECKING:
    from mobility_cli.diagnostics import Findings
    from mobility_cli.source import Location


def chosen_format(given: FindingsFormat | None) -> FindingsFormat:
    """The default switches to GitHub annotations under GitHub Actions, as linters there are expected to."""
    return given or (FindingsFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else FindingsFormat.text)


def _line_reader(location: Location) -> Callable[[str, int], str | None]:
    """The text of a line of a program file, for formats that count columns differently (SARIF's UTF-16)."""
    from functools import lru_cache

    @lru_cache(maxsize=64)
    def lines_of(file: str) -> list[str]:
        try:
            return (location.root / file).read_text(encoding="utf-8", errors="replace").split("\n")
        except OSError:
            return []

    def line_text(file: str, line: int) -> str | None:
        lines = lines_of(file)
        return lines[line - 1] if 0 < line <= len(lines) else None

    return line_text


def emit(findings: Findings, format: FindingsFormat, location: Location) -> None:
    prefix = work_tree_prefix(location.root) if not location.embedded else ""
    if format is FindingsFormat.json:
        from mobility_cli.formats.diagnostics_json import format_json

        out(format_json(findings))
    elif format is FindingsFormat.sarif:
        from mobility_cli.formats.sarif import format_sarif

        out(format_sarif(findings, prefix, _line_reader(location)))
    elif format is FindingsFormat.github:
        from mobility_cli.formats.github import format_github, step_summary

        out(format_github(findings, prefix))
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(findings, prefix))
    elif is_terminal():
        from mobility_cli.formats.diagnostics_text import print_rich

        print_rich(findings)
    else:
        from mobility_cli.formats.diagnostics_text import format_text

        out(format_text(findings))

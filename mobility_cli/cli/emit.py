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
    from mobility_cli.source import Location, Source


def chosen_format(given: FindingsFormat | None) -> FindingsFormat:
    """The default switches to GitHub annotations under GitHub Actions, as linters there are expected to."""
    return given or (FindingsFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else FindingsFormat.text)


def line_reader(source: Source) -> Callable[[str, int], str | None]:
    """The text of a line of a program file as `source` holds it (never the work tree beside a revision), for
    formats that count columns differently (SARIF's UTF-16); None where the file or line is not there."""
    from functools import lru_cache

    from mobility_cli.source import kind_of

    @lru_cache(maxsize=64)
    def lines_of(file: str) -> list[str]:
        if kind_of(file) is None:  # findings name program files only; nothing else is read
            return []
        try:
            return source.read(file).decode("utf-8", errors="replace").split("\n")
        except OSError:
            return []

    def line_text(file: str, line: int) -> str | None:
        lines = lines_of(file)
        return lines[line - 1] if 0 < line <= len(lines) else None

    return line_text


def _source(location: Location, ref: str | Source | None) -> Source:
    from mobility_cli.revision import open_source

    return open_source(location, ref) if ref is None or isinstance(ref, str) else ref


def emit(findings: Findings, format: FindingsFormat, location: Location, ref: str | Source | None) -> None:
    """The findings in `format`. Text a format needs from the program's files (SARIF's lines, to count
    columns) is read from where the findings were made: the revision `ref` (--ref), the work tree for None, or
    the Source itself where the caller has it; never from the work tree beside a revision."""
    prefix = work_tree_prefix(location.root) if not location.embedded else ""
    if format is FindingsFormat.json:
        from mobility_cli.formats.diagnostics_json import format_json

        out(format_json(findings))
    elif format is FindingsFormat.sarif:
        from mobility_cli.formats.sarif import format_sarif

        out(format_sarif(findings, prefix, line_reader(_source(location, ref))))
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

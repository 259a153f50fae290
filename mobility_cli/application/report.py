"""The program report: whether the program works (fill rate, time to fill, mobility, retention, flows) and
the pitfalls found in its data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mobility_cli.application.workspace import POSTS_AND_MOVES, whole

if TYPE_CHECKING:
    from datetime import date

    from mobility_cli.application.workspace import Workspace
    from mobility_cli.features.program_report import ProgramReport
    from mobility_cli.source import Source


@dataclass(frozen=True, slots=True)
class ReportRequest:
    since: date | None = None  # the start of the window (default: a year before its end)
    until: date | None = None  # the end of the window (default: today)


def report(workspace: Workspace, request: ReportRequest) -> ProgramReport:
    """The figures over the window, from the cache when nothing changed since they were measured."""
    from mobility_cli.features.metrics import default_window
    from mobility_cli.features.program_report import ProgramReport, program_report
    from mobility_cli.load import load_program

    window = default_window(workspace.today, request.since, request.until)

    def measure(source: Source) -> ProgramReport:
        # no frameworks, mentors or text of posts: nothing measured reads them
        loaded = load_program(source, POSTS_AND_MOVES, jobs=workspace.jobs, post_text=False)
        return program_report(whole(loaded).program, window)

    return workspace.cached(measure, f"report {window.since} {window.until}", ProgramReport)

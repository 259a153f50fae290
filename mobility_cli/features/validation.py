"""Everything `mobility validate` reports: the loader's findings plus every feature-level check."""

from __future__ import annotations

from datetime import date

from mobility_cli.diagnostics import Report
from mobility_cli.features.lint.rule import History
from mobility_cli.load import Loaded


def validate_program(loaded: Loaded, today: date, history: History | None = None) -> Report:
    """The loader's findings, then the posting rules (which run inside validate as well as alone)."""
    from mobility_cli.features.lint import lint_posts

    found = list(loaded.report.diagnostics)
    found += lint_posts(loaded, today, history=history)
    return Report(found, loaded.report.files)

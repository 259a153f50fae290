"""Everything `mobility validate` reports: the loader's findings plus every feature-level check."""

from __future__ import annotations

from mobility_cli.diagnostics import Report
from mobility_cli.load import Loaded


def validate_program(loaded: Loaded) -> Report:
    return Report(list(loaded.report.diagnostics), loaded.report.files)

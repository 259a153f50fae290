"""Everything `mobility validate` reports: the loader's findings plus every feature-level check."""

from __future__ import annotations

from datetime import date

from mobility_cli.diagnostics import Findings
from mobility_cli.features.lint.rule import History
from mobility_cli.load import Loaded


def validate_program(loaded: Loaded, today: date, history: History | None = None, jobs: int = 1) -> Findings:
    """The loader's findings, then the posting rules (which run inside validate as well as alone; over `jobs`
    workers, with the same result for any number)."""
    from mobility_cli.features.lint import check_settings, lint_posts, program_codes

    found = list(loaded.findings.diagnostics)
    found += check_settings(loaded.program)
    found += lint_posts(loaded.program, today, history=history, jobs=jobs)
    return Findings(found, loaded.findings.files, program_codes(loaded.program))


def only_changes(findings: Findings, before: Findings, changed: set[str]) -> Findings:
    """Findings in changed files, plus errors elsewhere that were not there before (a change can break a
    file it never touched: a removed level that a post still names)."""
    from mobility_cli.diagnostics import Severity

    known = {(d.code, d.file, d.message) for d in before.diagnostics}
    kept = [
        d
        for d in findings.diagnostics
        if d.file in changed or (d.severity is Severity.ERROR and (d.code, d.file, d.message) not in known)
    ]
    return findings.keeping(kept)

"""Everything `mobility validate` reports: the loader's findings plus every feature-level check."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from mobility_cli.diagnostics import Cause, Diagnostic, Findings
from mobility_cli.features.lint.rule import History
from mobility_cli.load import Loaded

if TYPE_CHECKING:
    from mobility_cli.check.naming import Naming
    from mobility_cli.codes import Code


def validate_program(loaded: Loaded, today: date, history: History | None = None, jobs: int = 1) -> Findings:
    """The loader's findings, then the posting rules (which run inside validate as well as alone; over `jobs`
    workers, with the same result for any number)."""
    from mobility_cli.features.lint import check_settings, lint_posts, program_codes

    found = list(loaded.findings.diagnostics)
    found += check_settings(loaded.program)
    codes = program_codes(loaded.program)
    found += following_breaks(lint_posts(loaded.program, today, history=history, jobs=jobs), loaded, codes)
    return Findings(found, loaded.findings.files, codes)


# The settings each posting rule reads from mobility.yaml's `policy:`: where the schema check found that part of
# mobility.yaml misspelt, the rule judged by the default instead, so what it finds follows from the misspelling.
READS_POLICY = {
    "internal-window": "internal_window_days",
    "stale-posting": "max_open_days",
    "short-window": "min_open_days",
}


def following_breaks(linted: list[Diagnostic], loaded: Loaded, codes: Mapping[str, Code]) -> list[Diagnostic]:
    """The posting rules' findings, each naming the error it follows from where it reasons from a part of a
    file that could not be read whole: a field of its post's front matter (its status, for the policy rules),
    the framework of its level (for the requirement rules), or the lint settings or policy of mobility.yaml."""
    from mobility_cli.check.naming import Naming
    from mobility_cli.codes import lookup

    broken, program = loaded.broken, loaded.program
    if not broken.files:
        return linted
    naming = Naming(program, frozenset(), broken)
    settings = program.settings.origin.file
    lint = broken.cause(settings, ("/lint",), f"the lint settings in {settings} could not be read")
    posts = {post.file: post for post in program.postings.values()}
    found = []
    for d in linted:
        d = broken.following(d)
        post = posts.get(d.file or "")
        family = lookup(d.code, codes).family
        if post is not None and post.track and post.level and family == "requirements":
            d = d.following(_framework_lost(naming, post.track, post.level))
        if post is not None and family == "policy":  # a post whose `status:` was lost is judged as open
            d = d.following(broken.cause(post.file, ("/status",), f"the status of {post.file} could not be read"))
        if d.code in READS_POLICY:
            wanted = (f"/policy/{READS_POLICY[d.code]}",)
            d = d.following(broken.cause(settings, wanted, f"the policy in {settings} could not be read"))
        found.append(d.following(lint))
    return found


def _framework_lost(naming: Naming, track_id: str, level_id: str) -> Cause | None:
    """The error that lost the framework of a level of the track up to `level_id` (the requirement rules read
    the frameworks of the post's level and those below it), or None."""
    track = naming.program.tracks.get(track_id)
    for level in track.levels if track else ():
        if level.key not in naming.program.frameworks:
            cause = naming.lost_framework(track_id, level.id)
            if cause is not None:
                return cause
        if level.id == level_id:
            break
    return None


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

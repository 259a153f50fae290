"""The posting linter: every rule over every post, configured by mobility.yaml and inline comments."""

from __future__ import annotations

from datetime import date

from mobility_cli.codes import CodeInfo, register
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.features.lint import drift_rule, policy_rules, requirement_rules, wording_rules
from mobility_cli.features.lint.config import LintSettings, lint_settings
from mobility_cli.features.lint.rule import RULES, History, PostContext, Rule
from mobility_cli.features.lint.suppression import suppressions
from mobility_cli.load import Loaded

__all__ = ["RULES", "History", "LintSettings", "Rule", "lint_posts", "lint_settings", "rule_modules"]
rule_modules = (requirement_rules, wording_rules, policy_rules, drift_rule)

register(
    CodeInfo(
        "unused-suppression",
        Severity.INFO,
        "An inline suppression comment that suppresses nothing.",
        "Stale suppressions hide future findings of the same kind without anyone deciding so.",
        "Remove the comment.",
    )
)


def lint_posts(
    loaded: Loaded,
    today: date,
    settings: LintSettings | None = None,
    files: set[str] | None = None,
    history: History | None = None,
) -> list[Diagnostic]:
    settings = settings or lint_settings(loaded.program.settings.lint)
    rules = list(RULES.values()) + wording_rules.program_phrase_rules(settings.phrases)
    found: list[Diagnostic] = []
    shared: dict[object, object] = {}
    for post in loaded.program.postings.values():
        if files is not None and post.file not in files:
            continue
        ctx = PostContext(loaded, post, settings, today, history, shared)
        quiet = suppressions(loaded.texts.get(post.file, ""))
        for current in rules:
            if not settings.enabled(current.code):
                continue
            severity = settings.severity.get(current.code)
            for finding in current.check(ctx):
                if quiet.covers(finding.line, current.code):
                    continue
                level = severity or finding.severity or current.severity
                found.append(
                    Diagnostic(
                        current.code,
                        level,
                        finding.message,
                        post.file,
                        finding.line,
                        finding.column,
                        finding.pointer,
                        finding.hint,
                    )
                )
        if settings.enabled("unused-suppression"):
            for line, code in quiet.unused():
                found.append(
                    Diagnostic(
                        "unused-suppression",
                        Severity.INFO,
                        f"the suppression of {code} suppresses nothing",
                        post.file,
                        line,
                        1,
                        None,
                        "remove the comment",
                    )
                )
    return found

"""Lint rules for people: the `--list` table and the `--explain` page."""

from __future__ import annotations

from collections.abc import Iterable

from mobility_cli.features.lint.rule import Rule

RULE_HEADERS = ["code", "severity", "category", "what"]
_ORDER = {"requirements": 0, "wording": 1, "policy": 2}


def rule_rows(rules: Iterable[Rule]) -> list[list[str]]:
    ranked = sorted(rules, key=lambda r: (_ORDER.get(r.category, 3), r.code))
    return [[r.code, r.severity.value, r.category, r.summary] for r in ranked]


def explain_text(rule: Rule) -> str:
    origin = " (defined by this program's lint.phrases)" if rule.program_defined else ""
    lines = [
        f"{rule.code} ({rule.severity.value}, {rule.category}){origin}",
        "",
        rule.summary,
        "",
        f"Why: {rule.rationale}",
        "",
        f"Fires on:   {rule.fires.describe()}",
        f"Passes:     {rule.passes.describe()}",
        "",
        f"Fix: {rule.fix}",
    ]
    for option in rule.options:
        lines += ["", f"Option lint.{option.name} (default {option.default!r}): {option.help}"]
    return "\n".join(lines) + "\n"

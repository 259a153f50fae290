"""The `lint:` section of mobility.yaml: which rules run, at what severity, with which options and phrases."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mobility_cli.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class LintSettings:
    select: frozenset[str] = frozenset()  # empty: every rule
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    match_threshold: float = 60.0
    internal_tools: tuple[str, ...] = ()
    phrases: tuple[Mapping[str, Any], ...] = ()  # a program's own wording rules, catalogue-shaped

    def enabled(self, code: str) -> bool:
        if code in self.ignore:
            return False
        return not self.select or code in self.select

    def with_cli(self, select: list[str], ignore: list[str]) -> LintSettings:
        return LintSettings(
            frozenset(select) or self.select,
            self.ignore | frozenset(ignore),
            self.severity,
            self.match_threshold,
            self.internal_tools,
            self.phrases,
        )


def lint_settings(raw: Mapping[str, object]) -> LintSettings:
    """Tolerant: the schema already reported anything malformed, so take what is usable."""

    def words(key: str) -> frozenset[str]:
        value = raw.get(key)
        return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()

    severity: dict[str, Severity] = {}
    given = raw.get("severity")
    if isinstance(given, dict):
        for code, level in given.items():
            if level in ("error", "warning", "info"):
                severity[str(code)] = Severity(level)
    threshold = raw.get("match_threshold")
    tools = raw.get("internal_tools")
    phrases = raw.get("phrases")
    return LintSettings(
        words("select"),
        words("ignore"),
        severity,
        float(threshold) if isinstance(threshold, int | float) and not isinstance(threshold, bool) else 60.0,
        tuple(str(t) for t in tools) if isinstance(tools, list) else (),
        tuple(p for p in phrases if isinstance(p, dict)) if isinstance(phrases, list) else (),
    )

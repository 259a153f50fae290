"""The `lint:` section of mobility.yaml: which rules run, at what severity, with which options and phrases."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from mobility_cli.diagnostics import Severity

SECTION_KEYS = ("select", "ignore", "severity", "phrases")  # every other key is a rule option


@dataclass(frozen=True, slots=True)
class LintSettings:
    select: frozenset[str] = frozenset()  # empty: every rule
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)  # rule options, by name (see Rule.options)
    phrases: tuple[Mapping[str, Any], ...] = ()  # a program's own wording rules, catalogue-shaped

    def enabled(self, code: str) -> bool:
        if code in self.ignore:
            return False
        return not self.select or code in self.select

    def with_cli(self, select: list[str], ignore: list[str]) -> LintSettings:
        return replace(self, select=frozenset(select) or self.select, ignore=self.ignore | frozenset(ignore))


def lint_settings(raw: Mapping[str, object]) -> LintSettings:
    """Tolerant: the schema already reported anything malformed, so take what is usable."""

    def words(key: str) -> frozenset[str]:
        value = raw.get(key)
        return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()

    given = raw.get("severity")
    severity = {
        str(code): Severity(level)
        for code, level in (given.items() if isinstance(given, dict) else ())
        if level in ("error", "warning", "info")
    }
    phrases = raw.get("phrases")
    return LintSettings(
        words("select"),
        words("ignore"),
        severity,
        {str(k): v for k, v in raw.items() if k not in SECTION_KEYS},
        tuple(p for p in phrases if isinstance(p, dict)) if isinstance(phrases, list) else (),
    )

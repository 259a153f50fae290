"""The shipped catalogue of phrase rules (catalogue.yaml beside this file): a rule is one data entry, with an
example that fires and a near miss that passes. A program adds its own entries, in the same shape, under
`lint: phrases:` (features/lint/phrases.py)."""

from __future__ import annotations

from typing import Any

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.phrases import phrase_check, phrases_of
from mobility_cli.features.lint.rule import Example, Rule, add


def entries(name: str = "catalogue.yaml") -> list[dict[str, Any]]:
    """The entries of a data file beside this module (shipped, reviewed data: never a program's)."""
    from importlib.resources import files

    import yaml

    text = files(__package__ or "").joinpath(name).read_text(encoding="utf-8")
    found: list[dict[str, Any]] | dict[str, Any] = yaml.safe_load(text)
    return found if isinstance(found, list) else [found]


def catalogue_rule(entry: dict[str, Any]) -> Rule:
    compiled = phrases_of(entry)
    assert compiled is not None, entry["id"]
    return Rule(
        entry["id"],
        Severity(entry["severity"]),
        entry["category"],
        entry["rationale"].split(".")[0] + ".",
        entry["rationale"],
        entry["fix"],
        Example(prose=f"- {entry['fires']}"),
        Example(prose=f"- {entry['passes']}"),
        phrase_check(compiled),
        declared_in=__name__,
        overrides=tuple(entry.get("overrides", ())),
    )


CATALOGUE_RULES = tuple(add(catalogue_rule(entry)) for entry in entries())

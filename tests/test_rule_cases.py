"""Every rule's cases, from the data file beside its module (`rules/MODULE.cases.yaml`): each case is a post and
the exact findings of the rule in it (line and column, as lint reports them, every rule running), so a rule is
tested where it fires, not only that it fires. A new rule brings its own cases file and is run here with no other edit; a rule without a case that
fires and one that does not is an error."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from mobility_cli.features.lint import RULES
from mobility_cli.features.lint.rule import Example
from mobility_cli.load import load_program
from mobility_cli.model import Program
from mobility_cli.resources import default_program_root
from mobility_cli.source import WorkTreeSource
from tests.conftest import ROOT
from tests.lint_examples import example_context

RULES_DIR = ROOT / "mobility_cli" / "features" / "lint" / "rules"
_FIELDS = ("requirements", "prose", "front", "omit", "settings", "earlier")


@cache
def example_program() -> Program:
    loaded = load_program(WorkTreeSource(default_program_root()), frozenset({"program", "tracks", "framework"}))
    return loaded.program


def case_example(case: dict[str, Any]) -> Example:
    unknown = set(case) - {*_FIELDS, "rule", "expect", "says"}
    assert not unknown, f"unknown fields in a case: {sorted(unknown)}"
    given: dict[str, Any] = {name: case[name] for name in _FIELDS if name in case}
    for name in ("requirements", "omit"):
        if name in given:
            given[name] = tuple(given[name])
    if "earlier" in given:
        given["earlier"] = tuple(tuple(v) for v in given["earlier"])
    return Example(**given)


def findings_of(program: Program, case: dict[str, Any]) -> list[tuple[int | None, int | None]]:
    """(line, column) of every finding of the case's rule in the case's post, as `lint` reports them: every
    rule runs, so a finding that a more specific rule's stands for on its line is not among them."""
    from mobility_cli.features.lint import lint_post, registry

    context = example_context(program, case_example(case))
    settings = context.settings
    rules = [r for r in registry(settings).values() if settings.enabled(r.code) or r.code == case["rule"]]
    return [(d.line, d.column) for d in lint_post(context, rules) if d.code == case["rule"]]


def cases_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*.cases.yaml"))


def all_cases() -> list[Any]:
    found = []
    for path in cases_files():
        for number, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), start=1):
            found.append(pytest.param(case, id=f"{path.name.removesuffix('.cases.yaml')}-{number}-{case['rule']}"))
    return found


@pytest.mark.parametrize("case", all_cases())
def test_a_rule_finds_exactly_what_its_case_expects(case: dict[str, Any]) -> None:
    assert case["rule"] in RULES, f"no rule is called {case['rule']}"
    expected = [(e["line"], e["column"]) for e in case["expect"]]
    assert findings_of(example_program(), case) == expected


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_cases_beside_it_that_fire_and_that_pass(code: str) -> None:
    module = RULES[code].declared_in.rsplit(".", 1)[1]
    path = RULES_DIR / f"{module}.cases.yaml"
    assert path.exists(), f"{code}: write its cases in {path.relative_to(ROOT)}"
    mine = [c for c in yaml.safe_load(path.read_text(encoding="utf-8")) if c["rule"] == code]
    assert any(c["expect"] for c in mine), f"{code}: no case in {path.name} where it fires"
    assert any(not c["expect"] for c in mine), f"{code}: no case in {path.name} where it stays quiet"

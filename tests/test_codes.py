"""The one registry of codes: every code mobility can emit is declared where it is emitted, explained by
`mobility explain`, described in SARIF at the level of its results, and listed in docs/codes.md.

`python -m tests.test_codes --update` writes docs/codes.md from the registry."""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

PACKAGE = ROOT / "mobility_cli"
DOCS = ROOT / "docs" / "codes.md"
SARIF_SCHEMA = ROOT / "tests" / "vendor" / "sarif" / "sarif-schema-2.1.0.json"
_CODE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def emitted_literals() -> dict[str, set[str]]:
    """Every code written as a literal where a diagnostic, a finding or a pitfall is made: the first argument
    of `Diagnostic(...)` / `Pitfall(...)`, the second of `Diagnostic.at(...)`, or `code=` anywhere."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        if "fast_schemas" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            owner = getattr(node.func, "value", None)
            candidates: list[ast.expr] = [k.value for k in node.keywords if k.arg == "code"]
            if name in ("Diagnostic", "Pitfall") and node.args:
                candidates.append(node.args[0])
            if name == "at" and getattr(owner, "id", "") == "Diagnostic" and len(node.args) > 1:
                candidates.append(node.args[1])
            for arg in candidates:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _CODE.match(arg.value):
                    found.setdefault(arg.value, set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_every_code_written_where_findings_are_made_is_declared() -> None:
    from mobility_cli.codes import every_code

    declared = every_code()
    literals = emitted_literals()
    assert literals, "the scan finds nothing: it no longer sees how findings are made"
    missing = {code: sorted(files) for code, files in literals.items() if code not in declared}
    assert not missing, f"emitted but never declared: {missing}"


def test_each_code_is_declared_beside_what_emits_it() -> None:
    """The declaring module (or a data file beside it, for rules that are data) names the code: a declaration
    never sits in a catalogue far from its check."""
    from mobility_cli.codes import every_code

    for code in every_code().values():
        module = ROOT / (code.declared_in.replace(".", "/") + ".py")
        if not module.exists():
            module = module.with_suffix("") / "__init__.py"
        texts = [module.read_text(encoding="utf-8")]
        texts += [data.read_text(encoding="utf-8") for data in module.parent.glob("*.yaml")]
        assert any(f'"{code.code}"' in text or f"id: {code.code}\n" in text for text in texts), code


def test_looking_up_an_undeclared_code_is_an_error_never_a_default() -> None:
    from mobility_cli.codes import UnknownCode, lookup

    with pytest.raises(UnknownCode) as raised:
        lookup("shcema")
    assert "schema" in (raised.value.hint or "")


def test_a_scan_of_a_new_emitter_sees_its_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan above can fail: a module that emits a code nobody declared is found."""
    fake = tmp_path / "mobility_cli" / "newcheck.py"
    fake.parent.mkdir()
    fake.write_text('def f(o):\n    return Diagnostic.at(o, "made-up-code", "m")\n', encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake.parent)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert emitted_literals() == {"made-up-code": {"mobility_cli/newcheck.py"}}


@pytest.mark.parametrize("code", ["schema", "yaml-syntax", "unknown-timezone", "unknown-rule", "unused-suppression"])
def test_explain_explains_codes_of_every_family(code: str) -> None:
    result = run_cli("explain", code)
    assert result.code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{code} (") and "Fix:" in result.stdout


def test_explain_explains_every_declared_code_and_lists_them_all() -> None:
    from mobility_cli.codes import every_code

    listed = run_cli("explain", "--list")
    assert listed.code == 0
    for code in every_code():
        assert code in listed.stdout
    for code in ("revolving-door", "date-order", "years-of-experience", "exclusionary-language"):
        assert run_cli("explain", code).code == 0, code


@pytest.mark.parametrize(
    ("typed", "meant"), [("shcema", "schema"), ("yaml-syntx", "yaml-syntax"), ("revolvingdoor", "revolving-door")]
)
def test_explain_suggests_the_code_that_was_meant(typed: str, meant: str) -> None:
    result = run_cli("explain", typed)
    assert result.code == 2
    assert meant in result.stderr and "Traceback" not in result.stderr


PHRASES = """name: T
lint:
  phrases:
    - id: rockstar-talk
      severity: info
      patterns: [rockstar]
      rationale: We describe the work, not the person.
      fix: Say what the person will do.
      fires: a rockstar engineer
      passes: a steady engineer
  severity:
    years-of-experience: error
"""
POST = """---
role: Rockstar Engineer
team: Payments
track: engineering
level: ic3
status: open
opened: 2026-11-02
closes: 2026-12-31
---
## What You'll Work On
- Be our rockstar on payments

## What We're Looking For
- 10+ years of experience in Go
"""


def test_a_programs_phrase_rule_is_explained_and_lint_explains_any_code(program) -> None:
    root = program({"mobility.yaml": PHRASES})
    result = run_cli("--repo", str(root), "explain", "rockstar-talk")
    assert result.code == 0, result.stderr
    assert "rockstar-talk (info, wording) (defined by this program's lint.phrases)" in result.stdout
    assert "Fix: Say what the person will do." in result.stdout
    assert run_cli("--repo", str(root), "lint", "--explain", "schema").code == 0


def test_sarif_rule_levels_are_the_levels_of_their_results_and_the_document_validates(program) -> None:
    """A phrase rule at `info` and a built-in rule raised to `error` by the program: each rule's level is its
    results' level, its description comes from the registry, and the document passes the 2.1.0 schema."""
    import jsonschema

    root = program({"mobility.yaml": PHRASES, "postings/rockstar.md": POST})
    result = run_cli("--repo", str(root), "--today", "2026-11-24", "validate", "--format", "sarif")
    document = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(document)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    levels: dict[str, set[str]] = {}
    for found in run["results"]:
        levels.setdefault(found["ruleId"], set()).add(found["level"])
    assert {"rockstar-talk", "years-of-experience"} <= set(levels)
    for index, rule in enumerate(rules):
        assert levels[rule["id"]] == {rule["defaultConfiguration"]["level"]}, rule["id"]
        assert all(r["ruleIndex"] == index for r in run["results"] if r["ruleId"] == rule["id"])
        assert rule["shortDescription"]["text"], rule["id"]
    phrase = next(r for r in rules if r["id"] == "rockstar-talk")
    assert phrase["defaultConfiguration"]["level"] == "note"
    assert phrase["fullDescription"]["text"] == "We describe the work, not the person."


def test_a_phrase_rule_may_not_take_the_code_of_a_check(program) -> None:
    root = program({"mobility.yaml": "name: T\nlint:\n  phrases:\n    - id: schema\n      patterns: [x]\n"})
    result = run_cli("--repo", str(root), "validate", "--format", "json")
    found = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "duplicate-id"]
    assert found and found[0]["file"] == "mobility.yaml" and found[0]["line"] == 4


def test_the_schemas_lint_section_declares_exactly_the_rules_options() -> None:
    """A rule's option is declared once, in its rule; the program schema must say the same of it (a test, so the
    two cannot drift), and holds no option that no rule reads."""
    from mobility_cli.features.lint import RULES
    from mobility_cli.features.lint.config import SECTION_KEYS
    from mobility_cli.resources import load_schema

    declared = {option.name: option for rule in RULES.values() for option in rule.options}
    section = load_schema("program")["properties"]["lint"]["properties"]
    options = {name: value for name, value in section.items() if name not in SECTION_KEYS}
    assert set(options) == set(declared)
    for name, option in declared.items():
        assert options[name] == option.json_schema(), name


def codes_page() -> str:
    from mobility_cli.codes import every_code
    from mobility_cli.formats.code_text import codes_markdown

    return codes_markdown(every_code().values())


def test_the_codes_reference_is_made_from_the_registry() -> None:
    assert DOCS.read_text(encoding="utf-8") == codes_page(), "run `python -m tests.test_codes --update`"


if __name__ == "__main__":
    if "--update" in sys.argv:
        DOCS.write_text(codes_page(), encoding="utf-8")
        print(f"wrote {DOCS.relative_to(ROOT)}")

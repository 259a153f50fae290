"""Every lint rule, straight from the registry: its examples fire and pass as they say, its metadata is whole,
and a program's own phrase rules are rules like any other."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mobility_cli.features.lint import RULES, lint_posts, lint_settings, registry
from mobility_cli.features.lint.phrases import program_phrase_rules
from mobility_cli.features.lint.rule import Example, Rule
from mobility_cli.load import load_program, posting_from_text
from mobility_cli.model import Program
from mobility_cli.resources import default_program_root
from mobility_cli.source import WorkTreeSource
from tests.conftest import run_cli, write_files
from tests.lint_examples import FILE, example_context, example_post


@pytest.fixture(scope="module")
def example_program() -> Program:
    loaded = load_program(WorkTreeSource(default_program_root()), frozenset({"program", "tracks", "framework"}))
    return loaded.program


def run_example(rule: Rule, example: Example, program: Program) -> list[str]:
    context = example_context(program, example)
    return [finding.message for finding in rule.check(context)]


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_example_that_fires_fires(code: str, example_program: Program) -> None:
    rule = RULES[code]
    assert run_example(rule, rule.fires, example_program), f"{code} did not fire on: {rule.fires.describe()}"


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_near_miss_passes(code: str, example_program: Program) -> None:
    rule = RULES[code]
    assert not run_example(rule, rule.passes, example_program), f"{code} fired on its near miss"


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_says_what_why_and_how_to_fix(code: str) -> None:
    rule = RULES[code]
    assert rule.category in ("requirements", "wording", "policy")
    assert rule.summary and rule.rationale and rule.fix
    assert rule.fires != rule.passes
    for option in rule.options:
        assert isinstance(option.default, option.type) and option.help


def test_the_base_example_post_is_clean_for_every_rule(example_program: Program) -> None:
    """Each example changes one thing of a post that every rule passes: so each shows its own rule alone."""
    for rule in RULES.values():
        assert not run_example(rule, Example(), example_program), rule.code


def test_short_window_is_a_policy_rule() -> None:
    assert RULES["short-window"].category == "policy"


PHRASES = (
    "name: Phrases\nlint:\n  phrases:\n"
    "    - {id: fast-paced, patterns: ['fast[- ]paced'], message: '\"{phrase}\" is banned here',"
    " rationale: Says nothing about the work., fix: Describe the pace., severity: warning}\n"
)


def test_program_phrase_rules_are_in_the_registry(program) -> None:
    root = program({"mobility.yaml": PHRASES, "postings/p.md": example_post(Example(prose="- A fast-paced team"))})
    listed = run_cli("--repo", str(root), "lint", "--list").stdout
    assert "fast-paced" in listed
    explained = run_cli("--repo", str(root), "lint", "--explain", "fast-paced")
    assert explained.code == 0 and "Says nothing about the work." in explained.stdout
    found = run_cli("--repo", str(root), "--today", "2026-11-20", "lint", "--format", "json").json()["diagnostics"]
    assert "fast-paced" in [d["code"] for d in found]
    ignored = run_cli("--repo", str(root), "--today", "2026-11-20", "lint", "--ignore", "fast-paced", "-f", "json")
    assert "fast-paced" not in [d["code"] for d in ignored.json()["diagnostics"]]
    settings = lint_settings({"phrases": [{"id": "fast-paced", "patterns": ["x"]}]})
    assert "fast-paced" in registry(settings) and "fast-paced" not in RULES
    assert program_phrase_rules(settings.phrases)[0].program_defined


def lint_one(program, text: str, settings: str = "name: T\n", today: str = "2026-11-20") -> list[dict]:
    root = program({"mobility.yaml": settings, "postings/p.md": text})
    result = run_cli("--repo", str(root), "--today", today, "lint", "--format", "json")
    return [d for d in result.json()["diagnostics"] if d["file"] == "postings/p.md"]


def test_disable_file_suppresses_a_rule_everywhere_in_the_post(program) -> None:
    text = example_post(Example(requirements=("5+ years of Go", "10 years of Rust")))
    assert [d["code"] for d in lint_one(program, text)].count("years-of-experience") == 2
    quiet = text.replace(
        "## Internal Job Post Template\n",
        "## Internal Job Post Template\n<!-- mobility: disable-file=years-of-experience -->\n",
    )
    assert "years-of-experience" not in [d["code"] for d in lint_one(program, quiet)]


def test_lint_select_in_settings_runs_only_those_rules(program) -> None:
    text = example_post(Example(requirements=("5+ years of Go",), prose="- a rockstar team"))
    found = {d["code"] for d in lint_one(program, text, "name: T\nlint:\n  select: [jargon-hype]\n")}
    assert found == {"jargon-hype"}


def test_match_threshold_decides_what_counts_as_traced(program) -> None:
    text = example_post(Example(requirements=("Designs complex systems with many modes of failure",)))
    assert "untraceable-requirement" not in {d["code"] for d in lint_one(program, text)}
    strict = {d["code"] for d in lint_one(program, text, "name: T\nlint:\n  match_threshold: 99\n")}
    assert "untraceable-requirement" in strict


def test_an_option_of_the_wrong_type_falls_back_to_its_default(program) -> None:
    text = example_post(Example(requirements=("Designs complex systems with many modes of failure",)))
    found = {d["code"] for d in lint_one(program, text, "name: T\nlint:\n  match_threshold: high\n")}
    assert "untraceable-requirement" not in found


def test_code_fenced_with_tildes_is_not_prose(program) -> None:
    """Both fence styles are code to the parser and to the linter alike."""
    fenced = "~~~\nwe need a rockstar ninja\n~~~"
    text = example_post(Example(prose=fenced))
    assert "jargon-hype" not in {d["code"] for d in lint_one(program, text)}
    open_text = example_post(Example(prose="we need a rockstar ninja"))
    assert "jargon-hype" in {d["code"] for d in lint_one(program, open_text)}


def test_linting_a_missing_file_is_a_usage_error(program) -> None:
    root = program()
    result = run_cli("--repo", str(root), "lint", str(root / "postings" / "nope.md"))
    assert result.code == 2 and "nope.md" in result.stderr


def test_examples_are_shown_by_explain() -> None:
    result = run_cli("lint", "--explain", "years-of-experience")
    assert result.code == 0 and "5+ years" in result.stdout


def test_a_rule_sees_no_loader(example_program: Program) -> None:
    """Rules run on a built program alone: no parsed documents, no files."""
    post = posting_from_text(FILE, example_post(Example(front={"closes": "2026-11-19"})))
    assert post is not None
    program = Program(
        example_program.root,
        example_program.settings,
        example_program.tracks,
        example_program.frameworks,
        {post.id: post},
        {},
    )
    found = lint_posts(program, date(2026, 11, 20))
    stale = [d for d in found if d.code == "stale-posting"]
    assert stale and stale[0].line is not None and stale[0].pointer == "/closes"


def test_rules_are_listed_with_their_category() -> None:
    result = run_cli("lint", "--list")
    assert result.code == 0
    for code in RULES:
        assert code in result.stdout


def test_json_of_lint_is_the_diagnostics_shape(program, tmp_path: Path) -> None:
    root = program({"postings/p.md": example_post(Example(prose="- a rockstar team"))})
    result = run_cli("--repo", str(root), "--today", "2026-11-20", "lint", "--format", "json")
    assert set(json.loads(result.stdout)) == {"diagnostics", "summary"}
    assert write_files  # the helpers stay importable for the corpus tests

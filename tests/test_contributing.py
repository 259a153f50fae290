"""docs/contributing.md's worked example, done as it says: a copy of the project gains the rule module and its
cases file and nothing else, and the rule is then linted, explained, listed and its cases pass. So "adding a
rule touches only its own files" is a fact that is checked, not a promise."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "contributing.md"
RULES = Path("mobility_cli") / "features" / "lint" / "rules"


def guide_files() -> dict[Path, str]:
    """The files the guide adds: each fenced block under a heading that names a file in rules/."""
    text = GUIDE.read_text(encoding="utf-8")
    found = {}
    for name, block in re.findall(
        r"^## \d+\. [^`\n]*`([^`]+)`\n.*?```[a-z]+\n(.*?)```", text, re.MULTILINE | re.DOTALL
    ):
        found[Path(name)] = block
    return found


def test_the_guide_adds_a_module_and_its_cases_in_rules_and_nothing_else() -> None:
    files = guide_files()
    assert sorted(p.name for p in files) == ["relocation_required.cases.yaml", "relocation_required.py"]
    assert all(p.parent == RULES for p in files)


def test_the_worked_example_works_in_a_copy_of_the_project(tmp_path: Path) -> None:
    copy = tmp_path / "project"
    skip = shutil.ignore_patterns(
        ".git", "node_modules", "__pycache__", "site", ".mypy_cache", ".ruff_cache", ".hypothesis"
    )
    shutil.copytree(ROOT, copy, ignore=skip)
    for path, text in guide_files().items():
        assert not (copy / path).exists(), f"{path} already exists: the example must add it"
        (copy / path).write_text(text, encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin", "MOBILITY_TODAY": "2026-11-20", "HOME": str(tmp_path)}
        return subprocess.run([sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, timeout=300)

    cases = run("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_rule_cases.py", "-k", "relocation")
    assert cases.returncode == 0 and " passed" in cases.stdout, cases.stdout + cases.stderr
    assert "4 passed" in cases.stdout, cases.stdout  # its three cases, and its cases file found beside it
    explained = run("-m", "mobility_cli", "explain", "relocation-required")
    assert explained.returncode == 0, explained.stderr
    assert explained.stdout.startswith("relocation-required (warning, requirements)")
    listed = run("-m", "mobility_cli", "lint", "--list")
    assert "relocation-required" in listed.stdout, listed.stdout + listed.stderr
    # the one generated file is remade by its command, and then every check of rules and codes passes
    assert run("-m", "tests.test_codes", "--update").returncode == 0
    checks = ("tests/test_codes.py", "tests/test_rules.py", "tests/test_architecture.py")
    whole = run("-m", "pytest", "-q", "-p", "no:cacheprovider", *checks)
    assert whole.returncode == 0, whole.stdout[-3000:] + whole.stderr
    assert "relocation-required" in (copy / "docs" / "codes.md").read_text(encoding="utf-8")

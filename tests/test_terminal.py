"""The terminal experience: options where people type them, help that reads like the product, forgiving names."""

from __future__ import annotations

import pytest

from mobility_cli.cli.argv import hoist_global_options
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (["validate", "--repo", "p"], ["--repo", "p", "validate"]),
        (["validate", "--repo=p", "--strict"], ["--repo=p", "validate", "--strict"]),
        (
            ["--debug", "path", "ic2", "staff", "--today", "2026-01-01"],
            ["--debug", "--today", "2026-01-01", "path", "ic2", "staff"],
        ),
        (["mentors", "suggest", "--no-cache", "--top", "3"], ["--no-cache", "mentors", "suggest", "--top", "3"]),
        (["--repo", "validate", "lint", "--ref", "HEAD"], ["--repo", "validate", "--ref", "HEAD", "lint"]),
        (["post", "new", "--", "--repo"], ["post", "new", "--", "--repo"]),
    ],
)
def test_global_options_are_read_on_either_side_of_the_subcommand(typed: list[str], read: list[str]) -> None:
    assert hoist_global_options(typed) == read


def test_validate_takes_repo_after_the_subcommand(program) -> None:
    root = program()
    before = run_cli("--repo", str(root), "validate", "--format", "json")
    after = run_cli("validate", "--repo", str(root), "--format", "json")
    assert after.code == before.code == 0 and after.stdout == before.stdout
    missing = run_cli("path", "--repo")
    assert missing.code == 2 and "--repo needs a value" in missing.stderr

"""The terminal experience: options where people type them, help that reads like the product, forgiving names."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from mobility_cli.cli.argv import hoist_global_options
from tests.conftest import ROOT, run_cli


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


def _example_clone(tmp_path: Path) -> Path:
    """The example program in a git repository with an origin, as a program repository is in CI."""
    origin = tmp_path / "origin"
    origin.mkdir()
    for name in ("mobility.yaml", "careers", "postings", "mentors", "moves"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, origin / name)
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@e"]
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=origin, check=True)
    subprocess.run([*git, "add", "-A"], cwd=origin, check=True)
    subprocess.run([*git, "commit", "-qm", "program"], cwd=origin, check=True)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(origin), str(clone)], check=True)
    cohort = {"mentees": [{"id": "p-1", "current": "ic1", "target": "ic3", "timezone": "Asia/Kolkata"}]}
    (clone / "cohort.yaml").write_text(yaml.safe_dump(cohort))
    pairs = {"pairs": [{"mentor": "amara-okafor", "mentee": "p-1", "timezone": "Asia/Kolkata"}]}
    (clone / "pairs.json").write_text(json.dumps(pairs))
    return clone


def test_every_command_shows_examples_and_every_example_runs(tmp_path: Path) -> None:
    from mobility_cli.cli.help import EXAMPLES

    clone = _example_clone(tmp_path)
    for command, examples in EXAMPLES.items():
        words = ["mentors", command] if command in ("suggest", "match", "confirm") else [command]
        words = ["post", "new"] if command == "new" else words
        shown = run_cli(*words, "--help").stdout
        assert "Examples:" in shown and examples[0] in shown, command
        for number, example in enumerate(examples):
            line, _, into = example.partition(" > ")
            args = shlex.split(line)[1:]
            where = tmp_path / f"empty-{number}" if command == "init" else clone
            where.mkdir(exist_ok=True)
            result = run_cli(*args, cwd=where, env={"MOBILITY_TODAY": "2026-11-24"})
            assert result.code in (0, 1), (example, result.stderr)
            assert "error:" not in result.stderr, (example, result.stderr)
            if into:
                (where / into).write_text(result.stdout)


@pytest.mark.parametrize(
    "words",
    [("lint",), ("path",), ("board",), ("mentors", "suggest"), ("validate",), ("render",), ("plan",), ("--help",)],
)
def test_help_names_values_by_what_they_are_not_by_python_type(words: tuple[str, ...]) -> None:
    shown = run_cli(*words, "--help").stdout if words != ("--help",) else run_cli("--help").stdout
    for leak in ("<str>", "<int", "<list", "<Path>", "<path>", "{FROM}", "]...]...", "<bool>"):
        assert leak not in shown, (words, leak)


def test_a_wrong_choice_is_said_in_the_products_words() -> None:
    result = run_cli("path", "ic2", "staff", "--format", "xml")
    assert result.code == 2 and "'xml' is not one of" in result.stderr and "Value error" not in result.stderr
    assert "moves" in run_cli("schema", "--help").stdout


@pytest.mark.parametrize(
    ("typed", "means"),
    [
        (("IC2", "Staff"), "engineering/ic2 engineering/staff"),
        (("ic2", "Staff Engineer"), "engineering/ic2 engineering/staff"),
        (("Engineering/IC2", "staff engineer"), "engineering/ic2 engineering/staff"),
    ],
)
def test_levels_are_found_in_any_case_and_by_title(typed: tuple[str, str], means: str) -> None:
    route = run_cli("path", *typed, "--format", "json").json()
    assert f"{route['from']} {route['to']}" == means


def test_a_track_where_a_level_is_needed_is_explained() -> None:
    result = run_cli("path", "engineering", "staff")
    assert result.code == 2 and '"engineering" is a track; a level is needed here' in result.stderr
    assert "engineering/ic1" in result.stderr


def test_teams_and_tracks_in_any_case_and_an_unknown_team_is_not_silence() -> None:
    growth = run_cli("--today", "2026-11-24", "board", "--team", "growth", "--format", "json").json()
    assert growth and {row["team"] for row in growth} == {"Growth"}
    assert run_cli("board", "--track", "Engineering", "--format", "json").code == 0
    unknown = run_cli("board", "--team", "Nope")
    assert unknown.code == 2 and 'no post names the team "Nope"' in unknown.stderr and "Growth" in unknown.stderr


@pytest.mark.parametrize(("typed", "zone"), [("London", "Europe/London"), ("europe/berlin", "Europe/Berlin")])
def test_a_city_or_another_case_is_taken_for_its_zone(typed: str, zone: str) -> None:
    said = run_cli("--today", "2026-11-24", "board", "--timezone", typed, "--format", "json")
    same = run_cli("--today", "2026-11-24", "board", "--timezone", zone, "--format", "json")
    assert said.code == 0 and said.stdout == same.stdout


def test_a_misspelt_zone_gets_a_suggestion() -> None:
    result = run_cli("board", "--timezone", "Asia/Calcuta")
    assert result.code == 2 and '"Asia/Kolkata"' in result.stderr


def test_a_level_below_the_start_is_a_step_down_in_every_track() -> None:
    for pair in (("ic4", "ic2"), ("em1", "ic1")):
        result = run_cli("path", *pair)
        assert result.code == 1 and "is graded below" in result.stderr and "promotions only go up" in result.stderr
    assert run_cli("path", "ic4", "ic2", "--downward").code == 0


@pytest.mark.parametrize(
    ("role", "ident"),
    [("Ingénieur données", "ingenieur-donnees"), ("Инженер данных", "inzhener-dannykh"), ("Straße & Co", "strasse-co")],
)
def test_a_post_id_is_transliterated_from_any_title(tmp_path: Path, role: str, ident: str) -> None:
    clone = _example_clone(tmp_path)
    result = run_cli("post", "new", "--level", "ic3", "--role", role, "--team", "Data", cwd=clone)
    assert result.code == 0, result.stderr
    assert (clone / "postings" / f"{ident}.md").is_file()

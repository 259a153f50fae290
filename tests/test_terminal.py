"""The terminal experience: options where people type them, help that reads like the product, forgiving names."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, run_cli


@pytest.mark.parametrize(
    "typed",
    [
        ["validate", "--repo", "{root}", "--format", "json"],
        ["validate", "--repo={root}", "--format", "json"],
        ["-j", "2", "validate", "--repo", "{root}", "--format", "json"],
        ["--repo", "{root}", "-j2", "validate", "--format", "json"],
        ["validate", "-j", "2", "--repo", "{root}", "--format", "json"],
        ["validate", "--format", "json", "--jobs=2", "--repo", "{root}", "--no-cache", "--debug"],
        ["--repo", "elsewhere", "validate", "--repo", "{root}", "--format", "json"],
        ["--today", "2026-01-01", "validate", "--today", "2026-11-24", "--repo", "{root}", "--format", "json"],
        ["validate", "--repo", "{root}", "--ref", "HEAD", "--format", "json"],
        ["--ref", "HEAD", "validate", "--format", "json", "--", "{root}"],
    ],
)
def test_global_options_are_read_on_either_side_of_the_subcommand(git_repo, typed: list[str]) -> None:
    """Any side, any spelling (-j2, --jobs=2, --repo=DIR); a value after the subcommand replaces one before it;
    `--` ends the options (what follows is a path to validate: here the program itself)."""
    from tests.conftest import SMALL_FRAMEWORKS, SMALL_TRACKS

    repo = git_repo()
    repo.commit("program", {"mobility.yaml": "name: Test Program\n", "careers/tracks.yaml": SMALL_TRACKS})
    repo.commit("frameworks", dict(SMALL_FRAMEWORKS))
    root = str(repo.path)
    canonical = run_cli("--repo", root, "--today", "2026-11-24", "validate", "--format", "json")
    result = run_cli(*[word.format(root=root) for word in typed], env={"MOBILITY_TODAY": "2026-11-24"})
    assert canonical.code == result.code == 0, result.stderr
    assert result.stdout == canonical.stdout and result.json()["summary"]["files"] > 0


@pytest.mark.parametrize(
    ("typed", "until"),
    [
        (["--today", "2026-01-01", "report", "--today", "2026-03-03"], "2026-03-03"),
        (["report", "--today", "2026-01-01", "--today", "2026-03-03"], "2026-03-03"),
        (["--today", "2026-01-01", "report"], "2026-01-01"),
        (["report", "--today", "2026-01-01"], "2026-01-01"),
        (["mentors", "--today", "2026-01-01", "suggest", "--today", "2026-03-03", "--top", "1"], None),
    ],
)
def test_the_value_after_the_subcommand_wins(typed: list[str], until: str | None) -> None:
    if until is None:  # a group's subcommand reads them too: the last day given is the one judged by
        later = run_cli(*typed, "--current", "ic1", "--target", "ic3", "--timezone", "Europe/Paris", "-f", "json")
        same = run_cli(
            "--today",
            "2026-03-03",
            "mentors",
            "suggest",
            "--top",
            "1",
            "--current",
            "ic1",
            "--target",
            "ic3",
            "--timezone",
            "Europe/Paris",
            "-f",
            "json",
        )
        assert later.code == 0 and later.stdout == same.stdout
        return
    result = run_cli(*typed, "--format", "json")
    assert result.code == 0 and result.json()["window"]["until"] == until


def test_a_value_that_looks_like_a_command_is_a_value(tmp_path: Path) -> None:
    (tmp_path / "validate").mkdir()
    result = run_cli("--repo", "validate", "lint", cwd=tmp_path)  # --repo validate, then the lint command
    assert result.code == 2 and "--repo validate: no program there" in result.stderr
    after = run_cli("lint", "--repo", "validate", cwd=tmp_path)
    assert after.stderr == result.stderr


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (["path", "--repo"], "--repo needs a value\n  hint: e.g. --repo ../program"),
        (["validate", "-j"], "-j needs a value\n  hint: e.g. -j 2"),
        (["mentors", "suggest", "--jobs"], "--jobs needs a value\n  hint: e.g. --jobs 2"),
        (["--today"], "--today needs a value\n  hint: e.g. --today 2026-11-24"),
        (["post", "new", "--ref"], "--ref needs a value\n  hint: e.g. --ref origin/main"),
    ],
)
def test_a_global_option_without_its_value_says_how_to_write_one(typed: list[str], said: str) -> None:
    result = run_cli(*typed)
    assert result.code == 2 and result.stderr == f"mobility: error: {said}\n"


def test_after_a_double_dash_a_global_option_is_no_option() -> None:
    result = run_cli("post", "new", "--", "--repo")
    assert result.code == 2 and "unexpected extra argument" in result.stderr and "(--repo)" in result.stderr


@pytest.mark.parametrize("words", [(), ("validate",), ("path",), ("mentors",), ("mentors", "match"), ("post", "new")])
def test_help_lists_the_global_options_once_in_their_own_section(words: tuple[str, ...]) -> None:
    shown = run_cli(*words, "--help").stdout
    own, _, shared = shown.partition("\nGlobal options:\n")
    assert shared, shown
    for flag in ("--repo DIR", "--ref REVISION", "--debug", "--no-cache", "--today YYYY-MM-DD", "-j, --jobs N"):
        assert shown.count(flag) == 1 and flag in shared and flag not in own, (words, flag)


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
        words = ["post", command] if command in ("new", "import") else words
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

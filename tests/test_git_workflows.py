"""Git as the program's backbone: diff in HR's words, --changed-since, --ref, init, post new, codeowners."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT, SMALL_TRACKS, cli_env, run_cli
from tests.posts import FRAMEWORKS, GOOD, post

BASE = {"careers/tracks.yaml": SMALL_TRACKS, **FRAMEWORKS, "postings/a.md": post(GOOD)}


def kinds(result) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for change in result.json()["changes"]:
        found.setdefault(change["kind"], []).append(change)
    return found


def test_diff_reports_each_kind_of_change(git_repo) -> None:
    repo = git_repo()
    first = repo.commit("base", BASE)
    tracks = (
        SMALL_TRACKS.replace(
            "{id: ic3, title: Senior Engineer, grade: 3}", "{id: senior, title: Senior Engineer, grade: 3}"
        )
        .replace("{id: ic1, title: Engineer I, grade: 1}", "{id: ic1, title: Engineer I, grade: 1, months: 12}")
        .replace("lateral_moves: [product]", "lateral_moves: []")
        + "  design:\n    levels:\n      - {id: designer, title: Designer, grade: 2}\n"
    )
    framework = FRAMEWORKS["careers/engineering/ic2.md"] + "- Writes runbooks for what they own\n"
    repo.commit(
        "change",
        {
            "careers/tracks.yaml": tracks,
            "careers/engineering/ic2.md": framework,
            "postings/a.md": post([*GOOD, "Creates RFCs that receive meaningful async feedback"]),
            "postings/b.md": post(GOOD, role="Second"),
        },
    )
    found = kinds(run_cli("--repo", str(repo.path), "diff", first, "HEAD", "--format", "json"))
    assert found["level-renamed"] == [
        {"kind": "level-renamed", "subject": "engineering/ic3", "before": "ic3", "after": "senior"}
    ]
    assert "level-removed" not in found and "level-added" not in found  # a rename, not remove + add
    assert found["track-added"][0]["subject"] == "design"
    assert found["lateral-closed"][0]["subject"] == "engineering -> product"
    assert found["behaviour-added"][0]["after"] == "Writes runbooks for what they own"
    assert found["requirements-changed"][0]["subject"] == "a"
    assert found["post-opened"][0]["subject"] == "b"
    assert found["level-months"][0]["subject"] == "engineering/ic1"
    lost = {c["subject"] for c in found["route-lost"]}
    assert "engineering/ic1 -> product/pm" in lost
    changed = {c["subject"]: (c["before"], c["after"]) for c in found["route-changed"]}
    assert changed["engineering/ic1 -> engineering/senior"] == (36, 30)  # 18 + 18 before, 12 + 18 after
    markdown = run_cli("--repo", str(repo.path), "diff", first, "HEAD", "--format", "markdown").stdout
    assert markdown.startswith("### Internal mobility program") and "<details>" in markdown
    assert "engineering/ic1 can no longer reach product/pm" in markdown


def test_diff_against_the_working_tree(git_repo) -> None:
    repo = git_repo()
    repo.commit("base", BASE)
    (repo.path / "postings" / "a.md").write_text(post(GOOD).replace("status: open", "status: closed"))
    text = run_cli("--repo", str(repo.path), "diff", "HEAD").stdout
    assert 'post "Backend Engineer" is now closed' in text and "working tree" in text


def test_changed_since_reports_changed_files_and_breakage_elsewhere(git_repo) -> None:
    repo = git_repo()
    broken_before = post(GOOD).replace("{async: 70, sync: 30}", "{async: 70, sync: 20}")
    first = repo.commit("base", {**BASE, "postings/old.md": broken_before})
    (repo.path / "postings" / "new.md").write_text(post(["5+ years of Go", *GOOD]))
    (repo.path / "careers" / "tracks.yaml").write_text(SMALL_TRACKS.replace("id: ic3,", "id: ic9,"))
    result = run_cli(
        "--repo", str(repo.path), "--today", "2026-11-24", "validate", "--changed-since", first, "--format", "json"
    )
    files = {(d["code"], d["file"]) for d in result.json()["diagnostics"]}
    assert ("years-of-experience", "postings/new.md") in files  # in a changed file
    # an error the change caused elsewhere: ic3 is in the last commit and gone now, so it is reported as removed
    assert ("removed-level", "postings/a.md") in files
    assert ("work-style", "postings/old.md") not in files  # an old problem in an untouched file


def test_ref_reads_old_revisions_while_the_tree_is_dirty(git_repo) -> None:
    repo = git_repo()
    first = repo.commit("base", BASE)
    repo.commit("rename", {"careers/tracks.yaml": SMALL_TRACKS.replace("id: ic3,", "id: senior,")})
    (repo.path / "careers" / "tracks.yaml").write_text("career_tracks: [\n")
    path = run_cli("--repo", str(repo.path), "--ref", first, "path", "ic1", "ic3", "--format", "json")
    assert path.code == 0 and path.json()["to"] == "engineering/ic3"
    tracks = run_cli("--repo", str(repo.path), "--ref", "HEAD", "levels", "engineering", "--format", "json")
    assert "senior" in tracks.stdout
    gap = run_cli("--repo", str(repo.path), "--ref", first, "gap", "ic2", "ic3", "--format", "json")
    assert gap.code == 0
    assert run_cli("--repo", str(repo.path), "--ref", first, "validate").code == 0
    assert (repo.path / "careers" / "tracks.yaml").read_text() == "career_tracks: [\n"


def test_init_makes_a_working_repository_and_its_workflow_runs_green(tmp_path: Path) -> None:
    target = tmp_path / "program"
    assert run_cli("init", str(target)).code == 0
    assert run_cli("init", str(target)).code == 2  # not empty: refused
    for rel in (
        ".github/workflows/mobility.yml",
        ".pre-commit-config.yaml",
        ".vscode/settings.json",
        "schemas/tracks.schema.json",
        "mobility.yaml",
    ):
        assert (target / rel).exists(), rel
    subprocess.run(["git", "checkout", "-q", "-b", "change"], cwd=target, check=True)
    (target / "postings" / "second.md").write_text(
        (target / "postings" / "senior-engineer-platform.md").read_text().replace("Platform", "Data")
    )
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@e", "commit", "-qm", "second"], cwd=target, check=True
    )
    shim = tmp_path / "bin" / "mobility"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m mobility_cli "$@"\n')
    shim.chmod(0o755)
    env = cli_env({"PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}", "BASE": "main"})
    workflow = yaml.safe_load((target / ".github" / "workflows" / "mobility.yml").read_text())
    ran = []
    # a pull request's run of the validate job, then main's run of the site job: every `mobility` step in order
    for job, event in (("validate", "pull_request"), ("site", "push")):
        for step in workflow["jobs"][job]["steps"]:
            command, condition = step.get("run", ""), str(step.get("if", ""))
            if not command.startswith("mobility"):
                continue  # setup and install steps belong to GitHub's runners
            if ("== 'pull_request'" in condition) != (event == "pull_request") and condition:
                continue
            # a step's own env, with what configure-pages would give for the site's address
            published = {"${{ steps.pages.outputs.base_url }}": "https://example.github.io/program"}
            step_env = {
                k: published.get(v.removesuffix("/"), v) + "/" * v.endswith("/") for k, v in step.get("env", {}).items()
            }
            step_env = {k: v for k, v in step_env.items() if "${{" not in v}
            result = subprocess.run(
                ["bash", "-c", command], cwd=target, env={**env, **step_env}, capture_output=True, text=True
            )
            assert result.returncode == 0, (command, result.stdout, result.stderr)
            ran.append(command.split()[1])
    assert ran == ["validate", "diff", "render"]
    assert "is now open" in (target / "mobility-diff.md").read_text()
    assert (target / "_site" / "index.html").exists()
    assert "https://example.github.io/program/postings/" in (target / "_site" / "feed.xml").read_text()


def test_post_new_writes_from_the_template_and_never_overwrites(program) -> None:
    root = program()
    args = (
        "--repo",
        str(root),
        "--today",
        "2026-11-24",
        "post",
        "new",
        "--level",
        "ic3",
        "--role",
        "Data Engineer",
        "--team",
        "Data",
    )
    assert run_cli(*args).code == 0
    text = (root / "postings" / "data-engineer.md").read_text()
    assert "internal_until: 2026-12-04" in text and "- Designs systems across teams" in text
    assert run_cli("--repo", str(root), "validate").code == 0
    again = run_cli(*args)
    assert again.code == 2 and "already exists" in again.stderr
    missing = run_cli("--repo", str(root), "post", "new", "--level", "ic3")
    assert missing.code == 2 and "--role" in missing.stderr


def test_codeowners_writes_and_checks_its_own_section(git_repo) -> None:
    repo = git_repo()
    tracks = SMALL_TRACKS.replace("  product:\n", "  product:\n    owners: ['@product-leads']\n")
    repo.commit("base", {**BASE, "careers/tracks.yaml": tracks, ".github/CODEOWNERS": "* @admins\n"})
    assert run_cli("--repo", str(repo.path), "codeowners", "--check").code == 1
    assert run_cli("--repo", str(repo.path), "codeowners").code == 0
    text = (repo.path / ".github" / "CODEOWNERS").read_text()
    assert text.startswith("* @admins\n") and "/careers/product/ @product-leads" in text
    assert run_cli("--repo", str(repo.path), "codeowners", "--check").code == 0


def test_the_project_is_a_pre_commit_hook_repository() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert {h["id"] for h in hooks} == {"mobility-validate", "mobility-lint"}
    assert all(h["entry"].startswith("mobility ") for h in hooks)


def test_the_pull_request_comment_leads_with_the_edits_and_flags_what_does_not_resolve(git_repo) -> None:
    repo = git_repo()
    first = repo.commit("base", BASE)
    tracks = SMALL_TRACKS.replace(
        "{id: ic2, title: Engineer II, grade: 2}", "{id: ic2, title: Engineer II, grade: 2, months: 6}"
    ).replace("  product:\n", "    # design is new\n  product:\n    lateral_moves: [enginering]\n")
    repo.commit("change", {"careers/tracks.yaml": tracks})
    markdown = run_cli("--repo", str(repo.path), "diff", first, "HEAD", "--format", "markdown").stdout
    flagged = markdown.index("**Does not resolve:** lateral moves from product to enginering")
    edits = markdown.index("#### Tracks and levels (1)")
    effects = markdown.index("#### Effect on careers")
    assert flagged < edits < effects, markdown
    assert "did you mean engineering?" in markdown and "are now open" not in markdown
    shown = markdown[effects:].split("<details>")[0]
    assert 1 <= shown.count("\n- ") <= 5
    text = run_cli("--repo", str(repo.path), "diff", first, "HEAD").stdout
    assert text.index("Edits that do not resolve:") < text.index("Tracks and levels:")
    effects = text.split("Effect on careers:")[1]
    assert effects.count("\n  - ") <= 5 and "more (all of them: --format json)" in effects
    narrow = run_cli("--repo", str(repo.path), "diff", first, "HEAD", env={"COLUMNS": "60"}).stdout
    assert all(len(line) <= 60 for line in narrow.splitlines()), narrow
    lines = narrow.splitlines()
    continued = [b for a, b in itertools.pairwise(lines) if a.startswith("  ! ") and b.startswith("    ")]
    assert continued, narrow  # a long unresolved edit continues under its own text

"""`mobility lint` as people and CI use it: the seed's post, configuration, explain, and drift from git."""

from __future__ import annotations

from tests.conftest import SMALL_TRACKS, codes, diagnostics, run_cli
from tests.posts import FRAMEWORKS, GOOD, post

TODAY = ("--today", "2026-11-24")


def test_the_seed_post_shows_what_the_linter_catches() -> None:
    result = run_cli(*TODAY, "lint", "postings/senior-backend-engineer.md", "--format", "json")
    assert result.code == 0  # warnings only
    found = codes(result)
    assert {"years-of-experience", "timezone-preference"} <= set(found)
    years = next(d for d in diagnostics(result) if d["code"] == "years-of-experience")
    assert years["line"] == 28 and years["column"] == 3 and years["file"] == "postings/senior-backend-engineer.md"


def test_the_other_example_posts_lint_clean_of_warnings() -> None:
    result = run_cli(*TODAY, "lint", "--format", "json")
    noisy = {d["file"] for d in diagnostics(result) if d["severity"] != "info"}
    assert noisy == {"postings/senior-backend-engineer.md"}
    assert run_cli(*TODAY, "validate").code == 0


def test_select_ignore_and_configured_severity(program) -> None:
    root = program({"postings/p.md": post(["5+ years of Go", *GOOD])})
    only = run_cli("--repo", str(root), *TODAY, "lint", "--select", "years-of-experience", "--format", "json")
    assert set(codes(only)) == {"years-of-experience"}
    ignored = run_cli("--repo", str(root), *TODAY, "lint", "--ignore", "years-of-experience", "--format", "json")
    assert "years-of-experience" not in codes(ignored)
    (root / "mobility.yaml").write_text("lint:\n  severity: {years-of-experience: error}\n", encoding="utf-8")
    strict = run_cli("--repo", str(root), *TODAY, "lint", "--format", "json")
    assert strict.code == 1 and "years-of-experience" in codes(strict, "error")
    assert run_cli("--repo", str(root), "lint", "--select", "no-such-rule").code == 2


def test_program_phrases_are_rules_too(program) -> None:
    config = "lint:\n  phrases:\n    - {id: banned-phrase, patterns: ['fast[- ]paced'], message: '\"{phrase}\" is banned here'}\n"
    root = program({"mobility.yaml": config, "postings/p.md": post(GOOD, work="- A fast-paced team")})
    (d,) = [
        d
        for d in diagnostics(run_cli("--repo", str(root), *TODAY, "lint", "--format", "json"))
        if d["code"] == "banned-phrase"
    ]
    assert d["message"] == '"fast-paced" is banned here'


def test_explain_and_list() -> None:
    explained = run_cli("lint", "--explain", "years-of-experience")
    assert explained.code == 0 and "Why:" in explained.stdout and "Fix:" in explained.stdout
    assert run_cli("lint", "--explain", "years").code == 2
    listed = run_cli("lint", "--list").stdout
    assert "undisclosed-criterion" in listed and "gendered-wording" in listed


def test_requirement_drift_from_git_history(git_repo) -> None:
    repo = git_repo()
    files = {"careers/tracks.yaml": SMALL_TRACKS, **FRAMEWORKS}
    draft = post(GOOD).replace("status: open", "status: draft")
    repo.commit("draft", {**files, "postings/p.md": draft})
    repo.commit("edit while draft", {"postings/p.md": draft.replace(GOOD[1], "Mentors junior engineers")})
    opened = post(GOOD)
    repo.commit("open it", {"postings/p.md": opened})
    clean = run_cli("--repo", str(repo.path), *TODAY, "lint", "--format", "json")
    assert "requirement-drift" not in codes(clean)
    changed = opened.replace(f"- {GOOD[1]}\n", f"- {GOOD[1]}\n- Creates RFCs that receive meaningful async feedback\n")
    sha = repo.commit("raise the bar", {"postings/p.md": changed})
    result = run_cli("--repo", str(repo.path), *TODAY, "lint", "--format", "json")
    (d,) = [d for d in diagnostics(result) if d["code"] == "requirement-drift"]
    assert "Creates RFCs" in d["message"] and sha[:10] in d["message"]
    validate = run_cli("--repo", str(repo.path), *TODAY, "validate", "--format", "json")
    assert "requirement-drift" in codes(validate)

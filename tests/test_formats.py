"""Output formats of diagnostics (text, JSON, GitHub annotations, SARIF) and exit codes."""

from __future__ import annotations

import json

from conftest import SMALL_TRACKS, run_cli

BROKEN = SMALL_TRACKS.replace("lateral_moves: [product]", "lateral_moves: [prodcut, design]")


def test_text_is_grouped_by_file_with_locations(program):
    root = program({"careers/tracks.yaml": BROKEN, "postings/p.md": "---\nrole: X\nstatus: opne\n---\n"})
    result = run_cli("--repo", str(root), "validate")
    assert result.code == 1
    lines = result.stdout.splitlines()
    assert (
        'careers/tracks.yaml:7:21: error unresolved-reference lateral move from "engineering" to "prodcut", which is not a defined track'
        in lines
    )
    assert any(line.startswith("postings/p.md:3:9: error schema") for line in lines)
    assert "" in lines  # files are separated
    # 2 reference errors, 1 schema error, and the posting rules: 3 missing sections, no work style
    assert lines[-1] == "7 errors, 0 warnings, 0 infos in 8 files"
    assert "\x1b[" not in result.stdout  # no colour codes in a pipe


def test_json_shape_is_exactly_the_contract(program):
    result = run_cli("--repo", str(program({"careers/tracks.yaml": BROKEN})), "validate", "--format", "json")
    data = result.json()
    assert set(data) == {"diagnostics", "summary"}
    assert set(data["summary"]) == {"errors", "warnings", "infos", "files"}
    first = data["diagnostics"][0]
    assert list(first) == ["code", "severity", "message", "file", "line", "column", "pointer", "hint"]
    assert first["pointer"] == "/career_tracks/engineering/lateral_moves/0"


def test_github_annotations_and_step_summary(program, tmp_path):
    summary = tmp_path / "summary.md"
    root = program({"careers/tracks.yaml": BROKEN})
    result = run_cli(
        "--repo", str(root), "validate", env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert result.code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("::error file=careers/tracks.yaml,line=7,col=21,title=mobility unresolved-reference::")
    assert "%0A%0Ahint: did you mean" in first  # newlines escaped inside the message
    text = summary.read_text()
    assert "| Location | Severity | Code | Message |" in text and "`careers/tracks.yaml:7`" in text


def test_github_escapes_properties():
    from mobility_cli.diagnostics import Diagnostic, Severity
    from mobility_cli.formats.github import annotation

    d = Diagnostic("schema", Severity.WARNING, "50% off\nnow", "a,b:c.yaml", 1, 2)
    assert annotation(d) == "::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=mobility schema::50%25 off%0Anow"


def test_sarif_is_valid_2_1_0(program):
    result = run_cli("--repo", str(program({"careers/tracks.yaml": BROKEN})), "validate", "--format", "sarif")
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["unresolved-reference"]
    assert rules[0]["shortDescription"]["text"] and rules[0]["help"]["text"]
    location = run["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "careers/tracks.yaml"
    assert location["region"] == {"startLine": 7, "startColumn": 21}
    assert run["results"][0]["level"] == "error"


def test_sarif_uris_are_relative_to_the_git_repository(git_repo, program):
    repo = git_repo()
    repo.write({"hr/program/mobility.yaml": "name: X\n", "hr/program/careers/tracks.yaml": BROKEN})
    repo.commit("program in a subfolder")
    result = run_cli("--repo", str(repo.path / "hr" / "program"), "validate", "--format", "sarif")
    uri = json.loads(result.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "hr/program/careers/tracks.yaml"


def test_strict_turns_warnings_into_failure(program):
    root = program({"careers/product/pm.md": None})
    assert run_cli("--repo", str(root), "validate").code == 0
    assert run_cli("--repo", str(root), "validate", "--strict").code == 1


def test_usage_errors_exit_2_without_traceback(program):
    root = program()
    bad_format = run_cli("--repo", str(root), "validate", "--format", "xml")
    assert bad_format.code == 2 and "Traceback" not in bad_format.stderr
    missing = run_cli("--repo", str(root / "nowhere"), "validate")
    assert missing.code == 2 and "no such directory" in missing.stderr and "Traceback" not in missing.stderr


def test_strict_does_not_fail_on_infos(program):
    """Infos are advice (a gender-coded word or two): --strict fails on warnings, never on infos alone."""
    from tests.posts import FRAMEWORKS, GOOD, post

    root = program({"postings/a.md": post(GOOD, work="- An ambitious and assertive reviewer\n"), **FRAMEWORKS})
    result = run_cli("--repo", str(root), "--today", "2026-11-24", "validate", "--strict", "--format", "json")
    severities = {d["severity"] for d in result.json()["diagnostics"]}
    assert severities == {"info"} and result.code == 0

"""The stages from files to the model: positions in the model, one place for repeated ids, references on the
program alone, the post header read before the schema check, and a cache key that covers the tool's code.
Also the behaviours that had no test: lateral `map:`, mentoring weights and `board --team`."""

from __future__ import annotations

import shutil
from pathlib import Path

from mobility_cli.cache import code_digest
from mobility_cli.load import load_program
from mobility_cli.resources import default_program_root, schemas_dir
from mobility_cli.source import WorkTreeSource
from tests.conftest import ROOT, SMALL_TRACKS, codes, diagnostics, run_cli

POST = """---
role: Backend Engineer
team: Platform
track: engineering
level: ic3
work_style: {async: 70, sync: 30}
status: draft
---
### What We're Looking For
- Designs systems across teams
"""


def validate(root: Path) -> list[dict]:
    return diagnostics(run_cli("--repo", str(root), "--today", "2026-11-20", "validate", "--format", "json"))


def test_every_model_object_knows_where_it_was_written() -> None:
    program = load_program(WorkTreeSource(default_program_root())).program
    level = program.level("engineering/ic3")
    assert level is not None and level.origin.file == "careers/seed-tracks.yaml"
    line, column = level.origin.position() or (0, 0)
    text = (default_program_root() / level.origin.file).read_text(encoding="utf-8").split("\n")
    assert "ic3" in text[line - 1][column - 1 :]
    post = program.postings["senior-backend-engineer"]
    assert post.origin.written("/role") and post.origin.at("/role").position()
    mentor = next(iter(program.mentors.values()))
    assert mentor.origin.at("/timezone").position() is not None
    framework = program.frameworks["engineering/ic3"]
    assert framework.origin.file == "careers/engineering/ic3.md"
    record = program.moves.records[0]
    assert record.origin.pointer.startswith("/moves/") and record.origin.position() is not None


def test_a_bold_key_header_is_checked_by_the_schema_at_its_line(program) -> None:
    header = POST.replace("status: draft\n", "") + "\n**Status**: opne\n"
    header = header.replace("### What We're Looking For", "**Status**: opne\n\n### What We're Looking For")
    root = program({"postings/p.md": header})
    found = [d for d in validate(root) if d["code"] == "schema" and d["file"] == "postings/p.md"]
    assert found and found[0]["pointer"] == "/status"
    assert found[0]["line"] == header.split("\n").index("**Status**: opne") + 1


def test_an_invalid_post_id_is_invalid_id_not_schema(program) -> None:
    root = program({"postings/Bad_Name.md": POST})
    found = [d for d in validate(root) if d["file"] == "postings/Bad_Name.md" and d["severity"] == "error"]
    assert [d["code"] for d in found] == ["invalid-id"]
    assert "file name" in found[0]["message"]


def test_repeated_ids_of_every_kind_are_one_code_from_one_place(program) -> None:
    mentor = "id: pat\nname: Pat\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Berlin\n"
    root = program(
        {
            "postings/a.md": POST.replace("role:", "id: same\nrole:"),
            "postings/b.md": POST.replace("role:", "id: same\nrole:"),
            "mentors/a.yaml": mentor,
            "mentors/b.yaml": mentor,
        }
    )
    found = [d for d in validate(root) if d["code"] == "duplicate-id"]
    assert sorted(d["file"] for d in found) == ["mentors/b.yaml", "postings/b.md"]
    assert all("already defined at" in d["message"] for d in found)


def test_did_you_mean_is_said_once(program) -> None:
    moves = (
        "moves:\n  - {person: p-0001, date: 2026-03-01, kind: promotion, posting: backend-enginer,"
        " from: {level: engineering/ic1}, to: {level: engineering/ic2}}\n"
    )
    root = program({"postings/backend-engineer.md": POST, "moves/2026.yaml": moves})
    (found,) = [d for d in validate(root) if d["file"] == "moves/2026.yaml"]
    assert found["hint"] == 'did you mean "backend-engineer"?'


def test_references_are_checked_on_the_program_with_positions(program) -> None:
    tracks = SMALL_TRACKS.replace("lateral_moves: [product]", "lateral_moves: [prodcut]")
    root = program({"careers/tracks.yaml": tracks})
    (found,) = [d for d in validate(root) if d["code"] == "unresolved-reference"]
    line = tracks.split("\n").index("    lateral_moves: [prodcut]") + 1
    assert (found["file"], found["line"], found["pointer"]) == (
        "careers/tracks.yaml",
        line,
        "/career_tracks/engineering/lateral_moves/0",
    )
    assert '"product"' in found["hint"]


def test_a_lateral_map_moves_only_the_levels_it_names(program) -> None:
    tracks = SMALL_TRACKS.replace("lateral_moves: [product]", "lateral_moves: [{to: product, map: {ic3: pm}}]")
    root = program({"careers/tracks.yaml": tracks})
    assert not [d for d in validate(root) if d["severity"] == "error"]
    route = run_cli("--repo", str(root), "path", "ic3", "pm", "--format", "json").json()
    assert [(s["from"], s["to"], s["kind"]) for s in route["steps"]] == [("engineering/ic3", "product/pm", "lateral")]
    assert run_cli("--repo", str(root), "path", "ic2", "product/pm", "--format", "json").json()["steps"][0]["to"] == (
        "engineering/ic3"
    )
    broken = tracks.replace("map: {ic3: pm}", "map: {ic9: pm, ic3: pmm}")
    found = [d for d in validate(program({"careers/tracks.yaml": broken})) if d["code"] == "unresolved-reference"]
    assert sorted(d["message"] for d in found) == [
        'the map lands on "pmm", which is not a level of "product"',
        'the map names "ic9", which is not a level of "engineering"',
    ]


def test_mentoring_weights_change_the_ranking(tmp_path: Path) -> None:
    root = tmp_path / "program"
    shutil.copytree(default_program_root(), root, ignore=shutil.ignore_patterns("postings", "moves"))
    ask = ["suggest", "--current", "engineering/ic3", "--target", "engineering-manager/em1", "--timezone"]
    ask += ["Asia/Tokyo", "--format", "json"]

    def ranking() -> list[str]:
        result = run_cli("--repo", str(root), "mentors", *ask)
        return [s["mentor"] for s in result.json()["suggestions"]]

    default = ranking()
    settings = (root / "mobility.yaml").read_text(encoding="utf-8")
    weights = "mentoring:\n  weights: {experience: 0, overlap: 1, success: 0, capacity: 0}\n"
    (root / "mobility.yaml").write_text(settings + weights, encoding="utf-8")
    by_overlap = ranking()
    assert by_overlap != default
    overlaps = {
        s["mentor"]: s["overlap_hours"] for s in run_cli("--repo", str(root), "mentors", *ask).json()["suggestions"]
    }
    assert [overlaps[m] for m in by_overlap] == sorted(overlaps.values(), reverse=True)


def test_board_team_filters_posts() -> None:
    everything = run_cli("--today", "2026-11-20", "board", "--format", "json").json()
    teams = {row["team"] for row in everything}
    team = sorted(t for t in teams if t)[0]
    only = run_cli("--today", "2026-11-20", "board", "--team", team, "--format", "json").json()
    assert only and {row["team"] for row in only} == {team}
    assert len(only) < len(everything)


def test_board_format_is_a_checked_choice() -> None:
    result = run_cli("board", "--format", "xml")
    assert result.code == 2 and "xml" in result.stderr


def test_the_cache_key_changes_when_a_rule_changes(tmp_path: Path) -> None:
    package = tmp_path / "mobility_cli"
    shutil.copytree(ROOT / "mobility_cli", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_digest(package, schemas_dir())
    catalogue = package / "features" / "lint" / "rules" / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text(encoding="utf-8") + "\n# a new phrase\n", encoding="utf-8")
    after_catalogue = code_digest(package, schemas_dir())
    rule = package / "features" / "lint" / "rules" / "policy_rules.py"
    rule.write_text(rule.read_text(encoding="utf-8").replace("max_open_days", "max_open_days "), encoding="utf-8")
    after_rule = code_digest(package, schemas_dir())
    assert len({before, after_catalogue, after_rule}) == 3


def test_settings_are_in_the_cache_key(program) -> None:
    root = program({"postings/p.md": POST.replace("status: draft", "status: open") + "- We want a rockstar\n"})
    assert "jargon-hype" in codes(run_cli("--repo", str(root), "validate", "--format", "json"))
    (root / "mobility.yaml").write_text("name: T\nlint:\n  ignore: [jargon-hype]\n", encoding="utf-8")
    assert "jargon-hype" not in codes(run_cli("--repo", str(root), "validate", "--format", "json"))

"""`mobility validate`: each diagnostic code fires on a real file that has the problem, and not on a near miss."""

from __future__ import annotations

from pathlib import Path

from conftest import SMALL_TRACKS, diagnostics, framework, run_cli

SEED_TRACKS = Path(__file__).resolve().parent / "fixtures" / "seed-career-tracks.yaml"


def validate(root: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("--repo", str(root), "validate", "--format", "json", *args)
    assert result.code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    return diagnostics(result)


def only(found: list[dict[str, object]], code: str) -> list[dict[str, object]]:
    return [d for d in found if d["code"] == code]


def test_small_program_is_clean(program):
    result = run_cli("--repo", str(program()), "validate", "--format", "json")
    assert result.code == 0, result.stdout
    assert result.json() == {"diagnostics": [], "summary": {"errors": 0, "warnings": 0, "infos": 0, "files": 7}}


def test_default_program_validates(cli):
    result = cli("validate", "--format", "json")
    assert result.code == 0, result.stdout
    assert result.json()["summary"]["errors"] == 0


def test_yaml_syntax_has_line_and_column(program):
    found = validate(program({"careers/tracks.yaml": SMALL_TRACKS + "  broken: [a, b\n"}))
    (d,) = only(found, "yaml-syntax")
    # At the bracket that is never closed (line 12), not where the parser gave up (the end of the file).
    assert d["file"] == "careers/tracks.yaml" and d["line"] == 12 and d["column"] == 11
    assert "never closed" in d["message"]
    assert not only(validate(program({"careers/tracks.yaml": SMALL_TRACKS})), "yaml-syntax")


def test_duplicate_key(program):
    text = SMALL_TRACKS.replace(
        "    lateral_moves: [product]\n", "    lateral_moves: [product]\n    lateral_moves: []\n"
    )
    (d,) = only(validate(program({"careers/tracks.yaml": text})), "duplicate-key")
    assert d["line"] == 8 and d["column"] == 5 and "lateral_moves" in str(d["message"])
    near = SMALL_TRACKS.replace("    lateral_moves: [product]\n", "    lateral_moves: [product]\n    name: Eng\n")
    assert not only(validate(program({"careers/tracks.yaml": near})), "duplicate-key")


def test_schema_error_names_field_and_position(program):
    text = SMALL_TRACKS.replace("{id: ic2, title: Engineer II, grade: 2}", "{id: ic2, titel: Engineer II, grade: two}")
    found = only(validate(program({"careers/tracks.yaml": text})), "schema")
    messages = {str(d["message"]): d for d in found}
    unknown = next(d for m, d in messages.items() if "titel" in m)
    assert unknown["hint"] == "did you mean `title`?" and unknown["line"] == 5
    grade = next(d for m, d in messages.items() if "grade" in m)
    assert grade["pointer"] == "/career_tracks/engineering/levels/1/grade" and "whole number" in str(grade["message"])
    assert not only(validate(program()), "schema")


def test_schema_error_in_posting_front_matter(program):
    post = "---\nrole: Engineer\nstatus: opne\n---\n### What We're Looking For\n- x\n"
    (d,) = only(validate(program({"postings/p.md": post})), "schema")
    assert d["line"] == 3 and d["hint"] == "did you mean `open`?"


def test_implicit_type_boolean_and_number(program):
    text = SMALL_TRACKS.replace("lateral_moves: [product]", "lateral_moves: [no]")
    (d,) = only(validate(program({"careers/tracks.yaml": text})), "implicit-type")
    assert d["line"] == 7 and d["hint"] == 'put it in quotes: "no"'
    quoted = SMALL_TRACKS.replace("lateral_moves: [product]", 'lateral_moves: ["no"]')
    assert not only(validate(program({"careers/tracks.yaml": quoted})), "implicit-type")


def test_implicit_type_date_where_text_is_meant(program):
    post = "---\nrole: 2026-11-01\nopened: 2026-11-01\n---\n"
    found = validate(program({"postings/p.md": post}))
    (d,) = only(found, "implicit-type")
    assert d["pointer"] == "/role"


def test_unresolved_reference_with_suggestion(program):
    text = SMALL_TRACKS.replace("lateral_moves: [product]", "lateral_moves: [prodcut]")
    (d,) = only(validate(program({"careers/tracks.yaml": text})), "unresolved-reference")
    assert d["line"] == 7 and "prodcut" in str(d["message"]) and '"product"' in str(d["hint"])


def test_unresolved_reference_in_posting_and_framework(program):
    post = "---\nrole: Engineer\ntrack: engineering\nlevel: ic9\n---\n"
    found = validate(program({"postings/p.md": post, "careers/engineering/ic9.md": framework("X")}))
    refs = only(found, "unresolved-reference")
    assert {d["file"] for d in refs} == {"postings/p.md", "careers/engineering/ic9.md"}
    post_ok = "---\nrole: Engineer\nlevel: ic2\n---\n"
    fixed = program({"postings/p.md": post_ok})
    assert not only(validate(fixed), "unresolved-reference")


def test_duplicate_ids(program):
    text = SMALL_TRACKS.replace(
        "      - {id: ic3, title: Senior Engineer, grade: 3}\n",
        "      - {id: ic3, title: Senior Engineer, grade: 3}\n      - {id: ic2, grade: 4}\n",
    )
    again = "career_tracks:\n  product:\n    levels: [x]\n"
    found = only(validate(program({"careers/tracks.yaml": text, "careers/more.yaml": again})), "duplicate-id")
    assert len(found) == 2
    assert {d["file"] for d in found} == {"careers/tracks.yaml"}  # more.yaml is read first
    posts = {"postings/a.md": "---\nid: same\nrole: A\n---\n", "postings/b.md": "---\nid: same\nrole: B\n---\n"}
    assert len(only(validate(program(posts)), "duplicate-id")) == 1
    posts["postings/b.md"] = "---\nid: other\nrole: B\n---\n"
    assert not only(validate(program(posts)), "duplicate-id")


def test_grade_order(program):
    text = SMALL_TRACKS.replace(
        "{id: ic3, title: Senior Engineer, grade: 3}", "{id: ic3, title: Senior Engineer, grade: 1}"
    )
    (d,) = only(validate(program({"careers/tracks.yaml": text})), "grade-order")
    assert d["line"] == 6 and d["pointer"].endswith("/levels/2/grade")
    same = SMALL_TRACKS.replace(
        "{id: ic3, title: Senior Engineer, grade: 3}", "{id: ic3, title: Senior Engineer, grade: 2}"
    )
    assert not only(validate(program({"careers/tracks.yaml": same})), "grade-order")


def test_missing_framework_is_a_warning(program):
    root = program({"careers/engineering/ic3.md": None})
    result = run_cli("--repo", str(root), "validate", "--format", "json")
    assert result.code == 0
    (d,) = only(diagnostics(result), "missing-framework")
    assert d["severity"] == "warning" and "engineering/ic3" in str(d["message"]) and d["line"] == 6
    assert run_cli("--repo", str(root), "validate", "--strict").code == 1


def test_seed_tracks_pasted_alone_give_one_error_per_undefined_target(tmp_path):
    block = SEED_TRACKS.read_text(encoding="utf-8")  # the seed's YAML, copied verbatim
    (tmp_path / "careers").mkdir()
    (tmp_path / "careers" / "tracks.yaml").write_text(block, encoding="utf-8")
    result = run_cli("--repo", str(tmp_path), "validate", "--format", "json")
    assert result.code == 1
    errors = [d for d in diagnostics(result) if d["severity"] == "error"]
    assert {d["code"] for d in errors} == {"unresolved-reference"}
    targets = {
        "engineering-manager",
        "technical-product-manager",
        "developer-advocate",
        "design",
        "data-science",
        "sales",
        "customer-success",
    }
    assert len(errors) == len(targets)
    assert len({d["line"] for d in errors}) == len(targets)
    assert all(any(f'"{t}"' in str(d["message"]) for d in errors) for t in targets)


def test_paths_filter_reports(program):
    root = program(
        {
            "postings/p.md": "---\nrole: X\nstatus: nope\n---\n",
            "careers/extra.yaml": "career_tracks:\n  ops:\n    levels: [a]\n    lateral_moves: [nowhere]\n",
        }
    )
    only_posts = run_cli("--repo", str(root), "validate", "--format", "json", str(root / "postings"))
    assert {d["file"] for d in diagnostics(only_posts)} == {"postings/p.md"}
    missing = run_cli("--repo", str(root), "validate", str(root / "nope"))
    assert missing.code == 2 and "no such file" in missing.stderr

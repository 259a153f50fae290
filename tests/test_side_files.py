"""Files given on the command line (a cohort, confirmed pairs, a mentee's request) are read as program files are:
every problem a finding at the file as given, its line and column, with a stable code and a hint; exit 1 for
findings, 2 for a file that cannot be read or is not YAML or JSON; never a silent "0 of 0"."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mobility_cli.application import mentors
from mobility_cli.diagnostics import Diagnostic
from mobility_cli.load import load_program
from mobility_cli.model import Program
from mobility_cli.resources import load_schema
from mobility_cli.source import WorkTreeSource
from tests.conftest import ROOT, run_cli

TODAY = date(2026, 11, 24)
MENTEE = "  - {id: p-1, current: engineering/ic2, target: engineering/ic3, timezone: Europe/Berlin}\n"


@pytest.fixture(scope="module")
def program() -> Program:
    """The example program this repository is (its mentors: priya-raman, amara-okafor, ...)."""
    return load_program(WorkTreeSource(ROOT)).program


def rejected(result: object) -> mentors.Rejected:
    assert isinstance(result, mentors.Rejected), result
    return result


def found(result: object) -> list[tuple[int | None, int | None, str]]:
    return [(d.line, d.column, d.code) for d in rejected(result).findings.sorted()]


def only(result: object, file: Path) -> Diagnostic:
    """The one finding of a rejected file, which names the file as it was given."""
    diagnostics = rejected(result).findings.sorted()
    assert len(diagnostics) == 1, diagnostics
    assert diagnostics[0].file == str(file) and diagnostics[0].hint
    return diagnostics[0]


def match(program: Program, tmp_path: Path, text: str | bytes, name: str = "cohort.yaml") -> object:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return mentors.match(program, path, TODAY)


# The four reported cases


def test_a_repeated_mentees_key_is_a_finding_not_0_of_0(program: Program, tmp_path: Path) -> None:
    result = match(program, tmp_path, f"mentees:\n{MENTEE}mentees:\n")
    assert found(result) == [(3, 1, "duplicate-key"), (3, 9, "schema")]
    assert "first at line 1" in rejected(result).findings.sorted()[0].message
    assert rejected(result).exit_code == 1
    assert all(d.file == str(tmp_path / "cohort.yaml") for d in rejected(result).findings.diagnostics)


def test_an_unknown_time_zone_is_named_at_its_line(program: Program, tmp_path: Path) -> None:
    text = (
        "mentees:\n  - id: p-1\n    current: engineering/ic2\n    target: engineering/ic3\n    timezone: Europe/Berln\n"
    )
    d = only(match(program, tmp_path, text), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (5, 15, "unknown-timezone")
    assert d.message == '"Europe/Berln" is not a time zone' and '"Europe/Berlin"' in (d.hint or "")


def test_bad_working_hours_are_named_at_their_line(program: Program, tmp_path: Path) -> None:
    text = 'mentees:\n  - id: p-1\n    current: ic2\n    target: ic3\n    timezone: UTC\n    working_hours: "9-17"\n'
    d = only(match(program, tmp_path, text), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (6, 20, "invalid-hours")
    assert "HH:MM-HH:MM" in (d.hint or "")


def test_a_mentee_without_a_time_zone_is_a_schema_finding(program: Program, tmp_path: Path) -> None:
    text = "mentees:\n  - id: p-1\n    current: engineering/ic2\n    target: engineering/ic3\n"
    d = only(match(program, tmp_path, text), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (2, 5, "schema")
    assert d.message == "`mentees.0` is missing the required field `timezone`"
    assert rejected(match(program, tmp_path, text)).exit_code == 1


# Variants of each class


def test_a_repeated_key_inside_one_mentee(program: Program, tmp_path: Path) -> None:
    text = f"mentees:\n{MENTEE}  - id: p-2\n    current: ic2\n    target: ic3\n    timezone: UTC\n    id: p-3\n"
    d = only(match(program, tmp_path, text), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (7, 5, "duplicate-key")


def test_a_mentee_twice_is_a_duplicate_id(program: Program, tmp_path: Path) -> None:
    d = only(match(program, tmp_path, f"mentees:\n{MENTEE}{MENTEE}"), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (3, MENTEE.index("p-1") + 1, "duplicate-id")
    assert "cohort.yaml:2" in d.message


@pytest.mark.parametrize(
    ("zone", "meant"),
    [("europe/berlin", "Europe/Berlin"), ("Lagos", "Africa/Lagos"), ("Asia/Calcuta", "Asia/Kolkata")],
)
def test_a_zone_in_another_case_or_a_city_is_reported_with_the_zone_meant(
    program: Program, tmp_path: Path, zone: str, meant: str
) -> None:
    d = only(match(program, tmp_path, f"mentees:\n{MENTEE.replace('Europe/Berlin', zone)}"), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (2, MENTEE.index("Europe/Berlin") + 1, "unknown-timezone")
    assert f'"{meant}"' in (d.hint or "")


@pytest.mark.parametrize("hours", ["9-17", "25:00-26:00", "09:00-09:00", "09:00-24:30", ""])
def test_hours_that_are_no_span(program: Program, tmp_path: Path, hours: str) -> None:
    text = (
        f"mentees:\n  - id: p-1\n    current: ic2\n    target: ic3\n    timezone: UTC\n    working_hours: '{hours}'\n"
    )
    d = only(match(program, tmp_path, text), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (6, 20, "invalid-hours")


def test_hours_that_are_not_text_are_a_schema_finding(program: Program, tmp_path: Path) -> None:
    text = "mentees:\n  - id: p-1\n    current: ic2\n    target: ic3\n    timezone: UTC\n    working_hours: 9\n"
    assert found(match(program, tmp_path, text)) == [(6, 20, "implicit-type")]


@pytest.mark.parametrize(
    ("level", "message", "hint"),
    [
        ("engineering/ic9", '"ic9" is not a level of "engineering"', '"ic3"'),
        ("Senior Engineer", '"Senior Engineer" is not a defined level', 'did you mean "engineering/ic3"?'),
        ("Engineering/IC3", '"Engineering" is not a defined track', 'did you mean "engineering/ic3"?'),
        ("enginering/ic3", '"enginering" is not a defined track', '"engineering"'),
    ],
)
def test_levels_must_be_the_programs(program: Program, tmp_path: Path, level: str, message: str, hint: str) -> None:
    text = f"mentees:\n  - id: p-1\n    current: ic2\n    target: {level}\n    timezone: UTC\n"
    d = only(match(program, tmp_path, text), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code, d.message) == (4, 13, "unresolved-reference", message)
    assert hint in (d.hint or "")


def test_an_unknown_field_gets_the_field_meant(program: Program, tmp_path: Path) -> None:
    text = f"mentees:\n{MENTEE[:-2]}, timezon: UTC}}\n"
    d = only(match(program, tmp_path, text), tmp_path / "cohort.yaml")
    assert d.code == "schema" and d.line == 2 and d.hint == "did you mean `timezone`?"


def test_a_value_yaml_versions_disagree_on_is_a_warning_and_the_cohort_is_matched(
    program: Program, tmp_path: Path
) -> None:
    result = match(program, tmp_path, f"mentees:\n{MENTEE[:-2]}, opt_in: yes}}\n")
    assert isinstance(result, mentors.Matched)
    assert [(d.line, d.code) for d in result.warnings] == [(2, "yaml-version")]
    assert [a.mentee.id for a in result.assignments] == ["p-1"]


def test_the_example_cohort_is_matched(program: Program) -> None:
    result = mentors.match(program, ROOT / "examples" / "cohort-2027-q1.yaml", TODAY)
    assert isinstance(result, mentors.Matched) and not result.warnings
    assert len(result.assignments) == 11 and sum(1 for a in result.assignments if a.suggestion) == 10


# Files that are no YAML or JSON, or no cohort at all


def test_a_file_in_windows_1252_cannot_be_read(program: Program, tmp_path: Path) -> None:
    result = match(program, tmp_path, "mentees:\n  - id: Zoé\n".encode("cp1252"))
    d = only(result, tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (2, 11, "encoding")
    assert rejected(result).exit_code == 2


def test_an_empty_file_is_a_cohort_without_mentees(program: Program, tmp_path: Path) -> None:
    result = match(program, tmp_path, "")
    d = only(result, tmp_path / "cohort.yaml")
    assert (d.code, d.message) == ("schema", "the document is missing the required field `mentees`")
    assert rejected(result).exit_code == 1


def test_an_empty_list_of_mentees_is_a_finding(program: Program, tmp_path: Path) -> None:
    d = only(match(program, tmp_path, "mentees: []\n"), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code, d.message) == (1, 10, "schema", "`mentees` should not be empty")


def test_a_list_at_the_top_level(program: Program, tmp_path: Path) -> None:
    d = only(match(program, tmp_path, MENTEE), tmp_path / "cohort.yaml")
    assert (d.line, d.column, d.code) == (1, 3, "schema")
    assert d.message == "the document should be a mapping of fields, not a list"


def test_a_yaml_syntax_error(program: Program, tmp_path: Path) -> None:
    result = match(program, tmp_path, "mentees:\n  - {id: p-1, current: ic2\n")
    assert found(result) == [(2, 5, "yaml-syntax")] and rejected(result).exit_code == 2


def test_a_missing_file_or_a_folder(program: Program, tmp_path: Path) -> None:
    for path in (tmp_path / "nowhere.yaml", tmp_path):
        result = mentors.match(program, path, TODAY)
        d = only(result, path)
        assert d.code == "unreadable" and d.line is None and rejected(result).exit_code == 2


def test_a_file_over_the_size_limit(program: Program, tmp_path: Path) -> None:
    result = match(program, tmp_path, "#" * (program.settings.max_file_bytes + 1))
    assert only(result, tmp_path / "cohort.yaml").code == "file-too-large" and rejected(result).exit_code == 2


# Pairs files


def pairs_text(program: Program) -> str:
    """The pairs of the example cohort, as `mentors match --format json` writes them."""
    from mobility_cli.formats.mentoring_formats import match_json

    matched = mentors.match(program, ROOT / "examples" / "cohort-2027-q1.yaml", TODAY)
    assert isinstance(matched, mentors.Matched)
    return match_json(matched.assignments)


def confirm(program: Program, tmp_path: Path, text: str, name: str = "pairs.json") -> object:
    path = tmp_path / name
    path.write_text(text)
    return mentors.confirm(program, path, date(2027, 1, 4))


PAIR = '{"mentee": "p-1", "mentor": "priya-raman", "timezone": "Europe/Berlin", "working_hours": "09:00-17:00"}'


def test_pairs_as_match_writes_them_are_scheduled(program: Program, tmp_path: Path) -> None:
    result = confirm(program, tmp_path, pairs_text(program))
    assert isinstance(result, mentors.Scheduled)
    assert len(result.pairs) == 10 and all(len(found) == 3 for _, _, found in result.pairs)


def test_a_pairs_file_with_an_unknown_mentor(program: Program, tmp_path: Path) -> None:
    text = '{\n  "pairs": [\n    ' + PAIR.replace("priya-raman", "priya-ramen") + "\n  ]\n}\n"
    d = only(confirm(program, tmp_path, text), tmp_path / "pairs.json")
    assert (d.line, d.column, d.code) == (3, 5 + PAIR.index('"priya-raman"'), "unresolved-reference")
    assert d.message == '"priya-ramen" is not a mentor of the program' and '"priya-raman"' in (d.hint or "")


def test_a_pairs_file_with_a_bad_zone_and_a_mentee_twice(program: Program, tmp_path: Path) -> None:
    text = "pairs:\n  - " + PAIR + "\n  - " + PAIR.replace("Europe/Berlin", "Berlin") + "\n"
    assert found(confirm(program, tmp_path, text, "pairs.yaml")) == [
        (3, 5 + PAIR.index('"p-1"'), "duplicate-id"),
        (3, 5 + PAIR.index('"Europe/Berlin"'), "unknown-timezone"),
    ]


def test_a_json_pairs_file_with_a_syntax_error_in_jsons_words(program: Program, tmp_path: Path) -> None:
    text = '{\n  "pairs": [\n    ' + PAIR + "\n    " + PAIR + "\n  ]\n}\n"
    result = confirm(program, tmp_path, text)
    d = only(result, tmp_path / "pairs.json")
    assert (d.line, d.column, d.code, d.message) == (4, 5, "yaml-syntax", "invalid JSON: expecting ',' delimiter")
    assert d.source == "    " + PAIR and rejected(result).exit_code == 2


def test_json_is_read_as_yaml_for_repeated_keys_and_positions(program: Program, tmp_path: Path) -> None:
    text = '{"pairs": [' + PAIR.replace('"mentee": "p-1"', '"mentee": "p-1", "mentee": "p-2"') + "]}"
    assert found(confirm(program, tmp_path, text)) == [(1, 1 + text.index('"mentee": "p-2"'), "duplicate-key")]
    trailing = '{"pairs": [' + PAIR + ",]}"  # YAML would take it; JSON does not
    assert found(confirm(program, tmp_path, trailing)) == [(1, 1 + trailing.index("]}"), "yaml-syntax")]


def test_an_empty_json_file_is_not_json(program: Program, tmp_path: Path) -> None:
    d = only(confirm(program, tmp_path, ""), tmp_path / "pairs.json")
    assert (d.code, d.message) == ("yaml-syntax", "invalid JSON: the file is empty")


def test_no_pairs_is_a_finding_not_an_empty_calendar(program: Program, tmp_path: Path) -> None:
    d = only(confirm(program, tmp_path, '{"pairs": [], "unmatched": []}'), tmp_path / "pairs.json")
    assert (d.code, d.message) == ("schema", "`pairs` should not be empty")


# Mentee files (suggest --mentee)


def test_a_mentee_file_is_checked_like_a_cohort(program: Program, tmp_path: Path) -> None:
    path = tmp_path / "me.yaml"
    path.write_text("id: you\ncurrent: ic2\ntarget: engineering/ic3\ntimezone: Europe/Berlin\nworking_hours: '9-5'\n")
    result = mentors.suggest(program, mentors.SuggestRequest(mentee_file=path), TODAY)
    assert found(result) == [(5, 16, "invalid-hours")]
    path.write_text("id: you\ncurrent: ic2\ntarget: engineering/ic3\ntimezone: Europe/Berlin\n")
    good = mentors.suggest(program, mentors.SuggestRequest(mentee_file=path, top=2), TODAY)
    assert isinstance(good, mentors.Suggested) and good.mentee.target.key == "engineering/ic3"
    assert len(good.suggestions) == 2


def test_the_cohort_schema_holds_the_mentee_schema() -> None:
    """A cohort's entries and a mentee file are one shape: the two schemas cannot drift apart."""
    mentee = {
        k: v for k, v in load_schema("mentee").items() if not k.startswith("$") and k not in ("title", "description")
    }
    assert load_schema("cohort")["$defs"]["mentee"] == mentee


# The CLI: findings printed as validate prints them, and the exit codes


def test_match_prints_findings_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "cohort.yaml").write_text(f"mentees:\n{MENTEE}mentees:\n")
    result = run_cli("--repo", str(ROOT), "mentors", "match", "cohort.yaml", cwd=tmp_path)
    assert result.code == 1, result
    assert "cohort.yaml:3:1: error duplicate-key" in result.stdout and "matched" not in result.stdout
    as_json = run_cli("--repo", str(ROOT), "mentors", "match", "cohort.yaml", "--format", "json", cwd=tmp_path)
    assert as_json.code == 1
    assert [(d["file"], d["line"], d["code"]) for d in as_json.json()["diagnostics"]] == [
        ("cohort.yaml", 3, "duplicate-key"),
        ("cohort.yaml", 3, "schema"),
    ]


def test_confirm_exits_2_on_a_file_that_is_not_json_and_writes_no_calendar(tmp_path: Path) -> None:
    (tmp_path / "pairs.json").write_text('{"pairs": [' + PAIR + ",]}")
    result = run_cli("--repo", str(ROOT), "mentors", "confirm", "pairs.json", "--start", "2027-01-04", cwd=tmp_path)
    column = len('{"pairs": [' + PAIR + ",") + 1
    assert result.code == 2 and f"pairs.json:1:{column}: error yaml-syntax invalid JSON" in result.stdout
    assert not (tmp_path / "checkins.ics").exists()


def test_the_side_file_schemas_are_printed() -> None:
    for kind in ("cohort", "pairs", "mentee"):
        result = run_cli("schema", kind)
        assert result.code == 0 and json.loads(result.stdout)["$id"].endswith(f"/{kind}.schema.json")


def test_suggest_reports_a_mentee_file_and_still_takes_options(tmp_path: Path) -> None:
    (tmp_path / "me.yaml").write_text("id: you\ncurrent: ic2\ntarget: ic3\ntimezone: Mars/Olympus\n")
    bad = run_cli("--repo", str(ROOT), "mentors", "suggest", "--mentee", "me.yaml", "--format", "json", cwd=tmp_path)
    assert bad.code == 1
    assert [(d["file"], d["line"], d["column"], d["code"]) for d in bad.json()["diagnostics"]] == [
        ("me.yaml", 4, 11, "unknown-timezone")
    ]
    typed = ("--current", "ic2", "--target", "ic3", "--timezone", "london", "--format", "json")
    good = run_cli("--repo", str(ROOT), "--today", "2026-11-24", "mentors", "suggest", *typed, cwd=tmp_path)
    assert good.code == 0 and good.json()["suggestions"]  # options forgive a city for a zone, as before

"""What a person meets in their first hour (issue 26, items 4, 10, 11): a did-you-mean that names the obvious
candidate first, once, and only plausible ones; text that fits an 80-column terminal without a word or an id
cut in two; and small words (agreement, "about 3 years", messages in the words the user typed, completion
options on the main command only)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from mobility_cli.diagnostics import Diagnostic, Findings, Severity
from mobility_cli.formats.diagnostics_text import format_text
from mobility_cli.formats.wrapping import wrap_text
from mobility_cli.suggest import close_names, closest, did_you_mean
from mobility_cli.words import agreeing, counted, decimal
from tests import terminal
from tests.conftest import ROOT, cli_env, run_cli

ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")
TODAY = ("--today", "2026-11-24")


def failure(*args: str, env: dict[str, str] | None = None) -> tuple[str, str]:
    """The error line and the hint line of a command that stops (exit 2), as printed."""
    result = run_cli(*args, env=env)
    assert result.code == 2, (args, result.stdout, result.stderr)
    error, hint = result.stderr.splitlines()[:2]
    return error, hint


# 4. Did-you-mean that names the obvious candidate.


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("senoir engineer", "did you mean ic3 (Senior Engineer)?"),  # swapped letters
        ("Sneior Engineer", "did you mean ic3 (Senior Engineer)?"),
        ("senior enigneer", "did you mean ic3 (Senior Engineer)?"),
        ("engineer senior", "did you mean ic3 (Senior Engineer)?"),  # words in another order
        ("eng senior", "did you mean ic3 (Senior Engineer)?"),
        ("senior eng", "did you mean ic3 (Senior Engineer) or em2 (Senior Engineering Manager)?"),  # a word cut
        ("principle engineer", "did you mean principal (Principal Engineer)?"),
        ("ic33", "did you mean ic3 (Senior Engineer)?"),  # an id with a typo
        ("IC33", "did you mean ic3 (Senior Engineer)?"),
        ("enginering/ic3", "did you mean ic3 (Senior Engineer)?"),
        (
            "directr",
            "did you mean product/director (Director of Product) or operations/director (Director of Operations) "
            "or engineering-manager/director (Director of Engineering)?",
        ),
    ],
)
def test_a_misspelt_level_suggests_the_level_meant_first_and_once(typed: str, hint: str) -> None:
    error, shown = failure("path", typed, "staff")
    assert error == f'mobility: error: unknown level "{typed}"'
    assert shown == f"  hint: {hint}"


def test_the_issues_example_no_longer_offers_designers() -> None:
    _, hint = failure("path", "senoir engineer", "staff")
    assert "designer" not in hint and "vp-engineering" not in hint and hint.count("(") == 1


@pytest.mark.parametrize(
    ("args", "error", "hint"),
    [
        (
            ("levels", "Engineering Managment"),
            'unknown track "Engineering Managment"',
            "engineering-manager (Engineering Management)",
        ),
        (("levels", "product-desing"), 'unknown track "product-desing"', "design (Product Design)"),
        (("levels", "enginering"), 'unknown track "enginering"', "engineering"),
        (
            ("board", "--track", "Engineering Managment"),
            'unknown track "Engineering Managment"',
            "engineering-manager (Engineering Management)",
        ),
        (
            ("path", "ic2", "Product Managment"),
            'unknown level or track "Product Managment"',
            "product (Product Management)",
        ),
        (
            ("path", "ic2", "stafff"),
            'unknown level or track "stafff"',
            "staff (Staff Engineer) or staff-designer (Staff Product Designer)",
        ),
    ],
)
def test_a_misspelt_track_name_suggests_the_track(args: tuple[str, ...], error: str, hint: str) -> None:
    assert failure(*args) == (f"mobility: error: {error}", f"  hint: did you mean {hint}?")


@pytest.mark.parametrize(
    ("team", "hint"),
    [
        ("platform", "did you mean Platform Infrastructure or Data Platform?"),  # the issue's example
        ("Platfrom", "did you mean Platform Infrastructure or Data Platform?"),
        ("infrastructure", "did you mean Platform Infrastructure?"),  # one of its words
        ("infra", "did you mean Platform Infrastructure?"),
        ("Infrastructure Platform", "did you mean Platform Infrastructure?"),
        ("mobile", "did you mean Mobile Apps?"),
        ("payment", "did you mean Payments?"),
    ],
)
def test_a_team_named_by_one_of_its_words_is_suggested(team: str, hint: str) -> None:
    error, shown = failure(*TODAY, "board", "--team", team)
    assert error == f'mobility: error: no post names the team "{team}"' and shown == f"  hint: {hint}"


def test_names_in_another_case_are_taken_as_they_are() -> None:
    for args in (("path", "IC3", "STAFF"), ("path", "Senior engineer", "staff"), ("levels", "ENGINEERING-MANAGER")):
        assert run_cli(*args).code == 0, args
    board = run_cli(*TODAY, "board", "--team", "platform INFRASTRUCTURE")
    assert board.code == 0 and "staff-platform-engineer" in board.stdout


def test_a_level_where_a_mentee_is_asked_for_is_suggested_alike() -> None:
    error, hint = failure("mentors", "suggest", "--current", "ic33", "--target", "ic4", "--timezone", "UTC")
    assert (error, hint) == ('mobility: error: unknown level "ic33"', "  hint: did you mean ic3 (Senior Engineer)?")


@pytest.mark.parametrize(
    ("code", "hint"),
    [("shcema", '"schema"'), ("SCHEMA", '"schema"'), ("years-of-experiance", '"years-of-experience"')],
)
def test_codes_are_still_suggested(code: str, hint: str) -> None:
    assert failure("explain", code) == (f'mobility: error: no code is called "{code}"', f"  hint: did you mean {hint}?")


def test_schema_fields_and_values_are_still_suggested() -> None:
    fields = ["title", "team", "level", "status", "timezone", "working_hours", "hiring_manager", "internal_only"]
    assert [close_names(typed, fields, n=1) for typed in ("titel", "timezon", "workinghours", "stauts")] == [
        ("title",),
        ("timezone",),
        ("working_hours",),
        ("status",),
    ]
    assert did_you_mean("opne", ["draft", "open", "closed", "filled"], quote="`") == "did you mean `open`?"


def test_each_candidate_is_suggested_once_best_first_and_only_when_plausible() -> None:
    levels = {
        "ic3": ("ic3", "engineering/ic3", "Senior Engineer"),
        "senior-designer": ("senior-designer", "design/senior-designer", "Senior Product Designer"),
        "vp-engineering": ("vp-engineering", "engineering-manager/vp-engineering", "VP of Engineering"),
    }
    assert closest("senoir engineer", levels) == ("ic3",)
    assert closest("seniro designer", levels) == ("senior-designer",)
    assert closest("zzz", levels) == ()
    assert close_names("Payments", ["payments", "Payroll"]) == ("payments",)  # case alone always counts, first


# 10. Text that fits an 80-column terminal.


def in_terminal(*args: str, columns: int = 80) -> list[str]:
    return ANSI.sub("", terminal.in_terminal((*TODAY, *args), columns, cli_env())).splitlines()


def fits(lines: list[str], columns: int, *whole: str) -> None:
    """No line wider than the terminal, and each of `whole` (ids, words, phrases) on one line."""
    assert lines
    assert not [line for line in lines if len(line) > columns], [line for line in lines if len(line) > columns]
    for word in whole:
        assert any(word in line for line in lines), (word, lines)


def test_an_error_and_its_hint_wrap_at_spaces_under_their_text() -> None:
    lines = in_terminal("path", "directr", "staff")
    fits(lines, 80, "product/director", "operations/director", "engineering-manager/director")
    assert lines[0] == 'mobility: error: unknown level "directr"'
    assert lines[1].startswith("  hint: did you mean product/director")
    assert lines[2].startswith(" " * 8) and not lines[2].startswith(" " * 9)  # under the hint's text


def test_an_error_longer_than_the_line_continues_under_the_message() -> None:
    lines = in_terminal("path", "ic1", "sales-manager")
    fits(lines, 80, "engineering/ic1", "customer-success)")
    assert lines[0].startswith("mobility: error: no route from engineering/ic1 to sales-manager:")
    assert all(line.startswith(" " * 17) and line[17] != " " for line in lines[1:])


def test_a_routes_summary_wraps_without_cutting_a_word() -> None:
    lines = in_terminal("path", "ic1", "engineering-manager/director")
    fits(lines, 80, "engineering-manager/director", "(about 10 years)")
    assert lines[-1].startswith("    ")  # the summary continues, indented


def test_gap_wraps_each_behaviour_under_its_text() -> None:
    lines = in_terminal("gap", "ic3", "em1")
    fits(lines, 80, "engineering-manager/em1", "time zone")
    bullet = next(i for i, line in enumerate(lines) if "Holds weekly one-on-ones" in line)
    assert lines[bullet].startswith("      - ") and lines[bullet + 1].startswith(" " * 8)
    assert lines[bullet + 1][8] != " "


@pytest.mark.parametrize(
    ("args", "whole"),
    [
        (("plan", "--current", "ic3", "--target", "em1", "--timezone", "Europe/London"), ["engineering/ic3"]),
        (("explain", "years-of-experience"), ["years-of-experience"]),
        (("report",), ["Internal mobility report"]),
        (("board", "--timezone", "Europe/Berlin"), ["staff-platform-engineer"]),
        (("lint",), ["postings/senior-backend-engineer.md:24:37:"]),
    ],
)
def test_every_command_fits_80_columns(args: tuple[str, ...], whole: list[str]) -> None:
    fits(in_terminal(*args), 80, *whole)


def test_columns_wrap_a_pipe_and_a_pipe_without_it_is_left_whole() -> None:
    narrow = run_cli("path", "ic1", "engineering-manager/director", env={"COLUMNS": "60"}).stdout.splitlines()
    fits(narrow, 60, "engineering-manager/director", "(about 10 years)")
    piped = run_cli("path", "ic1", "engineering-manager/director").stdout.splitlines()
    assert piped[-1].startswith("ic1 → ic2") and piped[-1].endswith("120 months (about 10 years)")
    error = run_cli("path", "directr", "staff", env={"COLUMNS": "60"}).stderr.splitlines()
    fits(error, 60, "engineering-manager/director")


@pytest.mark.parametrize(
    "args",
    [
        ("path", "ic1", "engineering-manager/director", "--format", "json"),
        ("path", "ic1", "engineering-manager/director", "--format", "mermaid"),
        ("gap", "ic3", "em1", "--format", "markdown"),
        ("schema", "posting"),
    ],
)
def test_formats_for_programs_are_never_wrapped(args: tuple[str, ...]) -> None:
    narrow = run_cli(*args, env={"COLUMNS": "40"})
    assert narrow.code == 0 and narrow.stdout == run_cli(*args).stdout
    if "json" in args or "schema" in args:
        json.loads(narrow.stdout)


def test_wrapping_keeps_ids_and_source_lines_whole() -> None:
    text = (
        "  hint: did you mean product/director (Director of Product) or engineering-manager/director?\n"
        "  28 | a source line under a finding stays as it is, however long it is, for its caret\n"
        "1. engineering/ic3 → engineering/ic4 (promotion, 18 months) and a little more to wrap"
    )
    lines = wrap_text(text, 50).splitlines()
    assert lines[:2] == [
        "  hint: did you mean product/director (Director of",
        "        Product) or engineering-manager/director?",
    ]
    assert lines[2].startswith("  28 | ") and lines[2].endswith("for its caret")
    assert lines[3:] == ["1. engineering/ic3 → engineering/ic4 (promotion,", "   18 months) and a little more to wrap"]


# 11. Small words.


def test_counts_agree_and_whole_numbers_have_no_fraction() -> None:
    assert [counted(n, "place") for n in (0, 1, 2)] == ["0 places", "1 place", "2 places"]
    assert [counted(months / 12, "year") for months in (12, 36, 54, 72, 120)] == [
        "1 year",
        "3 years",
        "4.5 years",
        "6 years",
        "10 years",
    ]
    assert [decimal(x) for x in (3.0, 4.5, 2.96, 42.25)] == ["3", "4.5", "3", "42.2"]
    assert [agreeing(n, "still names it", "still name it") for n in (1, 3)] == ["still names it", "still name it"]


@pytest.mark.parametrize(
    ("target", "summary"),
    [
        ("ic2", "ic1 → ic2: 1 step, 12 months (about 1 year)"),
        ("ic4", "ic1 → ic2 → ic3 → ic4: 3 steps, 48 months (about 4 years)"),
        ("staff", "ic1 → ic2 → ic3 → ic4 → staff: 4 steps, 66 months (about 5.5 years)"),
    ],
)
def test_a_routes_years_are_said_as_people_say_them(target: str, summary: str) -> None:
    assert run_cli("path", "ic1", target).stdout.rstrip().splitlines()[-1] == summary


def test_one_place_still_names_a_removed_level() -> None:
    def removed(*files: str) -> str:
        found = [
            Diagnostic(
                "removed-level",
                Severity.ERROR,
                f"level engineering/ic3 was removed, but {file} still names it",
                file=file,
                line=1,
                hint="name a level the program defines",
            )
            for file in files
        ]
        return format_text(Findings(found, len(files))).splitlines()[0]

    assert removed("postings/p.md") == "level engineering/ic3 was removed, but 1 place still names it (removed-level):"
    assert removed("postings/p.md", "postings/q.md").endswith("but 2 places still name it (removed-level):")


def test_diff_outside_git_names_what_was_typed(tmp_path: Path) -> None:
    shutil.copy(ROOT / "mobility.yaml", tmp_path / "mobility.yaml")
    for args in (("diff", "HEAD"), ("diff", "HEAD~1", "HEAD"), ("diff", "origin/main", "--format", "markdown")):
        result = run_cli(*args, cwd=tmp_path)
        typed = " ".join(a for a in args if not a.startswith("--") and a != "markdown")
        assert result.code == 2 and "--ref" not in result.stderr
        assert result.stderr.startswith(f"mobility: error: `mobility {typed}` compares git revisions, but ")


def test_diff_outside_a_program_names_what_was_typed(tmp_path: Path) -> None:
    result = run_cli("diff", "HEAD", cwd=tmp_path)
    assert result.code == 2 and "--ref" not in result.stderr
    error = next(line for line in result.stderr.splitlines() if line.startswith("mobility: error:"))
    assert (
        error
        == "mobility: error: `mobility diff HEAD` compares revisions of a program kept in git, and there is no program here"
    )


@pytest.mark.parametrize("command", [("path",), ("validate",), ("mentors", "suggest"), ("post", "new"), ("diff",)])
def test_completion_options_are_the_main_commands_only(command: tuple[str, ...]) -> None:
    assert "--install-completion" in run_cli("--help").stdout
    shown = run_cli(*command, "--help")
    assert shown.code == 0 and "--install-completion" not in shown.stdout and "--show-completion" not in shown.stdout


ONE_TRACK = "career_tracks:\n  support:\n    name: Support\n    levels:\n      - {id: agent, title: Agent, grade: 1}\n"


def test_counts_of_one_are_singular_in_tracks_levels_and_the_site_markdown(program, tmp_path) -> None:
    root = program({"careers/tracks.yaml": ONE_TRACK}, base=False)
    assert ": 1 track" in run_cli("--repo", str(root), "tracks").stdout
    assert "1 tracks" not in run_cli("--repo", str(root), "tracks").stdout
    out = tmp_path / "md"
    assert run_cli("--repo", str(root), "render", "--format", "markdown", "--out", str(out)).code in (0, 1)
    index = next(out.rglob("index.md"), None) or next(out.rglob("*.md"))
    text = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    assert index is not None and "1 level" in text and "1 levels" not in text

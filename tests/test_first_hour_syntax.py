"""The first hour of an HR editor's YAML: what validate says first, where, and what it offers as the fix.

Three kinds of mistake (issue 26, items 2, 3 and 9): a field without its colon (reported at its own line, not
the next one, in plain words); typographic quotes from Word or Google Docs (named wherever they stand, a
syntax error or a value that silently kept them); dates and numbers typed another way. Every fix offered is
parsed here with the project's own parser, and put in place of the line to show that the file then passes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CLEAN_POST, SMALL_TRACKS, diagnostics, run_cli

Maker = Callable[..., Path]
TODAY = "2026-11-20"
POST = CLEAN_POST
MENTOR = """id: pat
name: Pat
track: engineering
level: ic3
timezone: Europe/Berlin
working_hours: "09:00-17:00"
capacity: 2
active_mentees: 0
opt_in: true
"""
FILES = {"postings/p.md": POST, "mentors/pat.yaml": MENTOR, "careers/tracks.yaml": SMALL_TRACKS}
_CODE = re.compile(r"`([^`]+)`")


def changed(file: str, old: str, new: str) -> dict[str, str | bytes | None]:
    text = FILES.get(file, "name: Test Program\n")
    assert old in text, old
    return {**FILES, file: text.replace(old, new, 1)}


def validate(root: Path) -> tuple[int, str, list[dict[str, Any]]]:
    text = run_cli("--repo", str(root), "--today", TODAY, "validate")
    found = diagnostics(run_cli("--repo", str(root), "--today", TODAY, "validate", "--format", "json"))
    assert "Traceback" not in text.stderr and "internal error" not in text.stderr, text.stderr
    return text.code, text.stdout.splitlines()[0] if text.stdout else "", found


def shown_first(found: list[dict[str, Any]], first: str) -> dict[str, Any]:
    """The diagnostic validate printed first (JSON keeps the order they were found in)."""
    return next(
        d for d in found if first.startswith(f"{d['file']}:{d['line']}:{d['column']}: ") and d["message"] in first
    )


def offered(diagnostic: dict[str, Any]) -> list[str]:
    """Every line the message or hint offers as a fix: what follows "quotes:" or stands in backticks last."""
    hint = diagnostic["hint"] or ""
    if "put the whole value in quotes: " in hint:
        return [hint.split("put the whole value in quotes: ", 1)[1]]
    return [found[-1] for found in (_CODE.findall(diagnostic["message"]), _CODE.findall(hint)) if found]


def parses_alone(line: str) -> bool:
    from mobility_cli.parse.yamldoc import parse_yaml

    doc = parse_yaml(line, "fix.yaml")
    return doc.ok and not [d for d in doc.diagnostics if d.code == "yaml-syntax"]


def fixed_in_place(root: Path, diagnostic: dict[str, Any], fix: str) -> None:
    """The fix put in place of the line the diagnostic names (indentation kept): that line is no longer wrong."""
    path = root / diagnostic["file"]
    lines = path.read_text(encoding="utf-8").split("\n")
    line = lines[diagnostic["line"] - 1]
    lines[diagnostic["line"] - 1] = line[: len(line) - len(line.lstrip(" "))] + fix
    path.write_text("\n".join(lines), encoding="utf-8")
    code, first, found = validate(root)
    assert code == 0, (fix, first)
    assert not [d for d in found if d["file"] == diagnostic["file"] and d["line"] == diagnostic["line"]]


# Item 2: a field without its colon, at its own line, in plain words; the fix parses.

MISSING_COLON = [
    # (file, what was right, what was typed, line, column, words in the first line)
    ("postings/p.md", "team: Platform", "team Customer Support", 3, 5, "`team Customer Support` needs a colon"),
    ("postings/p.md", "status: open", "status open", 8, 7, "`status open` needs a colon after the field name"),
    ("postings/p.md", "closes: 2027-01-10", "closes 2027-01-10", 12, 7, "`closes: 2027-01-10`"),
    ("postings/p.md", "evaluation: [Designs", "evaluation [Designs", 13, 11, "needs a colon after the field name"),
    ("careers/tracks.yaml", "  engineering:\n", "  engineering:\n    name Data\n", 3, 9, "`name: Data`"),
    ("careers/tracks.yaml", "[product]\n", "[product]\n    name Data\n", 8, 9, "`name Data` needs a colon"),
    (
        "careers/tracks.yaml",
        "{id: ic1, title: Engineer I, grade: 1}",
        "id ic1\n        title: Engineer I",
        4,
        11,
        "`- id: ic1`",
    ),
    ("mentors/pat.yaml", 'working_hours: "09:00-17:00"', "working hours 09:00-17:00", 6, 14, "`working_hours:"),
    ("mentors/pat.yaml", "capacity: 2", "capacity:2", 7, 9, "needs a space after the colon: `capacity: 2`"),
    ("mentors/pat.yaml", "capacity: 2", "capacity = 2", 7, 10, "uses = where YAML needs a colon: `capacity: 2`"),
    ("mobility.yaml", "name: Test Program", "name Test Program\npolicy:\n  lateral_months: 6", 1, 5, "`name: Test"),
]


@pytest.mark.parametrize(("file", "right", "typed", "line", "column", "words"), MISSING_COLON)
def test_a_missing_colon_is_reported_at_its_own_line(
    program: Maker, file: str, right: str, typed: str, line: int, column: int, words: str
) -> None:
    root = program(changed(file, right, typed))
    code, first, found = validate(root)
    assert code == 1
    assert first.startswith(f"{file}:{line}:{column}: error yaml-syntax "), first
    assert words in first and "could not find expected" not in first and "simple key" not in first, first
    diagnostic = shown_first(found, first)
    fixes = offered(diagnostic)
    assert fixes and all(parses_alone(fix) for fix in fixes), fixes
    fixed_in_place(root, diagnostic, fixes[-1])


@pytest.mark.parametrize(
    ("file", "right", "typed", "line", "column", "words"),
    [
        # valid YAML, but not the field: the schema check names the missing colon, at the mistake
        ("postings/p.md", "role: Backend Engineer\n", "role: Backend Engineer\nlocation Remote: Americas\n", 3, 9,
         '`location: "Remote: Americas"`'),
        ("careers/tracks.yaml", "{id: ic1, title: Engineer I, grade: 1}", "{id ic1, title: Engineer I, grade: 1}",
         4, 12, "`id ic1` needs a colon after the field name: `id: ic1`"),
        ("careers/tracks.yaml", "{id: pm, title: Product Manager, grade: 2}", "id pm", 10, 11, "`id: pm`"),
        ("mentors/pat.yaml", "name: Pat", "name Pat: Platform lead", 2, 5, '`name: "Pat: Platform lead"`'),
        ("mobility.yaml", "name: Test Program", "name Test Program", 1, 5, "`name: Test Program`"),
        ("mobility.yaml", "name: Test Program", "name:Test", 1, 5, "needs a space after the colon: `name: Test`"),
    ],
)  # fmt: skip
def test_a_missing_colon_that_still_parses_is_named_too(
    program: Maker, file: str, right: str, typed: str, line: int, column: int, words: str
) -> None:
    root = program(changed(file, right, typed))
    code, first, found = validate(root)
    assert code == 1 and first.startswith(f"{file}:{line}:{column}: error schema "), first
    assert words in first, first
    assert not [d for d in found if "missing the required field" in d["message"]]  # it is there, colonless
    fixes = offered(shown_first(found, first))
    assert fixes and all(parses_alone(fix) for fix in fixes), fixes


def test_the_issues_own_example_no_longer_suggests_invalid_yaml(program: Maker) -> None:
    """`name Data` above `owners: ["@data-leads"]` once gave the hint `owners: "["@data-leads"]"`."""
    typed = '  engineering:\n    name Data\n    owners: ["@data-leads"]\n'
    root = program(changed("careers/tracks.yaml", "  engineering:\n", typed))
    code, first, found = validate(root)
    assert code == 1 and first.startswith("careers/tracks.yaml:3:9: error yaml-syntax `name Data` needs a colon")
    assert '"["' not in str(shown_first(found, first)["hint"])


@pytest.mark.parametrize(
    "typed",
    ["name: Amara: Platform lead", 'name: Amara "A": lead', "name: Pat's team: core", 'name: "Pat" x: y'],
)
def test_every_fix_offered_for_a_syntax_error_parses(program: Maker, typed: str) -> None:
    root = program(changed("mentors/pat.yaml", "name: Pat", typed))
    code, _, found = validate(root)
    (diagnostic,) = [d for d in found if d["code"] == "yaml-syntax"]
    assert code == 1 and diagnostic["line"] == 2
    for fix in offered(diagnostic):
        assert parses_alone(fix), fix


def test_a_line_that_is_not_a_field_is_named_where_it_is(program: Maker) -> None:
    root = program(changed("mentors/pat.yaml", "name: Pat\n", "name: Pat\nThis is a note about Pat and her team\n"))
    code, first, _ = validate(root)
    assert code == 1 and first.startswith("mentors/pat.yaml:3:5: error yaml-syntax `This is a note"), first
    assert "has no colon" in first


def test_a_line_indented_too_far_says_so(program: Maker) -> None:
    root = program(changed("mentors/pat.yaml", "track: engineering", "  track: engineering"))
    code, first, _ = validate(root)
    assert code == 1 and first.startswith("mentors/pat.yaml:3:3: error yaml-syntax `track: engineering` is indented")


# Item 3: typographic quotes, named wherever they stand.

CURLY = [
    ("postings/p.md", "role: Backend Engineer", "role: “Support Lead, Americas”", 2, 7, "“Support Lead, Americas”"),
    ("postings/p.md", "status: open", "status: “open”", 8, 9, "“open”"),
    ("postings/p.md", "role: Backend Engineer", "role: „Backend Engineer“", 2, 7, "(„ “)"),
    ("postings/p.md", "role: Backend Engineer", "role: « Backend Engineer »", 2, 7, "(« »)"),
    ("postings/p.md", "role: Backend Engineer", "“role”: Backend Engineer", 2, 1, "part of the field name"),
    ("careers/tracks.yaml", "title: Engineer II,", "title: “Senior Agent, Tier 2”,", 5, 26, "splits it in two"),
    ("careers/tracks.yaml", "title: Engineer II,", "title: ‘Data Analyst’,", 5, 26, "(‘ ’)"),
    (
        "careers/tracks.yaml",
        "  engineering:\n",
        "  engineering:\n    owners: [“@data-leads”]\n",
        3,
        14,
        "“@data-leads”",
    ),
    ("mentors/pat.yaml", "name: Pat", "name: “Pat #1”", 2, 7, "“Pat #1”"),
    ("mobility.yaml", "name: Test Program", "name: “Test Program”", 1, 7, "“Test Program”"),
]


@pytest.mark.parametrize(("file", "right", "typed", "line", "column", "words"), CURLY)
def test_typographic_quotes_are_named(
    program: Maker, file: str, right: str, typed: str, line: int, column: int, words: str
) -> None:
    root = program(changed(file, right, typed))
    code, first, found = validate(root)
    assert code == 1
    assert first.startswith(f"{file}:{line}:{column}: error typographic-quotes "), first
    assert words in first and "typographic quotes" in first, first
    errors = [d for d in found if d["severity"] == "error"]
    assert [d["code"] for d in errors] == ["typographic-quotes"], errors  # nothing that follows from it
    diagnostic = errors[0]
    assert diagnostic["hint"].startswith("use straight quotes: `")
    (fix,) = offered(diagnostic)
    assert parses_alone(fix) and not any(c in fix for c in "“”‘’„«»")
    fixed_in_place(root, diagnostic, fix)


@pytest.mark.parametrize(
    ("file", "right", "typed", "line", "column"),
    [
        ("postings/p.md", "team: Platform", "team: “Remote: Americas”", 3, 7),
        ("mentors/pat.yaml", "name: Pat", "name: “Pat: lead”", 2, 7),
        ("careers/tracks.yaml", "title: Engineer II,", "title: “Lead: Data”,", 5, 26),
    ],
)
def test_typographic_quotes_are_named_in_a_syntax_error(
    program: Maker, file: str, right: str, typed: str, line: int, column: int
) -> None:
    root = program(changed(file, right, typed))
    code, first, found = validate(root)
    assert code == 1 and first.startswith(f"{file}:{line}:{column}: error yaml-syntax "), first
    assert "typographic quotes (“ ”)" in first
    diagnostic = shown_first(found, first)
    (fix,) = offered(diagnostic)
    assert parses_alone(fix) and "“" not in fix and "”" not in fix
    fixed_in_place(root, diagnostic, fix)


def test_typographic_quotes_on_a_broken_line_are_named_whatever_else_is_wrong(program: Maker) -> None:
    root = program(changed("mentors/pat.yaml", "name: Pat", "name: “Pat: lead” Okafor"))
    code, first, found = validate(root)
    assert code == 1 and first.startswith("mentors/pat.yaml:2:"), first
    diagnostic = shown_first(found, first)
    assert "typographic quotes on this line (“ ”) are not quotes to YAML" in diagnostic["hint"]
    assert all(parses_alone(fix) for fix in offered(diagnostic))


@pytest.mark.parametrize(
    ("file", "right", "typed"),
    [
        ("mentors/pat.yaml", "name: Pat", "name: Pat O’Neil"),  # an apostrophe
        ("mentors/pat.yaml", "name: Pat", "name: Pat\nbio: She says “ship it” a lot"),  # quotes in a sentence
        ("mentors/pat.yaml", "name: Pat", 'name: "“Pat”"'),  # kept on purpose, in straight quotes
        ("mentors/pat.yaml", "name: Pat", "name: Pat\nbio: |\n  “Ship it”, she says.\n"),  # a block of text
        ("mentors/pat.yaml", "name: Pat", "name: Pat  # “the” Pat"),  # a comment
        ("postings/p.md", "Reply in #internal-mobility.", "Reply “soon” in #internal-mobility."),  # the post's prose
        ("postings/p.md", "- Our data pipeline", "- “Our” data pipeline"),
    ],
)
def test_typographic_quotes_in_prose_are_fine(program: Maker, file: str, right: str, typed: str) -> None:
    code, first, found = validate(program(changed(file, right, typed)))
    assert code == 0 and not [d for d in found if d["code"] == "typographic-quotes"], first


def test_quotation_marks_are_unicodes_not_a_list() -> None:
    from mobility_cli.parse.quotes import is_typographic_quote

    assert all(is_typographic_quote(c) for c in "“”‘’„‚«»‹›‛‟＂〝〞❝❞")
    assert not any(is_typographic_quote(c) for c in "\"'`´ʼ-—a")


# Item 9: dates and numbers, in the words of whoever typed them.

DATES = [
    ("2026-12-32", "December 2026 has 31 days", "2026-12-31"),
    ("2027-02-29", "February 2027 has 28 days (2027 is not a leap year)", "2027-02-28"),
    ("2026-13-01", "there is no month 13", "months run from 01 to 12"),
    ("2027-04-31", "April 2027 has 30 days", "2027-04-30"),
    ("26-12-01", "the year needs all four digits", "2026-12-01"),
    ("2026/12/01", "a date is written with dashes", "2026-12-01"),
    ("1 Dec 2026", "a date is written as YYYY-MM-DD", "2026-12-01"),
    ("December 1, 2026", "a date is written as YYYY-MM-DD", "2026-12-01"),
    ("12/01/2026", "is not a valid date for `closes`", "write the date as YYYY-MM-DD"),  # 1 Dec or 12 Jan: kept
]


@pytest.mark.parametrize(("typed", "words", "hint"), DATES)
def test_a_date_that_does_not_exist_says_why(program: Maker, typed: str, words: str, hint: str) -> None:
    root = program(changed("postings/p.md", "closes: 2027-01-10", f"closes: {typed}"))
    code, first, found = validate(root)
    assert code == 1 and first.startswith(f'postings/p.md:12:9: error schema "{typed}" is not a valid date'), first
    assert words in first, first
    assert hint in shown_first(found, first)["hint"]
    assert (
        "YYYY-MM-DD" not in shown_first(found, first)["hint"] or "/" in typed
    )  # never "write YYYY-MM-DD" to 2026-12-32


NUMBERS = [
    (
        "careers/tracks.yaml",
        "{id: ic2, title: Engineer II, grade: 2}",
        "{id: ic2, title: Engineer II, grade: two}",
        "5:46",
        "a number is written in digits",
        "write 2",
    ),
    (
        "careers/tracks.yaml",
        "{id: ic2, title: Engineer II, grade: 2}",
        "{id: ic2, title: Engineer II, grade: 2,5}",
        "5:48",
        "is read as `grade: 2` and a field named `5`",
        "`grade: 2` or `grade: 3`",
    ),
    (
        "careers/tracks.yaml",
        "{id: pm, title: Product Manager, grade: 2}",
        "{id: pm, title: Product Manager, grade: '2,5'}",
        "10:49",
        "only a whole number fits here",
        "like 2 or 3",
    ),
    ("postings/p.md", "{async: 70, sync: 30}", "{async: 70%, sync: 30}", "7:21", "without the % sign", "write 70"),
    (
        "postings/p.md",
        "{async: 70, sync: 30}",
        "{async: 120, sync: -20}",
        "7:21",
        "at most 100, not 120",
        "a percentage, from 0 to 100",
    ),
    ("mentors/pat.yaml", "capacity: 2", "capacity: three", "7:11", "a number is written in digits", "write 3"),
]


@pytest.mark.parametrize(("file", "right", "typed", "where", "words", "hint"), NUMBERS)  # fmt: skip
def test_a_number_typed_another_way_says_what_is_wrong(
    program: Maker, file: str, right: str, typed: str, where: str, words: str, hint: str
) -> None:
    code, first, found = validate(program(changed(file, right, typed)))
    assert code == 1 and first.startswith(f"{file}:{where}: error schema "), first
    assert words in first, first
    assert hint in shown_first(found, first)["hint"]

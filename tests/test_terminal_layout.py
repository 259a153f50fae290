"""Output that fits the screen: at 80 and 120 columns, in a real terminal (a pseudo-terminal of the given size)
and in a pipe with COLUMNS set, no line is wider than the screen, and no id or date is broken inside a word."""

from __future__ import annotations

import re

import pytest

from tests import terminal
from tests.conftest import cli_env, run_cli

ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")
TODAY = ("--today", "2026-11-24")
COMMANDS = {
    "board": ("board", "--timezone", "Europe/Berlin"),
    "suggest": (
        "mentors",
        "suggest",
        "--current",
        "ic1",
        "--target",
        "ic3",
        "--timezone",
        "Europe/Paris",
        "--top",
        "3",
    ),
    "path": ("path", "ic2", "staff"),
    "levels": ("levels",),
}
# What must appear whole on one line of each command's output.
WHOLE = {
    "board": ["staff-platform-engineer", "operations-specialist-billing", "product-manager-growth", "2026-12-02"],
    "suggest": ["technical-product-manager/senior-tpm", "Priya Raman"],
    "path": ["engineering/staff", "engineering/ic4"],
    "levels": ["engineering-manager/director", "developer-advocate/lead-advocate"],
}


def in_terminal(args: tuple[str, ...], columns: int) -> str:
    """What a person sees running `mobility ARGS` in a terminal `columns` wide (colours removed)."""
    return ANSI.sub("", terminal.in_terminal((*TODAY, *args), columns, cli_env()))


def _check(text: str, columns: int, name: str) -> None:
    lines = text.splitlines()
    assert lines, name
    too_wide = [line for line in lines if len(line) > columns and " " in line.strip()]
    assert not too_wide, (name, columns, too_wide[:3])
    for word in WHOLE[name]:
        assert any(word in line for line in lines), (name, columns, word)


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_fits_a_terminal(name: str, columns: int) -> None:
    _check(in_terminal(COMMANDS[name], columns), columns, name)


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_fits_columns_in_a_pipe(name: str, columns: int) -> None:
    result = run_cli(*TODAY, *COMMANDS[name], env={"COLUMNS": str(columns)})
    assert result.code == 0, result.stderr
    _check(result.stdout, columns, name)


def test_a_pipe_without_columns_gets_one_line_per_row() -> None:
    """Programs read a pipe: each post on one line, whatever its width."""
    text = run_cli(*TODAY, *COMMANDS["board"]).stdout
    row = next(line for line in text.splitlines() if line.startswith("staff-platform-engineer"))
    assert "Platform Infrastructure" in row and "engineering/staff" in row


def test_a_narrow_terminal_stacks_mentor_suggestions_with_their_reasons_whole() -> None:
    text = in_terminal(COMMANDS["suggest"], 80)
    assert "1. " in text and "why" in text and "h a day in common" in text


@pytest.mark.parametrize("columns", [80, 120])
def test_validate_in_a_terminal_wraps_findings_at_spaces_under_themselves(columns: int) -> None:
    text = in_terminal(("validate",), columns)
    lines = text.splitlines()
    assert all(len(line) <= columns for line in lines), [line for line in lines if len(line) > columns][:2]
    for word in ("postings/senior-backend-engineer.md:28:3:", "engineering/ic3", "untraceable-requirement"):
        assert any(word in line for line in lines), word
    wrapped = [line for line in lines if line.startswith("    ") and not line.lstrip().startswith("hint:")]
    assert wrapped or columns == 120  # at 80 columns the long findings continue, indented, on the next line

"""Writing to the terminal: the one place the CLI prints text and tables (and, for cli/main.py, errors).

Text for people is wrapped at spaces to the width (`fitted`), so no id or word is cut where the terminal would
cut it; what programs read (JSON, CSV, Mermaid, annotations: a command's --format other than text) is written
as it is, and so is everything in a pipe or a file without COLUMNS.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

_FOR_PEOPLE = [True]  # whether the command running writes text for people (its --format, cli/help.py sets it)


def out(text: str) -> None:
    sys.stdout.write(fitted(text, width()) if _FOR_PEOPLE[-1] else text)
    sys.stdout.flush()


def err(text: str) -> None:
    """Text for people on the standard error (an error and its hint), wrapped to its terminal."""
    sys.stderr.write(fitted(text, width(sys.stderr)))
    sys.stderr.flush()


def fitted(text: str, fit: int | None) -> str:
    """`text` wrapped at spaces to `fit` columns, each line continuing under its own text; JSON and GitHub
    annotations are never wrapped (whichever command prints them), nor anything where there is no width."""
    if fit is None or text.lstrip().startswith(("{", "[", "::")):
        return text
    from mobility_cli.formats.wrapping import wrap_text

    return wrap_text(text, fit)


@contextmanager
def writing_for_people(people: bool) -> Iterator[None]:
    """While a command runs: whether what it writes is text for people (wrapped) or a format for programs."""
    _FOR_PEOPLE.append(people)
    try:
        yield
    finally:
        _FOR_PEOPLE.pop()


def is_terminal(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stdout
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def width(stream: TextIO | None = None) -> int | None:
    """The width to fit: the terminal's, or COLUMNS where it is set (as `COLUMNS=80 mobility board | less`);
    None for a pipe or a file without it, where a table is read by programs as much as by people."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    stream = stream or sys.stdout
    if is_terminal(stream):
        try:
            return os.get_terminal_size(stream.fileno()).columns or 80
        except (OSError, ValueError):
            import shutil

            return shutil.get_terminal_size().columns
    return None


def show_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    title: str | None = None,
    caption: str | None = None,
    wrap: Sequence[str] = (),
) -> None:
    """A table that fits the width: one line per row where it can, `wrap` columns wrapped where that is enough,
    a stacked block per row below that. Rich boxes on a terminal (measured by rich itself, padding and all);
    plain text in a pipe or a file."""
    from mobility_cli.formats.table import format_stacked, format_table, layout, rich_table

    fit = width()
    tail = f"\n{caption}\n" if caption else ""
    if is_terminal() and fit is not None:
        from rich.console import Console

        table = rich_table(headers, rows, title, caption, wrap)
        widest = Console(width=10_000).measure(table).maximum  # as wide as it wants, not clamped to the screen
        if layout(headers, rows, fit, wrap, widest) != "stacked":
            Console(highlight=False, width=fit).print(table)
        else:
            out(format_stacked(headers, rows, title, fit) + tail)
        return
    if layout(headers, rows, fit, wrap) == "table":
        out(format_table(headers, rows, title) + tail)
    else:
        out(format_stacked(headers, rows, title, fit or 80) + tail)

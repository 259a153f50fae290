"""Writing to the terminal: the one place the CLI prints text and tables."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def is_terminal() -> bool:
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def width() -> int | None:
    """The width to fit: the terminal's, or COLUMNS where it is set (as `COLUMNS=80 mobility board | less`);
    None for a pipe or a file without it, where a table is read by programs as much as by people."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if is_terminal():
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

"""Tables for people: plain aligned columns in a pipe or file, rich boxes on a terminal."""

from __future__ import annotations

from collections.abc import Sequence


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()

    out = [title, ""] if title else []
    out += [line(headers), line(["-" * w for w in widths])]
    out += [line(row) for row in rows]
    return "\n".join(out) + "\n"


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None, caption: str | None = None
) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAVY, header_style="bold")
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(highlight=False).print(table)


def show_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    title: str | None = None,
    caption: str | None = None,
    terminal: bool = False,
) -> str | None:
    """Print with rich on a terminal (returns None); otherwise return plain text for the caller to write."""
    if terminal:
        print_table(headers, rows, title, caption)
        return None
    text = format_table(headers, rows, title)
    return text + (f"\n{caption}\n" if caption else "")

"""Tables for people: plain aligned columns for a pipe or a file, a rich table for a terminal, and a stacked
layout (one block per row, a label per value) where the table does not fit the width.

Ids and dates are never broken inside a word: a table that fits keeps every cell on one line; a table that
fits only when its free-text columns (`wrap`, such as a mentor's "why") wrap wraps those alone; anything
narrower is stacked, as gh and kubectl do on a narrow terminal.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.table import Table

GAP = 2  # spaces between columns in both layouts
MIN_WRAPPED = 24  # the narrowest a wrapping column may become before the table is stacked instead


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    return widths


def natural_width(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """How wide the table is with every cell on one line."""
    widths = column_widths(headers, rows)
    return sum(widths) + GAP * (len(widths) - 1)


def layout(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int | None,
    wrap: Sequence[str] = (),
    natural: int | None = None,
) -> str:
    """ "table" when every cell fits on one line, "wrapped" when it fits once the `wrap` columns shrink to
    MIN_WRAPPED, else "stacked". `natural` is the table's width with every cell on one line, as the renderer
    measures it (rich pads its columns); by default the plain text's. No width (a pipe, a file) is a table."""
    widest = natural_width(headers, rows) if natural is None else natural
    if width is None or widest <= width:
        return "table"
    spare = [max(0, w - MIN_WRAPPED) for h, w in zip(headers, column_widths(headers, rows), strict=True) if h in wrap]
    return "wrapped" if wrap and widest - sum(spare) <= width else "stacked"


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None) -> str:
    widths = column_widths(headers, rows)

    def line(cells: Sequence[str]) -> str:
        return (" " * GAP).join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()

    out = [title, ""] if title else []
    out += [line(headers), line(["-" * w for w in widths])]
    out += [line(row) for row in rows]
    return "\n".join(out) + "\n"


def format_stacked(
    headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None, width: int = 80
) -> str:
    """One block per row: its first cell as a heading, then each other value under a label. Long values wrap
    at spaces only, indented under their own start; a word longer than the line (an id, a URL) stays whole."""
    numbered = headers[0] == "#" and len(headers) > 1  # "1. Priya Raman", not a bare "1"
    first = 2 if numbered else 1
    label = max((len(h) for h in headers[first:]), default=0)
    out = [title, ""] if title else []
    for row in rows:
        out.append(f"{row[0]}. {row[1]}" if numbered else row[0])
        for header, cell in zip(headers[first:], row[first:], strict=True):
            if not cell or cell == "-":
                continue
            lead = f"  {header.ljust(label)}  "
            lines = textwrap.wrap(cell, max(20, width - len(lead)), break_long_words=False, break_on_hyphens=False) or [
                ""
            ]
            out.append(lead + lines[0])
            out += [" " * len(lead) + more for more in lines[1:]]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def rich_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    title: str | None = None,
    caption: str | None = None,
    wrap: Sequence[str] = (),
) -> Table:
    """Every column on one line (no_wrap), but the `wrap` ones, which fold at spaces to what is left."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAVY, header_style="bold")
    for header in headers:
        if header in wrap:
            table.add_column(header, overflow="fold", min_width=MIN_WRAPPED, ratio=1)
        else:
            table.add_column(header, no_wrap=True)
    for row in rows:
        table.add_row(*row)
    return table

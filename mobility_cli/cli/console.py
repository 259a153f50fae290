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


def show_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None, caption: str | None = None
) -> None:
    """Rich boxes on a terminal; plain aligned columns in a pipe or a file."""
    if is_terminal():
        from rich.console import Console

        from mobility_cli.formats.table import rich_table

        Console(highlight=False).print(rich_table(headers, rows, title, caption))
        return
    from mobility_cli.formats.table import format_table

    out(format_table(headers, rows, title) + (f"\n{caption}\n" if caption else ""))

"""Lines wrapped for a terminal at spaces only, continuation lines indented under the text they continue, so
no path, id or word is cut in two (the terminal's own wrapping cuts anywhere)."""

from __future__ import annotations

import textwrap


def wrap_line(line: str, width: int, hang: int) -> list[str]:
    """`line` in lines of at most `width` (a word longer than that stays whole); continuation lines start
    under the line's own indentation plus `hang`."""
    if len(line) <= width:
        return [line]
    indent = " " * (len(line) - len(line.lstrip()) + hang)
    return textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) or [
        line
    ]


def wrap_text(text: str, width: int) -> str:
    """Every line of `text` wrapped; a bullet ("- ", "! ") continues under its text."""
    out = []
    for line in text.split("\n"):
        bullet = line.lstrip()[:2] in ("- ", "! ")
        out += wrap_line(line, width, 2 if bullet else 4)
    return "\n".join(out)

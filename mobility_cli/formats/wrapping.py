"""Lines wrapped for a terminal at spaces only, continuation lines indented under the text they continue, so
no path, id or word is cut in two (the terminal's own wrapping cuts anywhere)."""

from __future__ import annotations

import re
import textwrap

# What a line's text starts after: labels ("mobility: error: ", "hint: ", "Why: "), then a bullet ("- ", "! ",
# "> ") or a number ("1. "): a continuation line starts under the text, not under the label or the bullet.
_LEAD = re.compile(r"\s*(?:[A-Za-z][a-z-]*: +)*(?:[-!*>] |\d+\. )?")
# A line of source under a finding ("  28 | text", "     | ^"): its caret must stay under its column.
_EXCERPT = re.compile(r"\s*\d*\s\|( |$)")
HANG = 4  # the indentation of a continued line that has no bullet or label to continue under


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
    """Every line of `text` wrapped, each continuing under its own text (after its bullet, number or label);
    a line of source under a finding is left whole."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or _EXCERPT.match(line):
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip())
        lead = _LEAD.match(line)
        hang = lead.end() - indent if lead and lead.end() > indent else HANG
        out += wrap_line(line, width, hang if indent + hang <= width // 2 else HANG)
    return "\n".join(out)

"""Diagnostics for people: `file:line:col: severity code message`, grouped by file (files with errors first),
with the source line under a syntax error and hints underneath. A removed level gets one heading with every
place that still names it. Plain text and the coloured terminal version come from the same blocks."""

from __future__ import annotations

import re
from collections import Counter

from mobility_cli.diagnostics import Diagnostic, Findings
from mobility_cli.words import counted

Line = tuple[str, str]  # (style, text): heading, error, warning, info, source or hint
_REMOVED = re.compile(r"level (\S+) was removed, but (.*) still (?:names|lands on) it")


def location(d: Diagnostic) -> str:
    where = d.file or "<program>"
    if d.line is not None:
        where += f":{d.line}"
        if d.column is not None:
            where += f":{d.column}"
    return where


def excerpt(d: Diagnostic) -> list[str]:
    """The source line with a caret under the column, as rustc and ruff show a syntax error."""
    if d.source is None or d.line is None:
        return []
    gutter = " " * len(str(d.line))
    source = d.source.replace("\t", " ")
    caret = " " * max(0, (d.column or 1) - 1) + "^"
    return [f"  {d.line} | {source}", f"  {gutter} | {caret}"]


def blocks(findings: Findings) -> list[list[Line]]:
    removed: dict[str, list[tuple[Diagnostic, str]]] = {}
    rest = []
    for d in findings.diagnostics:
        match = _REMOVED.fullmatch(d.message) if d.code == "removed-level" else None
        if match:
            removed.setdefault(match.group(1), []).append((d, match.group(2)))
        else:
            rest.append(d)
    out = [_removed_block(key, places) for key, places in sorted(removed.items())]
    for _, group in Findings(rest, findings.files).by_file():
        block: list[Line] = []
        for d in group:
            block.append((d.severity.value, f"{location(d)}: {d.severity.value} {d.code} {d.message}"))
            block += [("source", line) for line in excerpt(d)]
            if d.hint:
                block.append(("hint", f"    hint: {d.hint}"))
        out.append(block)
    return out


def _removed_block(key: str, places: list[tuple[Diagnostic, str]]) -> list[Line]:
    places = sorted(places, key=lambda p: p[0].sort_key())
    common = Counter(d.hint for d, _ in places).most_common(1)[0][0]
    count = counted(len(places), "place")
    block: list[Line] = [("heading", f"level {key} was removed, but {count} still name it (removed-level):")]
    for d, subject in places:
        block.append(("error", f"  {location(d)}: {subject}"))
        if d.hint != common and d.hint:
            block.append(("hint", f"      hint: {d.hint}"))
    if common:
        block.append(("hint", f"    hint: {common}"))
    return block


def format_text(findings: Findings) -> str:
    lines: list[str] = []
    for block in blocks(findings):
        lines += [text for _, text in block] + [""]
    lines.append(findings.summary().sentence())
    return "\n".join(lines) + "\n"


_STYLES = {
    "heading": "bold red",
    "error": "red",
    "warning": "yellow",
    "info": "cyan",
    "source": "blue",
    "hint": "green",
}


def _wrapped(text: str, style: str, width: int) -> list[str]:
    """A finding wrapped at spaces to the terminal, continuation lines indented under it; a source excerpt is
    left as it is (its caret must stay under its column)."""
    from mobility_cli.formats.wrapping import wrap_line

    return [text] if style == "source" else wrap_line(text, width, len("hint: ") if style == "hint" else 4)


def print_rich(findings: Findings) -> None:
    """The same text, coloured, for a terminal; rich is imported only when one is there."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False, soft_wrap=True)
    for block in blocks(findings):
        for style, text in block:
            for piece in _wrapped(text, style, console.width):
                console.print(f"[{_STYLES[style]}]{escape(piece)}[/]")
        console.print()
    summary = findings.summary()
    style = "bold red" if summary.errors else "yellow" if summary.warnings else "bold green"
    console.print(f"[{style}]{summary.sentence()}[/]")

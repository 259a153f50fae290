"""Diagnostics for people: `file:line:col: severity code message`, grouped by file (files with errors first),
with the source line under a syntax error and hints underneath. A removed level gets one heading with every
place that still names it. A finding that follows from another (`Diagnostic.cause`: a name of a level that a
misspelt `levels:` lost) is folded under its cause, which comes first, as one line that counts them. Plain text
and the coloured terminal version come from the same blocks."""

from __future__ import annotations

import re
from collections import Counter

from mobility_cli.diagnostics import Diagnostic, Findings
from mobility_cli.words import agreeing, counted

Line = tuple[str, str]  # (style, text): heading, error, warning, info, source, hint or folded
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
    """The blocks people read, causes first: a file with a finding that others follow from (a misspelt
    `levels:` that every name of those levels follows from) leads, that finding first in it and then one line
    that counts what follows from it, folded; then the removed levels, then the other files."""
    folded = findings.following()
    hidden = {id(d) for found in folded.values() for d in found}
    removed: dict[str, list[tuple[Diagnostic, str]]] = {}
    rest = []
    for d in (d for d in findings.diagnostics if id(d) not in hidden):
        match = _REMOVED.fullmatch(d.message) if d.code == "removed-level" else None
        if match:
            removed.setdefault(match.group(1), []).append((d, match.group(2)))
        else:
            rest.append(d)
    leading: list[list[Line]] = []
    others: list[list[Line]] = []
    for _, group in Findings(rest, findings.files).by_file():
        # a finding with others elsewhere following from it leads; one with only its own line's (the rest of a
        # requirement the same mistake is part of) stays where its line puts it
        roots = [d for d in group if d.key in folded and not _on_its_line(d, folded[d.key])]
        block: list[Line] = []
        for d in roots + [d for d in group if d not in roots]:
            block += _finding(d)
            if d.key in folded:
                block.append(_fold(d, folded.pop(d.key)))
        (leading if roots else others).append(block)
    return leading + [_removed_block(key, places) for key, places in sorted(removed.items())] + others


def _finding(d: Diagnostic) -> list[Line]:
    lines: list[Line] = [(d.severity.value, f"{location(d)}: {d.severity.value} {d.code} {d.message}")]
    lines += [("source", line) for line in excerpt(d)]
    if d.hint:
        lines.append(("hint", f"    hint: {d.hint}"))
    return lines + _unshown_causes([d])


def _unshown_causes(found: list[Diagnostic]) -> list[Line]:
    """Where findings follow from one this run does not show (a path or --changed-since left it out): where."""
    lines: list[Line] = []
    for c in dict.fromkeys(d.cause for d in found if d.cause is not None):
        at = c.file or "<program>"
        at += f":{c.line}" if c.line is not None else ""
        at += f":{c.column}" if c.line is not None and c.column is not None else ""
        lines.append(("hint", f"    this follows from {c.code} at {at}: fix that first"))
    return lines


def _on_its_line(cause: Diagnostic, following: list[Diagnostic]) -> bool:
    return all(d.file == cause.file and d.line == cause.line for d in following)


def _fold(cause: Diagnostic, following: list[Diagnostic]) -> Line:
    if _on_its_line(cause, following):  # "5+ years of Go": the years, and Go, which no behaviour states
        also = "; ".join(dict.fromkeys(f"{d.code} ({d.cause.lost})" if d.cause else d.code for d in following))
        return ("folded", f"    … also {also}")
    return ("folded", f"    {folded_sentence(cause, following)}")


def folded_sentence(cause: Diagnostic, following: list[Diagnostic]) -> str:
    """One sentence for every finding that follows from `cause`: how many, where, and what was lost. The line
    that counts the references left unchecked (the cause's file could not be read) is said, not counted."""
    from mobility_cli.check.references import UNCHECKED_REFERENCES

    counted_ones = [d for d in following if d.code != UNCHECKED_REFERENCES.code]
    lost = [text for text, _ in Counter(d.cause.lost for d in following if d.cause and d.cause.lost).most_common(2)]
    if not counted_ones:
        return f"… {'; '.join(lost) or 'what follows from it was not checked'}: run again once it is fixed"
    count = len(counted_ones)
    elsewhere = " elsewhere" if all(d.file != cause.file for d in counted_ones) else ""
    why = f" ({'; '.join(lost)})" if lost else ""
    verb = agreeing(count, "follows", "follow")
    return f"… and {counted(count, 'finding')}{elsewhere} that {verb} from it{why}: run again once it is fixed"


def _removed_block(key: str, places: list[tuple[Diagnostic, str]]) -> list[Line]:
    places = sorted(places, key=lambda p: p[0].sort_key())
    common = Counter(d.hint for d, _ in places).most_common(1)[0][0]
    count = counted(len(places), "place")
    still = agreeing(len(places), "still names it", "still name it")
    block: list[Line] = [("heading", f"level {key} was removed, but {count} {still} (removed-level):")]
    for d, subject in places:
        block.append(("error", f"  {location(d)}: {subject}"))
        if d.hint != common and d.hint:
            block.append(("hint", f"      hint: {d.hint}"))
    if common:
        block.append(("hint", f"    hint: {common}"))
    return block + _unshown_causes([d for d, _ in places])


def format_text(findings: Findings) -> str:
    lines: list[str] = []
    for block in blocks(findings):
        lines += [text for _, text in block] + [""]
    lines.append(findings.summary(people=True).sentence())
    return "\n".join(lines) + "\n"


_STYLES = {
    "heading": "bold red",
    "error": "red",
    "warning": "yellow",
    "info": "cyan",
    "source": "blue",
    "hint": "green",
    "folded": "dim",
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
    summary = findings.summary(people=True)
    style = "bold red" if summary.errors else "yellow" if summary.warnings else "bold green"
    console.print(f"[{style}]{summary.sentence()}[/]")

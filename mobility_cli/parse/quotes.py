"""Typographic quotes (“ ” ‘ ’ „ ‚ « » and the like) where YAML's straight quotes were meant.

Word, Google Docs and most mail and chat tools turn straight quotes into typographic ones as you type. YAML
quotes only with the straight " and ': `role: “Support Lead, Americas”` keeps the marks as part of the value
(they show on the board), `owners: [“@data-leads”]` names an owner nobody is, and inside braces the comma of
`title: “Senior Agent, Tier 2”` splits the value in two. Which characters are quotation marks is Unicode's
answer, not a list kept here: initial and final quote punctuation, and every character named a quotation mark.

A value (or key) is reported when it begins with such a mark and the mark that closes it ends it: that is
YAML quoting that did not happen. Typographic quotes inside a sentence, in a quoted value ("“Hi”" is
deliberate), in a block of text (`|`) or in a comment are not reported.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import yaml

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.parse.reparse import Loader, parses, replaced

TYPOGRAPHIC_QUOTES = declare(
    "typographic-quotes",
    "reading",
    Severity.ERROR,
    "A value in typographic quotes (“ ” ‘ ’ „ « ») where YAML quotes were meant.",
    "YAML quotes only with straight quotes, so the marks become part of the value: they show on the board, an "
    "owner or a level in them is not found, and inside braces a comma splits the value in two.",
    "Retype the quotes as straight quotes (\" or '); to keep typographic quotes in a value, put the whole value "
    'in straight quotes: "“Hi”".',
    fires="role: “Support Lead, Americas”, or owners: [“@data-leads”]",
    passes='role: "Support Lead, Americas", or bio: She says “ship it” a lot (quotes inside a sentence)',
)

_VALUE_OPENERS = ":-[{,?"  # what stands before a value or key, spaces aside (or nothing: the line starts it)
_FLOW_ENDS = ",]}"
_MAX_TRIES = 20  # fixes checked one by one when the text with all of them does not parse
LONG = 160  # a fixed line longer than this is described, not shown
_IN_PLACE = 100_000  # up to this size a fix is checked in its place in the text; beyond, its line alone


@lru_cache(maxsize=512)
def is_typographic_quote(char: str) -> bool:
    """A quotation mark other than the straight " and ': initial or final quote punctuation (“ ” ‘ ’ « » ‹ ›),
    or a character Unicode names a quotation mark („ ‚ ＂ 〝 ❝ ...)."""
    if char.isascii():
        return False
    name = unicodedata.name(char, "")
    return unicodedata.category(char) in ("Pi", "Pf") or "QUOTATION MARK" in name or name == "FULLWIDTH APOSTROPHE"


def has_typographic_quotes(text: str) -> bool:
    return not text.isascii() and any(is_typographic_quote(c) for c in set(text) if not c.isascii())


def shown(text: str, limit: int = 60) -> str:
    """Text as a message quotes it: whole, or its start."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _starts_value(line: str, index: int) -> bool:
    before = index - 1
    while before >= 0 and line[before] == " ":  # each run of spaces is passed once per mark: linear in all
        before -= 1
    return before < 0 or line[before] in _VALUE_OPENERS


def _ends_value(line: str, index: int, flow: bool) -> bool:
    """True when the mark at `index` ends a value: the line, a comment or a key's colon follows it (or, in
    braces or brackets, the comma or bracket that ends an entry)."""
    after = index + 1
    while after < len(line) and line[after] == " ":
        after += 1
    if after == len(line) or (line[after] == ":" and line[after + 1 : after + 2] in ("", " ")):
        return True
    if line[after] == "#":
        return after > index + 1
    return flow and line[after] in _FLOW_ENDS


def stretches(line: str, flow: bool | None = None, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """(opening, closing) columns of each stretch of a line in typographic quotes that starts a value and ends
    it. `flow`: whether the line is inside braces or brackets (None: guess from the line); `starts`: the only
    columns where a value may start (known from the YAML tokens), or None for any. Linear in the line."""
    if flow is None:
        flow = any(c in line for c in "[{")
    marks = [i for i, c in enumerate(line) if is_typographic_quote(c)]
    closers = [i for i in marks if _ends_value(line, i, flow)]
    found: list[tuple[int, int]] = []
    known = set(marks)
    for opening in marks if starts is None else sorted(i for i in starts if i in known):
        if (found and opening <= found[-1][1]) or not _starts_value(line, opening):
            continue
        after = bisect_right(closers, opening)
        if after < len(closers):
            found.append((opening, closers[after]))
    return found


def straightened(line: str, found: list[tuple[int, int]]) -> str:
    """The line with each stretch in straight double quotes (escaped as YAML needs; without the spaces French
    typesetting puts inside « »)."""
    out, last = [], 0
    for opening, closing in found:
        inner = line[opening + 1 : closing].strip().replace("\\", "\\\\").replace('"', '\\"')
        out += [line[last:opening], f'"{inner}"']
        last = closing + 1
    return "".join(out) + line[last:]


def marks_of(line: str, found: list[tuple[int, int]]) -> str:
    """The quote marks used, as shown in a message: “ ”."""
    used = dict.fromkeys(line[i] for pair in found for i in pair)
    return " ".join(used)


@dataclass(frozen=True, slots=True)
class Quoted:
    """A line with values in typographic quotes: 0-based line, its stretches, whether it is inside a flow."""

    line: int
    found: list[tuple[int, int]]
    flow: bool


def quoted_values(text: str) -> list[Quoted]:
    """Lines of a YAML text (that parses) whose plain values or keys are in typographic quotes, found from the
    YAML tokens so that quoted values, blocks of text and comments are left alone."""
    if not has_typographic_quotes(text):
        return []
    lines = text.split("\n")
    starts: dict[int, list[int]] = {}
    flows: dict[int, bool] = {}
    depth = 0
    try:
        for token in yaml.scan(text, Loader=Loader):
            if isinstance(token, yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken):
                depth += 1
            elif isinstance(token, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken):
                depth -= 1
            elif isinstance(token, yaml.ScalarToken) and token.plain and is_typographic_quote(token.value[:1]):
                mark = token.start_mark
                starts.setdefault(mark.line, []).append(mark.column)
                flows[mark.line] = flows.get(mark.line, False) or depth > 0
    except yaml.YAMLError:  # pragma: no cover - only texts that parse are scanned
        return []
    found = [Quoted(n, stretches(lines[n], flows[n], starts[n]), flows[n]) for n in sorted(starts)]
    return [q for q in found if q.found]


def quote_findings(text: str, file: str, line_offset: int = 0) -> list[Diagnostic]:
    """A finding for each line of a YAML text (that parses) with values in typographic quotes, at the first
    opening mark; the hint shows the line with straight quotes once the text with it parses."""
    quoted = quoted_values(text)
    if not quoted:
        return []
    lines = text.split("\n")
    fixed = list(lines)
    for q in quoted:
        fixed[q.line] = straightened(lines[q.line], q.found)
    large = len(text) > _IN_PLACE
    every_fix_parses = not large and parses("\n".join(fixed))
    found = []
    for tries, q in enumerate(quoted):
        source, new = lines[q.line], fixed[q.line]
        alone = new.strip() if large else replaced(lines, q.line, new)
        offered = len(new.strip()) <= LONG and (every_fix_parses or (tries < _MAX_TRIES and parses(alone)))
        opening, closing = q.found[0]
        value = shown(source[opening : closing + 1])
        more = f" (and {len(q.found) - 1} more on this line)" if len(q.found) > 1 else ""
        split = ", and the comma inside splits it in two" if q.flow and "," in value else ""
        what = "field name" if source[closing + 1 :].lstrip().startswith(":") else "value"
        message = (
            f"{value}{more} is in typographic quotes ({marks_of(source, q.found)}), which YAML does not read as "
            f"quotes: the marks become part of the {what}{split}"
        )
        hint = f"use straight quotes: `{new.strip()}`" if offered else 'retype the quotes as straight quotes (")'
        line = q.line + 1 + line_offset
        found.append(
            Diagnostic(TYPOGRAPHIC_QUOTES.code, Severity.ERROR, message, file, line, opening + 1, None, hint, source)
        )
    return found

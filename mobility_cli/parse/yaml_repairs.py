"""A syntax error at the line of the mistake, found by repairing it.

The parser notices a missing colon a line late: `team Customer Support` is read as the start of a key that
never gets its colon, and the error lands on the next line in the parser's words. So the lines up to the
error are tried in turn, each repaired as the usual mistakes would be (a missing colon, `=` for `:`, no space
after the colon, typographic quotes, a value with ": " in it), and the first repair that lets the parser read
on past the error names the line, the column and the fix. A fix is offered only when the text with it in
place parses that far: no suggestion is itself invalid YAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain

from mobility_cli.parse.quotes import LONG, marks_of, shown, straightened, stretches
from mobility_cli.parse.reparse import first_error, replaced, value_text

_PREFIX = re.compile(r"[ ]*(?:-[ ]+)*")  # indentation and list dashes
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_EQUALS = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ ]*=[ ]*(\S.*)")
_NO_SPACE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):([^\s/:].*)")
_QUOTE_VALUE = re.compile(r"([A-Za-z_][A-Za-z0-9_ -]*):[ ]+([^\"'\[{|>&*!].*)")
LOOK_BACK = 8  # lines with text tried before the error
BUDGET = 1_000_000  # characters parsed again, at most, for one error (a 1 MB file: one try)


@dataclass(frozen=True, slots=True)
class Fix:
    """One way a line may be wrong, undone: `kind` of mistake, `column` (in the line) where it is, `line` as
    fixed (indentation kept), the field name it is about, and the line (0-based) it was found on."""

    kind: str  # "quotes", "equals", "space", "colon", "quote-value", "indent"
    column: int
    line: str
    key: str = ""
    joined: bool = False  # a field name written as words (`working hours`)
    at: int = 0


@cache
def known_fields() -> frozenset[str]:
    """Every field name a schema of mobility's declares: the names a missing colon most likely follows."""
    from mobility_cli.resources import load_schema, schema_kinds

    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            names.update(k for k in node.get("properties", {}) if isinstance(k, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for kind in schema_kinds():
        walk(load_schema(kind))
    return frozenset(names)


def body_fixes(body: str, fields: frozenset[str]) -> Iterator[Fix]:
    """The ways a body (a line without its indentation and list dash) may be missing its colon, each undone;
    columns are in the body. Known field names come first."""
    if (match := _EQUALS.fullmatch(body)) is not None:
        key, value = match.groups()
        yield Fix("equals", body.index("="), f"{key}: {value_text(key, value)}", key)
    if (match := _NO_SPACE.fullmatch(body)) is not None:
        key, value = match.groups()
        yield Fix("space", len(key), f"{key}: {value_text(key, value)}", key)
    words = list(re.finditer(r"\S+", body))
    if len(words) < 2 or not _WORD.fullmatch(words[0].group()):
        return
    tried: list[tuple[str, int, bool]] = []
    for count in (3, 2):
        names = [w.group() for w in words[:count]]
        name = "_".join(names).lower()
        if len(words) > count and all(_WORD.fullmatch(n) for n in names) and name in fields:
            tried.append((name, words[count - 1].end(), True))
    tried.append((words[0].group(), words[0].end(), False))
    tried.sort(key=lambda t: t[0] not in fields)
    for key, end, joined in tried:
        value = body[end:].strip()
        if key in fields or len(value.split()) <= 3:  # not a sentence: a field nobody declared, and its value
            yield Fix("colon", end, f"{key}: {value_text(key, value)}", key, joined)


def line_fixes(line: str, fields: frozenset[str]) -> Iterator[Fix]:
    """The repairs of one line, columns and lines whole (indentation and dashes kept)."""
    found = stretches(line)
    if found:
        yield Fix("quotes", found[0][0], straightened(line, found))
    prefix = _PREFIX.match(line)
    start = prefix.end() if prefix else 0
    body = line[start:]
    if not body or body.startswith(("#", "---", "...")):
        return
    for fix in body_fixes(body, fields):
        yield Fix(fix.kind, start + fix.column, line[:start] + fix.line, fix.key, fix.joined)
    match = _QUOTE_VALUE.fullmatch(body)
    if match is not None and ": " in match.group(2) and " #" not in match.group(2):
        key, value = match.group(1), match.group(2).rstrip()
        column = start + len(key) + 1 + body[len(key) + 1 :].index(": ")
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        yield Fix("quote-value", column, f"{line[:start]}{key}: {quoted}", key)


def _lines_to_try(lines: list[str], problem: int, context: int | None) -> list[int]:
    order = [context] if context is not None and context <= problem else []
    tried = 0
    for number in range(min(problem, len(lines) - 1), -1, -1):
        if tried >= LOOK_BACK:
            break
        if lines[number].strip() and not lines[number].lstrip().startswith("#"):
            order.append(number)
            tried += 1
    return list(dict.fromkeys(order))


def _dedented(lines: list[str], number: int) -> list[tuple[int, Fix]]:
    """The error's line moved left, in line with the line above it, where it is further right."""
    line = lines[number] if number < len(lines) else ""
    indent = len(line) - len(line.lstrip(" "))
    above = next((n for n in range(number - 1, -1, -1) if lines[n].strip() and lines[n].lstrip()[0] != "#"), None)
    if not line.strip() or above is None or (left := len(lines[above]) - len(lines[above].lstrip(" "))) >= indent:
        return []
    return [(number, Fix("indent", indent, " " * left + line.lstrip(" "), lines[above].strip()))]


def find_repair(text: str, problem: tuple[int, int], context: int | None = None) -> Fix | None:
    """The first repair of a line at or before the error (`problem`, 0-based; `context`: the line the
    parser says the construct began on) after which the parser reads past the error's line."""
    lines = text.split("\n")
    head = lines[: problem[0] + 2]  # the text after the error cannot change where it is
    spent = 0
    fields = known_fields()
    numbers = _lines_to_try(head, problem[0], context)
    tries = chain(((n, fix) for n in numbers for fix in line_fixes(head[n], fields)), _dedented(head, problem[0]))
    for number, fix in tries:  # the line's own mistakes first, its indentation last
        trial = replaced(head, number, fix.line)
        spent += len(trial)
        if spent > BUDGET:
            return None
        after = first_error(trial)
        if after is None or after[0] > problem[0]:
            return Fix(fix.kind, fix.column, fix.line, fix.key, fix.joined, number)
    return None


def words_for(fix: Fix, original: str) -> tuple[str, str]:
    """The message and hint for a repair found by `find_repair` (so the fix shown parses in its place); a fixed
    line too long to show whole is described instead."""
    typed, fixed = shown(original.strip()), fix.line.strip()
    show = len(fixed) <= LONG
    if fix.kind == "quotes":
        found = stretches(original)
        value = original[found[0][0] : found[0][1] + 1]
        why = "so the text inside them is read as YAML"
        if ": " in value:
            why = "so the colon inside is read as the start of another key"
        elif " #" in value:
            why = "so the # inside starts a comment"
        return (
            f"{shown(value)} is in typographic quotes ({marks_of(original, found)}), which YAML does not read as "
            f"quotes, {why}",
            f"use straight quotes: `{fixed}`" if show else 'retype the quotes as straight quotes (")',
        )
    if fix.kind == "indent":
        moved, above = fix.column - (len(fix.line) - len(fix.line.lstrip(" "))), shown(fix.key)
        return (
            f"`{typed}` is indented further than `{above}` above it, so YAML takes it for more of that line's value",
            f"start it {moved} space{'s' if moved > 1 else ''} further left, in line with `{above}` (or, if it "
            "is more of that value, put the whole value in quotes)",
        )
    said = {
        "equals": (f"`{typed}` uses = where YAML needs a colon", "write a colon and a space instead of ="),
        "space": (f"`{typed}` needs a space after the colon", "put a space after the colon"),
        "colon": (
            f"`{typed}` needs a colon after the field name" + (" (with _ between its words)" if fix.joined else ""),
            "write the field name, a colon and a space, then the value",
        ),
    }
    if fix.kind in said:
        message, hint = said[fix.kind]
        return (f"{message}: `{fixed}`", f"{hint}: `{fixed}`") if show else (message, hint)
    return (
        "this value contains a colon followed by a space, which YAML reads as the start of another key",
        f"put the whole value in quotes: {fixed}" if show else "put the whole value in quotes",
    )

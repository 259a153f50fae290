"""YAML syntax errors in plain words: what HR's editors actually get wrong, each with its own message and fix,
at the place to fix it (the bracket that was never closed, not the line where the parser gave up).

The parser's own wording ("did not find expected ',' or '}' while parsing a flow mapping") is kept only for
errors none of these recognise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import yaml

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.parse.quotes import has_typographic_quotes, is_typographic_quote, shown
from mobility_cli.parse.reparse import parses
from mobility_cli.parse.yaml_repairs import Fix, find_repair, words_for

YAML_SYNTAX = declare(
    "yaml-syntax",
    "reading",
    Severity.ERROR,
    "The YAML or front matter cannot be parsed.",
    "A file that does not parse cannot be checked, and HR's change would silently not take effect.",
    "Fix the syntax at the line shown; indentation and unclosed quotes are the usual causes.",
)


_DASH = re.compile(r"([ ]*)-([A-Za-z{\[\"'])")  # `-ic1`: a dash where a list item was meant
_BLOCK_SCALAR = re.compile(r".*:[ ]*[|>][+-]?[0-9]?[ ]*(#.*)?")


@dataclass(frozen=True, slots=True)
class Explained:
    message: str
    hint: str
    line: int  # 0-based, in the text given
    column: int  # 0-based


def line_of(text: str, line: int) -> str:
    """One line of the text (0-based), or "" past its end."""
    lines = text.split("\n")
    return lines[line] if 0 <= line < len(lines) else ""


def _char(text: str, line: int, column: int) -> str:
    source = line_of(text, line)
    return source[column] if 0 <= column < len(source) else ""


def explain(
    problem: str, context: str, at: tuple[int, int], opened: tuple[int, int] | None, text: str
) -> Explained | None:
    """A plain-words version of a parser error (`at`: where it gave up; `opened`: where the construct it was
    reading began, 0-based), or None where it is none of the known mistakes."""
    if "\t" in problem or "tab" in problem or _char(text, *at) == "\t":
        return Explained(
            "a tab is used to indent this line; YAML indents with spaces only",
            "replace the tab with spaces (most editors can show tabs, and convert them)",
            *at,
        )
    started = opened[0] if opened is not None and ("simple key" in context or "flow" in context) else None
    repair = find_repair(text, at, started)
    if repair is not None and repair.kind == "quotes":  # typographic quotes: the cause, whatever else broke
        return _repaired(repair, text, at)
    if opened is not None and "flow mapping" in context:
        return _unclosed("{", "}", opened)
    if opened is not None and "flow sequence" in context:
        return _unclosed("[", "]", opened)
    if opened is not None and "quoted scalar" in context:
        quote = _char(text, *opened) or '"'
        return Explained(
            f"the text that starts with {quote} here is never closed",
            f"end it with a second {quote} on the same line",
            *opened,
        )
    if repair is not None:
        return _repaired(repair, text, at)
    if problem.startswith("mapping values are not allowed"):
        return _colon_in_value(text, at)
    if started is not None and "expected ':'" in problem:
        return _no_colon(text, (started, opened[1] if opened else 0))
    if "expected key" in problem or "expected <block end>" in problem:
        return Explained(
            "this line is indented differently from the lines it belongs with",
            "line it up with the other fields of the same item, using spaces",
            *at,
        )
    return None


def _repaired(repair: Fix, text: str, at: tuple[int, int]) -> Explained:
    message, hint = words_for(repair, line_of(text, repair.at))
    column = at[1] if repair.kind == "quote-value" and repair.at == at[0] else repair.column
    return Explained(message, hint, repair.at, column)


def _colon_in_value(text: str, at: tuple[int, int]) -> Explained:
    """A colon the parser did not expect, where no single repair of a line lets it read on."""
    if ": " in line_of(text, at[0]).partition(": ")[2]:
        return Explained(
            "this value contains a colon followed by a space, which YAML reads as the start of another key",
            "put the whole value in quotes, and check the lines above it for a missing colon or quote",
            *at,
        )
    return Explained(
        "YAML did not expect a colon here: a line above may be missing the colon after its field name, or "
        "this line is indented further than the fields it belongs with",
        "check the lines above for a field written without a colon (`name value`), and the indentation",
        *at,
    )


def _no_colon(text: str, started: tuple[int, int]) -> Explained:
    """A line the parser began to read as a field and never found the colon of (`c`, `// note`)."""
    typed = line_of(text, started[0]).strip()
    return Explained(
        f"`{shown(typed)}` has no colon: YAML reads each line here as a field, `name: value`",
        "add the colon after the field name, or start the line with # if it is a note",
        started[0],
        started[1] + len(typed.split()[0]) if typed else started[1],
    )


def _unclosed(opener: str, closer: str, opened: tuple[int, int]) -> Explained:
    return Explained(
        f"the {opener} opened here is never closed",
        f"close it with {closer} at the end of the entry, or check the commas between its values",
        *opened,
    )


def dashes_without_space(text: str) -> list[Explained]:
    """Lines like `-ic1`, which YAML reads as text rather than as a list item (so nothing breaks, and the value is
    silently wrong). Block scalars (`|`, `>`) are skipped: there a dash is just text."""
    found = []
    block_indent: int | None = None
    for number, line in enumerate(text.split("\n")):
        indent = len(line) - len(line.lstrip(" "))
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue
            block_indent = None
        if _BLOCK_SCALAR.fullmatch(line):
            block_indent = indent
            continue
        match = _DASH.match(line)
        if match and not line.startswith("---"):
            item = line.strip()
            fixed = f"- {item[1:]}"
            hint = f"write `{fixed}`" if parses(fixed) else "put a space after the dash"
            found.append(
                Explained(
                    f"`{item}` is not a list item: a dash needs a space after it", hint, number, len(match.group(1))
                )
            )
    return found


def syntax_error(exc: yaml.MarkedYAMLError, text: str, file: str, line_offset: int) -> Diagnostic:
    """The parser's error in plain words where it is a known mistake, with the line it is on."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return Diagnostic(YAML_SYNTAX.code, Severity.ERROR, str(exc.problem or "invalid YAML"), file)
    opened = (exc.context_mark.line, exc.context_mark.column) if exc.context_mark else None
    explained = explain(exc.problem or "", exc.context or "", (mark.line, mark.column), opened, text)
    if explained is None:
        problem = exc.problem or "invalid YAML"
        problem = f"{problem} ({exc.context})" if exc.context else problem
        explained = Explained(problem, "check indentation, colons and quotes around this line", mark.line, mark.column)
    source = line_of(text, explained.line)
    if has_typographic_quotes(source) and "typographic" not in explained.message:
        marks = " ".join(dict.fromkeys(c for c in source if is_typographic_quote(c)))
        note = f'the typographic quotes on this line ({marks}) are not quotes to YAML: type straight ones ("); '
        explained = replace(explained, hint=note + explained.hint)
    return diagnostic_at(explained, text, file, line_offset)


def diagnostic_at(explained: Explained, text: str, file: str, line_offset: int) -> Diagnostic:
    line, column = explained.line + 1 + line_offset, explained.column + 1
    source = line_of(text, explained.line)
    return Diagnostic(
        YAML_SYNTAX.code, Severity.ERROR, explained.message, file, line, column, None, explained.hint, source
    )

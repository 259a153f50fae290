"""YAML syntax errors in plain words: what HR's editors actually get wrong, each with its own message and fix,
at the place to fix it (the bracket that was never closed, not the line where the parser gave up).

The parser's own wording ("did not find expected ',' or '}' while parsing a flow mapping") is kept only for
errors none of these recognise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity

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
    if problem.startswith("mapping values are not allowed"):
        source = line_of(text, at[0])
        key, _, value = source.partition(": ")
        example = f'{key.strip()}: "{value.strip()}"' if value else 'name: "Amara: Platform lead"'
        return Explained(
            "this value contains a colon followed by a space, which YAML reads as the start of another key",
            f"put the whole value in quotes: {example}",
            *at,
        )
    if "expected key" in problem or "expected <block end>" in problem:
        return Explained(
            "this line is indented differently from the lines it belongs with",
            "line it up with the other fields of the same item, using spaces",
            *at,
        )
    return None


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
            found.append(
                Explained(
                    f"`{item}` is not a list item: a dash needs a space after it",
                    f"write `- {item[1:]}`",
                    number,
                    len(match.group(1)),
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
    return diagnostic_at(explained, text, file, line_offset)


def diagnostic_at(explained: Explained, text: str, file: str, line_offset: int) -> Diagnostic:
    line, column = explained.line + 1 + line_offset, explained.column + 1
    source = line_of(text, explained.line)
    return Diagnostic(
        YAML_SYNTAX.code, Severity.ERROR, explained.message, file, line, column, None, explained.hint, source
    )

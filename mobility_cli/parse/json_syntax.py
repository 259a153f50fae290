"""A JSON file's syntax errors in JSON's own words. A `.json` file is read as YAML (JSON is YAML, and the YAML
reader gives positions, repeated keys and limits), but YAML's wording for a JSON mistake misleads: a missing comma
reads as "the [ opened here is never closed". The JSON parser names the mistake and the place it is at."""

from __future__ import annotations

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.parse.yaml_errors import YAML_SYNTAX, line_of

_HINTS = {
    "Expecting ',' delimiter": "a comma is missing between two values, or a bracket is not closed",
    "Expecting ':' delimiter": "put a colon between a key and its value",
    "Expecting property name enclosed in double quotes": 'write every key in double quotes; no comma before "}"',
    "Expecting value": 'a value is missing here; JSON allows no comma before "]" or "}"',
    "Unterminated string starting at": "end the text with a second double quote on the same line",
    "Extra data": "remove what follows the end of the JSON document",
    "Invalid \\escape": "write a backslash in text as \\\\",
    "Invalid control character at": "write a tab or a line break in text as \\t or \\n",
}


def is_json(file: str) -> bool:
    return file.lower().endswith(".json")


def json_syntax(text: str, file: str) -> Diagnostic | None:
    """The first syntax error of a JSON document, at its line and column; None when it is JSON."""
    if not text.strip():
        empty = "invalid JSON: the file is empty"
        return Diagnostic(YAML_SYNTAX.code, Severity.ERROR, empty, file, 1, 1, None, "write a JSON document")
    import json  # only a .json file is read with it: program files are YAML

    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg[:1].lower()}{exc.msg[1:]}"
        hint = _HINTS.get(exc.msg, "check the commas, quotes and brackets around this point")
        source = line_of(text, exc.lineno - 1)
        return Diagnostic(YAML_SYNTAX.code, Severity.ERROR, message, file, exc.lineno, exc.colno, None, hint, source)
    except (RecursionError, ValueError):
        return None  # nesting or a number too large for the JSON reader: the YAML reader reports it
    return None

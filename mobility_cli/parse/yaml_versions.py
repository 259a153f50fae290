"""Where YAML 1.1 and YAML 1.2 read the same plain value differently.

mobility reads YAML 1.1 (PyYAML); editors with the YAML language server read YAML 1.2's core schema. Neither
is wrong, but a value they disagree on means the editor and `validate` can contradict each other:
`opt_in: yes` is true here and the text "yes" there, `months: 1:30` is 90 here and text there, `months: 012`
is 10 here (octal) and 12 there, `1e3` is text here and 1000 there. Such a value is reported (check/
yaml_versions.py) with the spelling both read alike.
"""

from __future__ import annotations

import re

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution)
_BOOL_12 = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})
_INT_12 = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT_12 = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_OCTAL_11 = re.compile(r"[-+]?0[0-7]+")


def disagreement(text: str, kind: str) -> tuple[str, str] | None:
    """For a plain scalar YAML 1.1 resolved to `kind` (str, bool, int, float): how 1.1 and 1.2 each read it,
    or None where they agree."""
    if kind == "str":
        if _INT_12.fullmatch(text):
            return "text", f"the number {_int_12(text)}"
        if _FLOAT_12.fullmatch(text):
            return "text", "a number"
        return None
    if kind == "bool":
        return None if text in _BOOL_12 else (f"{_bool_11(text)}", f'the text "{text}"')
    if kind == "int":
        if any(c in text for c in ":_") or text.lstrip("+-").startswith(("0b", "0B")):
            return f"the number {_int_11(text)}", f'the text "{text}"'
        if _OCTAL_11.fullmatch(text):
            octal, decimal = int(text, 8), int(text, 10)
            if octal != decimal:  # 007 is 7 either way; 012 is 10 or 12
                return f"the number {octal} (octal)", f"the number {decimal}"
        return None
    if kind == "float" and any(c in text for c in ":_"):
        return "a number", f'the text "{text}"'
    return None


def _bool_11(text: str) -> str:
    return "true" if text.lower() in ("yes", "y", "on", "true") else "false"


def _int_11(text: str) -> str:
    """How YAML 1.1 reads a sexagesimal, binary or underscored number (rare: only where the versions differ)."""
    import yaml

    try:
        return str(yaml.safe_load(text))
    except yaml.YAMLError:  # pragma: no cover - the composer already resolved it as an int
        return text


def _int_12(text: str) -> int:
    return int(text, 8) if text.startswith("0o") else int(text, 16) if text.startswith("0x") else int(text)

"""Parsing a changed text again: how a suggested fix is proved to parse before it is offered, and how a syntax
error's real line is found (the change that lets the parser read on is the mistake it undoes)."""

from __future__ import annotations

import yaml

__all__ = ["Loader", "first_error", "one_field", "parses", "replaced", "value_text"]

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as Loader  # type: ignore[assignment]


def first_error(text: str) -> tuple[int, int] | None:
    """Where the text stops parsing (0-based line and column), or None when it parses."""
    try:
        yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return (mark.line, mark.column) if mark else (0, 0)
    except (yaml.YAMLError, RecursionError, ValueError):
        return (0, 0)
    return None


def parses(text: str) -> bool:
    return first_error(text) is None


def _field(snippet: str, key: str) -> yaml.Node | None:
    """The value of `snippet` parsed alone as a mapping (or a list item holding one) whose first key is `key`."""
    try:
        node = yaml.compose(snippet, Loader=Loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    while isinstance(node, yaml.SequenceNode) and node.value:
        node = node.value[0]
    if isinstance(node, yaml.MappingNode) and node.value and node.value[0][0].value == key:
        value: yaml.Node = node.value[0][1]
        return value
    return None


def one_field(snippet: str, key: str) -> bool:
    """True when `snippet` parses, alone, as a mapping (or a list item holding one) whose first key is `key`."""
    return _field(snippet, key) is not None


def value_text(key: str, value: str) -> str:
    """`value` as written after `key: `: as it is where YAML reads it as that value (not 09:00 as 540 minutes,
    YAML 1.1's base 60), otherwise in quotes."""
    node = _field(f"{key}: {value}", key) if value else None
    sixty = isinstance(node, yaml.ScalarNode) and ":" in node.value and node.tag.endswith(("int", "float"))
    if node is not None and not sixty:
        return value
    if '"' in value and "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def replaced(lines: list[str], index: int, line: str) -> str:
    return "\n".join([*lines[:index], line, *lines[index + 1 :]])

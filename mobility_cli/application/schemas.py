"""The JSON Schemas (draft 2020-12) of the program's document kinds, for editors and other tools."""

from __future__ import annotations

from typing import Any


def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of program document; an UnknownName, listing the kinds, for any other."""
    from mobility_cli.errors import UnknownName
    from mobility_cli.resources import load_schema, schema_kinds

    kinds = schema_kinds()
    if kind not in kinds:
        raise UnknownName(f'unknown document kind "{kind}"', f"kinds: {', '.join(kinds)}")
    return load_schema(kind)

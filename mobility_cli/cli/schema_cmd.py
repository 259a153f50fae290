"""`mobility schema KIND`: the JSON Schema of a document kind, for editors and other tools."""

from __future__ import annotations

import json

import typer

from mobility_cli.cli.console import out


def schema(kind: str = typer.Argument(..., help="program, tracks, framework, posting, mentor or moves.")) -> None:
    """Print the JSON Schema (draft 2020-12) of one kind of program document."""
    from mobility_cli.errors import UnknownName
    from mobility_cli.resources import load_schema, schema_kinds

    kinds = schema_kinds()
    if kind not in kinds:
        raise UnknownName(f'unknown document kind "{kind}"', f"kinds: {', '.join(kinds)}")
    out(json.dumps(load_schema(kind), indent=2, ensure_ascii=False) + "\n")

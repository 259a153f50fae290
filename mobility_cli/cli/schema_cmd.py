"""`mobility schema KIND`: the JSON Schema of a document kind, for editors and other tools."""

from __future__ import annotations

import json

import typer

from mobility_cli.cli.console import out


def schema(
    kind: str = typer.Argument(
        ..., help="program, tracks, framework, posting, mentor, moves; cohort, pairs or mentee."
    ),
) -> None:
    """Print the JSON Schema (draft 2020-12) of one kind of program document."""
    from mobility_cli.application.schemas import schema as schema_of

    out(json.dumps(schema_of(kind), indent=2, ensure_ascii=False) + "\n")

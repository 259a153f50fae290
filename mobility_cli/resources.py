"""Where the files that ship with mobility live: schemas, templates and the embedded default program.

A wheel carries them under `mobility_cli/_data`; a source checkout (and an editable install) has them at the
repository's top level, which is itself the default program.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    bundled = _PACKAGE / "_data"
    return bundled if bundled.is_dir() else _PACKAGE.parent


def default_program_root() -> Path:
    return data_root()


def schemas_dir() -> Path:
    return data_root() / "schemas"


def templates_dir() -> Path:
    return data_root() / "templates"


def schema_kinds() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in schemas_dir().glob("*.schema.json"))


@cache
def load_schema(kind: str) -> dict[str, Any]:
    with open(schemas_dir() / f"{kind}.schema.json", encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema

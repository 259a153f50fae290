"""The schemas compiled to Python ahead of time, the way validate-pyproject ships its own: fastjsonschema
turns a schema into a validation function, which is fast to run but slow to write (about 10 ms a schema,
plus 14 ms to import fastjsonschema), and `mobility path` reads two schemas to start. The generated modules
live in `check/fast_schemas/`; each records the digest of the schema it was made from, and a schema that no
longer matches is compiled at run time instead, so a stale module can cost time but never a wrong answer.

    python -m mobility_cli.check.schema_code      # after editing a schema (a test says when it is due)
"""

from __future__ import annotations

import zlib
from pathlib import Path

from mobility_cli.resources import load_schema, schema_kinds, schemas_dir

FOLDER = Path(__file__).resolve().parent / "fast_schemas"
# only "valid or not" is asked (jsonschema explains the rest): exceptions without the schema in them, which
# halves the code to import
DETAILED_EXCEPTIONS = False
_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n"
# YAML gives ints and floats, never a Decimal: the number checks need not import the decimal module
_DECIMAL = "from decimal import Decimal\n"
_NO_DECIMAL = "Decimal = float  # mobility: YAML never gives a Decimal\n"
_OWN_EXCEPTION = '''

class JsonSchemaValueException(ValueError):
    """The data is not valid: this module's own, so that using it never imports fastjsonschema."""

    def __init__(self, message, *args, **kwargs):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException
'''


def schema_digest(kind: str) -> str:
    """A checksum of the schema file, to tell a stale module (not a defence against tampering: whoever can edit
    the package can edit the module too). CRC-32, since zlib is loaded anyway and hashlib costs 2 ms."""
    return f"{zlib.crc32((schemas_dir() / f'{kind}.schema.json').read_bytes()):08x}"


def generated(kind: str) -> str:
    """The module for one schema: fastjsonschema's code, its own exception class, and the schema's digest."""
    import fastjsonschema

    code = fastjsonschema.compile_to_code(load_schema(kind), detailed_exceptions=DETAILED_EXCEPTIONS)
    assert _IMPORT in code and _DECIMAL in code, "fastjsonschema's generated code changed: update schema_code.py"
    name = next(line.split("(")[0][4:] for line in code.splitlines() if line.startswith("def validate"))
    head = f'"""Made by `python -m mobility_cli.check.schema_code` from schemas/{kind}.schema.json: do not edit."""\n'
    tail = f'\n\nSCHEMA_DIGEST = "{schema_digest(kind)}"\nvalidate = {name}\n'
    code = code.replace(_IMPORT, _OWN_EXCEPTION).replace(_DECIMAL, _NO_DECIMAL)
    return head + "# ruff: noqa\n# mypy: ignore-errors\n" + code + tail


def main() -> None:
    for kind in schema_kinds():
        (FOLDER / f"{kind}_schema.py").write_text(generated(kind), encoding="utf-8")
        print(f"wrote {FOLDER.name}/{kind}_schema.py")


if __name__ == "__main__":
    main()

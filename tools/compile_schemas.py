"""A developer's tool, not shipped: the schemas compiled to Python ahead of time, the way validate-pyproject
ships its own. fastjsonschema turns a schema into a validation function, which is fast to run but slow to
write (about 10 ms a schema, plus 14 ms to import fastjsonschema), and `mobility path` reads two schemas to
start. The generated modules live in `mobility_cli/check/fast_schemas/`; each records the digest of the schema
it was made from, and a schema that no longer matches is compiled at run time instead, so a stale module can
cost time but never a wrong answer.

    python tools/compile_schemas.py      # after editing a schema (tests/test_schema_code.py says when it is due)
"""

from __future__ import annotations

from pathlib import Path

from mobility_cli.check.schema import DETAILED_EXCEPTIONS, schema_digest
from mobility_cli.resources import load_schema, schema_kinds

FOLDER = Path(__file__).resolve().parent.parent / "mobility_cli" / "check" / "fast_schemas"
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


def generated(kind: str) -> str:
    """The module for one schema: fastjsonschema's code, its own exception class, and the schema's digest."""
    import fastjsonschema

    code = fastjsonschema.compile_to_code(load_schema(kind), detailed_exceptions=DETAILED_EXCEPTIONS)
    assert _IMPORT in code and _DECIMAL in code, (
        "fastjsonschema's generated code changed: update tools/compile_schemas.py"
    )
    name = next(line.split("(")[0][4:] for line in code.splitlines() if line.startswith("def validate"))
    head = f'"""Made by `python tools/compile_schemas.py` from schemas/{kind}.schema.json: do not edit."""\n'
    tail = f'\n\nSCHEMA_DIGEST = "{schema_digest(kind)}"\nvalidate = {name}\n'
    code = code.replace(_IMPORT, _OWN_EXCEPTION).replace(_DECIMAL, _NO_DECIMAL)
    return head + "# ruff: noqa\n# mypy: ignore-errors\n" + code + tail


def main() -> None:
    for kind in schema_kinds():
        (FOLDER / f"{kind}_schema.py").write_text(generated(kind), encoding="utf-8")
        print(f"wrote {FOLDER.name}/{kind}_schema.py")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, installed or not
    main()

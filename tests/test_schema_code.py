"""The schemas compiled ahead of time (mobility_cli/check/fast_schemas) are what the schemas compile to now, and
they judge documents as the schemas do."""

from __future__ import annotations

import pytest

from mobility_cli.check import schema as schema_check
from mobility_cli.resources import schema_kinds
from tools.compile_schemas import FOLDER, generated


@pytest.mark.parametrize("kind", schema_kinds())
def test_each_compiled_schema_is_current(kind: str) -> None:
    written = (FOLDER / f"{kind}_schema.py").read_text(encoding="utf-8")
    assert written == generated(kind), f"run `python tools/compile_schemas.py` after editing {kind}'s schema"


def test_the_compiled_module_is_used_and_never_imports_fastjsonschema() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from mobility_cli.check.schema import _is_valid_fast as ok; "
        "print(ok('program', {'name': 'X'}), ok('program', {'name': 3}), 'fastjsonschema' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False", "False"]


def test_a_stale_module_is_compiled_again_instead(monkeypatch: pytest.MonkeyPatch) -> None:

    schema_check._fast.cache_clear()
    monkeypatch.setattr(schema_check, "schema_digest", lambda kind: "another schema")
    try:
        validate, invalid = schema_check._fast("program")
        assert invalid.__module__.startswith("fastjsonschema")
        with pytest.raises(invalid):
            validate({"name": 3})
    finally:
        schema_check._fast.cache_clear()

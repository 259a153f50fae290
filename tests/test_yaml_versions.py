"""YAML 1.1 (mobility) and YAML 1.2 (editors): every plain value the two read differently is reported, and no
other. The YAML 1.2 side is eemeli/yaml itself, the parser of the YAML language server editors use (from npm,
installed by .ci/system-packages), so this measures against the editor's real reading, not ours of the spec."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from pathlib import Path

import pytest

from mobility_cli.parse.yamldoc import parse_yaml
from tests.conftest import run_cli
from tests.test_ci_outputs import TOOLS, _need

VALUES = (  # noqa: SIM905 - a line of values reads better than a list of fifty strings
    "yes no on off Yes NO On OFF y n true False TRUE ~ null Null "
    "1:30 190:20:30.15 012 007 08 0 -0 +12 0o12 0x1F 0b101 1_000 1_000.5 1e3 1.0e5 6.8523015e+5 1.5 1.10 . "
    ".inf -.inf .nan .NaN 2026-11-01 2026-11-01T10:00:00Z 12:00 09:00-17:00 v1.2 1.2.3 0.5 .5 5. -1 +1.5e-3"
).split()


def yaml12(file: Path) -> dict[str, list[str]]:
    _need(shutil.which("node") is not None and (TOOLS / "node_modules" / "yaml").is_dir(), "eemeli/yaml")
    done = subprocess.run(["node", str(TOOLS / "yaml12.cjs"), str(file)], capture_output=True, text=True, check=True)
    read: dict[str, list[str]] = json.loads(done.stdout)[str(file)]
    return read


def _same(ours: object, theirs: list[str]) -> bool:
    kind, text = theirs
    if isinstance(ours, bool):
        return kind == "boolean" and str(ours).lower() == text
    if isinstance(ours, int | float):
        if kind != "number":
            return False
        number = float(text)
        return (math.isnan(number) and math.isnan(ours)) or float(ours) == number
    if ours is None:
        return kind == "null"
    return kind == "string" and str(ours) == text


def test_every_value_the_versions_read_differently_is_flagged_and_no_other(tmp_path: Path) -> None:
    text = "".join(f"k{i}: {value}\n" for i, value in enumerate(VALUES))
    (tmp_path / "values.yaml").write_text(text)
    theirs = yaml12(tmp_path / "values.yaml")
    doc = parse_yaml(text, "values.yaml")
    differ = {f"/k{i}" for i in range(len(VALUES)) if not _same(doc.data[f"k{i}"], theirs[f"k{i}"])}
    assert set(doc.versions) == differ, {p: VALUES[int(p[2:])] for p in set(doc.versions) ^ differ}
    assert {"/k0", "/k16", "/k18"} <= differ  # yes, 1:30 and 012 among them: the test is not vacuous


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("opt_in: yes", 'reads yes as true, YAML 1.2 (most editors) as the text "yes"'),
        ("capacity: 012", "reads 012 as the number 10 (octal), YAML 1.2 (most editors) as the number 12"),
    ],
)
def test_validate_says_which_reading_is_which_at_the_value(program, value: str, said: str) -> None:
    mentor = (
        "id: ana\nname: Ana\ntrack: engineering\nlevel: ic1\ntimezone: Europe/Berlin\n"
        'working_hours: "09:00-17:00"\ncapacity: 2\nopt_in: true\n'
    )
    key = value.split(":")[0]
    lines = [value if line.startswith(key + ":") else line for line in mentor.splitlines()]
    root = program({"mentors/ana.yaml": "\n".join(lines) + "\n"})
    found = [d for d in run_cli("--repo", str(root), "validate", "--format", "json").json()["diagnostics"]]
    (warning,) = [d for d in found if d["code"] == "yaml-version"]
    assert said in warning["message"] and warning["file"] == "mentors/ana.yaml"
    assert warning["line"] == lines.index(value) + 1 and warning["severity"] == "warning"


def test_a_value_the_schema_already_reports_is_reported_once(program) -> None:
    root = program({"mentors/ana.yaml": "id: ana\nname: no\ntrack: engineering\nlevel: ic1\ntimezone: UTC\n"})
    found = run_cli("--repo", str(root), "validate", "--format", "json").json()["diagnostics"]
    at_name = [d["code"] for d in found if d.get("pointer") == "/name"]
    assert at_name == ["implicit-type"]

"""Every hostile or broken file gives its diagnostic and a clean exit: never a traceback, a hang or a blow-up."""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SMALL_FRAMEWORKS, SMALL_TRACKS, cli_env

HOSTILE = Path(__file__).resolve().parent / "hostile"
EXPECTED: dict[str, str | None] = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
MEMORY_LIMIT = 1024 * 1024 * 1024  # generous: a normal run needs well under 100 MB
TIME_LIMIT = 10  # seconds for every command on one hostile file together: each takes about one
OTHERS = [["lint", "--format", "json"], ["path", "ic1", "ic3", "--format", "json"], ["render", "--out", "{site}"]]
# All commands run in one limited process (start-up is most of their cost): each call's exit code and output
# are collected, and written out as one JSON line at the end.
DRIVER = """
import io, json, sys
from mobility_cli.cli.main import main
runs = []
real = sys.stdout
for args in json.loads(sys.argv[1]):
    sys.stdout = io.StringIO()
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    runs.append({"code": code, "stdout": sys.stdout.getvalue()})
sys.stdout = real
sys.stderr.write("\\nRUNS " + json.dumps(runs) + "\\n")
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def place(case: str, root: Path) -> str:
    """Copies a case into a small valid program at the path its name says; returns that path."""
    (root / "careers").mkdir(parents=True)
    (root / "careers" / "tracks.yaml").write_text(SMALL_TRACKS, encoding="utf-8")
    for rel, text in SMALL_FRAMEWORKS.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    *dirs, stem, ext = case.split(".")
    rel = "/".join([*dirs, f"{stem}.{ext}"]) if dirs else f"{stem}.{ext}"
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HOSTILE / "cases" / case, target)
    return rel


def run_limited(root: Path, args: list[str], driver: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mobility_cli", "--repo", str(root), *args]
    if driver:
        command = [sys.executable, "-c", DRIVER, json.dumps([["--repo", str(root), *a] for a in args])]
    return subprocess.run(
        command,
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        stdin=subprocess.DEVNULL,
        preexec_fn=_limit_memory,
    )


def test_corpus_is_large_enough() -> None:
    assert len(EXPECTED) >= 40
    assert sorted(p.name for p in (HOSTILE / "cases").iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_hostile_file(case: str, tmp_path: Path) -> None:
    rel = place(case, tmp_path)
    expected = EXPECTED[case]
    others = [[a.replace("{site}", str(tmp_path / "site")) for a in args] for args in OTHERS]
    many = run_limited(tmp_path, [["validate", "--format", "json"], *others], driver=True)  # type: ignore[list-item]
    assert "Traceback" not in many.stderr and "internal error" not in many.stderr, many.stderr
    runs = json.loads(many.stderr.rsplit("RUNS ", 1)[1])
    codes = [run["code"] for run in runs]
    assert len(codes) == len(others) + 1 and all(c in (0, 1, 2) for c in codes), (codes, many.stderr)
    validate = runs[0]
    assert "Traceback" not in validate["stdout"]
    found = json.loads(validate["stdout"])["diagnostics"]
    errors = [d for d in found if d["severity"] == "error"]
    if expected is None:
        assert not errors, errors
        assert validate["code"] == 0
    else:
        assert validate["code"] == 1, validate["stdout"]
        mine = [d for d in errors if d["code"] == expected]
        assert mine, f"{case}: expected {expected}, got {[(d['code'], d['file']) for d in found]}"
        assert all(d["file"] == rel for d in mine), mine
        assert all(d["hint"] or d["line"] for d in mine)
    assert not Path("/tmp/pwned").exists()


def test_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    root = tmp_path / "p"
    place("careers.utf8-bom.yaml", root)
    (root / "careers" / "huge.yaml").write_bytes(b"# " + b"x" * (1024 * 1024) + b"\n")
    proc = run_limited(root, ["validate", "--format", "json"])
    (d,) = [d for d in json.loads(proc.stdout)["diagnostics"] if d["code"] == "file-too-large"]
    assert d["file"] == "careers/huge.yaml" and "max_file_bytes" in d["hint"]
    (root / "mobility.yaml").write_text("limits:\n  max_file_bytes: 2000000\n", encoding="utf-8")
    proc = run_limited(root, ["validate", "--format", "json"])
    assert not [d for d in json.loads(proc.stdout)["diagnostics"] if d["code"] == "file-too-large"]

"""Nothing a pull request can write makes a command hang: every pass over text is linear, a program's own
patterns run on RE2, and a FIFO in the cache folder is never opened. Each input here once took from seconds to
more than fifteen minutes."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli

BOUND = 5.0  # seconds; every input below takes well under one second now

FRONT = """---
role: Backend Engineer
team: Platform
track: engineering
level: ic3
work_style: {async: 70, sync: 30}
status: open
opened: 2026-11-10
internal_until: 2026-11-20
external_from: 2026-11-20
closes: 2027-01-10
---
"""

BODIES = {
    "heading with a long run of spaces": "# a" + " " * 4000 + "b\n",
    "many unclosed comments": "<!--" * 200_000 + "\n",
    "many opening quotes": "### What We're Looking For\n- " + "“" * 300_000 + "\n",
    "a preference word and spaces": "### What You'll Work On\nideally" + " " * 60_000 + "x\n",
    "a bullet of spaces and a tab": "### What We're Looking For\n- " + " " * 60_000 + "\t\n",
    "a bold key that never ends": "**Role" + " " * 60_000 + "x\n",
    "a suppression that never closes": "<!-- mobility: disable=" + "a," * 100_000 + "\n",
    "years with spaces": "### What We're Looking For\n- 5" + " " * 60_000 + "x\n",
    "a prose paragraph of many short lines": "### Requirements\n" + "You ship. It\n" * 30_000,
    "a sentence break and spaces": "### Requirements\nYou ship." + " " * 60_000 + "x\n",
}


def timed(*args: str, cwd: Path | None = None) -> tuple[float, int]:
    start = time.perf_counter()
    result = run_cli(*args, cwd=cwd)
    assert "internal error" not in result.stderr, result.stderr
    return time.perf_counter() - start, result.code


@pytest.mark.parametrize("name", sorted(BODIES))
def test_hostile_text_is_read_in_linear_time(program, name: str) -> None:
    root = program({"postings/p.md": FRONT + BODIES[name]})
    for args in (["validate"], ["lint"], ["gap", "ic1", "ic3"], ["render", "--out", str(root.parent / "site")]):
        seconds, code = timed("--repo", str(root), "--no-cache", *args)
        assert seconds < BOUND and code in (0, 1, 2), (name, args, seconds)


def test_a_programs_own_pattern_cannot_hang_the_linter(program) -> None:
    settings = "name: T\nlint:\n  phrases:\n    - {id: nested, patterns: ['(a+)+b']}\n"
    root = program({"mobility.yaml": settings, "postings/p.md": FRONT + "### What You'll Work On\n" + "a" * 40 + "!\n"})
    seconds, code = timed("--repo", str(root), "--no-cache", "validate")
    assert seconds < BOUND and code in (0, 1)


def test_a_pattern_that_cannot_run_in_linear_time_is_refused(program) -> None:
    settings = "name: T\nlint:\n  phrases:\n    - {id: look, patterns: ['young(?= team)']}\n"
    root = program({"mobility.yaml": settings})
    found = run_cli("--repo", str(root), "validate", "--format", "json").json()["diagnostics"]
    (problem,) = [d for d in found if d["code"] == "invalid-pattern"]
    assert problem["file"] == "mobility.yaml" and problem["pointer"] == "/lint/phrases/0/patterns/0"


def test_a_fifo_in_the_cache_folder_is_never_opened(program, own_cache: Path) -> None:
    root = program()
    assert run_cli("--repo", str(root), "validate").code == 0
    (cache_file,) = own_cache.glob("*.pickle")
    cache_file.unlink()
    os.mkfifo(cache_file)
    seconds, code = timed("--repo", str(root), "validate")
    assert seconds < BOUND and code == 0

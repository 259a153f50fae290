"""The same bytes out whatever the number of workers and whether the cache answered: a program large enough
to be shared out (scale S: 637 files, 500 posts), with its history in git and problems of every stage in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, GitRepo, run_cli

TODAY = "2026-12-02"
BROKEN = {
    # a syntax error, a repeated key, a schema error and a value YAML 1.1 retypes, each in another kind of file
    "mentors/zz-broken.yaml": "name: Broken\ntimezone: [Europe/Berlin\n",
    "mentors/zz-twice.yaml": "name: Twice\nname: Again\ntimezone: Europe/Paris\ncapacity: 2\n",
    "postings/zz-bad-level.md": "---\nrole: Engineer\ntrack: engineering\nlevel: ic9\nstatus: open\n---\n",
    "careers/zz-odd.md": "---\ntrack: engineering\nlevel: ic2\nowner: no\n---\n# Craft\n- Writes code\n",
}


@pytest.fixture(scope="module")
def big_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parallel") / "program"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(root), "--scale", "S"],
        check=True,
        capture_output=True,
    )
    repo = GitRepo(root)
    repo.commit("the generated program")
    first = sorted((root / "postings").glob("*.md"))[0]
    repo.commit("a later version of one post", {f"postings/{first.name}": first.read_text() + "\n- Kubernetes\n"})
    repo.write(BROKEN)
    return root


def _validate(program: Path, cache: Path, *options: str, format: str = "json") -> str:
    result = run_cli(
        "--repo", str(program), "--today", TODAY, *options, "validate", "--format", format,
        env={"MOBILITY_CACHE_DIR": str(cache)},
    )  # fmt: skip
    assert result.code == 1, result.stderr
    return result.stdout


@pytest.mark.parametrize("format", ["json", "text", "sarif"])
def test_validate_says_the_same_with_one_or_two_workers_and_from_the_cache(
    big_program: Path, tmp_path: Path, format: str
) -> None:
    alone = _validate(big_program, tmp_path, "--no-cache", "--jobs", "1", format=format)
    shared = _validate(big_program, tmp_path, "--no-cache", "--jobs", "2", format=format)
    filled = _validate(big_program, tmp_path, "--jobs", "2", format=format)
    cached = _validate(big_program, tmp_path, "--jobs", "1", format=format)
    assert shared == alone
    assert filled == alone
    assert cached == alone
    assert all(name.split("/")[1] in alone for name in BROKEN)


def test_lint_of_a_revision_says_the_same_with_one_or_three_workers(big_program: Path) -> None:
    runs = [
        run_cli("--repo", str(big_program), "--ref", "HEAD", "--today", TODAY, "-j", jobs, "lint")
        for jobs in ("1", "3")
    ]
    assert runs[0].code == runs[1].code == 1
    assert runs[0].stdout == runs[1].stdout and "warning" in runs[0].stdout


def test_without_room_for_the_workers_results_the_work_is_done_in_one_process(
    big_program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import tempfile

    alone = _validate(big_program, tmp_path, "--no-cache", "--jobs", "1")

    def full(*args: object, **kwargs: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkdtemp", full)
    assert _validate(big_program, tmp_path, "--no-cache", "--jobs", "2") == alone


@pytest.mark.parametrize("value", ["two", "0", "-1"])
def test_a_wrong_number_of_workers_is_an_error_that_says_so(value: str) -> None:
    result = run_cli("path", "ic2", "staff", env={"MOBILITY_JOBS": value})
    assert result.code == 2 and f'MOBILITY_JOBS="{value}"' in result.stderr and "Traceback" not in result.stderr
    assert run_cli("path", "ic2", "staff", env={"MOBILITY_JOBS": "2"}).code == 0

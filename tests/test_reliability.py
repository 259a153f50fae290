"""Nothing is lost and every error is honest: racing writes, unreadable folders, a full or closed output,
Ctrl-C, permissions, file names outside ASCII and machines without git."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mobility_cli.errors import UsageError
from mobility_cli.output import write_atomic
from tests.conftest import ROOT, SMALL_FRAMEWORKS, SMALL_TRACKS, cli_env, run_cli, write_files


def _write(path: str, text: str, ready: multiprocessing.synchronize.Event, results: multiprocessing.Queue) -> None:
    ready.wait()
    try:
        write_atomic(Path(path), text.encode())
        results.put(text)
    except UsageError:
        results.put("refused")


def test_of_two_racing_writes_exactly_one_wins(tmp_path: Path) -> None:
    target = tmp_path / "post.md"
    context = multiprocessing.get_context("fork")
    ready, results = context.Event(), context.Queue()
    workers = [context.Process(target=_write, args=(str(target), f"writer {n}\n", ready, results)) for n in range(6)]
    for worker in workers:
        worker.start()
    ready.set()
    for worker in workers:
        worker.join(30)
    outcomes = [results.get(timeout=5) for _ in workers]
    winners = [o for o in outcomes if o != "refused"]
    assert len(winners) == 1 and target.read_text() == winners[0]
    assert not [p for p in tmp_path.iterdir() if p.name != "post.md"]  # no temporary file left


def test_a_file_saved_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "post.md"
    target.write_text("saved by a person\n")
    with pytest.raises(UsageError):
        write_atomic(target, b"generated\n")
    assert target.read_text() == "saved by a person\n"


def test_written_files_follow_the_umask(program, tmp_path: Path) -> None:
    root = program()
    previous = os.umask(0o022)
    try:
        assert (
            run_cli(
                "--repo", str(root), "post", "new", "--level", "ic3", "--role", "Data Engineer", "--team", "Data"
            ).code
            == 0
        )
        assert run_cli("--repo", str(root), "render", "--out", str(tmp_path / "site")).code == 0
    finally:
        os.umask(previous)
    assert (root / "postings" / "data-engineer.md").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "site").stat().st_mode & 0o777 == 0o755


def test_render_never_writes_into_program_folders(program) -> None:
    root = program({"postings/p.md": "---\nrole: X\n---\n"})
    for out in ("postings", "careers", "templates"):
        result = run_cli("--repo", str(root), "render", "--out", str(root / out), "--force")
        assert result.code == 2 and "holds program files" in result.stderr, out
    assert (root / "postings" / "p.md").exists()


def test_an_unreadable_folder_is_an_error_naming_it(program, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads everything, so the folder's refusal is simulated where os.walk reports it."""
    import mobility_cli.source as source

    root = program({"postings/p.md": "---\nrole: X\n---\n"})
    real_walk = os.walk

    def walk(top: str, onerror=None, **kwargs):  # type: ignore[no-untyped-def]
        if str(top).endswith("postings") and onerror is not None:
            onerror(PermissionError(13, "Permission denied", str(top)))
            return iter(())
        return real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(source.os, "walk", walk)
    found = run_cli("--repo", str(root), "validate", "--format", "json").json()["diagnostics"]
    assert ("unreadable", "postings") in [(d["code"], d["file"]) for d in found]
    refused = run_cli("--repo", str(root), "board")
    assert refused.code == 2 and "postings could not be read" in refused.stderr
    walked: list[str] = []
    monkeypatch.setattr(source.os, "walk", lambda top, **kw: walked.append(str(top)) or walk(top, **kw))
    route = run_cli("--repo", str(root), "path", "ic1", "ic2")  # reads no post, so lists none
    assert route.code == 0 and "ic1 → ic2" in route.stdout, route.stderr
    assert [Path(top).name for top in walked] == ["careers"]


def test_a_file_name_that_is_not_utf8_is_reported_and_the_json_stays_valid(program) -> None:
    root = program()
    name = os.path.join(os.fsencode(root / "postings"), b"caf\xe9.md")
    os.makedirs(os.path.dirname(name), exist_ok=True)
    with open(name, "wb") as handle:
        handle.write(b"---\nrole: X\n---\n")
    outputs = {}
    for form in ("json", "sarif"):
        command = [sys.executable, "-m", "mobility_cli", "--repo", str(root), "validate", "--format", form]
        proc = subprocess.run(command, capture_output=True, env=cli_env(), cwd=ROOT, check=False)
        outputs[form] = json.loads(proc.stdout.decode("utf-8"))  # strict UTF-8: a stray byte would fail here
    found = outputs["json"]["diagnostics"]
    assert [d["code"] for d in found if d["severity"] == "error"] == ["unreadable"]


def test_names_outside_ascii_are_found_in_git_history(git_repo, tmp_path: Path) -> None:
    repo = git_repo()
    repo.commit("base", {"mobility.yaml": "name: T\n", "careers/tracks.yaml": SMALL_TRACKS, **SMALL_FRAMEWORKS})
    repo.commit("post", {"postings/café-post.md": "---\nrole: X\nlevel: ic1\ntrack: engineering\nstatus: draft\n---\n"})
    from mobility_cli.history import last_changed

    assert "postings/café-post.md" in last_changed(repo.path)


def _real(*args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mobility_cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(env),
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_closed_or_full_output_is_one_clear_line() -> None:
    closed = subprocess.run(
        [sys.executable, "-m", "mobility_cli", "path", "ic2", "staff"],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        preexec_fn=lambda: os.close(1),
    )
    assert closed.returncode == 2 and "output is closed" in closed.stderr and "internal error" not in closed.stderr
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "mobility_cli", "tracks"],
            cwd=ROOT,
            env=cli_env(),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert proc.returncode == 2 and "No space left" in proc.stderr and "internal error" not in proc.stderr


def test_ctrl_c_says_it_was_interrupted(tmp_path: Path) -> None:
    big = tmp_path / "big"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(big), "--scale", "M"],
        check=True,
        capture_output=True,
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "mobility_cli", "--repo", str(big), "--no-cache", "validate"],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)  # past start-up, well inside a validate of 5,929 files (about ten seconds here)
    assert proc.poll() is None, "validate finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err


def test_render_works_on_a_machine_without_git(tmp_path: Path) -> None:
    program = write_files(
        tmp_path / "p", {"mobility.yaml": "name: T\n", "careers/tracks.yaml": SMALL_TRACKS, **SMALL_FRAMEWORKS}
    )
    bare = tmp_path / "bin"
    bare.mkdir()
    os.symlink(sys.executable, bare / "python3")
    env = {"PATH": str(bare), "GIT_PYTHON_GIT_EXECUTABLE": str(bare / "git")}
    result = _real("--repo", str(program), "render", "--out", str(tmp_path / "site"), env=env)
    assert result.returncode == 0, result.stderr
    assert shutil.which("git", path=str(bare)) is None


def test_a_conflicted_file_stops_diff_and_lint_instead_of_misreporting(git_repo) -> None:
    repo = git_repo()
    post = "---\nrole: X\ntrack: engineering\nlevel: ic1\nstatus: draft\n---\n"
    repo.commit(
        "base",
        {"mobility.yaml": "name: T\n", "careers/tracks.yaml": SMALL_TRACKS, **SMALL_FRAMEWORKS, "postings/p.md": post},
    )
    conflicted = "<<<<<<< HEAD\n" + SMALL_TRACKS + "=======\n" + SMALL_TRACKS + ">>>>>>> other\n"
    (repo.path / "careers" / "tracks.yaml").write_text(conflicted)
    result = run_cli("--repo", str(repo.path), "diff", "HEAD")
    assert result.code == 2 and "careers/tracks.yaml could not be read" in result.stderr  # not "3 tracks removed"
    (repo.path / "careers" / "tracks.yaml").write_text(SMALL_TRACKS)
    (repo.path / "postings" / "p.md").write_text("---\nrole: [X\n---\n")
    lint = run_cli("--repo", str(repo.path), "lint")
    assert lint.code == 2 and "postings/p.md could not be read" in lint.stderr


def test_a_symbolic_link_loop_is_one_clear_line(program, tmp_path: Path) -> None:
    root = program()
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    args = ["plan", "--current", "ic1", "--target", "ic3", "--timezone", "UTC", "--out", str(loop / "plan.md")]
    result = run_cli("--repo", str(root), *args, cwd=tmp_path)
    assert result.code == 2 and "internal error" not in result.stderr and "loop" in result.stderr

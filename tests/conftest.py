"""Shared test helpers: run the real CLI (in-process, or as a real process where that is the point), write real
programs, make real git repositories."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed sequence of examples, so a landing never depends on a random draw;
# on a developer's machine every run draws new ones (and finds what CI would not).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]

SMALL_TRACKS = """\
career_tracks:
  engineering:
    levels:
      - {id: ic1, title: Engineer I, grade: 1}
      - {id: ic2, title: Engineer II, grade: 2}
      - {id: ic3, title: Senior Engineer, grade: 3}
    lateral_moves: [product]
  product:
    levels:
      - {id: pm, title: Product Manager, grade: 2}
      - {id: senior-pm, title: Senior Product Manager, grade: 3}
"""


# A post that every check passes (the example program's engineering/ic3): tests change one thing in it.
CLEAN_POST = """---
role: Backend Engineer
team: Platform
track: engineering
level: ic3
timezone: {with: Europe/Berlin, core_hours: "10:00-14:00", overlap_hours: 3}
work_style: {async: 70, sync: 30}
status: open
opened: 2026-11-10
internal_until: 2026-11-20
external_from: 2026-11-20
closes: 2027-01-10
evaluation: [Designs systems across teams]
---
### What We're Looking For
- Designs systems across teams

### What You'll Work On
- Our data pipeline

### How to Apply
Reply in #internal-mobility.
"""


def framework(title: str, *behaviours: str) -> str:
    bullets = "\n".join(f"- {b}" for b in behaviours) or "- Writes clear async updates"
    return f"---\ntitle: {title}\n---\n## {title} Competency Framework\n\n### Craft\n{bullets}\n"


SMALL_FRAMEWORKS = {
    "careers/engineering/ic1.md": framework("Engineer I", "Ships small changes with tests"),
    "careers/engineering/ic2.md": framework("Engineer II", "Owns features end to end"),
    "careers/engineering/ic3.md": framework("Senior Engineer", "Designs systems across teams"),
    "careers/product/pm.md": framework("Product Manager", "Writes product briefs"),
    "careers/product/senior-pm.md": framework("Senior Product Manager", "Sets strategy for an area"),
}


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("MOBILITY_REPO", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "MOBILITY_DEBUG", "CI")
    }
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["NO_COLOR"] = "1"
    env.update(extra or {})
    return env


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """The CLI's own entry point, run in this process: the same argument parsing, error handling and exit
    codes as `mobility ...`, with the environment, working folder and standard streams of a fresh process."""
    from mobility_cli.cli.main import main

    saved_env, saved_cwd, wanted_env = dict(os.environ), os.getcwd(), cli_env(env)
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    stdout, stderr = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(wanted_env)
    os.chdir(cwd or ROOT)
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), stdout, stderr
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return Result(code, stdout.getvalue(), stderr.getvalue())


def run_process(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120) -> Result:
    """`python -m mobility_cli ...` as a separate process: for what only a real process shows."""
    proc = subprocess.run(
        [sys.executable, "-m", "mobility_cli", *args],
        cwd=cwd or ROOT,
        env=cli_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content) if content.startswith("\n") else content, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets an empty document cache of its own, so no test sees another's entries."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("MOBILITY_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def cli() -> Callable[..., Result]:
    return run_cli


@pytest.fixture
def program(tmp_path: Path) -> Callable[..., Path]:
    """A small valid program in a fresh folder per call; pass files to add or replace (None leaves one out)."""
    made: list[Path] = []

    def make(files: dict[str, str | bytes | None] | None = None, base: bool = True) -> Path:
        root = tmp_path / f"program{len(made) or ''}"
        made.append(root)
        root.mkdir()
        content: dict[str, str | bytes | None] = {}
        if base:
            content.update({"mobility.yaml": "name: Test Program\n", "careers/tracks.yaml": SMALL_TRACKS})
            content.update(SMALL_FRAMEWORKS)
        content.update(files or {})
        write_files(root, {k: v for k, v in content.items() if v is not None})
        return root

    return make


class GitRepo:
    """A real git repository in a temporary folder, driven through GitPython."""

    def __init__(self, path: Path) -> None:
        import git

        path.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.repo = git.Repo.init(path, initial_branch="main")
        with self.repo.config_writer() as config:
            config.set_value("user", "name", "Test User")
            config.set_value("user", "email", "test@example.com")
            config.set_value("commit", "gpgsign", "false")

    def write(self, files: dict[str, str | bytes]) -> None:
        write_files(self.path, files)

    def remove(self, *paths: str) -> None:
        for rel in paths:
            (self.path / rel).unlink()

    def commit(self, message: str, files: dict[str, str | bytes] | None = None) -> str:
        if files:
            self.write(files)
        self.repo.git.add(A=True)
        self.repo.index.commit(message)
        return self.repo.head.commit.hexsha


@pytest.fixture
def git_repo(tmp_path: Path) -> Callable[..., GitRepo]:
    def make(name: str = "repo") -> GitRepo:
        return GitRepo(tmp_path / name)

    return make


def diagnostics(result: Result) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = result.json()["diagnostics"]
    return data


def codes(result: Result, severity: str | None = None) -> list[str]:
    return [d["code"] for d in diagnostics(result) if severity is None or d["severity"] == severity]


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole example program, move records included (so the report page exists), rendered once."""
    out = tmp_path_factory.mktemp("example-site") / "site"
    result = run_cli("--today", "2026-11-24", "render", "--out", str(out))
    assert result.code == 0, result.stderr
    return out


def _quiet_handler() -> type:
    import http.server

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """The test output is for the tests, not for every request a page makes."""

    return Quiet


@pytest.fixture(scope="session")
def example_site_url(example_site: Path) -> Iterator[str]:
    """The rendered example site served over HTTP on localhost."""
    import functools
    import http.server
    import threading

    handler = functools.partial(_quiet_handler(), directory=str(example_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's Chromium, driven by Playwright, shared by the site's browser tests."""
    from playwright.sync_api import sync_playwright

    from tests.test_site_browser import ARGS, CHROMIUM

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()

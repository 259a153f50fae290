"""What the global options say, and the one way every command loads the program from them."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

if TYPE_CHECKING:
    from collections.abc import Callable

    from mobility_cli.diagnostics import Findings
    from mobility_cli.features.lint.rule import History, PostVersion
    from mobility_cli.history import GitHistory
    from mobility_cli.load import Loaded
    from mobility_cli.source import Location, Source

Result = TypeVar("Result")


@dataclass(slots=True)
class State:
    repo: str | None = None
    ref: str | None = None
    debug: bool = False
    no_cache: bool = False
    today_text: str | None = None
    jobs_given: int | None = None

    @property
    def jobs(self) -> int:
        """How many workers may parse and lint: --jobs, else MOBILITY_JOBS, else the usable cores."""
        from mobility_cli.workers import jobs_from

        return jobs_from(self.jobs_given)

    @property
    def today(self) -> date:
        """--today or MOBILITY_TODAY (for reproducible runs), else the clock."""
        given = self.today_text or os.environ.get("MOBILITY_TODAY")
        if not given:
            return date.today()
        from mobility_cli.errors import UsageError

        try:
            day = date.fromisoformat(given)
        except ValueError:
            raise UsageError(f'"{given}" is not a date', "write it as YYYY-MM-DD, e.g. 2026-11-24") from None
        from mobility_cli.model import plausible

        if plausible(day) is None:
            raise UsageError(f'"{given}" is not a plausible day to judge dates by', "check the year")
        return day

    @property
    def now(self) -> datetime:
        """When a file is written, in UTC: midnight of --today or MOBILITY_TODAY where given (a reproducible
        stamp), else the clock to the second."""
        if self.today_text or os.environ.get("MOBILITY_TODAY"):
            return datetime.combine(self.today, time(0, 0), tzinfo=UTC)
        return datetime.now(UTC).replace(microsecond=0)


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, State) else State()


def locate(st: State) -> Location:
    from mobility_cli.source import discover

    location = discover(st.repo)
    if location.embedded and _in_ci():
        from mobility_cli.errors import ProgramNotFound

        raise ProgramNotFound(
            f"no program in {Path.cwd()} or any folder above it",
            "in CI, mobility never falls back to its built-in example: check out the program repository, or pass "
            "--repo",
        )
    if location.embedded:
        sys.stderr.write("mobility: no program here; using the built-in example program (see --repo)\n")
    return location


def _in_ci() -> bool:
    """CI services set CI (GitHub Actions, GitLab, CircleCI, ...) or GITHUB_ACTIONS."""
    return any(os.environ.get(name, "").lower() not in ("", "0", "false") for name in ("CI", "GITHUB_ACTIONS"))


CAREERS = frozenset({"program", "tracks"})
CAREERS_AND_FRAMEWORKS = frozenset({"program", "tracks", "framework"})
POSTS = frozenset({"program", "tracks", "posting"})
SETTINGS = frozenset({"program"})
POSTS_AND_MOVES = frozenset({"program", "tracks", "posting", "moves"})  # what `report` measures


def load(st: State, location: Location | None = None, kinds: frozenset[str] | None = None) -> Loaded:
    """The program (or the kinds of files asked for). A command never works on a partial program: if a file
    it reads could not be read, it stops and sends the user to `validate`, which says why."""
    from mobility_cli.load import load_program
    from mobility_cli.source import open_source

    location = location or locate(st)
    return whole(load_program(open_source(location, st.ref, kinds), kinds, jobs=st.jobs))


def whole(loaded: Loaded, revision: str | None = None) -> Loaded:
    """The loaded program, if every file of it could be read; otherwise a stop that sends the user to validate."""
    if loaded.unreadable:
        from mobility_cli.errors import ProgramUnreadable

        files = loaded.unreadable
        named = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        where = f" at {revision}" if revision else ""
        raise ProgramUnreadable(f"{named} could not be read{where}", "run `mobility validate` to see why")
    return loaded


def cached_findings(st: State, location: Location, compute: Callable[[Loaded], Findings], context: str) -> Findings:
    """Validate's findings, from the cache when no file (and nothing in `context`) changed since."""
    from mobility_cli.diagnostics import Findings
    from mobility_cli.load import load_program

    def findings(source: Source) -> Findings:
        return compute(load_program(source, committed_levels=committed_levels(st, location), jobs=st.jobs))

    return cached(st, location, findings, context, Findings)


def cached(
    st: State, location: Location, compute: Callable[[Source], Result], context: str, expected: type[Result]
) -> Result:
    """A whole-program result, from the cache when no file (and nothing in `context`) changed since."""
    from mobility_cli.source import open_source

    source = open_source(location, st.ref)
    if st.no_cache or os.environ.get("MOBILITY_NO_CACHE"):
        return compute(source)
    from mobility_cli.cache import ResultCache

    cache = ResultCache.for_program(str(location.root))
    key = cache.fingerprint(source, source.entries(), context)
    result = cache.get(key, expected)
    if result is None:
        result = compute(source)
        if cache.unchanged_since_fingerprint(source.entries(), source.root):
            cache.put(key, result)
    return result


def committed_levels(st: State, location: Location) -> frozenset[str]:
    """The levels of the last commit, when the work tree is what is checked (the cache key names the commit)."""
    from mobility_cli.gitrepo import commit_or_none

    if st.ref is not None or location.embedded or commit_or_none(location.root, "HEAD") is None:
        return frozenset()
    from mobility_cli.load import load_program
    from mobility_cli.revision import git_source

    committed = load_program(git_source(location.root, "HEAD", ("careers",)), CAREERS).program
    return frozenset(lv.key for lv in committed.levels())


def own_program(st: State, purpose: str) -> Location:
    """The user's own program, for commands that write into it: never the built-in example."""
    location = locate(st)
    if location.embedded:
        from mobility_cli.errors import UsageError

        raise UsageError(f"no program here {purpose}", "run it inside a program repository, or pass --repo")
    return location


def fail_usage(message: str, hint: str | None = None) -> None:
    from mobility_cli.errors import UsageError

    raise UsageError(message, hint)


def history(st: State, location: Location) -> tuple[History | None, str]:
    """Earlier versions of post files (for requirement-drift), and the commit they end at (for cache keys)."""
    from mobility_cli.gitrepo import commit_or_none

    commit = None if location.embedded else commit_or_none(location.root, st.ref or "HEAD")
    if commit is None:
        return None, ""
    head = commit.hexsha
    opened: list[GitHistory | None] = []  # opened on first use: most runs never need it

    def versions(file: str) -> list[PostVersion]:
        from mobility_cli.features.lint.rule import PostVersion
        from mobility_cli.history import GitHistory
        from mobility_cli.load import posting_from_text

        if not opened:
            opened.append(GitHistory.open(location.root, head))
        found = opened[0].versions(file) if opened[0] else []
        return [PostVersion(sha, day, posting_from_text(file, text), cut) for sha, day, text, cut in found]

    return versions, head

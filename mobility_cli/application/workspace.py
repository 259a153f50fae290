"""The program a command works on, and how it is read: where it is (--repo, MOBILITY_REPO, the nearest folder
up, else the built-in example), which revision (--ref), which day dates are judged by (--today), how many
workers (--jobs), whether results may come from the cache. Every use case takes a `Workspace`."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

    from mobility_cli.diagnostics import Findings
    from mobility_cli.features.lint.rule import History, PostVersion
    from mobility_cli.history import GitHistory
    from mobility_cli.load import Loaded
    from mobility_cli.source import Location, Source

Result = TypeVar("Result")

# The kinds of files a use case reads (None: all of them).
CAREERS = frozenset({"program", "tracks"})
CAREERS_AND_FRAMEWORKS = frozenset({"program", "tracks", "framework"})
POSTS = frozenset({"program", "tracks", "posting"})
SETTINGS = frozenset({"program"})
POSTS_AND_MOVES = frozenset({"program", "tracks", "posting", "moves"})  # what `report` measures


class Workspace:
    """Where and how to read the program. Nothing is looked at until asked for: `location` is found on first
    use (and kept), `today` and `jobs` are checked when read, so a command that needs neither never fails on
    them. `notice` receives what the user should know but that is no result (the fallback to the built-in
    example); the CLI writes it to stderr, elsewhere it is dropped."""

    def __init__(
        self,
        repo: str | None = None,
        *,
        ref: str | None = None,
        today: date | str | None = None,
        jobs: int | None = None,
        no_cache: bool = False,
        notice: Callable[[str], None] | None = None,
        location: Location | None = None,
    ) -> None:
        self.repo = repo
        self.ref = ref
        self.today_given = today
        self.jobs_given = jobs
        self.no_cache = no_cache
        self.notice = notice
        self._location = location

    def with_repo(self, repo: str) -> Workspace:
        """The same workspace on another program folder (not yet located)."""
        return Workspace(
            repo, ref=self.ref, today=self.today_given, jobs=self.jobs_given, no_cache=self.no_cache, notice=self.notice
        )

    @property
    def jobs(self) -> int:
        """How many workers may parse and lint: --jobs, else MOBILITY_JOBS, else the usable cores."""
        from mobility_cli.workers import jobs_from

        return jobs_from(self.jobs_given)

    @property
    def today(self) -> date:
        """--today or MOBILITY_TODAY (for reproducible runs), else the clock."""
        if isinstance(self.today_given, date):
            return self.today_given
        given = self.today_given or os.environ.get("MOBILITY_TODAY")
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
        if self.today_given or os.environ.get("MOBILITY_TODAY"):
            return datetime.combine(self.today, time(0, 0), tzinfo=UTC)
        return datetime.now(UTC).replace(microsecond=0)

    @property
    def location(self) -> Location:
        """The program's folder, found once. In CI, never the built-in example."""
        if self._location is None:
            self._location = _locate(self.repo, self.notice)
        return self._location

    def own_location(self, purpose: str) -> Location:
        """The user's own program, for use cases that write into it: never the built-in example."""
        location = self.location
        if location.embedded:
            from mobility_cli.errors import UsageError

            raise UsageError(f"no program here {purpose}", "run it inside a program repository, or pass --repo")
        return location

    def source(self, kinds: frozenset[str] | None = None) -> Source:
        """The program's files at --ref (else the work tree); with `kinds`, only the folders that hold them."""
        from mobility_cli.revision import open_source

        return open_source(self.location, self.ref, kinds)

    def load(self, kinds: frozenset[str] | None = None) -> Loaded:
        """The program (or the kinds of files asked for). A use case never works on a partial program: if a
        file it reads could not be read, it stops and sends the user to `validate`, which says why."""
        from mobility_cli.load import load_program

        return whole(load_program(self.source(kinds), kinds, jobs=self.jobs))

    def cached(self, compute: Callable[[Source], Result], context: str, expected: type[Result]) -> Result:
        """A whole-program result, from the cache when no file (and nothing in `context`) changed since."""
        return cached(self, self.location, compute, context, expected)

    def committed_levels(self) -> frozenset[str]:
        """The levels of the last commit, when the work tree is what is checked (the cache key names the
        commit)."""
        return committed_levels(self, self.location)

    def post_history(self) -> tuple[History | None, str]:
        """Earlier versions of post files (for requirement-drift), and the commit they end at (for cache
        keys); (None, "") outside git."""
        return post_history(self, self.location)


def in_ci() -> bool:
    """CI services set CI (GitHub Actions, GitLab, CircleCI, ...) or GITHUB_ACTIONS."""
    return any(os.environ.get(name, "").lower() not in ("", "0", "false") for name in ("CI", "GITHUB_ACTIONS"))


def _locate(repo: str | None, notice: Callable[[str], None] | None) -> Location:
    from mobility_cli.source import discover

    location = discover(repo)
    if location.embedded and in_ci():
        from mobility_cli.errors import ProgramNotFound

        raise ProgramNotFound(
            f"no program in {Path.cwd()} or any folder above it",
            "in CI, mobility never falls back to its built-in example: check out the program repository, or pass "
            "--repo",
        )
    if location.embedded and notice is not None:
        notice("no program here; using the built-in example program (see --repo)")
    return location


def whole(loaded: Loaded, revision: str | None = None) -> Loaded:
    """The loaded program, if every file of it could be read; otherwise a stop that sends the user to validate."""
    if loaded.unreadable:
        from mobility_cli.errors import ProgramUnreadable

        files = loaded.unreadable
        named = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        where = f" at {revision}" if revision else ""
        raise ProgramUnreadable(f"{named} could not be read{where}", "run `mobility validate` to see why")
    return loaded


def cached_findings(
    workspace: Workspace, location: Location, compute: Callable[[Loaded], Findings], context: str
) -> Findings:
    """Validate's findings, from the cache when no file (and nothing in `context`) changed since."""
    from mobility_cli.diagnostics import Findings
    from mobility_cli.load import load_program

    def findings(source: Source) -> Findings:
        levels = committed_levels(workspace, location)
        return compute(load_program(source, committed_levels=levels, jobs=workspace.jobs))

    return cached(workspace, location, findings, context, Findings)


def cached(
    workspace: Workspace,
    location: Location,
    compute: Callable[[Source], Result],
    context: str,
    expected: type[Result],
) -> Result:
    """A whole-program result, from the cache when no file (and nothing in `context`) changed since."""
    from mobility_cli.revision import open_source

    source = open_source(location, workspace.ref)
    if workspace.no_cache or os.environ.get("MOBILITY_NO_CACHE"):
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


def committed_levels(workspace: Workspace, location: Location) -> frozenset[str]:
    """The levels of the last commit, when the work tree is what is checked (the cache key names the commit)."""
    from mobility_cli.gitrepo import commit_or_none

    if workspace.ref is not None or location.embedded or commit_or_none(location.root, "HEAD") is None:
        return frozenset()
    from mobility_cli.load import load_program
    from mobility_cli.revision import git_source

    committed = load_program(git_source(location.root, "HEAD", ("careers",)), CAREERS).program
    return frozenset(lv.key for lv in committed.levels())


def post_history(workspace: Workspace, location: Location) -> tuple[History | None, str]:
    """Earlier versions of post files (for requirement-drift), and the commit they end at (for cache keys)."""
    from mobility_cli.gitrepo import commit_or_none

    commit = None if location.embedded else commit_or_none(location.root, workspace.ref or "HEAD")
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

"""The checks: `validate` (every check on the program) and `lint` (the posting rules alone)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

    from mobility_cli.application.workspace import Workspace
    from mobility_cli.diagnostics import Findings
    from mobility_cli.load import Loaded
    from mobility_cli.model import Posting
    from mobility_cli.source import Location


@dataclass(frozen=True, slots=True)
class ValidateRequest:
    paths: tuple[Path, ...] = ()  # report only on these files or folders (relative to the working folder)
    changed_since: str | None = None  # report only what the changes since this revision brought


@dataclass(frozen=True, slots=True)
class LintRequest:
    posts: tuple[Path, ...] = ()  # the posts to lint (default: all)
    select: tuple[str, ...] = ()  # run only these rules
    ignore: tuple[str, ...] = ()  # skip these rules


@dataclass(frozen=True, slots=True)
class Checked:
    """The findings, and the program they are about (their files are relative to its root)."""

    findings: Findings
    location: Location = field(compare=False)


def validate(workspace: Workspace, request: ValidateRequest) -> Checked:
    """Every check on the program (from the cache when nothing changed), narrowed to what the changes since a
    revision brought and to the files asked for. One folder that holds a program, with no --repo, is the
    program to check (`mobility validate ../careers`)."""
    from mobility_cli.features.validation import validate_program
    from mobility_cli.source import is_program_dir

    given = list(request.paths)
    if len(given) == 1 and workspace.repo is None and given[0].is_dir() and is_program_dir(given[0]):
        workspace, given = workspace.with_repo(str(given[0])), []
    location = workspace.location
    versions, head = workspace.post_history()
    today = workspace.today
    from mobility_cli.application.workspace import cached_findings

    def check(loaded: Loaded) -> Findings:
        return validate_program(loaded, today, versions, workspace.jobs)

    findings = cached_findings(workspace, location, check, f"validate {today} {head}")
    if request.changed_since is not None:
        findings = _only_changes(findings, location, request.changed_since, workspace.ref, today, workspace.jobs)
    if given:
        findings = _only_in(findings, [_relative(p, location.root, workspace.ref is None) for p in given])
    return Checked(findings, location)


def _only_changes(
    findings: Findings, location: Location, since: str, until: str | None, today: date, jobs: int
) -> Findings:
    """What the changes from `since` to the program as read (`until`, the --ref revision, else the work tree)
    brought."""
    from mobility_cli.features.validation import only_changes, validate_program
    from mobility_cli.history import changed_files
    from mobility_cli.load import load_program
    from mobility_cli.revision import git_source

    changed = changed_files(location.root, since, until)
    before = validate_program(load_program(git_source(location.root, since), jobs=jobs), today, None, jobs)
    return only_changes(findings, before, changed)


def _only_in(findings: Findings, wanted: list[str]) -> Findings:
    """The findings in the files or folders wanted ("" is the whole program)."""

    def inside(file: str) -> bool:
        return any(file == w or file.startswith(w.rstrip("/") + "/") or w == "" for w in wanted)

    return findings.keeping([d for d in findings.diagnostics if d.file and inside(d.file)])


def _relative(path: Path, root: Path, on_disk: bool) -> str:
    """A path given on the command line, relative to the program; `on_disk`: it must exist in the work tree (not
    under --ref, where the revision's files are checked, whatever the work tree holds)."""
    from mobility_cli.errors import UsageError

    full = path.resolve() if path.is_absolute() or path.exists() else (Path.cwd() / path).resolve()
    if on_disk and not full.exists():
        raise UsageError(f"{path}: no such file or folder")
    try:
        rel = full.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(f"{path} is outside the program at {root}", "use --repo to choose the program") from None
    return "" if rel == "." else rel


def lint(workspace: Workspace, request: LintRequest) -> Checked:
    """The posting rules, with the program's lint settings and the rules selected or ignored, on every post
    or the ones named."""
    from mobility_cli.diagnostics import Findings
    from mobility_cli.features.lint import lint_posts, lint_settings, program_codes, registry

    location = workspace.location
    loaded = workspace.load()
    settings = lint_settings(loaded.program.settings.lint).with_cli(list(request.select), list(request.ignore))
    rules = registry(settings)
    for code in [*request.select, *request.ignore]:
        if code not in rules:
            from mobility_cli.errors import UnknownName
            from mobility_cli.suggest import did_you_mean

            raise UnknownName(f'unknown rule "{code}"', did_you_mean(code, rules) or "see `mobility lint --list`")
    posts = loaded.program.postings
    on_disk = workspace.ref is None
    files = {_post_file(p, location.root, posts, on_disk) for p in request.posts} if request.posts else None
    versions, _ = workspace.post_history()
    found = lint_posts(loaded.program, workspace.today, settings, files, versions, workspace.jobs)
    return Checked(Findings(found, len(files or posts), program_codes(loaded.program)), location)


def _post_file(path: Path, root: Path, postings: Mapping[str, Posting], on_disk: bool) -> str:
    """A post named in the request, as a program-relative path; anything else is a usage error (`on_disk`: it
    must be a file in the work tree too, which under --ref it need not be)."""
    from mobility_cli.errors import UsageError

    full = path.resolve()
    try:
        rel = full.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(f"{path} is not a post of the program at {root}", "use --repo to choose the program") from None
    if on_disk and not full.is_file():
        raise UsageError(f"{path}: no such file", "name a file in postings/, or give no file to lint every post")
    if rel not in {p.file for p in postings.values()}:
        raise UsageError(f"{path} is not a post the program could read", "run `mobility validate` to see why")
    return rel

"""What a change does to the program: tracks, levels, moves, competencies and posts, and the effect on
careers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mobility_cli.application.workspace import whole

if TYPE_CHECKING:
    from mobility_cli.application.workspace import Workspace
    from mobility_cli.features.program_diff import Change
    from mobility_cli.source import Location


def diff(workspace: Workspace, base: str, head: str | None = None) -> list[Change]:
    """The changes from revision `base` to revision `head` (default: the program as read, the revision --ref names
    or else the working tree)."""
    from mobility_cli.features.program_diff import diff_programs
    from mobility_cli.load import load_program
    from mobility_cli.revision import git_source

    location = workspace.location
    _in_git(location, " ".join(["mobility diff", base, *([head] if head else [])]))
    old = whole(load_program(git_source(location.root, base), jobs=workspace.jobs), base).program
    new_source = git_source(location.root, head) if head else workspace.source()
    new = whole(load_program(new_source, jobs=workspace.jobs), head or workspace.ref).program
    return diff_programs(old, new)


def _in_git(location: Location, typed: str) -> None:
    """Revisions are those of a program kept in git: outside one, say so in the words of the command typed
    (never of a --ref the user did not give). The built-in example has no history of the user's to compare."""
    from mobility_cli.errors import UsageError
    from mobility_cli.gitrepo import open_repo

    hint = "run it inside your program's git repository, or pass --repo"
    if location.embedded:
        raise UsageError(f"`{typed}` compares revisions of a program kept in git, and there is no program here", hint)
    if open_repo(location.root) is None:
        raise UsageError(f"`{typed}` compares git revisions, but {location.root} is not inside a git repository", hint)

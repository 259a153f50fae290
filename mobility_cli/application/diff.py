"""What a change does to the program: tracks, levels, moves, competencies and posts, and the effect on
careers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mobility_cli.application.workspace import whole

if TYPE_CHECKING:
    from mobility_cli.application.workspace import Workspace
    from mobility_cli.features.program_diff import Change


def diff(workspace: Workspace, base: str, head: str | None = None) -> list[Change]:
    """The changes from revision `base` to revision `head` (default: the program as read, the revision --ref names
    or else the working tree)."""
    from mobility_cli.features.program_diff import diff_programs
    from mobility_cli.load import load_program
    from mobility_cli.revision import git_source

    location = workspace.location
    old = whole(load_program(git_source(location.root, base), jobs=workspace.jobs), base).program
    new_source = git_source(location.root, head) if head else workspace.source()
    new = whole(load_program(new_source, jobs=workspace.jobs), head or workspace.ref).program
    return diff_programs(old, new)

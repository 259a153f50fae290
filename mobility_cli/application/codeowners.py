"""`.github/CODEOWNERS` kept in step with each track's `owners`: only mobility's own section changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from mobility_cli.application.workspace import Workspace


@dataclass(frozen=True, slots=True)
class CodeOwners:
    target: Path  # the CODEOWNERS file, at the top of the work tree
    up_to_date: bool  # whether it said what it should before this run
    written: bool  # whether this run wrote it


def codeowners(workspace: Workspace, write: bool = True) -> CodeOwners:
    """Whether the generated section of CODEOWNERS is up to date; with `write`, bring it up to date."""
    from mobility_cli.features.codeowners import owner_lines, with_section
    from mobility_cli.gitrepo import work_tree_prefix, work_tree_top
    from mobility_cli.output import write_atomic

    if workspace.ref is not None and write:
        from mobility_cli.errors import UsageError

        raise UsageError(
            "codeowners writes the work tree's .github/CODEOWNERS, so it takes no --ref",
            "check out the revision and run it there, or use --check to compare a revision's owners with the file",
        )
    location = workspace.own_location("to route reviews for")
    program = workspace.load().program
    prefix = work_tree_prefix(location.root)
    target = (work_tree_top(location.root) or location.root) / ".github" / "CODEOWNERS"
    existing = target.read_text(encoding="utf-8") if target.exists() else ""
    wanted = with_section(existing, owner_lines(program, prefix))
    up_to_date = wanted == existing
    if write and not up_to_date:
        write_atomic(target, wanted.encode("utf-8"), force=True)  # only our own section changes
    return CodeOwners(target, up_to_date, write and not up_to_date)

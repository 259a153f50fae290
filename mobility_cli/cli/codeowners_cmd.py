"""`mobility codeowners`: keep .github/CODEOWNERS in step with each track's `owners`."""

from __future__ import annotations

import typer

from mobility_cli.cli.console import out
from mobility_cli.cli.state import load, own_program, state
from mobility_cli.gitrepo import work_tree_prefix, work_tree_top


def codeowners(
    ctx: typer.Context,
    check: bool = typer.Option(False, "--check", help="Exit 1 if the file is out of date; write nothing."),
) -> None:
    """Write (or check) the generated section of .github/CODEOWNERS."""
    from mobility_cli.features.codeowners import owner_lines, with_section
    from mobility_cli.output import write_atomic

    st = state(ctx)
    location = own_program(st, "to route reviews for")
    program = load(st, location).program
    prefix = work_tree_prefix(location.root)
    target = (work_tree_top(location.root) or location.root) / ".github" / "CODEOWNERS"
    existing = target.read_text(encoding="utf-8") if target.exists() else ""
    wanted = with_section(existing, owner_lines(program, prefix))
    if check:
        if wanted != existing:
            out(f"{target} is out of date; run `mobility codeowners`\n")
            raise typer.Exit(1)
        out(f"{target} is up to date\n")
        return
    if wanted != existing:
        write_atomic(target, wanted.encode("utf-8"), force=True)  # only our own section changes
    out(f"wrote {target}\n")

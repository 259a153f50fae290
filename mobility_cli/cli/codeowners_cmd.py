"""`mobility codeowners`: keep .github/CODEOWNERS in step with each track's `owners`."""

from __future__ import annotations

import typer

from mobility_cli.cli.state import git_prefix, load, locate, out, state


def codeowners(
    ctx: typer.Context,
    check: bool = typer.Option(False, "--check", help="Exit 1 if the file is out of date; write nothing."),
) -> None:
    """Write (or check) the generated section of .github/CODEOWNERS."""
    from pathlib import Path

    from mobility_cli.errors import UsageError
    from mobility_cli.features.codeowners import owner_lines, with_section
    from mobility_cli.output import write_atomic

    st = state(ctx)
    location = locate(st)
    if location.embedded:
        raise UsageError("no program here", "run it inside a program repository, or pass --repo")
    program = load(st, location).program
    prefix = git_prefix(location.root)
    top = location.root
    for parent in (location.root, *location.root.parents):
        if (parent / ".git").exists():
            top = parent
            break
    target = Path(top) / ".github" / "CODEOWNERS"
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

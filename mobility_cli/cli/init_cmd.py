"""`mobility init DIR`: a new program repository, ready for pull requests, CI and editors."""

from __future__ import annotations

from pathlib import Path

import typer


def init(
    directory: Path = typer.Argument(..., metavar="DIR", help="Where to create the program repository."),
    name: str = typer.Option("Internal Mobility Program", "--name", help="The program's name."),
    force: bool = typer.Option(False, "--force", help="Allow a non-empty DIR (existing files are never replaced)."),
    install: str = typer.Option(
        "",
        "--install",
        metavar="REQUIREMENT",
        help="What CI and pre-commit pip-install (default: this exact release, mobility-cli==VERSION); e.g. "
        "'git+https://github.com/ORG/mobility@v0.1.0' or a name on an internal index.",
    ),
    hooks_repo: str = typer.Option(
        "",
        "--hooks-repo",
        metavar="URL",
        help="mobility's repository (e.g. https://github.com/ORG/mobility): pre-commit then takes the hooks from it, "
        "pinned to this release's tag (rev: vVERSION), instead of local hooks.",
    ),
) -> None:
    """Create a program repository: example program, workflow, pre-commit, editor schemas, first commit."""
    import sys

    from mobility_cli.application.new_program import InitRequest
    from mobility_cli.application.new_program import init as create

    created = create(InitRequest(directory, name, force, install or None, hooks_repo or None))
    done = "committed them" if created.committed else "staged them"
    sys.stderr.write(
        f"mobility: created {len(created.written)} files in {directory} and {done} on branch {created.branch}\n"
        "next steps:\n" + "".join(f"  {step}\n" for step in created.next_steps)
    )

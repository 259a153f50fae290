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
    from datetime import date

    from mobility_cli.errors import UsageError
    from mobility_cli.features.scaffold import program_files
    from mobility_cli.output import write_atomic
    from mobility_cli.resources import schemas_dir

    if directory.exists() and (not directory.is_dir() or (any(directory.iterdir()) and not force)):
        raise UsageError(f"{directory} exists and is not empty", "choose a new folder, or pass --force to add to it")
    post = _example_post(date.today())
    schemas = {p.name: p.read_text(encoding="utf-8") for p in sorted(schemas_dir().glob("*.schema.json"))}
    files = program_files(name, post, schemas, install or None, hooks_repo or None)
    written = []
    for rel, text in files.items():
        target = directory / rel
        if target.exists():
            continue  # never overwrite, even with --force
        write_atomic(target, text.encode("utf-8"))
        written.append(rel)
    import git

    repo = git.Repo.init(directory, initial_branch="main")
    repo.index.add(written)
    if not repo.head.is_valid():
        repo.index.commit("Start the internal mobility program (mobility init)")
    sys.stderr.write(
        f"mobility: created {len(written)} files in {directory}; try `cd {directory} && mobility validate`\n"
    )


def _example_post(today: object) -> str:
    from datetime import date, timedelta

    assert isinstance(today, date)
    opened = today
    return (
        "---\nrole: Senior Engineer, Platform\nteam: Platform\ntrack: engineering\nlevel: senior-engineer\n"
        "location: Remote (three hours of overlap with Berlin)\n"
        'timezone: {with: Europe/Berlin, core_hours: "10:00-16:00", overlap_hours: 3}\n'
        f"work_style: {{async: 70, sync: 30}}\nstatus: open\nopened: {opened}\n"
        f"internal_until: {opened + timedelta(days=10)}\nexternal_from: {opened + timedelta(days=10)}\n"
        f"closes: {opened + timedelta(days=45)}\nevaluation:\n  - Designs complex systems with multiple failure modes\n"
        "---\n## Internal Job Post Template\n\n**Role**: Senior Engineer, Platform\n**Team**: Platform\n"
        "**Location**: Remote (three hours of overlap with Berlin)\n**Work Style**: 70% async, 30% synchronous\n\n"
        "### What We're Looking For\n- Designs complex systems with multiple failure modes\n"
        "- Mentors engineers through code review and pairing\n\n### What You'll Work On\n- The deployment platform\n\n"
        "### How to Apply\nReply in #internal-mobility with your interest. Include:\n"
        "1. Brief explanation of why this role interests you\n2. Relevant projects you've worked on\n"
        "3. Any questions about the role or team\n"
    )

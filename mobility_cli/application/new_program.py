"""A new program repository: the example program, CI workflow, pre-commit, editor schemas and a first
commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True, slots=True)
class InitRequest:
    directory: Path  # where the repository goes
    name: str = "Internal Mobility Program"
    force: bool = False  # allow a folder that is not empty (existing files are never replaced)
    install: str | None = None  # what CI and pre-commit pip-install (default: this exact release)
    hooks_repo: str | None = None  # mobility's repository, to take the pre-commit hooks from
    today: date | None = None  # the day the example post opens (default: the clock's)


def init(request: InitRequest) -> list[str]:
    """Write the program's files into the folder (never over an existing file), make it a git repository on
    `main` and commit them, unless it already had commits. Returns the files written, relative to it."""
    from mobility_cli.errors import UsageError
    from mobility_cli.features.scaffold import program_files
    from mobility_cli.output import write_atomic
    from mobility_cli.resources import schemas_dir

    directory = request.directory
    if directory.exists() and (not directory.is_dir() or (any(directory.iterdir()) and not request.force)):
        raise UsageError(f"{directory} exists and is not empty", "choose a new folder, or pass --force to add to it")
    post = example_post(request.today or date.today())
    schemas = {p.name: p.read_text(encoding="utf-8") for p in sorted(schemas_dir().glob("*.schema.json"))}
    files = program_files(request.name, post, schemas, request.install or None, request.hooks_repo or None)
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
    return written


def example_post(opened: date) -> str:
    """The example post of a new program, open from `opened`."""
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

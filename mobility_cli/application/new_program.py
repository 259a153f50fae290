"""A new program repository: the example program, CI workflow, pre-commit, editor schemas and a first
commit."""

from __future__ import annotations

import re
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


# What a fresh repository may already hold and still count as empty for a new program (`git init DIR`, or a clone
# of a hosting service's new repository): the files such a page offers to add.
_STARTER_FILES = re.compile(r"(?i)(?:readme|licen[cs]e|copying)(?:\.[a-z]+)?|\.gitignore|\.gitattributes")


@dataclass(frozen=True, slots=True)
class Created:
    """What `init` did: the files written (relative to the folder), the branch the workflow runs on (the
    repository's own), whether it made the first commit, and what to do next, one step a line."""

    written: list[str]
    branch: str
    committed: bool
    next_steps: tuple[str, ...]


def init(request: InitRequest) -> Created:
    """Write the program's files into the folder (never over an existing file) and commit them on the
    repository's branch: a new folder becomes a git repository on `main`; a fresh repository (`git init DIR`)
    keeps its branch (`master`, `trunk`, whatever `init.defaultBranch` says), and the workflow runs on it. A
    repository that already has commits gets the files staged, not committed."""
    import git

    from mobility_cli.errors import UsageError
    from mobility_cli.features.scaffold import program_files
    from mobility_cli.output import write_atomic
    from mobility_cli.resources import schemas_dir

    directory = request.directory
    if directory.exists() and (not directory.is_dir() or not (request.force or empty_enough(directory))):
        raise UsageError(
            f"{directory} exists and is not empty",
            "choose a new folder (or a fresh `git init` one, which may hold a README, a LICENSE and a .gitignore), "
            "or pass --force to add to it",
        )
    repo = git.Repo(directory) if (directory / ".git").exists() else git.Repo.init(directory, initial_branch="main")
    branch = "main" if repo.head.is_detached else repo.head.reference.name
    post = example_post(request.today or date.today())
    schemas = {p.name: p.read_text(encoding="utf-8") for p in sorted(schemas_dir().glob("*.schema.json"))}
    files = program_files(request.name, post, schemas, request.install or None, request.hooks_repo or None, branch)
    written = []
    for rel, text in files.items():
        target = directory / rel
        if target.exists():
            continue  # never overwrite, even with --force
        write_atomic(target, text.encode("utf-8"))
        written.append(rel)
    repo.index.add(written)
    committed = not repo.head.is_valid()
    if committed:
        repo.index.commit("Start the internal mobility program (mobility init)")
    return Created(written, branch, committed, next_steps(directory, branch, committed, _ignores_site(directory)))


def empty_enough(directory: Path) -> bool:
    """Nothing in the folder, or a fresh git repository: `.git` and at most the files a new repository starts
    with (a folder that is no repository must be empty, as before)."""
    repository = (directory / ".git").exists()
    return all(
        entry.name == ".git" or (repository and entry.is_file() and _STARTER_FILES.fullmatch(entry.name))
        for entry in directory.iterdir()
    )


def _ignores_site(directory: Path) -> bool:
    try:
        return "_site/" in (directory / ".gitignore").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def next_steps(directory: Path, branch: str, committed: bool, ignores_site: bool = True) -> tuple[str, ...]:
    """What to do after `init`, in order, naming the branch the workflow runs on."""
    steps = [f"cd {directory} && mobility validate"]
    if not committed:
        steps.append('git commit -m "Start the internal mobility program"  (the files are staged)')
    if not ignores_site:
        steps.append("add _site/ and mobility-diff.md to your .gitignore (it was kept as it was)")
    steps += [
        f"git remote add origin URL && git push -u origin {branch}",
        f'on GitHub: Settings > Pages > Source: "GitHub Actions"; protect {branch} and require the "Validate" check',
    ]
    return tuple(steps)


def example_post(opened: date) -> str:
    """The example post of a new program, open from `opened`."""
    return (  # each fact once: role, team, location and work style in the header people read, the rest above it
        "---\ntrack: engineering\nlevel: senior-engineer\n"
        'timezone: {with: Europe/Berlin, core_hours: "10:00-16:00", overlap_hours: 3}\n'
        f"status: open\nopened: {opened}\n"
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

"""Earlier versions of program files, from git: one `git log` pass, blobs read through gitpython's object
database (no shell, no hooks). Used by rules that compare a post with what it said before."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mobility_cli.gitrepo import (
    commit_or_none,
    open_repo,
    program_prefix,
    require_repo,
    resolve_commit,
    shallow_boundary,
)

if TYPE_CHECKING:
    import git


class GitHistory:
    """Versions of each file under the program root, oldest first, built on first use."""

    def __init__(self, repo: git.Repo, root: Path, rev: str = "HEAD") -> None:
        self.repo = repo
        self.rev = rev
        self.prefix = program_prefix(repo, root)
        self._commits: dict[str, list[tuple[str, str]]] | None = None
        self._shallow: frozenset[str] | None = None

    @classmethod
    def open(cls, root: Path, rev: str | None = None) -> GitHistory | None:
        commit = commit_or_none(root, rev or "HEAD")
        return None if commit is None else cls(commit.repo, root, rev or "HEAD")

    def _index(self) -> dict[str, list[tuple[str, str]]]:
        if self._commits is None:
            found = file_log(self.repo, self.rev, f"{self.prefix}postings")
            self._commits = {path: list(reversed(v)) for path, v in found.items()}
        return self._commits

    def _boundary(self) -> frozenset[str]:
        if self._shallow is None:  # read once, not once per post
            self._shallow = shallow_boundary(self.repo)
        return self._shallow

    def versions(self, file: str) -> list[tuple[str, str, str, bool]]:
        """(commit, date, text, cut) for each commit that changed the file, oldest first; deletions skipped.
        `cut`: the commit is at the edge of a shallow clone, so what came before it is unknown."""
        boundary = self._boundary()
        out = []
        for sha, day in self._index().get(self.prefix + file, []):
            try:
                blob = self.repo.commit(sha).tree / (self.prefix + file)
                text = blob.data_stream.read().decode("utf-8", errors="replace")
            except (KeyError, ValueError):
                continue
            out.append((sha, day, text, sha in boundary))
        return out


def file_log(repo: git.Repo, rev: str, pathspec: str) -> dict[str, list[tuple[str, str]]]:
    """For each file under `pathspec`: (commit, date) of every commit that touched it, newest first; one
    `git log` pass, no shell."""
    import git

    try:
        log = repo.git.log(rev, "--format=@%H %cs", "--name-only", "--no-renames", "--", pathspec)
    except (git.GitCommandError, ValueError):
        return {}
    found: dict[str, list[tuple[str, str]]] = {}
    sha = day = ""
    for line in log.splitlines():
        if line.startswith("@"):
            sha, _, day = line[1:].partition(" ")
        elif line.strip():
            found.setdefault(line.strip(), []).append((sha, day))
    return found


def last_changed(root: Path, rev: str | None = None) -> dict[str, str]:
    """The date of the latest commit touching each program file, relative to the program root; {} outside git.
    In a shallow clone, a file last touched at the clone's edge has no known date: it is left out rather than
    given the date of the edge."""
    repo = open_repo(root)
    if repo is None:
        return {}
    prefix = program_prefix(repo, root)
    boundary = shallow_boundary(repo)
    return {
        path[len(prefix) :]: commits[0][1]
        for path, commits in file_log(repo, rev or "HEAD", prefix or ".").items()
        if path.startswith(prefix) and commits[0][0] not in boundary
    }


def changed_files(root: Path, rev: str, until: str | None = None) -> set[str]:
    """Program files (relative to the root) that differ between `rev` and `until` (a revision), or the working
    tree with its untracked files where `until` is None."""
    repo = require_repo(root, f"--changed-since {rev}")
    resolve_commit(repo, rev)
    if until is not None:
        resolve_commit(repo, until)
    prefix = program_prefix(repo, root)
    ends = [rev, until] if until is not None else [rev]
    names = repo.git.diff("--name-only", "--no-renames", *ends, "--", prefix or ".").splitlines()
    if until is None:
        names += [n for n in repo.untracked_files if n.startswith(prefix)]
    return {n[len(prefix) :] for n in names if n.strip()}

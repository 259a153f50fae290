"""The one git helper: finding the repository that holds a program, the program's path inside it, and
revisions, with every git failure mapped to one clear error.

gitpython is imported lazily (it costs ~40 ms); `work_tree_top` and `work_tree_prefix` answer without
starting git at all, for output that only needs repository-relative paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mobility_cli.errors import UsageError

if TYPE_CHECKING:
    import git


def work_tree_top(root: Path) -> Path | None:
    """The top of the git work tree holding `root`, found without starting git."""
    for parent in (root, *root.parents):
        if (parent / ".git").exists():
            return parent
    return None


def work_tree_prefix(root: Path) -> str:
    """The program root's path inside its git work tree ("" at the top, or outside git), ending in "/"."""
    top = work_tree_top(root)
    return "" if top is None else _prefix(root, top)


def _prefix(root: Path, top: Path) -> str:
    rel = root.resolve().relative_to(top.resolve()).as_posix()
    return "" if rel == "." else rel + "/"


def open_repo(root: Path) -> git.Repo | None:
    """The repository holding `root`, or None outside git (or where git cannot be run)."""
    try:
        import git
    except ImportError:  # pragma: no cover - gitpython without a git binary
        return None
    try:
        repo = git.Repo(root, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, git.GitCommandNotFound):
        return None
    # file names exactly as they are (git would quote "café" as "caf\303\251" and hide it from every lookup)
    repo.git.set_persistent_git_options(c="core.quotePath=false")
    return repo


def require_repo(root: Path, purpose: str, hint: str = "run it inside a git repository") -> git.Repo:
    repo = open_repo(root)
    if repo is None:
        raise UsageError(f"{purpose}: {root} is not inside a git repository", hint)
    return repo


def program_prefix(repo: git.Repo, root: Path) -> str:
    """The program root's path inside `repo` ("" at the top), ending in "/"."""
    return _prefix(root, Path(repo.working_tree_dir or root))


def resolve_commit(repo: git.Repo, rev: str) -> git.Commit:
    """A revision as a commit; an unknown or malformed one is a usage error."""
    import git

    if not rev or rev.startswith("-"):
        raise UsageError(f"{rev!r} is not a revision", "give a commit, branch or tag, e.g. main or HEAD~1")
    try:
        commit = repo.commit(rev)
        commit.tree  # noqa: B018 - gitpython resolves lazily: a commit beyond a shallow boundary fails only here
    except (git.BadName, git.BadObject, ValueError, IndexError) as exc:
        if is_shallow(repo):
            raise UsageError(
                f'"{rev}" is not in this clone: the history is shallow',
                "fetch it with `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout",
            ) from exc
        raise UsageError(f'unknown revision "{rev}"', "see `git log --oneline` for revisions") from exc
    return commit


def is_shallow(repo: git.Repo) -> bool:
    """A clone with only part of the history (actions/checkout's default, fetch-depth 1)."""
    return (Path(repo.git_dir) / "shallow").exists()


def shallow_boundary(repo: git.Repo) -> frozenset[str]:
    """The commits whose parents this clone does not have: they look as if they added every file."""
    path = Path(repo.git_dir) / "shallow"
    return frozenset(path.read_text().split()) if path.exists() else frozenset()


def commit_or_none(root: Path, rev: str) -> git.Commit | None:
    """The commit `rev` names in the repository holding `root`, or None (outside git, unknown, no commits)."""
    repo = open_repo(root)
    if repo is None:
        return None
    try:
        return resolve_commit(repo, rev)
    except UsageError:
        return None

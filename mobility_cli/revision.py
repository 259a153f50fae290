"""A program as committed at a git revision, read from git objects: the work tree is never touched, and a
link committed as a file is never followed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.source import PROGRAM_DIRS, SETTINGS_FILES, FileEntry, Source, kind_of

if TYPE_CHECKING:
    import git


class GitSource(Source):
    """A program as committed at a revision; the working tree (clean or not) is never touched."""

    def __init__(
        self, repo: git.Repo, commit: git.Commit, subdir: str, label: str, tops: tuple[str, ...] = PROGRAM_DIRS
    ) -> None:
        self.repo = repo
        self.commit = commit
        self.subdir = subdir
        self.label = label
        self.tops = tops  # the program folders to read (all by default)
        self.diagnostics = []
        self._blobs: dict[str, git.Blob] = {}
        self._listed: list[FileEntry] | None = None

    def entries(self) -> list[FileEntry]:
        if self._listed is None:
            self._listed = self._walk()
        return self._listed

    def _walk(self) -> list[FileEntry]:
        """Only the settings file and the program's folders are walked: a program inside a large repository
        costs what the program costs."""
        import git as gitmodule

        try:
            tree = self.commit.tree / self.subdir if self.subdir else self.commit.tree
        except KeyError:
            return []
        items: list[Any] = []
        for name in (*SETTINGS_FILES, *PROGRAM_DIRS):
            if name not in self.tops and name not in SETTINGS_FILES:
                continue
            try:
                item = tree / name
            except KeyError:
                continue
            items += list(item.traverse()) if isinstance(item, gitmodule.Tree) else [item]
        found: list[FileEntry] = []
        for item in items:
            if isinstance(item, gitmodule.Blob):
                rel = str(item.path)[len(self.subdir) + 1 :] if self.subdir else str(item.path)
                if kind_of(rel) and self._safe(item, rel):
                    self._blobs[rel] = item
                    found.append(FileEntry(rel, item.size, item.hexsha))
        return sorted(found, key=lambda e: e.path)

    def _safe(self, item: git.Blob, rel: str) -> bool:
        if item.mode != 0o120000:
            return True
        # a symbolic link: never followed from a revision
        self.diagnostics.append(
            Diagnostic(
                "unsafe-path",
                Severity.ERROR,
                f"{rel} is a symbolic link; it was not read",
                rel,
                hint="replace the link with the file itself",
            )
        )
        return False

    def read(self, path: str) -> bytes:
        data: bytes = self._blobs[path].data_stream.read()
        return data


def git_source(root: Path, ref: str, tops: tuple[str, ...] = PROGRAM_DIRS) -> Source:
    from mobility_cli.gitrepo import program_prefix, require_repo, resolve_commit

    repo = require_repo(root, f"--ref {ref}", "drop --ref to read the working tree")
    commit = resolve_commit(repo, ref)
    label = f"{ref} ({commit.hexsha[:10]})"
    return GitSource(repo, commit, program_prefix(repo, root).rstrip("/"), label, tops)

"""A program as committed at a git revision, read from git objects: the work tree is never touched, and a
link committed as a file is never followed. `open_source` chooses between the work tree and a revision, so
the work-tree source (source.py) never needs to know of git."""

from __future__ import annotations

import errno
from itertools import islice
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.placement import HEAD_BYTES, MAX_CANDIDATES, NEVER_ENTERED, judge, near_miss, sniffed
from mobility_cli.source import (
    KINDS_IN,
    PROGRAM_DIRS,
    SETTINGS_FILES,
    FileEntry,
    Location,
    Source,
    WorkTreeSource,
    kind_of,
)

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
        self._kept: dict[str, bytes] = {}  # program files read whole to tell what they are: read once

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
        strays: dict[str, git.Blob] = {}  # files that are no program file where they are (placement.py)
        for item in items:
            if isinstance(item, gitmodule.Blob):
                rel = str(item.path)[len(self.subdir) + 1 :] if self.subdir else str(item.path)
                if kind_of(rel) and self._safe(item, rel):
                    self._blobs[rel] = item
                    found.append(FileEntry(rel, item.size, item.hexsha))
                elif not kind_of(rel) and sniffed(rel):
                    strays[rel] = item
        if self.tops == PROGRAM_DIRS:  # the whole program is read: look around it too, as in a work tree
            strays.update(self._strays_around(tree))

        def head(rel: str) -> bytes | None:
            blob = self._blobs.get(rel, strays.get(rel))
            if blob is None or blob.mode == 0o120000 or blob.size > 1 << 20:
                return None  # a link is never followed; a huge file is no post
            data: bytes = blob.data_stream.read()
            if rel in self._blobs:
                self._kept[rel] = data
            return data[:HEAD_BYTES]

        left_out, misplaced = judge(((e.path, kind_of(e.path) or "") for e in found), strays, head)
        self.diagnostics += misplaced
        return sorted((e for e in found if e.path not in left_out), key=lambda e: e.path)

    def _strays_around(self, tree: git.Tree) -> dict[str, git.Blob]:
        """Candidates outside the program's folders: files at its root and in near-miss folders (placement.py),
        never in a hidden folder, at most MAX_CANDIDATES."""
        import git as gitmodule

        def entered(item: Any, _depth: int) -> bool:  # `prune`: True leaves a folder out
            return item.name.startswith(".") or item.name in NEVER_ENTERED

        found: dict[str, git.Blob] = {}
        for item in tree:
            if isinstance(item, gitmodule.Blob) and sniffed(item.name) and item.name not in SETTINGS_FILES:
                found[self._rel(item)] = item
            elif isinstance(item, gitmodule.Tree) and near_miss(item.name, PROGRAM_DIRS):
                below = (b for b in item.traverse(prune=entered) if isinstance(b, gitmodule.Blob) and sniffed(b.name))
                found.update((self._rel(b), b) for b in islice(below, MAX_CANDIDATES))
            if len(found) >= MAX_CANDIDATES:
                break
        return dict(islice(found.items(), MAX_CANDIDATES))

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

    def files_under(self, folder: str) -> list[FileEntry]:
        """A folder such as templates/, walked as the program's folders are: a link (the folder, one on the way
        to it, or a file in it) is reported and never followed."""
        import git as gitmodule

        parts = PurePosixPath(folder).parts
        item: Any = self._program_tree()
        for depth in range(1, len(parts) + 1):
            try:
                item = item / parts[depth - 1] if isinstance(item, gitmodule.Tree) else None
            except KeyError:
                item = None
            if item is None:
                return []
            if isinstance(item, gitmodule.Blob):
                self._safe(item, "/".join(parts[:depth]))  # a link is reported; a file where a folder is, ignored
                return []
        found: list[FileEntry] = []
        for blob in item.traverse() if isinstance(item, gitmodule.Tree) else ():
            rel = self._rel(blob)
            hidden = any(part.startswith(".") for part in PurePosixPath(rel).parts[len(parts) :])
            if isinstance(blob, gitmodule.Blob) and not hidden and self._safe(blob, rel):
                self._blobs[rel] = blob
                found.append(FileEntry(rel, blob.size, blob.hexsha))
        return sorted(found, key=lambda e: e.path)

    def _program_tree(self) -> git.Tree | None:
        try:
            return self.commit.tree / self.subdir if self.subdir else self.commit.tree
        except KeyError:
            return None

    def _rel(self, item: Any) -> str:
        """A path in the repository as a path in the program."""
        return str(item.path)[len(self.subdir) + 1 :] if self.subdir else str(item.path)

    def read(self, path: str) -> bytes:
        kept = self._kept.pop(path, None)
        if kept is not None:
            return kept
        blob = self._blobs.get(path)
        data: bytes = (blob if blob is not None else self._lookup(path)).data_stream.read()
        return data

    def _lookup(self, path: str) -> git.Blob:
        """A file not listed (the line of a program file a report shows), found by its path: a regular file of
        the revision, never a link."""
        import git as gitmodule

        tree = self._program_tree()
        try:
            item = tree / path if tree is not None else None
        except KeyError:
            item = None
        if not isinstance(item, gitmodule.Blob) or item.mode == 0o120000:
            raise FileNotFoundError(errno.ENOENT, f"not a file at {self.label}", path)
        return item


def git_source(root: Path, ref: str, tops: tuple[str, ...] = PROGRAM_DIRS) -> Source:
    from mobility_cli.gitrepo import program_prefix, require_repo, resolve_commit

    repo = require_repo(root, f"--ref {ref}", "drop --ref to read the working tree")
    commit = resolve_commit(repo, ref)
    label = f"{ref} ({commit.hexsha[:10]})"
    return GitSource(repo, commit, program_prefix(repo, root).rstrip("/"), label, tops)


def open_source(location: Location, ref: str | None, kinds: frozenset[str] | None = None) -> Source:
    """The program's files; with `kinds`, a work tree lists only the folders that hold those kinds (listing
    20,000 posts to find a route between two levels cost most of `path` on a large program)."""
    if ref is None:
        if kinds is None:
            return WorkTreeSource(location.root)
        return WorkTreeSource(location.root, folders=tuple(d for d in PROGRAM_DIRS if KINDS_IN[d] & kinds))
    return git_source(location.root, ref)

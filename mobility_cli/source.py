"""Where a program's files come from: a directory on disk, or a git revision read from git objects.

Both kinds answer the same two questions (which program files are there, and what bytes does one hold),
so every later stage works the same on a working tree and on `--ref REV`. Nothing outside the program
root is ever read: links that lead out of it are reported, not followed.
"""

from __future__ import annotations

import os
import stat
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.errors import ProgramNotFound
from mobility_cli.placement import HEAD_BYTES, judge, sniffed, work_tree_strays

UNREADABLE = declare(
    "unreadable",
    "reading",
    Severity.ERROR,
    "A program file or folder that cannot be read (permissions, a name that is not UTF-8).",
    "What it holds is unknown: checking the rest as if it were complete would pass a partial program.",
    "Make it readable, or remove it.",
)
UNSAFE_PATH = declare(
    "unsafe-path",
    "reading",
    Severity.ERROR,
    "A link inside the program leads outside it.",
    "Nothing outside the program root is ever read.",
    "Replace the link with the file itself.",
)


PROGRAM_DIRS = ("careers", "postings", "mentors", "moves")
KINDS_IN = {"careers": {"tracks", "framework"}, "postings": {"posting"}, "mentors": {"mentor"}, "moves": {"moves"}}
SETTINGS_FILES = ("mobility.yaml", "mobility.yml")
_YAML = (".yaml", ".yml")


def kind_of(path: str) -> str | None:
    """The document kind of a program-relative path, or None for a file the program does not use."""
    parts = PurePosixPath(path).parts
    name = parts[-1]
    if name.lower() in ("readme.md", "readme.markdown") or name.startswith("."):
        return None
    if len(parts) == 1:
        return "program" if name in SETTINGS_FILES else None
    top, suffix = parts[0], PurePosixPath(name).suffix.lower()
    if top == "careers":
        return "tracks" if suffix in _YAML else "framework" if suffix == ".md" else None
    if top == "postings" and suffix == ".md":
        return "posting"
    if top == "mentors" and suffix in _YAML:
        return "mentor"
    if top == "moves" and suffix in _YAML:
        return "moves"
    return None


@dataclass(slots=True)
class FileEntry:
    path: str
    size: int
    digest: str | None = None  # a git blob id where known: a free content hash
    stamp: tuple[int, int, int, int] | None = None  # size, mtime_ns, ctime_ns, inode of a work tree file


class Source(ABC):
    """The files of one program, at one place and time."""

    label: str
    diagnostics: list[Diagnostic]

    @abstractmethod
    def entries(self) -> list[FileEntry]:
        """Program files, sorted by path."""

    @abstractmethod
    def read(self, path: str) -> bytes: ...

    def unreadable(self, rel: str, message: str) -> None:
        """A file or folder of the program that cannot be read: reported, and the program counts as partial."""
        hint = "make it readable (check its permissions and name), or remove it"
        self.diagnostics.append(Diagnostic(UNREADABLE.code, Severity.ERROR, message, rel, hint=hint))

    def keep(self, path: str, data: bytes) -> None:  # noqa: B027 - most sources have nothing to keep
        """Hold bytes already read (to hash them), so the next read of that file costs nothing."""

    def files_under(self, folder: str) -> list[FileEntry]:
        """The files under `folder`, a folder of the program that holds no program documents (its `templates/`),
        listed by the rules program files are (no link out of the program followed; from a revision, no link
        at all; what is refused is reported in `diagnostics`), sorted by path and read with `read`. None where
        a source has no such folders."""
        return []

    @property
    def root(self) -> Path | None:
        return None


@dataclass(slots=True)
class WorkTreeSource(Source):
    directory: Path
    label: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    kept: dict[str, bytes] = field(default_factory=dict)
    listed: list[FileEntry] | None = None
    folders: tuple[str, ...] = PROGRAM_DIRS  # the program folders walked: `path` needs only careers/

    def __post_init__(self) -> None:
        self.directory = self.directory.resolve()
        self.label = self.label or str(self.directory)

    @property
    def root(self) -> Path | None:
        return self.directory

    def entries(self) -> list[FileEntry]:
        if self.listed is None:
            self.listed = self._walk()
        return self.listed

    def _walk(self) -> list[FileEntry]:
        """The program's files; files in the wrong place are reported (placement.py), and a file in a program
        folder that is another kind of file (a post in careers/) is left out rather than misread."""
        found: list[FileEntry] = []
        strays: list[str] = []  # files that are no program file where they are: perhaps one in the wrong place
        for name in SETTINGS_FILES:
            self._add(self.directory / name, name, found)
        for top in self.folders:
            self._walk_folder(top, found, lambda rel: kind_of(rel) is not None, strays)
        if self.folders == PROGRAM_DIRS:  # the whole program is read: look around it too
            strays += work_tree_strays(self.directory, PROGRAM_DIRS, SETTINGS_FILES, self._inside)
        left_out, misplaced = judge(((e.path, kind_of(e.path) or "") for e in found), strays, self._head)
        self.diagnostics += misplaced
        return sorted((e for e in found if e.path not in left_out), key=lambda e: e.path)

    def _head(self, rel: str) -> bytes | None:
        """A file's first bytes, to tell what it is; None for a link (never followed here: the folders on the
        way were checked while listing) or what is no regular file (a FIFO would block)."""
        try:
            fd = os.open(self.directory / rel, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            return os.read(fd, HEAD_BYTES) if stat.S_ISREG(os.fstat(fd).st_mode) else None
        except OSError:
            return None
        finally:
            os.close(fd)

    def files_under(self, folder: str) -> list[FileEntry]:
        found: list[FileEntry] = []
        self._walk_folder(folder, found, lambda rel: not PurePosixPath(rel).name.startswith("."))
        return sorted(found, key=lambda e: e.path)

    def _walk_folder(
        self, top: str, found: list[FileEntry], wanted: Callable[[str], bool], strays: list[str] | None = None
    ) -> None:
        """The files `wanted` under one folder (`top` may be nested: each of its parts is checked for links);
        `strays` receives the others worth looking into (`placement.sniffed`)."""
        parts = PurePosixPath(top).parts
        for depth in range(1, len(parts) + 1):
            step = self.directory.joinpath(*parts[:depth])
            if step.is_symlink() and not self._inside(step):
                self._escape("/".join(parts[:depth]))
                return
        base = self.directory / top
        if not base.is_dir():
            return
        for current, dirs, files in os.walk(base, onerror=self._unreadable_folder):
            rel_dir = Path(current).relative_to(self.directory).as_posix()
            kept = []
            for d in sorted(dirs):
                full = Path(current, d)
                if d.startswith("."):
                    continue
                if full.is_symlink() and not self._inside(full):
                    self._escape(f"{rel_dir}/{d}")
                    continue
                kept.append(d)
            dirs[:] = kept
            for f in sorted(files):
                rel = f"{rel_dir}/{f}"
                if wanted(rel) and self._utf8_name(rel):
                    self._add(Path(current, f), rel, found)
                elif strays is not None and sniffed(rel):
                    strays.append(rel)

    def _inside(self, path: Path) -> bool:
        try:
            path.resolve().relative_to(self.directory)
        except (ValueError, OSError):
            return False
        return True

    def _escape(self, rel: str) -> None:
        self.diagnostics.append(
            Diagnostic(
                UNSAFE_PATH.code,
                Severity.ERROR,
                f"{rel} is a link that leads outside the program; it was not read",
                rel,
                None,
                None,
                None,
                "replace the link with the file itself",
            )
        )

    def _unreadable_folder(self, exc: OSError) -> None:
        rel = Path(exc.filename).relative_to(self.directory).as_posix() if exc.filename else "?"
        self.unreadable(rel, f"the folder cannot be read ({exc.strerror}); nothing in it was checked")

    def _utf8_name(self, rel: str) -> bool:
        """A file name that is not UTF-8 could not be named in any report (JSON, SARIF): it is reported, not read."""
        try:
            rel.encode("utf-8")
        except UnicodeEncodeError:
            shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            self.unreadable(shown, "the file name is not UTF-8 text, so it was not read")
            return False
        return True

    def _add(self, full: Path, rel: str, found: list[FileEntry]) -> None:
        try:
            if full.is_symlink() and not self._inside(full):
                self._escape(rel)
                return
            stat = full.stat()
        except FileNotFoundError:
            return  # removed while the folder was being listed
        except OSError as exc:
            self.unreadable(rel, f"the file cannot be read ({exc.strerror})")
            return
        if os.path.isfile(full):
            found.append(
                FileEntry(rel, stat.st_size, None, (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino))
            )

    def read(self, path: str) -> bytes:
        kept = self.kept.pop(path, None)
        return kept if kept is not None else (self.directory / path).read_bytes()

    def keep(self, path: str, data: bytes) -> None:
        self.kept[path] = data


def is_program_dir(path: Path) -> bool:
    return any((path / name).is_file() for name in SETTINGS_FILES) or (path / "careers").is_dir()


@dataclass(frozen=True, slots=True)
class Location:
    root: Path
    embedded: bool
    how: str


def discover(repo: str | None, cwd: Path | None = None) -> Location:
    """--repo, else MOBILITY_REPO, else the nearest parent holding a program, else the embedded example."""
    from mobility_cli.resources import default_program_root

    for given, how in ((repo, "--repo"), (os.environ.get("MOBILITY_REPO") or None, "MOBILITY_REPO")):
        if given is None:
            continue
        path = Path(given).expanduser()
        if not path.is_dir():
            raise ProgramNotFound(f"{how} {given}: no such directory", "give the folder that holds mobility.yaml")
        if not is_program_dir(path):
            raise ProgramNotFound(
                f"{how} {given}: no program there (no mobility.yaml and no careers/)",
                "run `mobility init DIR` to start one",
            )
        return Location(path.resolve(), False, how)
    here = (cwd or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if is_program_dir(candidate):
            return Location(candidate, False, "found")
    return Location(default_program_root(), True, "embedded")

"""Writing files without ever losing one: atomic single files, and whole directories swapped into place.

A site is built in a temporary directory next to its target and exchanged with it atomically, so a render
killed at any moment leaves the previous site whole. A marker file says a directory was made by mobility; anything else
non-empty is refused unless --force, and nothing outside the target directory is touched. A lock file
beside the target makes two renders into the same place wait for each other instead of mixing.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from mobility_cli.errors import UsageError
from mobility_cli.source import PROGRAM_DIRS, is_program_dir

MARKER = ".mobility-render"


def write_atomic(path: Path, data: bytes, force: bool = False, exists_hint: str = "pass --force to replace it") -> None:
    """Write a whole file or nothing: a finished, synced temporary file is put in place in one step.

    Without `force` that step is a hard link, which fails if the name exists: of two runs writing one file,
    exactly one wins, and a file someone saved meanwhile is never replaced (git's and SQLite's habit of
    O_EXCL creation). The file gets the permissions the user's umask gives, not a temporary file's 0600.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not force:
        raise UsageError(f"{path} already exists", exists_hint)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise UsageError(f"{path} already exists", exists_hint) from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_target(out: Path, program_root: Path, force: bool) -> None:
    out = out.resolve()
    root = program_root.resolve()
    if out == root or out in root.parents:
        raise UsageError(
            f"--out {out} is the program itself or a folder that contains it", "choose a new folder, e.g. site/"
        )
    inside = out.relative_to(root).parts if out.is_relative_to(root) else ()
    if (inside and inside[0] in (*PROGRAM_DIRS, "templates", "schemas")) or (out.is_dir() and is_program_dir(out)):
        raise UsageError(
            f"--out {out} holds program files, which a render would delete (even with --force)",
            "choose a new folder, e.g. site/",
        )
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise UsageError(f"--out {out} exists and is not a folder", "choose a new folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists() and not force:
        raise UsageError(
            f"--out {out} is a non-empty folder that mobility render did not make",
            "choose an empty or new folder, or pass --force to replace it",
        )


@contextmanager
def locked(out: Path) -> Iterator[None]:
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UsageError(f"another mobility render is writing {out}", "wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def replace_directory(out: Path, files: Mapping[str, bytes]) -> None:
    """Build the whole directory beside `out`, then put it in place in one step: on Linux the two folders are
    exchanged atomically (renameat2 RENAME_EXCHANGE), so at every moment `out` is the whole old site or the
    whole new one; the old one is removed only after the exchange."""
    out = out.resolve()
    for leftover in out.parent.glob(f".{out.name}.*-*"):  # from a render killed earlier: ours by name
        if leftover.is_dir() and leftover.name.startswith((f".{out.name}.new-", f".{out.name}.old-")):
            shutil.rmtree(leftover, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    try:
        os.chmod(staging, 0o777 & ~current_umask())  # a web server under another user can read the site
        for rel, data in sorted(files.items()):
            target = (staging / rel).resolve()
            if staging not in target.parents:
                raise UsageError(f"refusing to write {rel}: it leads outside the site")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staging / MARKER).write_text("made by mobility render; the whole folder is replaced on each render\n")
        if not out.exists():
            os.rename(staging, out)
        elif _exchange(staging, out):
            shutil.rmtree(staging, ignore_errors=True)  # it holds the old site now
        else:  # no atomic exchange here: two renames, the old site kept aside until the new one is in place
            old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
            os.replace(out, old / "site")
            os.replace(staging, out)
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 with RENAME_EXCHANGE); False where the system cannot."""
    import ctypes
    import ctypes.util

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if result != 0:
        code = ctypes.get_errno()
        if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            return False
        raise OSError(code, os.strerror(code), str(b))
    return True

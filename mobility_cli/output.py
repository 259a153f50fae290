"""Writing files without ever losing one: atomic single files, and whole directories swapped into place.

A site is built in a temporary directory next to its target and renamed over it, so a render killed at any
moment leaves the previous site whole. A marker file says a directory was made by mobility; anything else
non-empty is refused unless --force, and nothing outside the target directory is touched. A lock file
beside the target makes two renders into the same place wait for each other instead of mixing.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from mobility_cli.errors import UsageError

MARKER = ".mobility-render"


def write_atomic(path: Path, data: bytes, force: bool = False, exists_hint: str = "pass --force to replace it") -> None:
    """Write a file by renaming a finished temporary file into place; never replaces a file unless `force`."""
    if path.exists() and not force:
        raise UsageError(f"{path} already exists", exists_hint)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_target(out: Path, program_root: Path, force: bool) -> None:
    out = out.resolve()
    root = program_root.resolve()
    if out == root or out in root.parents:
        raise UsageError(
            f"--out {out} is the program itself or a folder that contains it", "choose a new folder, e.g. site/"
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
    """Build the whole directory beside `out`, then swap it in; the old one is removed only after the swap."""
    out = out.resolve()
    for leftover in out.parent.glob(f".{out.name}.*-*"):  # from a render killed earlier: ours by name
        if leftover.is_dir() and leftover.name.startswith((f".{out.name}.new-", f".{out.name}.old-")):
            shutil.rmtree(leftover, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    try:
        for rel, data in sorted(files.items()):
            target = (staging / rel).resolve()
            if staging not in target.parents:
                raise UsageError(f"refusing to write {rel}: it leads outside the site")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staging / MARKER).write_text("made by mobility render; the whole folder is replaced on each render\n")
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
            os.replace(out, old / "site")
        os.replace(staging, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise

"""A content-addressed cache of whole-program results (validate's findings, report's figures), so an unchanged
program validates, or is measured, in a blink.

The key of a result is a hash over every program file's content hash (the git blob id for `--ref`, a BLAKE2
hash of the bytes for a work tree), the tool version, the schemas and the date (posting rules depend on
today). So a change to any file, including one only referred to by another, gives another key: a wrong hit
would need a hash collision. Like git's index, a work tree file's content hash is remembered with its size,
mtime, ctime and inode (ctime cannot be set back by hand), and trusted only when all match and the file was
not changed in the last seconds before the cache was written (a "racily clean" file is hashed again). The
cache lives in the user's cache directory (XDG_CACHE_HOME, or MOBILITY_CACHE_DIR), never in the work tree,
one small file per program, written atomically; an unreadable cache is a cold start, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import tempfile
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from mobility_cli import __version__
from mobility_cli.resources import schemas_dir
from mobility_cli.source import FileEntry, Source

_FORMAT = 4
_MAGIC = b"mobility-cache 4\n"
_MAX_CACHE_BYTES = 256 * 1024 * 1024
_HASH_LIMIT = 16 * 1024 * 1024  # files larger than this are keyed by their stamp, never read to be hashed
_KEEP_RESULTS = 8  # results for a few revisions, so switching branches stays warm
_RACY_SECONDS = 2.0

Stamp = tuple[int, int, int, int]
Result = TypeVar("Result")


def cache_dir() -> Path:
    explicit = os.environ.get("MOBILITY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mobility"


_CODE_SUFFIXES = (".py", ".yaml", ".json", ".j2")


@cache
def _salt() -> bytes:
    return code_digest(Path(__file__).resolve().parent, schemas_dir())


def code_digest(package: Path, schemas: Path) -> bytes:
    """Changes whenever anything that can change a result changes: the version, the schemas, the rule
    catalogue and every line of the tool's own code (an edited rule invalidates every result at once).
    The program's settings are a program file, so they are in each program's key already."""
    digest = hashlib.blake2b(f"{_FORMAT}:{__version__}".encode(), digest_size=16)
    skip = {"__pycache__", "_data"}  # the embedded example program is data, not code
    files = [
        p for p in package.rglob("*") if p.suffix in _CODE_SUFFIXES and not skip & set(p.relative_to(package).parts)
    ]
    for path in sorted({*files, *schemas.glob("*.json")}):
        digest.update(path.relative_to(path.parent.parent).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.digest()


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


class ResultCache:
    """Remembered content hashes of files, and results by program fingerprint."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.stamps: dict[str, tuple[Stamp, str]] = {}
        self.results: dict[bytes, Any] = {}
        self.written_at = 0.0
        self.hit = False
        if file is not None:
            self._read(file)

    @classmethod
    def for_program(cls, identity: str) -> ResultCache:
        name = hashlib.blake2b(identity.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()
        return cls(cache_dir() / f"{name}.pickle")

    def fingerprint(self, source: Source, entries: Iterable[FileEntry], context: str) -> bytes:
        """The program's key: everything that can change a result. Files whose hash is not known are read once
        (the bytes stay with the source, so what is checked is what was hashed); what the source found while
        listing files (a link that leads outside the program) is part of it too."""
        digest = hashlib.blake2b(_salt(), digest_size=20)
        digest.update(context.encode())
        for entry in entries:
            digest.update(b"\0" + entry.path.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(self._hash_of(source, entry).encode())
        for found in source.diagnostics:
            digest.update(f"\0{found.code}\0{found.file}\0{found.message}".encode("utf-8", "surrogateescape"))
        return digest.digest()

    def unchanged_since_fingerprint(self, entries: Iterable[FileEntry], root: Path | None) -> bool:
        """False when a file changed while the result was being computed: that result belongs to no key."""
        if root is None:
            return True
        for entry in entries:
            if entry.stamp is None:
                continue
            try:
                info = os.stat(root / entry.path)
            except OSError:
                return False
            if (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino) != entry.stamp:
                return False
        return True

    def _hash_of(self, source: Source, entry: FileEntry) -> str:
        if entry.digest:
            return entry.digest
        if entry.stamp is not None and entry.size > _HASH_LIMIT:
            return f"large:{entry.stamp}"  # never read whole to be fingerprinted: it is refused unread anyway
        known = self.stamps.get(entry.path)
        if entry.stamp is not None and known and known[0] == entry.stamp and self._settled(entry.stamp):
            return known[1]
        try:
            data = source.read(entry.path)
        except OSError:
            return "unreadable"
        source.keep(entry.path, data)
        hashed = content_hash(data)
        if entry.stamp is not None:
            self.stamps[entry.path] = (entry.stamp, hashed)
        return hashed

    def _settled(self, stamp: Stamp) -> bool:
        """False for a file modified so close to the last write that a later edit could keep its mtime."""
        return max(stamp[1], stamp[2]) / 1e9 < self.written_at - _RACY_SECONDS

    def get(self, key: bytes, expected: type[Result]) -> Result | None:
        """The result kept under the key, if it is of the type asked for (anything else is a miss)."""
        value = self.results.get(key)
        self.hit = isinstance(value, expected)
        return value if isinstance(value, expected) else None

    def put(self, key: bytes, value: Any) -> None:
        self.results.pop(key, None)
        self.results[key] = value
        while len(self.results) > _KEEP_RESULTS:
            self.results.pop(next(iter(self.results)))
        self._write()

    def _write(self) -> None:
        if self.file is None:
            return
        payload = pickle.dumps((_FORMAT, time.time(), self.stamps, self.results), pickle.HIGHEST_PROTOCOL)
        data = _MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload
        tmp: str | None = None
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".tmp-", suffix=".pickle")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, self.file)
            tmp = None
        except OSError:
            return  # a cache that cannot be written only costs time
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)  # never leave a partial file behind (a full disk, say)

    def _read(self, file: Path) -> None:
        """Any doubt is a miss: not a regular file (a FIFO would block), too large, a checksum or shape that
        does not match. A cache can cost time; it can never change a result or stop a run."""
        data = _read_regular(file)
        if data is None or not data.startswith(_MAGIC):
            return
        digest, payload = data[len(_MAGIC) : len(_MAGIC) + 32], data[len(_MAGIC) + 32 :]
        if hashlib.blake2b(payload, digest_size=32).digest() != digest:
            return
        try:
            version, written_at, stamps, results = pickle.loads(payload)
        except Exception:  # a checksum that matches a payload of another shape: still only a miss
            return
        if version == _FORMAT and _well_formed(stamps, results) and isinstance(written_at, float):
            self.written_at, self.stamps, self.results = written_at, stamps, results


def _read_regular(file: Path) -> bytes | None:
    try:
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_CACHE_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def _well_formed(stamps: Any, results: Any) -> bool:
    return (
        isinstance(stamps, dict)
        and all(
            isinstance(k, str) and isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], str)
            for k, v in stamps.items()
        )
        and isinstance(results, dict)
        and all(isinstance(k, bytes) for k in results)
    )

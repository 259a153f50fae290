"""A content-addressed cache of validation results, so an unchanged program validates in a blink.

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
import tempfile
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from mobility_cli import __version__
from mobility_cli.resources import schemas_dir
from mobility_cli.source import FileEntry, Source

_FORMAT = 3
_KEEP_RESULTS = 8  # results for a few revisions, so switching branches stays warm
_RACY_SECONDS = 2.0

Stamp = tuple[int, int, int, int]


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
        """The program's key. Files whose hash is not known are read once; the bytes stay with the source."""
        digest = hashlib.blake2b(_salt(), digest_size=20)
        digest.update(context.encode())
        for entry in entries:
            digest.update(b"\0" + entry.path.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(self._hash_of(source, entry).encode())
        return digest.digest()

    def _hash_of(self, source: Source, entry: FileEntry) -> str:
        if entry.digest:
            return entry.digest
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

    def get(self, key: bytes) -> Any | None:
        value = self.results.get(key)
        self.hit = value is not None
        return value

    def put(self, key: bytes, value: Any) -> None:
        self.results.pop(key, None)
        self.results[key] = value
        while len(self.results) > _KEEP_RESULTS:
            self.results.pop(next(iter(self.results)))
        self._write()

    def _write(self) -> None:
        if self.file is None:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".tmp-", suffix=".pickle")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((_FORMAT, time.time(), self.stamps, self.results), handle, pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.file)
        except OSError:
            return  # a cache that cannot be written only costs time

    def _read(self, file: Path) -> None:
        try:
            with open(file, "rb") as handle:
                version, written_at, stamps, results = pickle.load(handle)
        except Exception:  # any unreadable cache is simply a cold start
            return
        if version == _FORMAT and isinstance(stamps, dict) and isinstance(results, dict):
            self.written_at, self.stamps, self.results = float(written_at), stamps, results

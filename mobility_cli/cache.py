"""A content-addressed cache of parsed and schema-checked documents, so an unchanged program validates warm.

Only per-file work is cached (decoding, YAML/Markdown parsing, schema checks), keyed by a hash of the file's
bytes, its path (which decides its kind), the tool version and the schemas. Everything that looks across files
(references, lint, policy) is recomputed on every run, so a change in one file can never leave a stale
finding about another: a wrong hit would need a hash collision. The cache lives in the user's cache directory
(XDG_CACHE_HOME, or MOBILITY_CACHE_DIR), never in the work tree; one file per program, rewritten atomically
with only the entries the last run used, so it cannot grow without bound. A cache that cannot be read is
ignored, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from mobility_cli import __version__
from mobility_cli.resources import schemas_dir

_FORMAT = 1


def cache_dir() -> Path:
    explicit = os.environ.get("MOBILITY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mobility"


@cache
def _salt() -> bytes:
    """Changes whenever the tool or any schema changes, which invalidates every entry at once."""
    digest = hashlib.blake2b(f"{_FORMAT}:{__version__}".encode(), digest_size=16)
    for path in sorted(schemas_dir().glob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


def document_key(path: str, data: bytes) -> bytes:
    digest = hashlib.blake2b(_salt(), digest_size=20)
    digest.update(path.encode("utf-8", "surrogateescape"))
    digest.update(b"\0")
    digest.update(data)
    return digest.digest()


class DocumentCache:
    """Entries from the last run, and the ones this run used (the only ones saved back)."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self._old: dict[bytes, Any] = {}
        self._used: dict[bytes, Any] = {}
        self.hits = 0
        self.misses = 0
        if file is not None:
            self._old = _read(file)

    @classmethod
    def for_program(cls, identity: str) -> DocumentCache:
        name = hashlib.blake2b(identity.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()
        return cls(cache_dir() / f"{name}.pickle")

    def get(self, key: bytes) -> Any | None:
        value = self._old.get(key)
        if value is None:
            self.misses += 1
            return None
        self.hits += 1
        self._used[key] = value
        return value

    def put(self, key: bytes, value: Any) -> None:
        self._used[key] = value

    def save(self) -> None:
        """Writes only when something changed: a warm run with every file a hit writes nothing."""
        if self.file is None or (self.misses == 0 and len(self._used) == len(self._old)):
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".tmp-", suffix=".pickle")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((_FORMAT, self._used), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.file)
        except OSError:
            return  # a cache that cannot be written only costs time


def _read(file: Path) -> dict[bytes, Any]:
    try:
        with open(file, "rb") as handle:
            version, entries = pickle.load(handle)
    except Exception:  # any unreadable cache is simply a cold start
        return {}
    return entries if version == _FORMAT and isinstance(entries, dict) else {}

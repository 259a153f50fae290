"""Things as located in a program's files: positions by JSON pointer, origins, lines of text, suppressions.

The parser records a position for every value; the model keeps a reference to that table in each object's
`Origin`, so any later stage (reference checks, lint rules, formatters) can point at the exact value
(`posting.origin.at("/closes")`) without going back to parsed documents. This module imports nothing from
the project: every stage may use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

Position = tuple[int, int]  # 1-based line and column

_NOWHERE: Mapping[str, Position] = {}


@dataclass(frozen=True, slots=True)
class SourceMap:
    """The positions of one file's values (and of mapping keys) by JSON pointer."""

    file: str
    values: Mapping[str, Position] = field(default_factory=dict)
    keys: Mapping[str, Position] = field(default_factory=dict)

    def value_position(self, pointer: str) -> Position | None:
        """The position of a value, or of the nearest enclosing value that has one."""
        while True:
            found = self.values.get(pointer)
            if found is not None:
                return found
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def key_position(self, pointer: str) -> Position | None:
        return self.keys.get(pointer) or self.value_position(pointer)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a model object (or one of its fields) was written: a file and a JSON pointer into it."""

    source: SourceMap
    pointer: str = ""

    @classmethod
    def of_file(cls, file: str, line: int | None = None) -> Origin:
        """A whole file (at a line, where known) for things with no pointer: a heading, a file name."""
        values = {"": (line, 1)} if line else _NOWHERE
        return cls(SourceMap(file, values))

    @property
    def file(self) -> str:
        return self.source.file

    def at(self, suffix: str) -> Origin:
        """The origin of a field below this one: `origin.at("/grade")`."""
        return Origin(self.source, self.pointer + suffix)

    def written(self, suffix: str = "") -> bool:
        """True when the field was written in the file (not a default, not a value from elsewhere)."""
        return self.pointer + suffix in self.source.values

    def position(self, key: bool = False) -> Position | None:
        """The value's line and column (or its key's, for "this key should not be here")."""
        if key:
            return self.source.key_position(self.pointer)
        return self.source.value_position(self.pointer)


@dataclass(frozen=True, slots=True)
class TextLine:
    """A line of Markdown (a bullet, a paragraph line, a behaviour) with its 1-based line in the file."""

    text: str
    line: int


def escape(token: str) -> str:
    """One JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline `<!-- mobility: disable=CODE -->` (covers the next line) or `disable-file=CODE` comment."""

    line: int  # the comment's own line
    codes: tuple[str, ...]
    file_wide: bool

    @property
    def covered_line(self) -> int | None:
        return None if self.file_wide else self.line + 1

"""Things as located in a program's files: positions by JSON pointer, origins, lines of text, suppressions.

Each parsed file has a `SourceMap` that gives the position of any of its values (worked out on first use);
the model keeps a reference to it in each object's `Origin`, so any later stage (reference checks, lint
rules, formatters) can point at the exact value (`posting.origin.at("/closes")`) without going back to
parsed documents. This module imports nothing from
the project: every stage may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

Position = tuple[int, int]  # 1-based line and column


Tables = tuple[dict[str, Position], dict[str, Position]]  # values, and mapping keys


class SourceMap:
    """The positions of one file's values (and of mapping keys) by JSON pointer.

    Worked out when first asked for, not while parsing: only values with a finding are ever located, and a
    position per value kept for every file was half of a loaded program's memory. `locate` (picklable, so a
    parsed document can cross to another process) recomputes the tables from the file's text; `place` adds
    positions known at parse time that the text alone does not give (a post's `**Level**:` header lines).
    """

    __slots__ = ("_locate", "_placed", "_tables", "file")

    def __init__(self, file: str, locate: Callable[[], Tables] | None = None) -> None:
        self.file = file
        self._locate = locate
        self._placed: dict[str, Position] = {}
        self._tables: Tables | None = None

    def __getstate__(self) -> tuple[str, Callable[[], Tables] | None, dict[str, Position]]:
        return self.file, self._locate, self._placed  # the tables are recomputed where they are needed

    def __setstate__(self, state: tuple[str, Callable[[], Tables] | None, dict[str, Position]]) -> None:
        self.file, self._locate, self._placed = state
        self._tables = None

    @property
    def empty(self) -> bool:
        """True when the file located nothing: no document, no placed value."""
        return self._locate is None and not self._placed

    def place(self, pointer: str, position: Position) -> None:
        self._placed[pointer] = position

    def _values_and_keys(self) -> Tables:
        if self._tables is None:
            values, keys = self._locate() if self._locate is not None else ({}, {})
            self._tables = ({**values, **self._placed}, keys)
        return self._tables

    @property
    def values(self) -> Mapping[str, Position]:
        return self._values_and_keys()[0]

    @property
    def keys(self) -> Mapping[str, Position]:
        return self._values_and_keys()[1]

    def value_position(self, pointer: str) -> Position | None:
        """The position of a value, or of the nearest enclosing value that has one."""
        values = self.values
        while True:
            found = values.get(pointer)
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
        source = SourceMap(file)
        if line:
            source.place("", (line, 1))
        return cls(source)

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

    def __reduce__(self) -> tuple[type[TextLine], tuple[str, int]]:
        return TextLine, (self.text, self.line)  # a third of the cost of pickling a parsed post, otherwise


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

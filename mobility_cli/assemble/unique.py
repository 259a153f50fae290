"""The one place a repeated id is found: every kind of thing with an id is registered through `Unique`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin

DUPLICATE_ID = declare(
    "duplicate-id",
    "references",
    Severity.ERROR,
    "Two things of one kind share an id.",
    "Ids name tracks, levels and posts everywhere; two of the same make every reference ambiguous.",
    "Rename or remove one of them.",
)


T = TypeVar("T")


@dataclass(slots=True)
class Unique(Generic[T]):
    """Things of one kind by id. The first of an id is kept; each later one is a `duplicate-id` finding."""

    what: str  # "track", "post", ...
    hint: str
    diagnostics: list[Diagnostic]
    items: dict[str, T] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)

    def add(self, key: str, item: T, origin: Origin, at_key: bool = False) -> bool:
        first = self.origins.get(key)
        if first is None:
            self.items[key] = item
            self.origins[key] = origin
            return True
        position = first.position()
        where = f"{first.file}:{position[0]}" if position else first.file
        self.diagnostics.append(
            Diagnostic.at(
                origin, DUPLICATE_ID.code, f'{self.what} "{key}" is already defined at {where}', self.hint, key=at_key
            )
        )
        return False

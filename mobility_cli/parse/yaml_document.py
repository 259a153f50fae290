"""A parsed YAML document as every later stage sees it: its data, where its values are, and what YAML retyped
on the way (made by parse/yamldoc.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mobility_cli.diagnostics import Diagnostic
from mobility_cli.located import Origin, SourceMap


@dataclass
class YamlDoc:
    """One parsed document: the data, where its values are, and what YAML retyped on the way."""

    file: str
    data: Any = None
    source_map: SourceMap = field(init=False)
    implicit: dict[str, tuple[str, str]] = field(default_factory=dict)
    # plain values YAML 1.1 (read here) and YAML 1.2 (editors) read differently: pointer -> (text, 1.1, 1.2)
    versions: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    ok: bool = True

    def __post_init__(self) -> None:
        self.source_map = SourceMap(self.file)

    def origin(self, pointer: str = "") -> Origin:
        return Origin(self.source_map, pointer)


class YamlDate(str):
    """A plain scalar YAML 1.1 reads as a date, kept as its text: schemas decide whether a date was meant."""

    __slots__ = ()

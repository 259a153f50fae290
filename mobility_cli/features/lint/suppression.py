"""Inline suppression: `<!-- mobility: disable=CODE[,CODE] -->` on the line before a finding, or
`<!-- mobility: disable-file=CODE -->` anywhere before the first section; unused ones are reported."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_COMMENT = re.compile(r"<!--\s*mobility:\s*(disable|disable-file)\s*=\s*([a-z0-9,\s-]+?)\s*-->")


@dataclass(slots=True)
class Suppressions:
    by_line: dict[int, set[str]] = field(default_factory=dict)  # the line the comment covers
    file_wide: set[str] = field(default_factory=set)
    origin: dict[tuple[int | None, str], int] = field(default_factory=dict)  # (covered line, code) -> comment line
    used: set[tuple[int | None, str]] = field(default_factory=set)

    def covers(self, line: int | None, code: str) -> bool:
        if code in self.file_wide:
            self.used.add((None, code))
            return True
        if line is not None and code in self.by_line.get(line, set()):
            self.used.add((line, code))
            return True
        return False

    def unused(self) -> list[tuple[int, str]]:
        return sorted((where, code) for key, where in self.origin.items() if key not in self.used for code in [key[1]])


def suppressions(text: str, first_line: int = 1) -> Suppressions:
    found = Suppressions()
    for number, line in enumerate(text.split("\n"), first_line):
        for match in _COMMENT.finditer(line):
            codes = {c.strip() for c in match.group(2).split(",") if c.strip()}
            for code in codes:
                if match.group(1) == "disable-file":
                    found.file_wide.add(code)
                    found.origin[(None, code)] = number
                else:
                    found.by_line.setdefault(number + 1, set()).add(code)
                    found.origin[(number + 1, code)] = number
    return found

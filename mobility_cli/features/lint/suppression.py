"""Inline suppression: `<!-- mobility: disable=CODE[,CODE] -->` on the line before a finding, or
`<!-- mobility: disable-file=CODE -->` anywhere in the post; suppressions that suppress nothing are reported.
The comments themselves are read by the parser (`parse.markdown.suppressions_in`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Severity
from mobility_cli.located import Suppression

UNUSED_SUPPRESSION = declare(
    "unused-suppression",
    "suppressions",
    Severity.INFO,
    "An inline suppression comment that suppresses nothing.",
    "Stale suppressions hide future findings of the same kind without anyone deciding so.",
    "Remove the comment.",
    fires="<!-- mobility: disable=years-of-experience --> above a line that asks for no years of anything",
    passes="<!-- mobility: disable=years-of-experience --> above a line that asks for 5+ years of Python",
)

Key = tuple[int | None, str]  # (covered line, or None for the whole file; code)


@dataclass(slots=True)
class Suppressions:
    comment_line: dict[Key, int] = field(default_factory=dict)
    used: set[Key] = field(default_factory=set)

    @classmethod
    def of(cls, comments: Iterable[Suppression]) -> Suppressions:
        found = cls()
        for comment in comments:
            for code in comment.codes:
                found.comment_line[(comment.covered_line, code)] = comment.line
        return found

    def covers(self, line: int | None, code: str) -> bool:
        """True (and the suppression counts as used) when a comment covers this code at this line."""
        for key in ((None, code), (line, code)):
            if key in self.comment_line:
                self.used.add(key)
                return True
        return False

    def unused(self) -> list[tuple[int, str]]:
        return sorted((where, key[1]) for key, where in self.comment_line.items() if key not in self.used)

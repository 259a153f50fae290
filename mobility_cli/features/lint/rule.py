"""What a lint rule is: a stable code with its metadata, and a check that yields findings for one post.

Modelled on ruff's rule registry and yamllint's one-module-per-rule layout: every rule registers itself
with its code, default severity, a one-line rationale, a fix, and an example, so `--explain`, the README's
rule table, SARIF rule descriptions and `select`/`ignore` all read the same source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from mobility_cli.codes import CodeInfo, register
from mobility_cli.diagnostics import Severity

if TYPE_CHECKING:
    from mobility_cli.features.lint.config import LintSettings
    from mobility_cli.load import Loaded
    from mobility_cli.model import Line, Posting, Program

History = Callable[[str], list[tuple[str, str, str]]]  # file -> [(commit, date, text)], oldest first


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict on one spot of a post; the engine turns it into a diagnostic."""

    message: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None
    hint: str | None = None
    severity: Severity | None = None  # None: the rule's (configured) severity


@dataclass(slots=True)
class PostContext:
    loaded: Loaded
    post: Posting
    settings: LintSettings
    today: date
    history: History | None = None
    shared: dict[object, object] = field(default_factory=dict)  # one per lint run, for work rules share
    _prose: list[Line] | None = None
    _prose_text: str | None = None

    def prose_text(self) -> str:
        if self._prose_text is None:
            self._prose_text = "\n".join(line.text for line in self.prose())
        return self._prose_text

    def prose(self) -> list[Line]:
        """The post's readable lines, masked once and shared by every wording rule."""
        if self._prose is None:
            from mobility_cli.features.lint.sections import prose

            self._prose = list(prose(self.post))
        return self._prose

    @property
    def program(self) -> Program:
        return self.loaded.program

    def position(self, pointer: str) -> tuple[int | None, int | None]:
        md = self.loaded.markdown_docs.get(self.post.file)
        pos = md.front.position(pointer) if md else None
        if pos is None or (pointer not in md.front.positions if md else True):
            return (None, None)
        return pos


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    category: str
    summary: str
    rationale: str
    fix: str
    fires: str  # an example that fires
    passes: str  # a near miss that does not
    check: Callable[[PostContext], Iterator[Finding]] = field(repr=False)


RULES: dict[str, Rule] = {}


def rule(
    code: str,
    severity: Severity,
    category: str,
    summary: str,
    rationale: str,
    fix: str,
    fires: str,
    passes: str,
) -> Callable[[Callable[[PostContext], Iterator[Finding]]], Callable[[PostContext], Iterator[Finding]]]:
    def decorate(check: Callable[[PostContext], Iterator[Finding]]) -> Callable[[PostContext], Iterator[Finding]]:
        add(Rule(code, severity, category, summary, rationale, fix, fires, passes, check))
        return check

    return decorate


def add(new: Rule) -> None:
    RULES[new.code] = new
    register(CodeInfo(new.code, new.severity, new.summary, new.rationale, new.fix))

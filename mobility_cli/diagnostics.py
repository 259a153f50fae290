"""The one shape every check reports in, so that all commands share the formatters and exit codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from mobility_cli.located import Origin


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


Key = tuple[str, str | None, int | None, int | None, str | None]  # code, file, line, column, pointer


@dataclass(frozen=True, slots=True)
class Cause:
    """The finding another one follows from, named by its stable key (code, file, line, column, pointer), and
    what the program lacks because of it, in words ("the levels of engineering"). A finding that reasons from a
    part of a file that could not be read whole carries its cause, so people are shown the cause first and the
    findings that follow from it folded under it; JSON and SARIF keep both."""

    code: str
    file: str | None
    line: int | None
    column: int | None
    pointer: str | None
    lost: str = ""

    @classmethod
    def of(cls, d: Diagnostic, lost: str = "") -> Cause:
        return cls(d.code, d.file, d.line, d.column, d.pointer, lost)

    @property
    def key(self) -> Key:
        return (self.code, self.file, self.line, self.column, self.pointer)

    def losing(self, lost: str) -> Cause:
        """The same cause, saying what a finding that follows from it misses."""
        return Cause(self.code, self.file, self.line, self.column, self.pointer, lost)

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "code": self.code,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
        }
        if self.lost:
            found["lost"] = self.lost
        return found


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    pointer: str | None = None
    hint: str | None = None
    source: str | None = field(default=None, compare=False)  # the line of the file, shown under a syntax error
    cause: Cause | None = field(default=None, compare=False)  # the finding this one follows from, if any

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
            "hint": self.hint,
        }
        if self.cause is not None:
            found["cause"] = self.cause.to_json()
        return found

    @property
    def key(self) -> Key:
        """What names this finding for another that follows from it (`Cause.key`)."""
        return (self.code, self.file, self.line, self.column, self.pointer)

    def following(self, cause: Cause | None) -> Diagnostic:
        """The finding, naming the finding it follows from (itself unchanged where there is none, or where it
        already names one: the first cause found is the nearest)."""
        if cause is None or self.cause is not None or cause.key == self.key:
            return self
        return replace(self, cause=cause)

    @classmethod
    def at(
        cls,
        origin: Origin,
        code: str,
        message: str,
        hint: str | None = None,
        severity: Severity = Severity.ERROR,
        key: bool = False,
    ) -> Diagnostic:
        """A finding at a model object or field (`key`: at its key, for "this field should not be here")."""
        position = origin.position(key)
        line, column = position if position else (None, None)
        return cls(code, severity, message, origin.file, line, column, origin.pointer or None, hint)

    def sort_key(self) -> tuple[str, bool, int, int, str, str]:
        """By file, then position; a finding about a whole file comes after those at a line of it."""
        return (self.file or "", self.line is None, self.line or 0, self.column or 0, self.code, self.message)


@dataclass(frozen=True, slots=True)
class Summary:
    errors: int
    warnings: int
    infos: int
    files: int

    def to_json(self) -> dict[str, int]:
        return {"errors": self.errors, "warnings": self.warnings, "infos": self.infos, "files": self.files}

    def sentence(self) -> str:
        def plural(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        parts = [plural(self.errors, "error"), plural(self.warnings, "warning"), plural(self.infos, "info")]
        return f"{', '.join(parts)} in {plural(self.files, 'file')}"


@dataclass(slots=True)
class Findings:
    """Diagnostics of one run, with the number of files that were read to produce them."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0
    # code -> codes.Code: the declarations of the program's own phrase rules (mobility.yaml `lint: phrases:`),
    # which no module of mobility declares; they travel with the findings, so SARIF and explain describe them
    program_codes: dict[str, Any] = field(default_factory=dict)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.diagnostics, key=Diagnostic.sort_key)

    def keeping(self, diagnostics: list[Diagnostic]) -> Findings:
        """The same run with only these diagnostics (a filter's result): what describes its codes stays."""
        return Findings(diagnostics, self.files, self.program_codes)

    def by_file(self) -> list[tuple[str, list[Diagnostic]]]:
        """Findings grouped by file for people: files with errors first, so the root cause is read first."""
        groups: dict[str, list[Diagnostic]] = {}
        for d in self.sorted():
            groups.setdefault(d.file or "", []).append(d)
        rank = {file: min(d.severity.rank for d in found) for file, found in groups.items()}
        return sorted(groups.items(), key=lambda item: (rank[item[0]], item[0] == "", item[0]))

    def following(self) -> dict[Key, list[Diagnostic]]:
        """The findings that follow from another finding of this run, by the key of the finding at the root of
        their causes (one that follows from nothing here); a finding whose cause is not in the run stays out."""
        present = {d.key: d for d in self.diagnostics}
        folded: dict[Key, list[Diagnostic]] = {}
        for d in self.diagnostics:
            root = _root(d, present)
            if root is not None:
                folded.setdefault(root, []).append(d)
        return folded

    def summary(self, people: bool = False) -> Summary:
        """The counts; for people (text, annotations), a finding folded under another on its own line ("5+
        years of Go": the years, and Go) is part of that one, not counted again. JSON and SARIF count both."""
        shown = [d for d in self.diagnostics if not (people and _same_line(d))]
        counts = count_by_severity(shown)
        return Summary(counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO], self.files)

    def exit_code(self, strict: bool = False) -> int:
        """1 on an error, or with `strict` on a warning too; an info (advice) never fails a run."""
        failing = (Severity.ERROR, Severity.WARNING) if strict else (Severity.ERROR,)
        return 1 if any(d.severity in failing for d in self.diagnostics) else 0


def _same_line(d: Diagnostic) -> bool:
    return d.cause is not None and d.cause.file == d.file and d.cause.line == d.line


def _root(d: Diagnostic, present: dict[Key, Diagnostic]) -> Key | None:
    """The key of the finding at the root of `d`'s causes, or None where `d` follows from nothing here (or
    from a cycle, which no check makes: then nothing is folded)."""
    root, seen, cause = None, {d.key}, d.cause
    while cause is not None and cause.key in present:
        if cause.key in seen:
            return None
        root = cause.key
        seen.add(root)
        cause = present[root].cause
    return root


def count_by_severity(diagnostics: Iterable[Diagnostic]) -> dict[Severity, int]:
    counts = {s: 0 for s in Severity}
    for d in diagnostics:
        counts[d.severity] += 1
    return counts

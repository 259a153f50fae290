"""Mentor matching's use cases: rank mentors for one mentee (`suggest`), match a whole cohort (`match`), and the
check-ins of confirmed pairs (`confirm`). Each takes the loaded program and a request, and returns its result,
or `Rejected` with every problem of the file it was given, each at its file, line and column: a cohort, pairs
or mentee file is read as a program file is (check/side_files.py), then its values are checked against the
program (features/mentees.py). None of them prints, formats or writes anything."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from mobility_cli.check.side_files import SideFile, read_side_file, unread
from mobility_cli.diagnostics import Diagnostic, Findings, Severity
from mobility_cli.errors import UsageError
from mobility_cli.features.checkins import Checkin, checkins
from mobility_cli.features.mentees import DEFAULT_HOURS, cohort, mentee_file, mentee_from_options, pairs
from mobility_cli.features.mentoring import Assignment, Mentee, Suggestion
from mobility_cli.features.mentoring import match as assign
from mobility_cli.features.mentoring import suggest as rank
from mobility_cli.features.timezones import mentor_person
from mobility_cli.load import FILE_TOO_LARGE
from mobility_cli.model import Program
from mobility_cli.parse.yaml_document import YamlDoc
from mobility_cli.source import UNREADABLE

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file the request named cannot be used: every problem with it. `readable` is False where the file could
    not be read at all, or is not YAML or JSON (exit 2, as for any file that cannot be read); otherwise its
    findings decide (exit 1)."""

    findings: Findings
    readable: bool

    @property
    def exit_code(self) -> int:
        return self.findings.exit_code() if self.readable else 2


@dataclass(frozen=True, slots=True)
class SuggestRequest:
    """One mentee: typed as options (current, target, timezone, hours), or a mentee file."""

    current: str | None = None
    target: str | None = None
    timezone: str | None = None
    hours: str = DEFAULT_HOURS
    mentee_file: Path | None = None
    top: int = 5


@dataclass(frozen=True, slots=True)
class Suggested:
    mentee: Mentee
    suggestions: list[Suggestion]
    warnings: list[Diagnostic] = field(default_factory=list)  # about the file given: worth fixing, not blocking


@dataclass(frozen=True, slots=True)
class Matched:
    assignments: list[Assignment]
    warnings: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Scheduled:
    """The check-ins of each confirmed pair: (mentor id, mentee id, check-ins)."""

    pairs: list[tuple[str, str, list[Checkin]]]
    warnings: list[Diagnostic] = field(default_factory=list)


def suggest(program: Program, request: SuggestRequest, today: date) -> Suggested | Rejected:
    """Mentors for one mentee, best first."""
    warnings: list[Diagnostic] = []
    if request.mentee_file is not None:
        checked = _checked(read(program, request.mentee_file, "mentee"), lambda doc: mentee_file(program, doc))
        if isinstance(checked, Rejected):
            return checked
        found, warnings = checked
        assert found is not None  # a file that gives no mentee has an error, so was rejected
        mentee = found
    elif request.current and request.target and request.timezone:
        mentee = mentee_from_options(program, request.current, request.target, request.timezone, request.hours)
    else:
        raise UsageError("give --current, --target and --timezone, or --mentee FILE")
    return Suggested(mentee, rank(program, mentee, today, request.top), warnings)


def match(program: Program, cohort_file: Path, today: date) -> Matched | Rejected:
    """The best assignment of a cohort's mentees to mentors with places left."""
    checked = _checked(read(program, cohort_file, "cohort"), lambda doc: cohort(program, doc))
    if isinstance(checked, Rejected):
        return checked
    mentees, warnings = checked
    return Matched(assign(program, mentees, today), warnings)


def confirm(program: Program, pairs_file: Path, start: date) -> Scheduled | Rejected:
    """The 30/60/90-day check-ins of confirmed pairs, mentoring starting on `start`."""
    checked = _checked(read(program, pairs_file, "pairs"), lambda doc: pairs(program, doc))
    if isinstance(checked, Rejected):
        return checked
    confirmed, warnings = checked
    found = [(p.mentor.id, p.mentee, checkins(p.person, mentor_person(p.mentor), start)) for p in confirmed]
    return Scheduled(found, warnings)


def read(program: Program, path: Path, kind: str) -> SideFile:
    """A side file by its path as given (that is how findings name it), within the program's size limit."""
    file, limit = str(path), program.settings.max_file_bytes
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        message = f"the file cannot be read ({exc.strerror or exc})"
        return unread(file, Diagnostic(UNREADABLE.code, Severity.ERROR, message, file, hint="check the path"))
    if len(data) > limit:
        message = f"the file is over the limit of {limit:,} bytes; it was not read"
        hint = "split it, or raise limits.max_file_bytes in mobility.yaml"
        return unread(file, Diagnostic(FILE_TOO_LARGE.code, Severity.ERROR, message, file, hint=hint))
    return read_side_file(file, kind, data)


def _checked(
    side: SideFile, check: Callable[[YamlDoc], tuple[T, list[Diagnostic]]]
) -> tuple[T, list[Diagnostic]] | Rejected:
    """What the file gives, with its warnings; or every problem with it."""
    if side.doc is None:
        return Rejected(side.findings(), readable=False)
    value, found = check(side.doc)
    side.with_values(found)
    if side.has_errors:
        return Rejected(side.findings(), readable=True)
    return value, side.diagnostics

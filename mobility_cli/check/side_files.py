"""Files named on the command line rather than found in the program (a mentoring cohort, confirmed pairs, one
mentee's request), read exactly as program files are: decoded, parsed with positions (a `.json` file is YAML
too, with JSON's own syntax errors), checked against their own schema (`schemas/KIND.schema.json`). So a problem
in one is a finding at its file, line and column, never a silent empty answer or an error that names no place.

What a side file's values mean for the program (a level it defines, a mentor it has) is checked by the feature
that reads it; `with_values` adds those findings here, less values the schema already reported."""

from __future__ import annotations

from dataclasses import dataclass

from mobility_cli.check.schema import IMPLICIT_TYPE, SCHEMA, check_schema
from mobility_cli.check.yaml_version_findings import check_yaml_versions
from mobility_cli.diagnostics import Diagnostic, Findings, Severity
from mobility_cli.parse.one_file import parse_file
from mobility_cli.parse.yaml_document import YamlDoc

SIDE_KINDS = ("cohort", "mentee", "pairs")


@dataclass(slots=True)
class SideFile:
    """A side file as read: its document (None when it is not YAML or JSON, or could not be read at all) and
    every finding about it."""

    file: str
    doc: YamlDoc | None
    diagnostics: list[Diagnostic]

    @property
    def readable(self) -> bool:
        return self.doc is not None and self.doc.ok

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)

    def findings(self) -> Findings:
        return Findings(list(self.diagnostics), files=1)

    def with_values(self, found: list[Diagnostic]) -> None:
        """Add what the value checks found; a value the schema already reported is its root cause, and is not
        reported twice."""
        taken = {d.pointer for d in self.diagnostics if d.code in (SCHEMA.code, IMPLICIT_TYPE.code)}
        self.diagnostics += [d for d in found if d.pointer not in taken]


def unread(file: str, problem: Diagnostic) -> SideFile:
    """A side file that could not be read at all (missing, a folder, too large): the one finding says why."""
    return SideFile(file, None, [problem])


def read_side_file(file: str, kind: str, data: bytes) -> SideFile:
    """One side file's bytes through the program files' pipeline: decode, parse, schema, YAML versions."""
    assert kind in SIDE_KINDS, kind
    parsed = parse_file(file, kind, data)
    found = list(parsed.diagnostics)
    doc = parsed.front
    if doc is None or not parsed.readable:
        return SideFile(file, None, found)
    schema = check_schema(doc, kind)
    found += schema + check_yaml_versions(doc, schema)
    return SideFile(file, doc, found)

"""The pipeline up to the model, as a short chain of stages that each return values:

source (which files, what bytes) -> parse (documents with positions) -> schema check -> build (the
`Program`, repeated ids) -> reference and value checks on the `Program`.

`load_program` never raises for anything a program file contains: every problem becomes a diagnostic,
and whatever is well-formed still becomes part of the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from mobility_cli.build import build_posting, build_program
from mobility_cli.build.settings import build_settings
from mobility_cli.check.references import check_references
from mobility_cli.check.schema import check_schema
from mobility_cli.check.values import check_values
from mobility_cli.check.yaml_versions import check_yaml_versions
from mobility_cli.diagnostics import Diagnostic, Findings, Severity
from mobility_cli.model import Posting, Program, Settings
from mobility_cli.parse.documents import Documents, Parsed, parse_file
from mobility_cli.parse.posting import parse_posting
from mobility_cli.source import FileEntry, Source, kind_of


@dataclass(slots=True)
class Loaded:
    """A program with the diagnostics found on the way."""

    program: Program
    findings: Findings
    source: Source
    unreadable: tuple[str, ...] = ()  # files that could not be read: the program is missing what they hold

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.findings.diagnostics)


def load_program(
    source: Source, kinds: frozenset[str] | None = None, committed_levels: frozenset[str] = frozenset()
) -> Loaded:
    """The whole program, or only the document kinds asked for (`path` needs tracks, not 20,000 posts).
    `committed_levels`: the levels of the last commit, so a level removed since is reported as removed."""
    entries = [e for e in source.entries() if kind_of(e.path) and (kinds is None or kind_of(e.path) in kinds)]
    docs, found, unreadable = read_documents(source, entries)
    root = str(source.root) if source.root else source.label
    program, built = build_program(docs, root, tuple(e.path for e in entries))
    found += built
    removed = committed_levels - {lv.key for lv in program.levels()}
    unreadable += [d.file for d in source.diagnostics if d.code == "unreadable" and d.file]
    found += check_references(program, unreadable, removed)
    found += check_values(program)
    findings = Findings(list(source.diagnostics) + found, files=len(entries))
    return Loaded(program, findings, source, tuple(sorted(set(unreadable))))


def read_documents(source: Source, entries: list[FileEntry]) -> tuple[Documents, list[Diagnostic], list[str]]:
    """Parse and schema-check every file (the settings file first, since it sets the size limit); also says
    which files could not be read at all."""
    docs = Documents()
    found: list[Diagnostic] = []
    unreadable: list[str] = []
    ordered = sorted(entries, key=lambda e: kind_of(e.path) != "program")
    limit = Settings().max_file_bytes
    for entry in ordered:
        kind = kind_of(entry.path)
        assert kind is not None
        parsed = _read(source, entry, kind, limit, found)
        if parsed is None or parsed.document is None or not parsed.readable:
            unreadable.append(entry.path)
        if parsed is None or parsed.document is None:
            continue
        docs.add(kind, parsed.document)
        if kind == "program":
            limit = build_settings(docs.settings).max_file_bytes
    return docs, found, sorted(unreadable)


def _read(source: Source, entry: FileEntry, kind: str, limit: int, found: list[Diagnostic]) -> Parsed | None:
    if entry.size > limit:
        found.append(
            Diagnostic(
                "file-too-large",
                Severity.ERROR,
                f"the file is {entry.size:,} bytes, over the limit of {limit:,}; it was not read",
                entry.path,
                hint="split it, or raise limits.max_file_bytes in mobility.yaml",
            )
        )
        return None
    try:
        data = source.read(entry.path)
    except OSError as exc:
        source.unreadable(entry.path, f"the file cannot be read ({exc.strerror or exc})")
        return None
    parsed = parse_file(entry.path, kind, data)
    found += parsed.diagnostics
    front = parsed.front
    if front is not None and front.ok:
        schema = check_schema(front, kind)
        found += schema + check_yaml_versions(front, schema)
    return parsed


def posting_from_text(file: str, text: str) -> Posting | None:
    """One version of a post (from git history, say) through the same parse and build as the program's."""
    return build_posting(parse_posting(text, file))

"""The pipeline up to the model: source -> text -> parsed documents -> schema -> model -> references.

`load_program` never raises for anything a program file contains: every problem becomes a diagnostic,
and whatever is well-formed still becomes part of the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from mobility_cli.build import (
    ID_PATTERN,
    TrackBuilder,
    build_framework,
    build_mentor,
    build_moves,
    build_posting,
    build_settings,
    posting_fields,
)
from mobility_cli.check.references import check_references
from mobility_cli.check.schema import check_schema
from mobility_cli.diagnostics import Diagnostic, Report, Severity
from mobility_cli.model import Framework, Mentor, Posting, Program, Settings
from mobility_cli.parse.markdown import MarkdownDoc, parse_markdown
from mobility_cli.parse.text import decode
from mobility_cli.parse.yamldoc import YamlDoc, parse_yaml
from mobility_cli.source import FileEntry, Source, kind_of

_MARKDOWN_KINDS = ("framework", "posting")


@dataclass(slots=True)
class Loaded:
    """A program with the diagnostics found on the way, and the parsed documents for positions."""

    program: Program
    report: Report
    source: Source
    yaml_docs: dict[str, YamlDoc] = field(default_factory=dict)
    markdown_docs: dict[str, MarkdownDoc] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def doc(self, file: str) -> YamlDoc | None:
        if file in self.yaml_docs:
            return self.yaml_docs[file]
        md = self.markdown_docs.get(file)
        return md.front if md else None

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.report.diagnostics)


def _read_bytes(source: Source, entry: FileEntry, limit: int, report: Report) -> bytes | None:
    if entry.size > limit:
        report.diagnostics.append(
            Diagnostic(
                "file-too-large",
                Severity.ERROR,
                f"the file is {entry.size:,} bytes, over the limit of {limit:,}; it was not read",
                entry.path,
                None,
                None,
                None,
                "split it, or raise limits.max_file_bytes in mobility.yaml",
            )
        )
        return None
    try:
        return source.read(entry.path)
    except OSError as exc:
        report.diagnostics.append(
            Diagnostic(
                "encoding",
                Severity.ERROR,
                f"the file cannot be read: {exc.strerror or exc}",
                entry.path,
                None,
                None,
                None,
                None,
            )
        )
        return None


def _parse(path: str, kind: str, data: bytes) -> _Parsed:
    """Everything that depends on one file's bytes alone: what the cache keeps."""
    text, problem = decode(data, path)
    if text is None:
        return _Parsed(None, None, [problem] if problem else [])
    doc: YamlDoc | MarkdownDoc
    if kind in _MARKDOWN_KINDS:
        md = parse_markdown(text, path)
        if kind == "posting":
            posting_fields(md)
        doc, front, diagnostics = md, md.front, list(md.diagnostics)
    else:
        doc = front = parse_yaml(text, path)
        diagnostics = list(doc.diagnostics)
    if front.ok:
        diagnostics.extend(check_schema(front, kind))
    return _Parsed(text, doc, diagnostics)


@dataclass(slots=True)
class _Parsed:
    """One file's share of the work: nothing in it depends on another file."""

    text: str | None
    doc: YamlDoc | MarkdownDoc | None
    diagnostics: list[Diagnostic]


def load_program(source: Source, kinds: frozenset[str] | None = None) -> Loaded:
    """The whole program, or only the document kinds asked for (`path` needs tracks, not 20,000 posts)."""
    entries = source.entries()
    if kinds is not None:
        entries = [e for e in entries if kind_of(e.path) in kinds]
    report = Report(list(source.diagnostics), files=len(entries))
    loaded_docs: dict[str, YamlDoc] = {}
    markdown_docs: dict[str, MarkdownDoc] = {}
    texts: dict[str, str] = {}

    settings_entry = next((e for e in entries if kind_of(e.path) == "program"), None)
    settings = Settings()
    ordered = ([settings_entry] if settings_entry else []) + [e for e in entries if e is not settings_entry]
    by_kind: dict[str, list[str]] = {}
    for entry in ordered:
        kind = kind_of(entry.path)
        if kind is None:
            continue
        data = _read_bytes(source, entry, settings.max_file_bytes, report)
        if data is None:
            continue
        parsed = _parse(entry.path, kind, data)
        report.diagnostics.extend(parsed.diagnostics)
        if parsed.text is None or parsed.doc is None:
            continue
        texts[entry.path] = parsed.text
        by_kind.setdefault(kind, []).append(entry.path)
        if isinstance(parsed.doc, MarkdownDoc):
            markdown_docs[entry.path] = parsed.doc
        else:
            loaded_docs[entry.path] = parsed.doc
            if kind == "program":
                settings = build_settings(parsed.doc)

    tracks = TrackBuilder(settings.policy)
    for path in by_kind.get("tracks", []):
        tracks.add(loaded_docs[path])
    report.diagnostics.extend(tracks.diagnostics)

    frameworks: dict[str, Framework] = {}
    for path in by_kind.get("framework", []):
        framework = build_framework(markdown_docs[path])
        if framework is None:
            continue
        if framework.key in frameworks:
            report.diagnostics.append(
                Diagnostic(
                    "duplicate-id",
                    Severity.ERROR,
                    f"{framework.key} already has a framework in {frameworks[framework.key].file}",
                    path,
                    1,
                    1,
                    None,
                    "keep one framework per level",
                )
            )
            continue
        frameworks[framework.key] = framework

    postings: dict[str, Posting] = {}
    for path in by_kind.get("posting", []):
        posting = build_posting(markdown_docs[path])
        if posting is None:
            continue
        front = markdown_docs[path].front
        if posting.id in postings:
            report.diagnostics.append(
                front.error(
                    "duplicate-id",
                    f'post id "{posting.id}" is already used by {postings[posting.id].file}',
                    "/id" if "/id" in front.positions else "",
                    "give each post its own id (the file name by default)",
                )
            )
            continue
        if not ID_PATTERN.match(posting.id):
            report.diagnostics.append(
                Diagnostic(
                    "schema",
                    Severity.ERROR,
                    f'the post id "{posting.id}" (from the file name) is not a valid id',
                    path,
                    1,
                    1,
                    None,
                    "rename the file with lowercase letters, digits and hyphens, or set `id:`",
                )
            )
            continue
        postings[posting.id] = posting

    mentors: dict[str, Mentor] = {}
    for path in by_kind.get("mentor", []):
        mentor = build_mentor(loaded_docs[path])
        if mentor is None:
            continue
        if mentor.id in mentors:
            report.diagnostics.append(
                loaded_docs[path].error(
                    "duplicate-id",
                    f'mentor id "{mentor.id}" is already used by {mentors[mentor.id].file}',
                    "/id",
                    "give each mentor their own id",
                )
            )
            continue
        mentors[mentor.id] = mentor

    moves = build_moves([loaded_docs[p] for p in by_kind.get("moves", [])])
    root = str(source.root) if source.root else source.label
    program = Program(
        root,
        settings,
        tracks.tracks,
        frameworks,
        postings,
        mentors,
        tuple(PurePosixPath(e.path).as_posix() for e in entries),
        moves,
    )
    loaded = Loaded(program, report, source, loaded_docs, markdown_docs, texts)
    report.diagnostics.extend(check_references(loaded))
    return loaded

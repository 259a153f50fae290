"""The pipeline up to the model, as a short chain of stages that each return values:

source (which files, what bytes) -> for each file, parse, schema check and build its part (in workers, for a
large program) -> the `Program` from its parts (repeated ids) -> reference and value checks on the `Program`.

`load_program` never raises for anything a program file contains: every problem becomes a diagnostic,
and whatever is well-formed still becomes part of the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mobility_cli.assemble.broken import Break, Broken, FileBreaks, breaks_of
from mobility_cli.assemble.parts import Part, Parts, build_part
from mobility_cli.assemble.program import build_program
from mobility_cli.assemble.settings import build_settings
from mobility_cli.check.own_examples import in_own_terms
from mobility_cli.check.references import check_references
from mobility_cli.check.schema import check_schema
from mobility_cli.check.usable_values import check_values
from mobility_cli.check.yaml_version_findings import check_yaml_versions
from mobility_cli.codes import declare
from mobility_cli.diagnostics import Cause, Diagnostic, Findings, Severity
from mobility_cli.model import Posting, Program, Settings
from mobility_cli.parse.one_file import parse_file
from mobility_cli.source import FileEntry, Source, kind_of
from mobility_cli.workers import ordered_map

FILE_TOO_LARGE = declare(
    "file-too-large",
    "reading",
    Severity.ERROR,
    "The file is larger than the configured size limit.",
    "Program files are small by nature; a huge one is a mistake or an attack on CI.",
    "Split the file, or raise `limits.max_file_bytes` in mobility.yaml.",
)


@dataclass(slots=True)
class Loaded:
    """A program with the diagnostics found on the way."""

    program: Program
    findings: Findings
    source: Source
    unreadable: tuple[str, ...] = ()  # files that could not be read: the program is missing what they hold
    broken: Broken = field(default_factory=Broken)  # what files could not give whole, and the finding that says why

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.findings.diagnostics)


def load_program(
    source: Source,
    kinds: frozenset[str] | None = None,
    committed_levels: frozenset[str] = frozenset(),
    jobs: int = 1,
    post_text: bool = True,
) -> Loaded:
    """The whole program, or only the document kinds asked for (`path` needs tracks, not 20,000 posts).
    `committed_levels`: the levels of the last commit, so a level removed since is reported as removed.
    `jobs`: how many workers may parse files (workers.py); the result is the same for any number.
    `post_text`: False keeps only the fields of posts, not their text and sections (all `report` reads)."""
    entries = [e for e in source.entries() if kind_of(e.path) and (kinds is None or kind_of(e.path) in kinds)]
    parts, found, unreadable = read_parts(source, entries, jobs, post_text)
    broken = parts.broken
    root = str(source.root) if source.root else source.label
    program, built = build_program(parts, root, tuple(e.path for e in entries))
    _repeated_tracks(broken, built)
    found += [broken.following(d) for d in built]
    removed = committed_levels - {lv.key for lv in program.levels()}
    for d in source.diagnostics:
        if d.code == "unreadable" and d.file:
            unreadable.append(d.file)
            broken.unreadable.setdefault(d.file, Cause.of(d))
    frameworks_read = kinds is None or "framework" in kinds
    later = check_references(program, unreadable, removed, frameworks_read, broken) + check_values(program)
    found += [broken.following(d) for d in later]
    found = in_own_terms(found, program)  # hints that name a level name one of this program's
    findings = Findings(list(source.diagnostics) + found, files=len(entries))
    return Loaded(program, findings, source, tuple(sorted(set(unreadable))), broken)


def _repeated_tracks(broken: Broken, built: list[Diagnostic]) -> None:
    """A track defined again (in another tracks file) is dropped whole: what only that definition holds is lost
    because of the repeat (a track pasted into a second file, then edited there)."""
    from mobility_cli.assemble.unique import DUPLICATE_ID

    for d in built:
        pointer = d.pointer or ""
        if d.code == DUPLICATE_ID.code and d.file and pointer.startswith("/career_tracks/") and pointer.count("/") == 2:
            broken.add_break(d.file, "tracks", Break(pointer, Cause.of(d), loses_below=True))


def read_parts(
    source: Source, entries: list[FileEntry], jobs: int = 1, post_text: bool = True
) -> tuple[Parts, list[Diagnostic], list[str]]:
    """Every file parsed, checked and built into its part of the program (the settings file first, since it
    sets the size limit; the others over `jobs` workers, in path order whatever their number); also says which
    files could not be read."""
    parts = Parts()
    found: list[Diagnostic] = []
    unreadable: list[str] = []
    limit = Settings().max_file_bytes
    settings = next((e.path for e in entries if kind_of(e.path) == "program"), "mobility.yaml")

    def size(entry: FileEntry, limit: int) -> bytes | None:
        return _bytes(source, entry, limit, found, parts.broken, settings)

    for entry in (e for e in entries if kind_of(e.path) == "program"):
        data = size(entry, limit)
        _add(
            parts,
            found,
            unreadable,
            entry.path,
            "program",
            None if data is None else _read(entry.path, "program", data),
        )
        limit = build_settings(parts.settings).max_file_bytes
    others = [(entry, kind) for entry in entries if (kind := kind_of(entry.path)) not in (None, "program")]
    work = [(e.path, kind, data) for e, kind in others if (data := size(e, limit)) is not None]
    # this process takes more than a worker's share where results are large (a worker also pickles them)
    own = 1.6 if post_text else 1.1
    results = ordered_map(lambda w: _read(*w, post_text=post_text), work, jobs, weight=_size, own=own)
    read = dict(zip((path for path, _, _ in work), results, strict=True))
    for entry, kind in others:
        _add(parts, found, unreadable, entry.path, kind, read.get(entry.path))
    return parts, found, sorted(unreadable)


def _bytes(
    source: Source, entry: FileEntry, limit: int, found: list[Diagnostic], broken: Broken, settings: str
) -> bytes | None:
    """The file's bytes, or None (and why, for the user) when it is too large or cannot be read (a limit that
    mobility.yaml raises where the schema check found it misspelt follows from that)."""
    if entry.size > limit:
        too_large = Diagnostic(
            FILE_TOO_LARGE.code,
            Severity.ERROR,
            f"the file is {entry.size:,} bytes, over the limit of {limit:,}; it was not read",
            entry.path,
            hint="split it, or raise limits.max_file_bytes in mobility.yaml",
        ).following(broken.cause(settings, ("/limits/max_file_bytes",), "the size limit could not be read"))
        found.append(too_large)
        broken.unreadable.setdefault(entry.path, Cause.of(too_large))
        return None
    try:
        return source.read(entry.path)
    except OSError as exc:
        source.unreadable(entry.path, f"the file cannot be read ({exc.strerror or exc})")
        return None


def _size(work: tuple[str, str, bytes]) -> int:
    """About how long a file takes to parse: a byte of YAML takes twice a byte of Markdown (measured)."""
    return len(work[2]) * (1 if work[1] in ("posting", "framework") else 2)


def _read(path: str, kind: str, data: bytes, post_text: bool = True) -> Read:
    """One file's part of the program, what is wrong with the file, and whether it could be read at all: its
    bytes alone decide all three (so a worker can do it), and the parsed document goes as soon as it is built."""
    parsed = parse_file(path, kind, data)
    found = list(parsed.diagnostics)
    front = parsed.front
    if front is not None and front.ok:
        schema = check_schema(front, kind)
        found += schema + check_yaml_versions(front, schema)
    broken = breaks_of(path, kind, found, front.source_map if front is not None else None)
    part = None
    if parsed.document is not None:
        part, built = build_part(kind, parsed.document)
        if isinstance(part, Posting) and not post_text:
            part = replace(part, body="", sections=(), suppressions=())
        found += built if broken is None else [_explained(d, kind, part, broken) for d in built]
    return Read(part, found, parsed.document is not None and parsed.readable, broken)


def _explained(d: Diagnostic, kind: str, part: Part | None, broken: FileBreaks) -> Diagnostic:
    """What building a file's part found, naming the file's own error it follows from: a framework that does
    not say which level it describes, where the schema check found its `level:` or `track:` misspelt."""
    if kind == "framework" and part is None:
        return d.following(broken.cause(("/track", "/level"), f"{broken.file} no longer says which level it describes"))
    return broken.following(d)


@dataclass(slots=True)
class Read:
    """What reading one file gave: its part of the program (None if it gives none), what is wrong with it, and
    whether it could be read at all (a file that could not be leaves the program partial)."""

    part: Part | None
    diagnostics: list[Diagnostic]
    readable: bool
    broken: FileBreaks | None = None  # what the file could not give whole, and the findings that say why


def _add(parts: Parts, found: list[Diagnostic], unreadable: list[str], path: str, kind: str, read: Read | None) -> None:
    if read is not None:
        found += read.diagnostics
        parts.broken.add(read.broken)
    if read is None or not read.readable:
        unreadable.append(path)
        first = next((d for d in read.diagnostics if d.severity is Severity.ERROR), None) if read else None
        if first is not None:
            parts.broken.unreadable.setdefault(path, Cause.of(first))
    if read is not None and read.part is not None:
        parts.add(kind, read.part)


def posting_from_text(file: str, text: str) -> Posting | None:
    """One version of a post (from git history, say) through the same parse and build as the program's."""
    from mobility_cli.assemble.kinds import build_posting
    from mobility_cli.parse.posting import parse_posting

    return build_posting(parse_posting(text, file))

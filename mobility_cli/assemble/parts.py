"""Each file's part of the program, built as soon as the file is parsed and checked, so that its parsed
document can be dropped at once (in a worker, before anything travels back): a program is never held twice,
as documents and as model, and at scale L that halves the peak memory. Settings and tracks stay documents
until every file is read: what they build depends on the settings (the program's policy).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mobility_cli.assemble.broken import Broken
from mobility_cli.diagnostics import Diagnostic
from mobility_cli.located import Origin
from mobility_cli.model import Framework, Mentor, MoveData, Posting
from mobility_cli.parse.one_file import Document
from mobility_cli.parse.yaml_document import YamlDoc

Part = YamlDoc | Framework | Posting | Mentor | MoveData


def build_part(kind: str, document: Document) -> tuple[Part | None, list[Diagnostic]]:
    """One file's part (None where the file is too malformed to give one) and what building it found."""
    if isinstance(document, YamlDoc) and kind in ("program", "tracks"):
        return document, []
    # imported here: `path` reads only settings and tracks, and never needs them
    from mobility_cli.assemble.kinds import build_framework, build_mentor, build_posting, moves_of, unread_text

    if not isinstance(document, YamlDoc):
        if kind == "posting":
            return build_posting(document), []
        framework = build_framework(document)
        if framework is None:
            return None, [_no_identity(document.file)]
        return framework, unread_text(document, framework)
    return (build_mentor(document) if kind == "mentor" else moves_of(document)), []


@dataclass(slots=True)
class Parts:
    """The parts of a program by kind, in path order; only readable files have one."""

    settings: YamlDoc | None = None
    tracks: list[YamlDoc] = field(default_factory=list)
    frameworks: list[Framework] = field(default_factory=list)
    postings: list[Posting] = field(default_factory=list)
    mentors: list[Mentor] = field(default_factory=list)
    moves: list[MoveData] = field(default_factory=list)
    broken: Broken = field(default_factory=Broken)  # what the files could not give whole, and why

    def add(self, kind: str, part: Part) -> None:
        if isinstance(part, YamlDoc):
            if kind == "program":
                self.settings = part
            else:
                self.tracks.append(part)
        elif isinstance(part, Framework):
            self.frameworks.append(part)
        elif isinstance(part, Posting):
            self.postings.append(part)
        elif isinstance(part, Mentor):
            self.mentors.append(part)
        else:
            self.moves.append(part)


def _no_identity(file: str) -> Diagnostic:
    return Diagnostic.at(
        Origin.of_file(file, 1),
        "unresolved-reference",
        "this framework does not say which level it describes",
        "put it at careers/TRACK/LEVEL.md, or set `track:` and `level:` in its front matter",
    )

"""Parsed documents into the `Program`: every kind built, every repeated id found here and only here."""

from __future__ import annotations

from mobility_cli.assemble.parts import Parts
from mobility_cli.assemble.settings import build_settings
from mobility_cli.assemble.tolerant import is_id
from mobility_cli.assemble.tracks import add_tracks
from mobility_cli.assemble.unique import Unique
from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin
from mobility_cli.model import Framework, Mentor, MoveData, Posting, Program, Track

INVALID_ID = declare(
    "invalid-id",
    "references",
    Severity.ERROR,
    "An id (written out, or taken from a file name) is not lowercase letters, digits and hyphens.",
    "Ids appear in links, file names and commands; odd characters break all three.",
    "Rename the file, or set `id:` to lowercase letters, digits and hyphens.",
)


def build_program(parts: Parts, root: str, files: tuple[str, ...]) -> tuple[Program, list[Diagnostic]]:
    """The program, and what putting it together found (repeated ids, bad post ids).

    Tolerant by design: whatever part of a document is well-formed becomes part of the model, so one broken
    file does not hide every other finding.
    """
    found: list[Diagnostic] = []
    settings = build_settings(parts.settings)
    tracks: Unique[Track] = Unique("track", "rename one of the two tracks, or merge them", found)
    for doc in parts.tracks:
        add_tracks(doc, settings.policy, tracks)
    frameworks: Unique[Framework] = Unique("framework for level", "keep one framework per level", found)
    for framework in parts.frameworks:
        frameworks.add(framework.key, framework, Origin.of_file(framework.origin.file, 1))
    postings: Unique[Posting] = Unique("post", "give each post its own id (the file name by default)", found)
    for posting in parts.postings:
        if not is_id(posting.id):
            found.append(_invalid_post_id(posting))
        else:
            postings.add(posting.id, posting, posting.origin.at("/id"))
    mentors: Unique[Mentor] = Unique("mentor", "give each mentor their own id", found)
    for mentor in parts.mentors:
        mentors.add(mentor.id, mentor, mentor.origin.at("/id"))
    program = Program(
        root, settings, tracks.items, frameworks.items, postings.items, mentors.items, files, merged_moves(parts.moves)
    )
    return program, found


def _invalid_post_id(posting: Posting) -> Diagnostic:
    written = posting.origin.written("/id")
    source = "" if written else " (from the file name)"
    return Diagnostic.at(
        posting.origin.at("/id") if written else Origin.of_file(posting.file, 1),
        INVALID_ID.code,
        f'the post id "{posting.id}"{source} is not a valid id',
        "use lowercase letters, digits and hyphens: rename the file, or set `id:`",
    )


def merged_moves(parts: list[MoveData]) -> MoveData:
    """The moves files together: every record sorted by date, the largest headcount, team sizes in file order."""
    records = sorted((r for part in parts for r in part.records), key=lambda r: (r.date, r.person))
    counts = [part.headcount for part in parts if part.headcount is not None]
    teams = {team: size for part in parts for team, size in part.teams.items()}
    return MoveData(tuple(records), max(counts) if counts else None, teams)

"""Parsed documents into the `Program`: every kind built, every repeated id found here and only here."""

from __future__ import annotations

from mobility_cli.build.documents import build_framework, build_mentor, build_moves, build_posting, unread_text
from mobility_cli.build.settings import build_settings
from mobility_cli.build.tracks import add_tracks
from mobility_cli.build.unique import Unique
from mobility_cli.build.values import is_id
from mobility_cli.diagnostics import Diagnostic
from mobility_cli.located import Origin
from mobility_cli.model import Framework, Mentor, Posting, Program, Track
from mobility_cli.parse.documents import Documents


def build_program(docs: Documents, root: str, files: tuple[str, ...]) -> tuple[Program, list[Diagnostic]]:
    """The program, and what building it found (repeated ids, frameworks that name no level, bad post ids).

    Tolerant by design: whatever part of a document is well-formed becomes part of the model, so one broken
    file does not hide every other finding.
    """
    found: list[Diagnostic] = []
    settings = build_settings(docs.settings)
    tracks: Unique[Track] = Unique("track", "rename one of the two tracks, or merge them", found)
    for doc in docs.tracks:
        add_tracks(doc, settings.policy, tracks)
    frameworks: Unique[Framework] = Unique("framework for level", "keep one framework per level", found)
    for md in docs.frameworks:
        framework = build_framework(md)
        if framework is None:
            found.append(_no_identity(md.file))
        else:
            frameworks.add(framework.key, framework, Origin.of_file(md.file, 1))
            found.extend(unread_text(md, framework))
    postings: Unique[Posting] = Unique("post", "give each post its own id (the file name by default)", found)
    for md in docs.postings:
        posting = build_posting(md)
        if posting is None:
            continue
        if not is_id(posting.id):
            found.append(_invalid_post_id(posting))
        else:
            postings.add(posting.id, posting, posting.origin.at("/id"))
    mentors: Unique[Mentor] = Unique("mentor", "give each mentor their own id", found)
    for doc in docs.mentors:
        mentor = build_mentor(doc)
        if mentor is not None:
            mentors.add(mentor.id, mentor, mentor.origin.at("/id"))
    program = Program(
        root, settings, tracks.items, frameworks.items, postings.items, mentors.items, files, build_moves(docs.moves)
    )
    return program, found


def _no_identity(file: str) -> Diagnostic:
    return Diagnostic.at(
        Origin.of_file(file, 1),
        "unresolved-reference",
        "this framework does not say which level it describes",
        "put it at careers/TRACK/LEVEL.md, or set `track:` and `level:` in its front matter",
    )


def _invalid_post_id(posting: Posting) -> Diagnostic:
    written = posting.origin.written("/id")
    source = "" if written else " (from the file name)"
    return Diagnostic.at(
        posting.origin.at("/id") if written else Origin.of_file(posting.file, 1),
        "invalid-id",
        f'the post id "{posting.id}"{source} is not a valid id',
        "use lowercase letters, digits and hyphens: rename the file, or set `id:`",
    )

"""Cross-file checks on the built program: every name points at something defined, grades never go down,
every level is described. Positions come from the model's origins; no parsed document is needed.

A file that could not be read is not a source of findings elsewhere: a reference into it is not reported
(one info line counts them), so the file's own error is the first and only thing to fix. A file that was read
but not whole (a misspelt `levels:`, a framework that lost its `level:`) still is, and a reference that misses
what it lost names the error that lost it (`Diagnostic.cause`), so that error is shown first and the references
under it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import PurePosixPath

from mobility_cli.assemble.broken import Broken
from mobility_cli.check.naming import POSTS, TRACKS, Found, Naming
from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin, escape
from mobility_cli.model import LateralMove, Program, Track
from mobility_cli.suggest import did_you_mean

GRADE_ORDER = declare(
    "grade-order",
    "references",
    Severity.ERROR,
    "A track's grades go down from one level to the next.",
    "Grades make levels of different tracks comparable; a promotion cannot lower the grade.",
    "Reorder the levels or correct the grades so that they never decrease.",
)
UNCHECKED_REFERENCES = declare(
    "unchecked-references",
    "references",
    Severity.INFO,
    "References into a file that could not be read were not checked.",
    "Until the file can be read, what it defines is unknown: reporting every reference to it would bury the "
    "one real error under many false ones.",
    "Fix the file that could not be read; its references are checked again then.",
)
MISSING_FRAMEWORK = declare(
    "missing-framework",
    "references",
    Severity.WARNING,
    "A level has no competency framework.",
    "Without a framework nobody can tell what the level expects, and movement decisions lose their basis.",
    "Write careers/TRACK/LEVEL.md with `### Area` sections of `- behaviour` bullets.",
)


def check_references(
    program: Program,
    unreadable: Sequence[str] = (),
    removed: frozenset[str] = frozenset(),
    frameworks_read: bool = True,
    broken: Broken | None = None,
) -> list[Diagnostic]:
    """Every reference problem, except those that may only be there because a file could not be read.
    `removed`: levels (TRACK/LEVEL) the last commit has and the program no longer does. `frameworks_read`:
    False where the command did not read frameworks (`path`), so none is missing. `broken`: what files could
    not give whole, and the errors that say why (a finding that misses what one lost names it as its cause)."""
    broken = broken or Broken()
    blind = {part for path in unreadable for part in _what_is_unknown(path)}
    kept: list[Diagnostic] = []
    skipped = 0
    for needs, diagnostic in _every(program, Naming(program, removed, broken), frameworks_read):
        if needs in blind or any(needs.startswith(b) for b in blind if b.endswith((":", "/"))):
            skipped += 1
        else:
            kept.append(diagnostic)
    if skipped:
        kept.append(_skipped(skipped, unreadable, broken))
    return kept


def _every(program: Program, naming: Naming, frameworks_read: bool) -> Found:
    for track in program.tracks.values():
        yield from _track(program, track, naming, frameworks_read)
    yield from naming.frameworks()
    yield from naming.postings()
    yield from naming.mentors()
    yield from naming.moves()


def _what_is_unknown(path: str) -> tuple[str, ...]:
    """What an unreadable file or folder leaves unknown: the tracks, the posts, frameworks (all of them, a
    track's, or one level's). A name ending in ":" or "/" stands for everything it begins."""
    parts = PurePosixPath(path).parts
    if parts[0] == "postings":
        return (POSTS,)
    if parts[0] != "careers":
        return (path,)
    if len(parts) == 1:
        return (TRACKS, "framework:")
    if path.endswith((".yaml", ".yml")):
        return (TRACKS,)
    if len(parts) == 2:
        return (f"framework:{parts[1]}/",)
    return (f"framework:{parts[1]}/{PurePosixPath(path).stem}",)


def _skipped(count: int, unreadable: Sequence[str], broken: Broken) -> Diagnostic:
    files = ", ".join(unreadable[:3]) + (f" and {len(unreadable) - 3} more" if len(unreadable) > 3 else "")
    unchecked = f"{count} reference{'s were' if count != 1 else ' was'} not checked"
    cause = next((broken.unreadable[f] for f in unreadable if f in broken.unreadable), None)
    return Diagnostic(
        UNCHECKED_REFERENCES.code,
        Severity.INFO,
        f"{unchecked}, because {files} could not be read",
        unreadable[0],
        hint="fix the error above; the references are checked again then",
    ).following(cause.losing(unchecked) if cause else None)


def _track(program: Program, track: Track, naming: Naming, frameworks_read: bool) -> Found:
    yield from (("", d) for d in _grades(track))
    for move in track.lateral_moves:
        yield from ((TRACKS, d) for d in _lateral(program, track, move, naming))
    for level in track.levels if frameworks_read else ():
        if level.key not in program.frameworks:
            yield (
                f"framework:{level.key}",
                Diagnostic.at(
                    level.origin,
                    MISSING_FRAMEWORK.code,
                    f"{level.key} has no competency framework",
                    f"write careers/{track.id}/{level.id}.md",
                    Severity.WARNING,
                ).following(naming.lost_framework(track.id, level.id)),
            )


def _grades(track: Track) -> Iterator[Diagnostic]:
    for before, after in pairwise(track.levels):
        if after.grade < before.grade:
            yield Diagnostic.at(
                after.origin.at("/grade") if after.origin.written("/grade") else after.origin,
                GRADE_ORDER.code,
                f"{after.key} has grade {after.grade}, lower than {before.key} below it ({before.grade})",
                "grades never go down along a track: reorder the levels or correct the grades",
            )


def _lateral(program: Program, track: Track, move: LateralMove, naming: Naming) -> Iterator[Diagnostic]:
    target = program.tracks.get(move.to)
    if target is None:
        yield Diagnostic.at(
            move.origin,
            "unresolved-reference",
            f'lateral move from "{track.id}" to "{move.to}", which is not a defined track',
            _or_define(did_you_mean(move.to, program.tracks), move.to),
        ).following(naming.lost(move.to, None))
        return
    if move.to == track.id:
        yield Diagnostic.at(
            move.origin,
            "unresolved-reference",
            f'track "{track.id}" lists a lateral move to itself',
            "remove it: promotions are the levels",
        )
    entry = Origin(move.origin.source, move.origin.pointer.removesuffix("/to"))
    for source_id, target_id in (move.mapping or {}).items():
        yield from _mapped(track, target, entry.at(f"/map/{escape(source_id)}"), source_id, target_id, naming)


def _mapped(
    track: Track, target: Track, at_key: Origin, source_id: str, target_id: str, naming: Naming
) -> Iterator[Diagnostic]:
    """One entry of a lateral move's map: the level it maps from and the level it lands on must both exist."""
    if naming.was_removed(f"{track.id}/{source_id}"):
        yield Diagnostic.at(
            at_key,
            "removed-level",
            f"level {track.id}/{source_id} was removed, but the lateral move's map still names it",
            "remove it from the map",
            key=True,
        ).following(naming.lost(track.id, source_id))
    elif track.level(source_id) is None:
        yield Diagnostic.at(
            at_key,
            "unresolved-reference",
            f'the map names "{source_id}", which is not a level of "{track.id}"',
            did_you_mean(source_id, [lv.id for lv in track.levels]),
            key=True,
        ).following(naming.lost(track.id, source_id))
    if naming.was_removed(f"{target.id}/{target_id}"):
        yield Diagnostic.at(
            at_key,
            "removed-level",
            f"level {target.id}/{target_id} was removed, but the lateral move's map still lands on it",
            "map to a current level",
        ).following(naming.lost(target.id, target_id))
    elif target.level(target_id) is None:
        yield Diagnostic.at(
            at_key,
            "unresolved-reference",
            f'the map lands on "{target_id}", which is not a level of "{target.id}"',
            did_you_mean(target_id, [lv.id for lv in target.levels]),
        ).following(naming.lost(target.id, target_id))


def _or_define(guess: str | None, name: str) -> str:
    define = f'define the track "{name}" in careers/'
    return f"{guess} Otherwise {define}" if guess else define

"""Cross-file checks on the built program: every name points at something defined, grades never go down,
every level is described. Positions come from the model's origins; no parsed document is needed.

A file that could not be read is not a source of findings elsewhere: a reference into it is not reported
(one info line counts them), so the file's own error is the first and only thing to fix.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import PurePosixPath

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin, escape
from mobility_cli.model import LateralMove, Program, Track
from mobility_cli.suggest import did_you_mean

TRACKS, POSTS = "tracks", "posts"  # what a reference finding depends on: any tracks file, any post file
Found = Iterator[tuple[str, Diagnostic]]


def check_references(program: Program, unreadable: Sequence[str] = ()) -> list[Diagnostic]:
    """Every reference problem, except those that may only be there because a file could not be read."""
    blind = {_what_is_unknown(path) for path in unreadable}
    kept: list[Diagnostic] = []
    skipped = 0
    for needs, diagnostic in _every(program):
        if needs in blind:
            skipped += 1
        else:
            kept.append(diagnostic)
    if skipped:
        kept.append(_skipped(skipped, unreadable))
    return kept


def _every(program: Program) -> Found:
    for track in program.tracks.values():
        yield from _track(program, track)
    yield from _frameworks(program)
    yield from _postings(program)
    yield from _mentors(program)
    yield from _moves(program)


def _what_is_unknown(path: str) -> str:
    """What an unreadable file leaves unknown: the tracks, the posts, or one level's framework."""
    parts = PurePosixPath(path).parts
    if parts[0] == "careers" and path.endswith((".yaml", ".yml")):
        return TRACKS
    if parts[0] == "postings":
        return POSTS
    if parts[0] == "careers" and len(parts) == 3:
        return f"framework:{parts[1]}/{PurePosixPath(path).stem}"
    return path


def _skipped(count: int, unreadable: Sequence[str]) -> Diagnostic:
    files = ", ".join(unreadable[:3]) + (f" and {len(unreadable) - 3} more" if len(unreadable) > 3 else "")
    return Diagnostic(
        "unchecked-references",
        Severity.INFO,
        f"{count} reference{'s were' if count != 1 else ' was'} not checked, because {files} could not be read",
        unreadable[0],
        hint="fix the error above; the references are checked again then",
    )


def _track(program: Program, track: Track) -> Found:
    yield from (("", d) for d in _grades(track))
    for move in track.lateral_moves:
        yield from ((TRACKS, d) for d in _lateral(program, track, move))
    for level in track.levels:
        if level.key not in program.frameworks:
            yield (
                f"framework:{level.key}",
                Diagnostic.at(
                    level.origin,
                    "missing-framework",
                    f"{level.key} has no competency framework",
                    f"write careers/{track.id}/{level.id}.md",
                    Severity.WARNING,
                ),
            )


def _grades(track: Track) -> Iterator[Diagnostic]:
    for before, after in pairwise(track.levels):
        if after.grade < before.grade:
            yield Diagnostic.at(
                after.origin.at("/grade") if after.origin.written("/grade") else after.origin,
                "grade-order",
                f"{after.key} has grade {after.grade}, lower than {before.key} below it ({before.grade})",
                "grades never go down along a track: reorder the levels or correct the grades",
            )


def _lateral(program: Program, track: Track, move: LateralMove) -> Iterator[Diagnostic]:
    target = program.tracks.get(move.to)
    if target is None:
        yield Diagnostic.at(
            move.origin,
            "unresolved-reference",
            f'lateral move from "{track.id}" to "{move.to}", which is not a defined track',
            _or_define(did_you_mean(move.to, program.tracks), move.to),
        )
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
        at_key = entry.at(f"/map/{escape(source_id)}")
        if track.level(source_id) is None:
            yield Diagnostic.at(
                at_key,
                "unresolved-reference",
                f'the map names "{source_id}", which is not a level of "{track.id}"',
                did_you_mean(source_id, [lv.id for lv in track.levels]),
                key=True,
            )
        if target.level(target_id) is None:
            yield Diagnostic.at(
                at_key,
                "unresolved-reference",
                f'the map lands on "{target_id}", which is not a level of "{target.id}"',
                did_you_mean(target_id, [lv.id for lv in target.levels]),
            )


def _or_define(guess: str | None, name: str) -> str:
    define = f'define the track "{name}" in careers/'
    return f"{guess} Otherwise {define}" if guess else define


def _level_problem(program: Program, track_id: str | None, level_id: str | None) -> tuple[str, str | None] | None:
    """Why a (track, level) pair names nothing, or None when it resolves."""
    if track_id is not None and track_id not in program.tracks:
        return f'"{track_id}" is not a defined track', did_you_mean(track_id, program.tracks)
    if level_id is None:
        return None
    if track_id is not None:
        track = program.tracks[track_id]
        if track.level(level_id) is None:
            return (
                f'"{level_id}" is not a level of "{track_id}"',
                did_you_mean(level_id, [lv.id for lv in track.levels])
                or f"levels of {track_id}: {', '.join(lv.id for lv in track.levels)}",
            )
        return None
    matches = [lv.key for lv in program.levels() if lv.id == level_id]
    if len(matches) > 1:
        return f'"{level_id}" is a level of several tracks: {", ".join(matches)}', "name it as TRACK/LEVEL"
    if not matches:
        return f'"{level_id}" is not a defined level', did_you_mean(level_id, [lv.id for lv in program.levels()])
    return None


def _frameworks(program: Program) -> Found:
    for framework in program.frameworks.values():
        problem = _level_problem(program, framework.track, framework.level)
        if problem:
            origin = framework.origin
            yield (
                TRACKS,
                Diagnostic.at(
                    origin.at("/level") if origin.written("/level") else origin,
                    "unresolved-reference",
                    f"framework for {framework.key}: {problem[0]}",
                    problem[1],
                ),
            )


def _postings(program: Program) -> Found:
    for posting in program.postings.values():
        problem = _level_problem(program, posting.track, posting.level)
        if problem:
            pointer = "/track" if posting.track and posting.track not in program.tracks else "/level"
            message = f"post {posting.id}: {problem[0]}"
            yield TRACKS, Diagnostic.at(posting.origin.at(pointer), "unresolved-reference", message, problem[1])


def _mentors(program: Program) -> Found:
    for mentor in program.mentors.values():
        track_id, level_id = mentor.level_key.split("/", 1)
        problem = _level_problem(program, track_id, level_id)
        if problem:
            message = f"mentor {mentor.id}: {problem[0]}"
            yield TRACKS, Diagnostic.at(mentor.origin.at("/level"), "unresolved-reference", message, problem[1])
        for index, past in enumerate(mentor.past_levels):
            t, _, lv = past.partition("/")
            problem = _level_problem(program, t if lv else None, lv or t)
            if problem:
                yield (
                    TRACKS,
                    Diagnostic.at(
                        mentor.origin.at(f"/past_levels/{index}"),
                        "unresolved-reference",
                        f"mentor {mentor.id}: past level {problem[0]}",
                        problem[1],
                    ),
                )


def _moves(program: Program) -> Found:
    """Move records name levels and posts: a typo would silently drop a record from every metric."""
    for record in program.moves.records:
        for side, key in (("from", record.from_level), ("to", record.to_level)):
            if key is None:
                continue
            track_id, _, level_id = key.partition("/")
            problem = _level_problem(program, track_id, level_id)
            if problem:
                yield (
                    TRACKS,
                    Diagnostic.at(
                        record.origin.at(f"/{side}/level"),
                        "unresolved-reference",
                        f"move of {record.person}: {problem[0]}",
                        problem[1],
                    ),
                )
        if record.posting and record.posting not in program.postings:
            yield (
                POSTS,
                Diagnostic.at(
                    record.origin.at("/posting"),
                    "unresolved-reference",
                    f'move of {record.person}: no post "{record.posting}"',
                    did_you_mean(record.posting, program.postings) or "name a file in postings/ without .md",
                ),
            )

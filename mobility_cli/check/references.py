"""Cross-file checks: every name points at something defined, grades never go down, every level is described."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.model import Program, Track

if TYPE_CHECKING:
    from mobility_cli.load import Loaded


def did_you_mean(name: str, options: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(name, list(options), n=3, cutoff=0.6)
    if not close:
        return None
    return "did you mean " + " or ".join(f'"{c}"' for c in close) + "?"


def check_references(loaded: Loaded) -> list[Diagnostic]:
    program = loaded.program
    found: list[Diagnostic] = []
    for track in program.tracks.values():
        found.extend(_track(loaded, program, track))
    found.extend(_frameworks(loaded, program))
    found.extend(_postings(loaded, program))
    found.extend(_mentors(loaded, program))
    found.extend(_moves(loaded, program))
    return found


def _at(
    loaded: Loaded,
    file: str,
    pointer: str,
    code: str,
    message: str,
    hint: str | None,
    severity: Severity = Severity.ERROR,
    at_key: bool = False,
) -> Diagnostic:
    doc = loaded.doc(file)
    if doc is None:
        return Diagnostic(code, severity, message, file, None, None, pointer or None, hint)
    return doc.error(code, message, pointer, hint, at_key=at_key, severity=severity)


def _track(loaded: Loaded, program: Program, track: Track) -> Iterator[Diagnostic]:
    file = track.origin.file
    for before, after in pairwise(track.levels):
        if after.grade < before.grade:
            yield _at(
                loaded,
                file,
                after.origin.pointer + "/grade"
                if _has(loaded, file, after.origin.pointer + "/grade")
                else after.origin.pointer,
                "grade-order",
                f"{after.key} has grade {after.grade}, lower than {before.key} below it ({before.grade})",
                "grades never go down along a track: reorder the levels or correct the grades",
            )
    for move in track.lateral_moves:
        target = program.tracks.get(move.to)
        if target is None:
            yield _at(
                loaded,
                file,
                move.origin.pointer,
                "unresolved-reference",
                f'lateral move from "{track.id}" to "{move.to}", which is not a defined track',
                _or_define(did_you_mean(move.to, program.tracks), move.to),
            )
            continue
        if move.to == track.id:
            yield _at(
                loaded,
                file,
                move.origin.pointer,
                "unresolved-reference",
                f'track "{track.id}" lists a lateral move to itself',
                "remove it: promotions are the levels",
            )
        if move.mapping is None:
            continue
        base = move.origin.pointer.removesuffix("/to")
        for source_id, target_id in move.mapping.items():
            key_pointer = f"{base}/map/{source_id}"
            if track.level(source_id) is None:
                yield _at(
                    loaded,
                    file,
                    key_pointer,
                    "unresolved-reference",
                    f'the map names "{source_id}", which is not a level of "{track.id}"',
                    did_you_mean(source_id, [lv.id for lv in track.levels]),
                    at_key=True,
                )
            if target.level(target_id) is None:
                yield _at(
                    loaded,
                    file,
                    key_pointer,
                    "unresolved-reference",
                    f'the map lands on "{target_id}", which is not a level of "{target.id}"',
                    did_you_mean(target_id, [lv.id for lv in target.levels]),
                )
    for level in track.levels:
        if level.key not in program.frameworks:
            yield _at(
                loaded,
                file,
                level.origin.pointer,
                "missing-framework",
                f"{level.key} has no competency framework",
                f"write careers/{track.id}/{level.id}.md",
                Severity.WARNING,
            )


def _or_define(guess: str | None, name: str) -> str:
    define = f'define the track "{name}" in careers/'
    return f"{guess} Otherwise {define}" if guess else define


def _has(loaded: Loaded, file: str, pointer: str) -> bool:
    doc = loaded.doc(file)
    return doc is not None and pointer in doc.positions


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


def _frameworks(loaded: Loaded, program: Program) -> Iterator[Diagnostic]:
    from mobility_cli.build import framework_identity

    for file, md in loaded.markdown_docs.items():
        if not file.startswith("careers/"):
            continue
        track_id, level_id = framework_identity(md)
        if track_id is None:
            yield Diagnostic(
                "unresolved-reference",
                Severity.ERROR,
                "this framework does not say which level it describes",
                file,
                1,
                1,
                None,
                "put it at careers/TRACK/LEVEL.md, or set `track:` and `level:` in its front matter",
            )
            continue
        problem = _level_problem(program, track_id, level_id)
        if problem:
            pointer = "/level" if "/level" in md.front.positions else ""
            yield Diagnostic(
                "unresolved-reference",
                Severity.ERROR,
                f"framework for {track_id}/{level_id}: {problem[0]}",
                file,
                *(md.front.positions.get(pointer) or (1, 1)),
                pointer or None,
                problem[1],
            )


def _postings(loaded: Loaded, program: Program) -> Iterator[Diagnostic]:
    for posting in program.postings.values():
        md = loaded.markdown_docs[posting.file]
        problem = _level_problem(program, posting.track, posting.level)
        if problem:
            pointer = "/track" if posting.track and posting.track not in program.tracks else "/level"
            yield md.front.error("unresolved-reference", f"post {posting.id}: {problem[0]}", pointer, problem[1])


def _mentors(loaded: Loaded, program: Program) -> Iterator[Diagnostic]:
    for mentor in program.mentors.values():
        doc = loaded.yaml_docs[mentor.file]
        track_id, level_id = mentor.level_key.split("/", 1)
        problem = _level_problem(program, track_id, level_id)
        if problem:
            yield doc.error("unresolved-reference", f"mentor {mentor.id}: {problem[0]}", "/level", problem[1])
        for index, past in enumerate(mentor.past_levels):
            t, _, lv = past.partition("/")
            problem = _level_problem(program, t if lv else None, lv or t)
            if problem:
                yield doc.error(
                    "unresolved-reference",
                    f"mentor {mentor.id}: past level {problem[0]}",
                    f"/past_levels/{index}",
                    problem[1],
                )


def _moves(loaded: Loaded, program: Program) -> Iterator[Diagnostic]:
    """Move records name levels and posts: a typo would silently drop a record from every metric."""
    for record in program.moves.records:
        doc = loaded.yaml_docs[record.origin.file]
        for side, key in (("from", record.from_level), ("to", record.to_level)):
            if key is None:
                continue
            track_id, _, level_id = key.partition("/")
            problem = _level_problem(program, track_id, level_id)
            if problem:
                pointer = f"{record.origin.pointer}/{side}/level"
                yield doc.error("unresolved-reference", f"move of {record.person}: {problem[0]}", pointer, problem[1])
        if record.posting and record.posting not in program.postings:
            guess = did_you_mean(record.posting, program.postings)
            yield doc.error(
                "unresolved-reference",
                f'move of {record.person}: no post "{record.posting}"',
                f"{record.origin.pointer}/posting",
                f"did you mean {guess}?" if guess else "name a file in postings/ without .md",
            )

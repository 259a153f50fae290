"""Documents that name levels and posts (frameworks, posts, mentors, move records): every name must point at
something the program defines. A level the last commit had is reported as removed, not as a typo, and history
(move records, past levels, closed posts) may keep naming a retired level while new posts may not."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin
from mobility_cli.model import Program
from mobility_cli.suggest import did_you_mean

UNRESOLVED_REFERENCE = declare(
    "unresolved-reference",
    "references",
    Severity.ERROR,
    "A name that the program does not define.",
    "A lateral move, framework or post that points nowhere misleads the people who read it.",
    "Use a defined track or level id, or define the missing one.",
)
REMOVED_LEVEL = declare(
    "removed-level",
    "references",
    Severity.ERROR,
    "A level the last commit has was removed, and something still names it.",
    "Suggesting a similar level would falsify history (move records, past levels) or quietly move a post.",
    "Keep the level with `retired: true` (it stays for history, closed to new posts and routes), or update "
    "what names it.",
)
RETIRED_LEVEL = declare(
    "retired-level",
    "references",
    Severity.ERROR,
    "A post or a mentor's current level names a retired level.",
    "A retired level is kept only for history; nobody can be hired into it or be at it now.",
    "Name a current level.",
)


TRACKS, POSTS = "tracks", "posts"  # what a reference finding depends on: any tracks file, any post file
Found = Iterator[tuple[str, Diagnostic]]
KEEP = "keep the level in its track with `retired: true`"


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    message: str
    hint: str | None


@dataclass(frozen=True, slots=True)
class Naming:
    program: Program
    removed: frozenset[str]  # TRACK/LEVEL keys the last commit has and the work tree does not

    def problem(
        self, track_id: str | None, level_id: str | None, history: bool, fix: str | None = None
    ) -> Problem | None:
        """Why a (track, level) pair cannot be used where it is named, or None. `history`: the name records
        the past (a move, a past level, a closed post), where a retired level is fine; `fix`: what to do if
        the level was removed (by default, what suits history or a current name)."""
        if level_id is not None and track_id is not None and self.was_removed(f"{track_id}/{level_id}"):
            fix = fix or (f"this records history: {KEEP}" if history else f"name a current level, or {KEEP}")
            return Problem(REMOVED_LEVEL.code, f"level {track_id}/{level_id} was removed", fix)
        unresolved = _unresolved(self.program, track_id, level_id)
        if unresolved is not None or history or level_id is None:
            return unresolved
        level = self.program.level(f"{track_id}/{level_id}") if track_id else None
        if level is not None and level.retired:
            return Problem(RETIRED_LEVEL.code, f"{level.key} is retired", "name a current level")
        return None

    def was_removed(self, key: str) -> bool:
        return key in self.removed

    def _report(self, origin: Origin, subject: str, problem: Problem) -> Diagnostic:
        if problem.code == "removed-level":
            message = f"{problem.message}, but {subject} still names it"
        else:
            message = f"{subject}: {problem.message}"
        return Diagnostic.at(origin, problem.code, message, problem.hint)

    def frameworks(self) -> Found:
        for framework in self.program.frameworks.values():
            fix = f"delete {framework.file} too, or {KEEP}"
            problem = self.problem(framework.track, framework.level, history=True, fix=fix)
            if problem:
                origin = framework.origin
                at = origin.at("/level") if origin.written("/level") else origin
                yield TRACKS, self._report(at, f"the framework for {framework.key}", problem)

    def postings(self) -> Found:
        for posting in self.program.postings.values():
            history = posting.status in ("filled", "closed")
            problem = self.problem(posting.track, posting.level, history)
            if problem:
                unknown_track = posting.track and posting.track not in self.program.tracks
                at = posting.origin.at("/track" if unknown_track else "/level")
                yield TRACKS, self._report(at, f"post {posting.id}", problem)

    def mentors(self) -> Found:
        for mentor in self.program.mentors.values():
            track_id, level_id = mentor.level_key.split("/", 1)
            problem = self.problem(track_id, level_id, history=False)
            if problem:
                yield TRACKS, self._report(mentor.origin.at("/level"), f"mentor {mentor.id}", problem)
            for index, past in enumerate(mentor.past_levels):
                t, _, lv = past.partition("/")
                problem = self.problem(t if lv else None, lv or t, history=True)
                if problem:
                    at = mentor.origin.at(f"/past_levels/{index}")
                    yield TRACKS, self._report(at, f"mentor {mentor.id} (past level)", problem)

    def moves(self) -> Found:
        """Move records name levels and posts: a typo would silently drop a record from every metric."""
        for record in self.program.moves.records:
            for side, key in (("from", record.from_level), ("to", record.to_level)):
                if key is None:
                    continue
                track_id, _, level_id = key.partition("/")
                problem = self.problem(track_id, level_id, history=True)
                if problem:
                    at = record.origin.at(f"/{side}/level")
                    yield TRACKS, self._report(at, f"the move of {record.person}", problem)
            if record.posting and record.posting not in self.program.postings:
                hint = did_you_mean(record.posting, self.program.postings) or "name a file in postings/ without .md"
                message = f'move of {record.person}: no post "{record.posting}"'
                yield POSTS, Diagnostic.at(record.origin.at("/posting"), UNRESOLVED_REFERENCE.code, message, hint)


def _unresolved(program: Program, track_id: str | None, level_id: str | None) -> Problem | None:
    """Why a (track, level) pair names nothing, or None when it resolves."""

    def problem(message: str, hint: str | None) -> Problem:
        return Problem(UNRESOLVED_REFERENCE.code, message, hint)

    if track_id is not None and track_id not in program.tracks:
        return problem(f'"{track_id}" is not a defined track', did_you_mean(track_id, program.tracks))
    if level_id is None:
        return None
    if track_id is not None:
        track = program.tracks[track_id]
        if track.level(level_id) is None:
            ids = [lv.id for lv in track.levels]
            return problem(
                f'"{level_id}" is not a level of "{track_id}"',
                did_you_mean(level_id, ids) or f"levels of {track_id}: {', '.join(ids)}",
            )
        return None
    matches = [lv.key for lv in program.levels() if lv.id == level_id]
    if len(matches) > 1:
        return problem(f'"{level_id}" is a level of several tracks: {", ".join(matches)}', "name it as TRACK/LEVEL")
    if not matches:
        return problem(
            f'"{level_id}" is not a defined level', did_you_mean(level_id, [lv.id for lv in program.levels()])
        )
    return None

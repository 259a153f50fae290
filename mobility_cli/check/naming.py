"""Documents that name levels and posts (frameworks, posts, mentors, move records): every name must point at
something the program defines. A level the last commit had is reported as removed, not as a typo, and history
(move records, past levels, closed posts) may keep naming a retired level while new posts may not."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from mobility_cli.assemble.broken import Broken
from mobility_cli.codes import declare
from mobility_cli.diagnostics import Cause, Diagnostic, Severity
from mobility_cli.located import Origin, escape
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
    cause: Cause | None = None  # the error that lost the level or track named, where one did


@dataclass(frozen=True, slots=True)
class Naming:
    program: Program
    removed: frozenset[str]  # TRACK/LEVEL keys the last commit has and the work tree does not
    broken: Broken = field(default_factory=Broken)  # what files could not give whole, and why

    def problem(
        self, track_id: str | None, level_id: str | None, history: bool, fix: str | None = None
    ) -> Problem | None:
        """Why a (track, level) pair cannot be used where it is named, or None. `history`: the name records
        the past (a move, a past level, a closed post), where a retired level is fine; `fix`: what to do if
        the level was removed (by default, what suits history or a current name)."""
        if level_id is not None and track_id is not None and self.was_removed(f"{track_id}/{level_id}"):
            fix = fix or (f"this records history: {KEEP}" if history else f"name a current level, or {KEEP}")
            cause = self.lost(track_id, level_id)
            return Problem(REMOVED_LEVEL.code, f"level {track_id}/{level_id} was removed", fix, cause)
        unresolved = _unresolved(self.program, track_id, level_id)
        if unresolved is not None:
            return Problem(unresolved.code, unresolved.message, unresolved.hint, self.lost(track_id, level_id))
        if history or level_id is None:
            return None
        level = self.program.level(f"{track_id}/{level_id}") if track_id else None
        if level is not None and level.retired:
            return Problem(RETIRED_LEVEL.code, f"{level.key} is retired", "name a current level")
        return None

    def was_removed(self, key: str) -> bool:
        return key in self.removed

    def lost(self, track_id: str | None, level_id: str | None) -> Cause | None:
        """The error that lost a track or level from the tracks files (a misspelt `levels:`, a track that is
        not a mapping), so a name of it follows from that error; None where no tracks file lost it."""
        if track_id is None:
            return self.broken.cause_in(
                "tracks",
                ("/career_tracks/*/levels/*/id",),
                f"the levels that would define {level_id} could not be read",
            )
        track = self.program.tracks.get(track_id)
        if track is None:
            return self.broken.cause_in(
                "tracks", (f"/career_tracks/{escape(track_id)}",), f"the track {track_id} could not be read"
            )
        home = track.origin.file
        levels = (f"/career_tracks/{escape(track_id)}/levels/*/id",)
        return self.broken.cause_in(
            "tracks", levels, f"the levels of {track_id} could not be read", prefer=lambda file: file == home
        )

    def lost_framework(self, track_id: str, level_id: str) -> Cause | None:
        """The error that lost the framework of a level: a framework (in the track's folder, or one that lost its
        `track:`) whose front matter no longer says which level it describes, and which describes none."""
        placed = {f.file for f in self.program.frameworks.values() if self.program.level(f.key) is not None}
        lost = f"the framework of {track_id}/{level_id} could not be placed"
        folder = f"careers/{track_id}/"
        return self.broken.cause_in(
            "framework", ("/level", "/track"), lost, only=lambda file: file.startswith(folder) and file not in placed
        ) or self.broken.cause_in("framework", ("/track",), lost, only=lambda file: file not in placed)

    def lost_post(self, post_id: str) -> Cause | None:
        """The error that lost a post: a post file without a role (it gives no post), or whose `id:` is lost."""
        return self.broken.cause_in(
            "posting",
            ("/role", "/id"),
            f"the post {post_id} could not be read",
            prefer=lambda file: file == f"postings/{post_id}.md",
        )

    def _report(self, origin: Origin, subject: str, problem: Problem) -> Diagnostic:
        if problem.code == "removed-level":
            message = f"{problem.message}, but {subject} still names it"
        else:
            message = f"{subject}: {problem.message}"
        return Diagnostic.at(origin, problem.code, message, problem.hint).following(problem.cause)

    def frameworks(self) -> Found:
        for framework in self.program.frameworks.values():
            fix = f"delete {framework.file} too, or {KEEP}"
            problem = self.problem(framework.track, framework.level, history=True, fix=fix)
            if problem:
                origin = framework.origin
                at = origin.at("/level") if origin.written("/level") else origin
                found = self._report(at, f"the framework for {framework.key}", problem)
                own = self.broken.cause(
                    framework.file, ("/level", "/track"), f"{framework.file} no longer says which level it describes"
                )
                yield TRACKS, replace(found, cause=own) if own is not None else found

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
                found = Diagnostic.at(record.origin.at("/posting"), UNRESOLVED_REFERENCE.code, message, hint)
                yield POSTS, found.following(self.lost_post(record.posting))


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

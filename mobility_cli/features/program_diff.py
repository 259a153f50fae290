"""What changed in a program between two revisions, in HR's words, and what that does to careers.

A level whose id changed but whose track, position and grade did not is a rename, not a removal plus an
addition: reviewers should see "ic4 is now senior-2", and career comparisons follow the rename.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mobility_cli.model import Level, Program
from mobility_cli.words import counted


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    subject: str
    before: Any
    after: Any
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "before": self.before, "after": self.after}


def diff_programs(old: Program, new: Program) -> list[Change]:
    renames = _renames(old, new)
    changes = _tracks(old, new, renames) + _laterals(old, new) + _behaviours(old, new, renames) + _posts(old, new)
    return changes + career_effects(old, new, renames)


def _renames(old: Program, new: Program) -> dict[str, str]:
    found: dict[str, str] = {}
    for track_id, before in old.tracks.items():
        after = new.tracks.get(track_id)
        if after is None:
            continue
        for level in before.levels:
            if after.level(level.id) is not None or level.index >= len(after.levels):
                continue
            candidate = after.levels[level.index]
            if candidate.grade == level.grade and before.level(candidate.id) is None:
                found[level.key] = candidate.key
    return found


def _tracks(old: Program, new: Program, renames: dict[str, str]) -> list[Change]:
    out: list[Change] = []
    for track_id in new.tracks.keys() - old.tracks.keys():
        levels = [lv.id for lv in new.tracks[track_id].levels]
        out.append(
            Change("track-added", track_id, None, levels, f"new track {track_id} with {counted(len(levels), 'level')}")
        )
    for track_id in old.tracks.keys() - new.tracks.keys():
        levels = [lv.id for lv in old.tracks[track_id].levels]
        out.append(Change("track-removed", track_id, levels, None, f"track {track_id} was removed"))
    renamed_to = set(renames.values())
    for track_id in sorted(old.tracks.keys() & new.tracks.keys()):
        before, after = old.tracks[track_id], new.tracks[track_id]
        for level in before.levels:
            out += _level_changes(level, after.level(level.id), renames)
        out += [
            Change("level-added", lv.key, None, lv.title, f"new level {lv.key}, {lv.title}, grade {lv.grade}")
            for lv in after.levels
            if before.level(lv.id) is None and lv.key not in renamed_to
        ]
    return sorted(out, key=lambda c: (c.subject, c.kind))


def _level_changes(level: Level, now: Level | None, renames: dict[str, str]) -> list[Change]:
    """What happened to one level of a track that is in both revisions."""
    key = level.key
    if key in renames:
        return [Change("level-renamed", key, level.id, renames[key].split("/")[1], f"{key} is now {renames[key]}")]
    if now is None:
        return [Change("level-removed", key, level.title, None, f"level {key} was removed")]
    out = []
    if now.grade != level.grade:
        message = f"{key} moved from grade {level.grade} to grade {now.grade}"
        out.append(Change("level-regraded", key, level.grade, now.grade, message))
    if now.title != level.title:
        message = f'{key} is now called "{now.title}" (was "{level.title}")'
        out.append(Change("level-retitled", key, level.title, now.title, message))
    if now.months != level.months:
        message = f"{key} typically takes {now.months} months (was {level.months})"
        out.append(Change("level-months", key, level.months, now.months, message))
    return out


def _lateral_pairs(program: Program) -> set[tuple[str, str]]:
    return {(t.id, m.to) for t in program.tracks.values() for m in t.lateral_moves}


def _laterals(old: Program, new: Program) -> list[Change]:
    """Lateral moves opened and closed; one that names no track is said to open nothing, not described as real."""
    from mobility_cli.suggest import close_names

    before, after = _lateral_pairs(old), _lateral_pairs(new)
    out = []
    for a, b in sorted(after - before):
        if b in new.tracks:
            out.append(Change("lateral-opened", f"{a} -> {b}", None, b, f"lateral moves from {a} to {b} are now open"))
            continue
        close = close_names(b, list(new.tracks), n=1)
        maybe = f" (did you mean {close[0]}?)" if close else ""
        message = f"lateral moves from {a} to {b}: {b} is not a defined track, so nothing opens{maybe}"
        out.append(Change("lateral-unresolved", f"{a} -> {b}", None, b, message))
    out += [
        Change("lateral-closed", f"{a} -> {b}", b, None, f"lateral moves from {a} to {b} are closed")
        for a, b in sorted(before - after)
    ]
    return out


def _behaviours(old: Program, new: Program, renames: dict[str, str]) -> list[Change]:
    out: list[Change] = []
    back = {v: k for k, v in renames.items()}
    for key, framework in sorted(new.frameworks.items()):
        previous = old.frameworks.get(back.get(key, key))
        then = {b.text for _, b in previous.behaviours()} if previous else set()
        now = {b.text for _, b in framework.behaviours()}
        if previous is None:
            continue
        out += [
            Change("behaviour-added", key, None, text, f'{key} now expects: "{text}"') for text in sorted(now - then)
        ]
        out += [
            Change("behaviour-removed", key, text, None, f'{key} no longer lists: "{text}"')
            for text in sorted(then - now)
        ]
    return out


def _requirements(post: Any) -> list[str]:
    from mobility_cli.features.lint.sections import requirements

    return [ln.text for ln in requirements(post)]


def _posts(old: Program, new: Program) -> list[Change]:
    out: list[Change] = []
    for post_id in sorted(old.postings.keys() | new.postings.keys()):
        before, after = old.postings.get(post_id), new.postings.get(post_id)
        if after is None:
            assert before is not None
            out.append(Change("post-removed", post_id, before.status, None, f'post "{before.role}" was removed'))
            continue
        if (
            after.level_key
            and new.level(after.level_key) is None
            and (before is None or before.level_key != after.level_key)
        ):
            message = f'post "{after.role}" names the level {after.level_key}, which is not defined'
            out.append(Change("post-unresolved", post_id, None, after.level_key, message))
        was = before.status if before else None
        if was != after.status:
            kind = {"open": "post-opened", "filled": "post-filled", "closed": "post-closed"}.get(
                after.status, "post-added"
            )
            how = f" ({after.filled_source} candidate)" if after.status == "filled" and after.filled_source else ""
            out.append(Change(kind, post_id, was, after.status, f'post "{after.role}" is now {after.status}{how}'))
        if before is not None and after.status == "open":
            then, now = _requirements(before), _requirements(after)
            if then != now:
                added = [r for r in now if r not in then]
                removed = [r for r in then if r not in now]
                out.append(
                    Change(
                        "requirements-changed",
                        post_id,
                        then,
                        now,
                        f'open post "{after.role}" changed its requirements (+{len(added)}, -{len(removed)})',
                    )
                )
    return out


def _costs(program: Program) -> dict[tuple[str, str], int]:
    """Months of the cheapest route between every pair of levels that has one."""
    import rustworkx

    from mobility_cli.features.paths import CareerGraph

    graph = CareerGraph.build(program)
    lengths = rustworkx.all_pairs_dijkstra_path_lengths(graph.graph, lambda e: float(e.weight()))
    key_of = {index: key for (key, _layer), index in graph.nodes.items()}
    found: dict[tuple[str, str], int] = {}
    for source, targets in lengths.items():
        for target, weight in targets.items():
            found[(key_of[source], key_of[target])] = int(weight // 1_000_000)
    return found


def career_effects(old: Program, new: Program, renames: dict[str, str]) -> list[Change]:
    before = {(renames.get(a, a), renames.get(b, b)): m for (a, b), m in _costs(old).items()}
    after = _costs(new)
    out: list[Change] = []
    for pair in sorted(before.keys() | after.keys()):
        a, b = pair
        start, end = new.level(a), new.level(b)
        if start is None or end is None or end.grade < start.grade:
            continue  # careers are about going up or sideways; routes back down are noise for reviewers
        then, now = before.get(pair), after.get(pair)
        if then == now:
            continue
        subject = f"{a} -> {b}"
        if now is None:
            out.append(Change("route-lost", subject, then, None, f"{a} can no longer reach {b}"))
        elif then is None:
            out.append(Change("route-gained", subject, None, now, f"{a} can now reach {b} ({now} months)"))
        else:
            out.append(
                Change("route-changed", subject, then, now, f"{a} → {b} now takes {now} months instead of {then}")
            )
    return sorted(out, key=_relevance)


def _relevance(change: Change) -> tuple[int, int, int, int, str]:
    """Lost routes first, then gained, then changed; within each, routes inside one track (the careers most
    people have) and short ones first, then the biggest changes."""
    order = {"route-lost": 0, "route-gained": 1, "route-changed": 2}[change.kind]
    a, _, b = change.subject.partition(" -> ")
    same_track = 0 if a.split("/")[0] == b.split("/")[0] else 1
    delta = abs((change.after or 0) - (change.before or 0))
    months = change.after if change.after is not None else change.before or 0
    return (order, same_track, months, -delta, change.subject)

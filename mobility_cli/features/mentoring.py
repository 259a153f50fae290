"""Mentor matching: the seed's process (target-role experience, time-zone overlap, previous success) as scores.

Every score component is in 0..1 and shown to the people it concerns; weights come from mobility.yaml
`mentoring.weights`. Previous success is a Bayesian average toward the program's mean rating, so one
five-star rating does not outrank twenty fours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mobility_cli.features.paths import NoRoute, find_routes
from mobility_cli.features.timezones import Person, mentor_person, overlap_over
from mobility_cli.model import Level, Mentor, Program
from mobility_cli.words import counted

WEIGHTS = {"experience": 0.4, "overlap": 0.3, "success": 0.2, "capacity": 0.1}
PRIOR_WEIGHT = 5  # ratings worth of the program mean in each mentor's average
MIN_OVERLAP = 0.5  # hours a day both work: below this there is no time for a check-in


@dataclass(frozen=True, slots=True)
class Mentee:
    id: str
    current: Level
    target: Level
    person: Person
    opt_in: bool = True


@dataclass(frozen=True, slots=True)
class Suggestion:
    mentor: Mentor
    components: dict[str, float]
    total: float
    overlap_hours: float
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "mentor": self.mentor.id,
            "name": self.mentor.name,
            "score": round(self.total, 4),
            "components": {k: round(v, 4) for k, v in self.components.items()},
            "overlap_hours": self.overlap_hours,
            "reason": self.reason,
        }


def weights(program: Program) -> dict[str, float]:
    given = program.settings.mentoring.get("weights")
    out = dict(WEIGHTS)
    if isinstance(given, dict):
        for key, value in given.items():
            if key in out and isinstance(value, int | float) and not isinstance(value, bool):
                out[key] = float(value)
    return out


def _held(program: Program, mentor: Mentor) -> set[str]:
    keys = {mentor.level_key}
    for past in mentor.past_levels:
        level = program.level(past) if "/" in past else next((lv for lv in program.levels() if lv.id == past), None)
        if level is not None:
            keys.add(level.key)
    return keys


def route_levels(program: Program, mentee: Mentee) -> list[Level]:
    try:
        return find_routes(program, mentee.current, [mentee.target])[0].levels()
    except NoRoute:
        return [mentee.current, mentee.target]


def experience(program: Program, held: set[str], mentee: Mentee, route: list[Level]) -> tuple[float, str]:
    """Graded: held the target > held a level next to it on the route > held the target's grade elsewhere."""
    if mentee.target.key in held:
        return 1.0, f"has been {mentee.target.title}"
    adjacent = {route[-2].key} if len(route) >= 2 else set()
    track = program.tracks.get(mentee.target.track)
    if track and mentee.target.index + 1 < len(track.levels):
        adjacent.add(track.levels[mentee.target.index + 1].key)
    near = held & adjacent
    if near:
        return 0.6, f"has been {sorted(near)[0]}, next to the target on the route"
    same_grade = [k for k in held if (lv := program.level(k)) is not None and lv.grade == mentee.target.grade]
    if same_grade:
        return 0.3, f"has worked at the target's grade as {sorted(same_grade)[0]}"
    return 0.0, "no experience near the target"


def program_mean_rating(program: Program) -> float:
    ratings = [h.rating for m in program.mentors.values() for h in m.history if h.rating is not None]
    return sum(ratings) / len(ratings) if ratings else 3.5


def success(mentor: Mentor, mean: float) -> float:
    ratings = [h.rating for h in mentor.history if h.rating is not None]
    average = (PRIOR_WEIGHT * mean + sum(ratings)) / (PRIOR_WEIGHT + len(ratings))
    return (average - 1) / 4


def score(
    program: Program,
    mentor: Mentor,
    mentee: Mentee,
    start: date,
    mean: float,
    route: list[Level] | None = None,
    held: set[str] | None = None,
) -> Suggestion | None:
    """None where the pair cannot work: mentor not opted in, no capacity left, or no shared working time.

    `route` and `held` may be passed in when scoring many pairs, so each is computed once per person."""
    if not mentor.opt_in or mentor.remaining <= 0:
        return None
    overlap = overlap_over(mentee.person, mentor_person(mentor), start, 90).minimum
    if overlap < MIN_OVERLAP:
        return None
    held = held if held is not None else _held(program, mentor)
    route = route if route is not None else route_levels(program, mentee)
    exp, why = experience(program, held, mentee, route)
    components = {
        "experience": exp,
        "overlap": min(overlap / 4, 1.0),
        "success": success(mentor, mean),
        "capacity": min(mentor.remaining, 3) / 3,
    }
    w = weights(program)
    total = sum(w[k] * v for k, v in components.items())
    reason = f"{why}; {overlap:g} h a day in common; {counted(mentor.remaining, 'place')} left"
    return Suggestion(mentor, components, total, overlap, reason)


def suggest(program: Program, mentee: Mentee, start: date, top: int = 5) -> list[Suggestion]:
    mean = program_mean_rating(program)
    route = route_levels(program, mentee)
    found = [s for m in program.mentors.values() if (s := score(program, m, mentee, start, mean, route)) is not None]
    return sorted(found, key=lambda s: (-s.total, s.mentor.id))[:top]


@dataclass(frozen=True, slots=True)
class Assignment:
    mentee: Mentee
    suggestion: Suggestion | None
    reason: str


def match(program: Program, mentees: list[Mentee], start: date) -> list[Assignment]:
    """One global assignment maximising the total score under every mentor's remaining capacity.

    The Hungarian method (scipy's linear_sum_assignment) over mentees × mentor places; a place is one
    unit of a mentor's capacity, so a mentor with two places left appears twice. Ties resolve by order,
    which is sorted by id, so the result is deterministic.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    mean = program_mean_rating(program)
    mentors = sorted((m for m in program.mentors.values() if m.opt_in and m.remaining > 0), key=lambda m: m.id)
    places = [m for m in mentors for _ in range(m.remaining)]
    willing = sorted((m for m in mentees if m.opt_in), key=lambda m: m.id)
    table: dict[tuple[str, str], Suggestion] = {}
    held = {m.id: _held(program, m) for m in mentors}
    for mentee in willing:
        route = route_levels(program, mentee)
        for mentor in mentors:
            found = score(program, mentor, mentee, start, mean, route, held[mentor.id])
            if found is not None:
                table[(mentee.id, mentor.id)] = found
    result: dict[str, Assignment] = {}
    if willing and places:
        gain = np.full((len(willing), len(places)), -1.0)
        for i, mentee in enumerate(willing):
            for j, mentor in enumerate(places):
                found = table.get((mentee.id, mentor.id))
                if found is not None:
                    gain[i, j] = found.total
        rows, cols = linear_sum_assignment(gain, maximize=True)
        for i, j in zip(rows, cols, strict=True):
            if gain[i, j] >= 0:
                mentee = willing[i]
                result[mentee.id] = Assignment(mentee, table[(mentee.id, places[j].id)], "")
    out = []
    for mentee in sorted(mentees, key=lambda m: m.id):
        if mentee.id in result:
            out.append(result[mentee.id])
        elif not mentee.opt_in:
            out.append(Assignment(mentee, None, "has not opted in"))
        elif not any(key[0] == mentee.id for key in table):
            out.append(
                Assignment(mentee, None, "no opted-in mentor with places left shares 30 minutes of working time")
            )
        else:
            out.append(Assignment(mentee, None, "every suitable mentor's places went to mentees they suit better"))
    return out

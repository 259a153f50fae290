"""The seed's "Common Pitfalls to Avoid", detected in the data: each names its evidence and threshold.

Thresholds come from mobility.yaml `report:` (defaults below). A group with fewer cases than `min_cases`
is never flagged: small numbers are reported as such, not as a pitfall.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Severity
from mobility_cli.features.metrics import (
    Window,
    add_months,
    departures,
    filled_in,
    flows,
    min_cases,
    moves_in,
    team_sizes,
)
from mobility_cli.model import Program

DEFAULTS: dict[str, float] = {
    "revolving_door_months": 6,
    "revolving_door_rate": 0.2,
    "hidden_requirements_gap": 0.3,
    "obstruction_ratio": 0.25,
    "one_way_share": 0.3,
    "one_way_pair_moves": 3,
}

REVOLVING_DOOR = declare(
    "revolving-door",
    "pitfalls",
    Severity.WARNING,
    "People leaving within revolving_door_months of a promotion, as a share of that group's promotions old "
    "enough to judge, above revolving_door_rate.",
    "A promotion followed by a departure means people were moved up without the support to succeed.",
    "Look at onboarding into the new level and at how the promoted were prepared; `report:` in mobility.yaml "
    "sets the thresholds.",
)
HIDDEN_REQUIREMENTS = declare(
    "hidden-requirements",
    "pitfalls",
    Severity.WARNING,
    "A team or track whose posts draw internal applicants but fill externally, at a share at least "
    "hidden_requirements_gap above the program's external share among such posts.",
    "Internal applicants who keep losing to outsiders usually meet a bar the post never wrote down.",
    "Run `mobility lint` on that team's posts and compare what interviews score with what the posts say.",
)
MANAGER_OBSTRUCTION = declare(
    "manager-obstruction",
    "pitfalls",
    Severity.WARNING,
    "A team whose outbound move rate (moves out / team size) is at most obstruction_ratio of the program's, "
    "while it still imports people.",
    "A team that takes people in but never lets them go is the guide's manager obstruction.",
    "Talk with the team's managers; make moving out part of how managers are judged.",
)
ONE_WAY_MOVEMENT = declare(
    "one-way-movement",
    "pitfalls",
    Severity.WARNING,
    "Laterals and temporary assignments below one_way_share of internal moves, or a pair of teams with at least "
    "one_way_pair_moves moves one way and none back.",
    "Mobility that only goes up, or only from one team to another, is not a program people can use.",
    "Declare and advertise lateral moves and temporary assignments; look at why nobody moves back.",
)
EXPLAIN = {c.code: c.summary for c in (REVOLVING_DOOR, HIDDEN_REQUIREMENTS, MANAGER_OBSTRUCTION, ONE_WAY_MOVEMENT)}


@dataclass(frozen=True, slots=True)
class Pitfall:
    code: str
    subject: str
    evidence: str
    threshold: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "subject": self.subject, "evidence": self.evidence, "threshold": self.threshold}


def thresholds(program: Program) -> dict[str, float]:
    given = program.settings.report
    out = dict(DEFAULTS)
    for key in DEFAULTS:
        value = given.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = float(value)
    return out


def detect(program: Program, window: Window) -> list[Pitfall]:
    limits = thresholds(program)
    return (
        revolving_door(program, window, limits)
        + hidden_requirements(program, window, limits)
        + manager_obstruction(program, window, limits)
        + one_way_movement(program, window, limits)
    )


def revolving_door(program: Program, window: Window, limits: dict[str, float]) -> list[Pitfall]:
    months = int(limits["revolving_door_months"])
    left = departures(program)
    groups: dict[str, list[bool]] = {}
    for record in moves_in(program, window):
        if record.kind != "promotion" or add_months(record.date, months) > window.until:
            continue
        gone = any(record.date < d <= add_months(record.date, months) for d in left.get(record.person, []))
        groups.setdefault(record.to_team or record.from_team or "(no team)", []).append(gone)
    found = []
    for team, outcomes in sorted(groups.items()):
        rate = sum(outcomes) / len(outcomes)
        if len(outcomes) >= min_cases(program) and rate > limits["revolving_door_rate"]:
            found.append(
                Pitfall(
                    REVOLVING_DOOR.code,
                    team,
                    f"{sum(outcomes)} of {len(outcomes)} people promoted in {team} left within {months} months "
                    f"({rate:.0%})",
                    f"more than {limits['revolving_door_rate']:.0%} within {months} months",
                )
            )
    return found


def hidden_requirements(program: Program, window: Window, limits: dict[str, float]) -> list[Pitfall]:
    drew = [p for p in filled_in(program, window) if p.applicants.get("internal", 0) > 0]
    if not drew:
        return []
    overall = sum(1 for p in drew if p.filled_source == "external") / len(drew)
    found: list[Pitfall] = []
    flagged: list[set[str]] = []  # a track flagged for the very posts of a flagged team says nothing new
    for attribute in ("team", "track"):
        groups: dict[str, list[Any]] = {}
        for post in drew:
            groups.setdefault(getattr(post, attribute) or "(none)", []).append(post)
        for name, posts in sorted(groups.items()):
            external = [p for p in posts if p.filled_source == "external"]
            share = len(external) / len(posts)
            ids = {p.id for p in posts}
            if len(posts) < min_cases(program) or share - overall < limits["hidden_requirements_gap"]:
                continue
            if any(ids <= earlier for earlier in flagged):
                continue
            flagged.append(ids)
            found.append(
                Pitfall(
                    HIDDEN_REQUIREMENTS.code,
                    f"{attribute} {name}",
                    f"{len(external)} of {len(posts)} posts with internal applicants filled externally "
                    f"({share:.0%}, program {overall:.0%})",
                    f"external share at least {limits['hidden_requirements_gap']:.0%} above the program's",
                )
            )
    return found


def manager_obstruction(program: Program, window: Window, limits: dict[str, float]) -> list[Pitfall]:
    sizes = team_sizes(program)
    if not sizes:
        return []
    moved = flows(program, window)
    out_of: Counter[str] = Counter()
    into: Counter[str] = Counter()
    for (source, target), n in moved.items():
        out_of[source] += n
        into[target] += n
    program_rate = sum(out_of.values()) / sum(sizes.values())
    found = []
    for team, size in sorted(sizes.items()):
        rate = out_of[team] / size
        if size >= min_cases(program) and into[team] >= 2 and rate <= limits["obstruction_ratio"] * program_rate:
            found.append(
                Pitfall(
                    MANAGER_OBSTRUCTION.code,
                    f"team {team}",
                    f"{out_of[team]} moves out of {size} people ({rate:.0%}) against the program's {program_rate:.0%}, "
                    f"while {into[team]} moved in",
                    f"outbound rate at most {limits['obstruction_ratio']:.0%} of the program's",
                )
            )
    return found


def one_way_movement(program: Program, window: Window, limits: dict[str, float]) -> list[Pitfall]:
    internal = [r for r in moves_in(program, window) if r.internal]
    found = []
    if len(internal) >= min_cases(program):
        sideways = sum(1 for r in internal if r.kind in ("lateral", "temporary"))
        share = sideways / len(internal)
        if share < limits["one_way_share"]:
            found.append(
                Pitfall(
                    ONE_WAY_MOVEMENT.code,
                    "program",
                    f"only {sideways} of {len(internal)} internal moves were laterals or temporary assignments "
                    f"({share:.0%})",
                    f"at least {limits['one_way_share']:.0%} laterals and temporary assignments",
                )
            )
    moved = flows(program, window)
    for (source, target), n in moved.items():
        if n >= limits["one_way_pair_moves"] and moved.get((target, source), 0) == 0:
            found.append(
                Pitfall(
                    ONE_WAY_MOVEMENT.code,
                    f"{source} -> {target}",
                    f"{n} people moved from {source} to {target}, none the other way",
                    f"{int(limits['one_way_pair_moves'])} or more moves one way and none back",
                )
            )
    return found

"""Whether the program works: the seed's "Measuring Program Success" as numbers, each with its definition.

Every rate carries its numerator and denominator, and says when it rests on fewer cases than
`report.min_cases` (default 5): a rate over three people is an anecdote, and is shown as one.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from mobility_cli.model import MoveRecord, Posting, Program

DEFINITIONS = {
    "internal_fill_rate": "Posts filled by an internal candidate, divided by all posts filled, counting posts whose "
    "`filled.date` falls in the window; also per team and per track.",
    "time_to_fill": "Days from `opened` to `filled.date` for posts filled in the window: median and 90th "
    "percentile, for internal and external fills separately.",
    "internal_mobility_rate": "Internal moves (promotion, lateral, temporary assignment, return) in the window, "
    "divided by headcount (`headcount` in mobility.yaml or a moves file); with the mix of kinds.",
    "retention_after_move": "Of the people who moved internally at least N months before the end of the window, "
    "the share with no departure within N months of the move (N = 6 and 12). Non-movers: 1 - departures of people "
    "with no move in the window / (headcount - movers).",
    "flows": "Moves from one team to another in the window: who exports talent and who imports it.",
}


@dataclass(frozen=True, slots=True)
class Rate:
    numerator: int
    denominator: int
    min_cases: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    @property
    def small(self) -> bool:
        return self.denominator < self.min_cases

    def to_json(self) -> dict[str, Any]:
        value = self.value
        return {
            "value": round(value, 4) if value is not None else None,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "small_sample": self.small,
        }


@dataclass(frozen=True, slots=True)
class Window:
    since: date
    until: date

    def __contains__(self, day: date | None) -> bool:
        return day is not None and self.since <= day <= self.until


def default_window(today: date, since: date | None, until: date | None) -> Window:
    end = until or today
    return Window(since or end - timedelta(days=365), end)


def min_cases(program: Program) -> int:
    value = program.settings.report.get("min_cases", 5)
    return value if isinstance(value, int) and value > 0 else 5


def filled_in(program: Program, window: Window) -> list[Posting]:
    return [p for p in program.postings.values() if p.status == "filled" and p.filled_date in window]


def fill_rates(program: Program, window: Window) -> dict[str, Any]:
    n = min_cases(program)
    posts = filled_in(program, window)

    def rate(group: Iterable[Posting]) -> Rate:
        group = list(group)
        return Rate(sum(1 for p in group if p.filled_source == "internal"), len(group), n)

    def by(key: str) -> dict[str, Rate]:
        groups: dict[str, list[Posting]] = {}
        for post in posts:
            groups.setdefault(getattr(post, key) or "(none)", []).append(post)
        return {name: rate(group) for name, group in sorted(groups.items())}

    return {"overall": rate(posts), "by_team": by("team"), "by_track": by("track")}


def _percentile(values: list[int], share: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def time_to_fill(program: Program, window: Window) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for source in ("internal", "external"):
        days = [
            (p.filled_date - p.opened).days
            for p in filled_in(program, window)
            if p.filled_source == source and p.opened and p.filled_date
        ]
        out[source] = {
            "n": len(days),
            "median_days": statistics.median(days) if days else None,
            "p90_days": round(_percentile(days, 0.9), 1) if days else None,
            "small_sample": len(days) < min_cases(program),
        }
    return out


def moves_in(program: Program, window: Window) -> list[MoveRecord]:
    return [r for r in program.moves.records if r.date in window]


def headcount(program: Program) -> int | None:
    return program.settings.headcount or program.moves.headcount


def mobility_rate(program: Program, window: Window) -> dict[str, Any]:
    internal = [r for r in moves_in(program, window) if r.internal]
    people = headcount(program)
    mix = Counter(r.kind for r in internal)
    return {
        "rate": Rate(len(internal), people, min_cases(program)) if people else None,
        "moves": len(internal),
        "headcount": people,
        "mix": {kind: mix.get(kind, 0) for kind in ("promotion", "lateral", "temporary", "return")},
    }


def add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    return day.replace(year=day.year + year, month=month + 1, day=min(day.day, 28))


def departures(program: Program) -> dict[str, list[date]]:
    """When each person left (a pseudonym can leave, return as a rehire, and leave again)."""
    found: dict[str, list[date]] = {}
    for record in program.moves.records:
        if record.kind == "departure":
            found.setdefault(record.person, []).append(record.date)
    return found


def retention(program: Program, window: Window) -> dict[str, Any]:
    n = min_cases(program)
    left_on = departures(program)
    movers = [r for r in moves_in(program, window) if r.internal]
    out: dict[str, Any] = {}
    for months in (6, 12):
        matured = [r for r in movers if add_months(r.date, months) <= window.until]
        stayed = [
            r for r in matured if not any(r.date < d <= add_months(r.date, months) for d in left_on.get(r.person, []))
        ]
        out[f"movers_{months}_months"] = Rate(len(stayed), len(matured), n)
    people = headcount(program)
    mover_ids = {r.person for r in movers}
    left = {r.person for r in moves_in(program, window) if r.kind == "departure" and r.person not in mover_ids}
    stayers = (people - len(mover_ids)) if people else 0
    out["non_movers_over_window"] = Rate(stayers - len(left), stayers, n) if people and stayers > 0 else None
    return out


def flows(program: Program, window: Window) -> dict[tuple[str, str], int]:
    counted: Counter[tuple[str, str]] = Counter()
    for record in moves_in(program, window):
        if record.internal and record.from_team and record.to_team and record.from_team != record.to_team:
            counted[(record.from_team, record.to_team)] += 1
    return dict(sorted(counted.items()))


def team_sizes(program: Program) -> Mapping[str, int]:
    return program.moves.teams


def data_window(program: Program) -> Window | None:
    """The year up to the latest date in the data: a window that needs no clock (for reproducible renders)."""
    days = [r.date for r in program.moves.records] + [
        p.filled_date for p in program.postings.values() if p.filled_date is not None
    ]
    if not days:
        return None
    return default_window(max(days), None, None)

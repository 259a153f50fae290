"""The job board for one person: open posts and the daily overlap of their hours with each post's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mobility_cli.features.timezones import Person, overlap_over, person_at
from mobility_cli.model import Posting, Program


@dataclass(frozen=True, slots=True)
class HoursRequirement:
    """What a post asks of a candidate's working day: overlap with its core hours in its zone."""

    zone: str
    core_hours: str
    needed: float  # hours a day; 1 where the post names core hours but no overlap


def hours_requirement(post: Posting) -> HoursRequirement | None:
    """The post's stated requirement, or None where it states none (then no fit can be judged, by the CLI or by
    the site: a vague preference in the text is not a requirement anyone can meet or miss)."""
    tz = post.timezone
    if tz is None or not tz.core_hours:
        return None
    return HoursRequirement(tz.zone, tz.core_hours, tz.overlap_hours or 1.0)


@dataclass(frozen=True, slots=True)
class BoardRow:
    post: Posting
    overlap: float | None  # the smallest daily overlap over the next 90 days
    fits: bool | None  # None where the post states no time-zone requirement or no person was given

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.post.id,
            "role": self.post.role,
            "team": self.post.team,
            "level": self.post.level_key,
            "internal_until": self.post.internal_until.isoformat() if self.post.internal_until else None,
            "overlap_hours": self.overlap,
            "fits": self.fits,
        }


def board_rows(
    program: Program, me: Person | None, today: date, track: str | None = None, team: str | None = None
) -> list[BoardRow]:
    rows = []
    for post in program.postings.values():
        if post.status != "open" or (track and post.track != track) or (team and post.team != team):
            continue
        overlap: float | None = None
        fits: bool | None = None
        wanted = hours_requirement(post)
        if me is not None and wanted is not None:
            hours = person_at(post.origin, wanted.zone, "/timezone/with", wanted.core_hours, "/timezone/core_hours")
            overlap = overlap_over(me, hours, today, 90).minimum
            fits = overlap >= wanted.needed
        rows.append(BoardRow(post, overlap, fits))
    return sorted(rows, key=lambda r: (r.fits is False, -(r.overlap or 0), r.post.id))

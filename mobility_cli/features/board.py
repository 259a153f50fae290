"""The job board for one person: open posts and the daily overlap of their hours with each post's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mobility_cli.features.timezones import Person, overlap_over, person
from mobility_cli.model import Posting, Program


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
        tz = post.timezone
        if me is not None and tz is not None and tz.core_hours:
            overlap = overlap_over(me, person(tz.zone, tz.core_hours), today, 90).minimum
            fits = overlap >= (tz.overlap_hours or 1)
        rows.append(BoardRow(post, overlap, fits))
    return sorted(rows, key=lambda r: (r.fits is False, -(r.overlap or 0), r.post.id))

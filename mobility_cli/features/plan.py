"""The async career conversation: everything a plan document needs, gathered from the other features."""

from __future__ import annotations

from datetime import date
from typing import Any

from mobility_cli.features.board import board_rows
from mobility_cli.features.checkins import checkins
from mobility_cli.features.gap import route_gaps
from mobility_cli.features.mentoring import Mentee, suggest
from mobility_cli.features.paths import find_routes
from mobility_cli.features.timezones import mentor_person, zone
from mobility_cli.model import Program


def plan_context(program: Program, mentee: Mentee, today: date, hours: str) -> dict[str, Any]:
    """Raises NoRoute when the target cannot be reached: a plan needs a route."""
    route = find_routes(program, mentee.current, [mentee.target])[0]
    on_route = {lv.key for lv in route.levels()[1:]}
    posts = [
        row
        for row in board_rows(program, mentee.person, today)
        if row.post.level_key in on_route and row.fits is not False
    ]
    mentors = suggest(program, mentee, today, 3)
    # on working days of the mentee and of the first mentor suggested (the mentee's own, before any)
    other = mentor_person(mentors[0].mentor) if mentors else mentee.person
    local = zone(mentee.person.zone)
    days = [(c.day, c.start.astimezone(local).date().isoformat()) for c in checkins(mentee.person, other, today)]
    return {
        "current": mentee.current,
        "target": mentee.target,
        "zone": mentee.person.zone,
        "hours": hours,
        "today": today.isoformat(),
        "route": route,
        "gaps": route_gaps(program, route),
        "mentors": mentors,
        "posts": posts,
        "checkins": days,
    }

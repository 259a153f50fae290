"""Mentee requests (DESIGN.md §1) from command-line options or a cohort file, checked against the program."""

from __future__ import annotations

from typing import Any

from mobility_cli.errors import UsageError
from mobility_cli.features.mentoring import Mentee
from mobility_cli.features.names import resolve_level
from mobility_cli.features.timezones import person
from mobility_cli.model import Program


def mentee(program: Program, raw: dict[str, Any], where: str) -> Mentee:
    try:
        return Mentee(
            str(raw["id"]),
            resolve_level(program, str(raw["current"])),
            resolve_level(program, str(raw["target"])),
            person(str(raw["timezone"]), str(raw.get("working_hours", "09:00-17:00"))),
            raw.get("opt_in", True) is True,
        )
    except KeyError as exc:
        raise UsageError(
            f"{where}: a mentee is missing `{exc.args[0]}`", "each needs id, current, target, timezone"
        ) from None


def cohort(program: Program, data: Any, where: str) -> list[Mentee]:
    entries = data.get("mentees") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise UsageError(
            f"{where}: expected `mentees:` with a list of mentee requests", "see examples/cohort-2027-q1.yaml"
        )
    found = [mentee(program, e, f"{where}: mentee {i + 1}") for i, e in enumerate(entries)]
    ids = [m.id for m in found]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise UsageError(f"{where}: mentee {duplicate} appears twice")
    return found

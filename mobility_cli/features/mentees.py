"""Mentee requests (DESIGN.md §1) and confirmed pairs: from command-line options, or from side files read like
program files (check/side_files.py). What a file gives is checked against the program as program files are: a
level it defines, a mentor it has, an IANA time zone, a span of working hours, each id once. Every problem is a
finding at its place in the file, with the value meant where one is close; nothing is built from a file that
has one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mobility_cli.assemble.unique import Unique
from mobility_cli.check.naming import UNRESOLVED_REFERENCE, Naming
from mobility_cli.check.usable_values import hours_findings, zone_findings
from mobility_cli.diagnostics import Diagnostic
from mobility_cli.errors import UnknownName
from mobility_cli.features.mentoring import Mentee
from mobility_cli.features.names import find_level, resolve_level
from mobility_cli.features.timezones import Person, person
from mobility_cli.located import Origin
from mobility_cli.model import Level, Mentor, Program
from mobility_cli.parse.yaml_document import YamlDoc
from mobility_cli.suggest import did_you_mean

DEFAULT_HOURS = "09:00-17:00"


@dataclass(frozen=True, slots=True)
class Pair:
    """A confirmed pair: the program's mentor, and the mentee's id and working time."""

    mentor: Mentor
    mentee: str
    person: Person


def mentee_from_options(program: Program, current: str, target: str, timezone: str, hours: str) -> Mentee:
    """A request typed as options, forgiving what is unambiguous (a level's title, a city for a zone); anything
    else stops with suggestions."""
    return Mentee("you", resolve_level(program, current), resolve_level(program, target), person(timezone, hours))


def mentee_file(program: Program, doc: YamlDoc) -> tuple[Mentee | None, list[Diagnostic]]:
    """One mentee's request (schemas/mentee.schema.json)."""
    found: list[Diagnostic] = []
    made = _mentee(program, doc.data, doc.origin(), found)
    return (None if found else made), found


def cohort(program: Program, doc: YamlDoc) -> tuple[list[Mentee], list[Diagnostic]]:
    """A cohort's mentees (schemas/cohort.schema.json), each id once."""
    found: list[Diagnostic] = []
    ids: Unique[int] = Unique("mentee", "give each mentee one entry, under one id", found)
    mentees = []
    for index, raw in enumerate(_entries(doc, "mentees")):
        origin = doc.origin(f"/mentees/{index}")
        made = _mentee(program, raw, origin, found)
        if isinstance(raw.get("id"), str):
            ids.add(raw["id"], index, origin.at("/id"))
        if made is not None:
            mentees.append(made)
    return (mentees if not found else []), found


def pairs(program: Program, doc: YamlDoc) -> tuple[list[Pair], list[Diagnostic]]:
    """Confirmed pairs (schemas/pairs.schema.json): the program's mentors, each mentee once."""
    found: list[Diagnostic] = []
    ids: Unique[int] = Unique("mentee", "a mentee has one mentor: keep one pair for each", found)
    made = []
    for index, raw in enumerate(_entries(doc, "pairs")):
        origin = doc.origin(f"/pairs/{index}")
        if isinstance(raw.get("mentee"), str):
            ids.add(raw["mentee"], index, origin.at("/mentee"))
        mentor = _mentor(program, raw.get("mentor"), origin.at("/mentor"), found)
        when = _person(raw, origin, found)
        if mentor is not None and when is not None and isinstance(raw.get("mentee"), str):
            made.append(Pair(mentor, raw["mentee"], when))
    return (made if not found else []), found


def _entries(doc: YamlDoc, key: str) -> list[dict[str, Any]]:
    """The mappings of a list at the top of the document, by index (what is not one, the schema reported)."""
    data = doc.data if isinstance(doc.data, dict) else {}
    entries = data.get(key)
    if not isinstance(entries, list):
        return []
    return [e if isinstance(e, dict) else {} for e in entries]


def _mentee(program: Program, raw: Any, origin: Origin, found: list[Diagnostic]) -> Mentee | None:
    if not isinstance(raw, dict):
        return None  # the schema says what it should be
    before = len(found)
    current = _level(program, raw.get("current"), origin.at("/current"), found)
    target = _level(program, raw.get("target"), origin.at("/target"), found)
    when = _person(raw, origin, found)
    ident, opt_in = raw.get("id"), raw.get("opt_in", True)
    if len(found) > before or current is None or target is None or when is None or not isinstance(ident, str):
        return None
    return Mentee(ident, current, target, when, opt_in is True)


def _level(program: Program, name: Any, origin: Origin, found: list[Diagnostic]) -> Level | None:
    """A level the program defines, named as program files name one (TRACK/LEVEL, or a LEVEL one track has)."""
    if not isinstance(name, str):
        return None
    track_id, slash, level_id = name.partition("/")
    problem = Naming(program, frozenset()).problem(track_id if slash else None, level_id if slash else name, False)
    if problem is None:
        return find_level(program, name)
    meant = _forgiven(program, name)
    hint = f'did you mean "{meant.key}"?' if meant is not None and problem.code == UNRESOLVED_REFERENCE.code else None
    found.append(Diagnostic.at(origin, problem.code, problem.message, hint or problem.hint))
    return None


def _forgiven(program: Program, name: str) -> Level | None:
    """The level a name means where the command line would take it (a title, another case)."""
    try:
        return find_level(program, name)
    except UnknownName:
        return None


def _person(raw: dict[str, Any], origin: Origin, found: list[Diagnostic]) -> Person | None:
    """When someone works: an IANA zone and a span of working hours (09:00-17:00 where none is given)."""
    zone, hours = raw.get("timezone"), raw.get("working_hours", DEFAULT_HOURS)
    before = len(found)
    if isinstance(zone, str):
        found += zone_findings(origin.at("/timezone"), zone)
    if isinstance(hours, str):
        found += hours_findings(origin.at("/working_hours"), hours)
    if len(found) > before or not isinstance(zone, str) or not isinstance(hours, str):
        return None
    return person(zone, hours)


def _mentor(program: Program, name: Any, origin: Origin, found: list[Diagnostic]) -> Mentor | None:
    if not isinstance(name, str):
        return None
    mentor = program.mentors.get(name)
    if mentor is None:
        hint = did_you_mean(name, program.mentors) or "name a mentor by the id in their file in mentors/"
        found.append(Diagnostic.at(origin, UNRESOLVED_REFERENCE.code, f'"{name}" is not a mentor of the program', hint))
    return mentor

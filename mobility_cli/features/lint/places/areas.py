"""The zones a place a post names lies in, for the hint's `timezone:` line: a city's own zone, a state's (its
largest city's) or a country's zones, a region's, or the zones that call themselves what the post wrote ("CET",
"UTC+2", "PT")."""

from __future__ import annotations

import re
from functools import cache

from mobility_cli.features.lint.places.gazetteer import state_zones
from mobility_cli.features.lint.places.names import CITY, STATE, lookup
from mobility_cli.features.lint.places.words import key_of
from mobility_cli.features.lint.places.zones import ADJECTIVES, zone_table

_UTC_OFFSET = re.compile(r"(?:utc|gmt)([+-])(\d{1,2}):?(\d\d)?", re.IGNORECASE)
# Zones most people know, first among a place's zones when the program itself uses none of them.
_WELL_KNOWN = (
    "America/New_York",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Asia/Dubai",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Australia/Sydney",
    "America/Toronto",  # the main zones of countries of several
    "Europe/Moscow",
    "Asia/Jakarta",
    "America/Argentina/Buenos_Aires",
    "Asia/Almaty",
    "America/Santiago",
    "Europe/Madrid",
    "Europe/Lisbon",
    "Asia/Ulaanbaatar",
    "Africa/Kinshasa",
    "Pacific/Auckland",
)


@cache
def zones_of(place: str) -> tuple[str, ...]:
    """The zones a place a post names lies in, the best known first: a city's own zone, a US state's largest
    city's, a country's or a region's (the best known first), or the zones that call themselves CET or keep
    that UTC offset."""
    key = key_of(place)
    adjective = ADJECTIVES.get(key)
    entry = None if adjective else lookup(key)
    if entry is None:
        return _matching(adjective or "", _names_of(place))
    if entry.kind == CITY:
        return (entry.where,)
    if entry.kind == STATE:
        zone = state_zones().get(entry.where)  # a US state: its largest city's zone; another: its country's
        return (zone,) if zone else _matching(entry.where.split("-")[0], set())
    return _matching(entry.where, set())


def _names_of(place: str) -> set[str]:
    """What a zone that the place is must call itself: "UTC+2" -> +2, "PT" -> PST or PDT, "CET" -> CET."""
    offset = _UTC_OFFSET.fullmatch(place.replace("−", "-").replace(" ", ""))
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        return {f"{sign * (int(offset.group(2)) + int(offset.group(3) or 0) / 60):+g}"}
    if place.upper() in {"PT", "ET", "CT", "MT"}:
        return {place[0].upper() + "ST", place[0].upper() + "DT"}
    return {place} if place.isupper() else set()


def _matching(area: str, names: set[str]) -> tuple[str, ...]:
    """The zones in an area (a zone, a zone-name prefix, country codes) or calling themselves by a name."""
    countries = {c for c in area.split() if len(c) == 2}
    found = [
        zone
        for country, zone, called in zone_table()
        if country in countries or called & names or (area.endswith("/") and zone.startswith(area)) or zone == area
    ]
    if "/" in area and not area.endswith("/") and area not in found:
        found.insert(0, area)  # a zone that is no main zone of zone.tab (a link) is still the area's zone
    return tuple(sorted(found, key=lambda z: _WELL_KNOWN.index(z) if z in _WELL_KNOWN else len(_WELL_KNOWN)))

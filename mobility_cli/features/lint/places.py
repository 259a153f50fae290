"""Places and time zones a post may prefer, from the time-zone database itself: its cities (Europe/Lisbon ->
Lisbon), its country names (iso3166.tab), the states and provinces of the US, Canada and Australia (pycountry's
ISO 3166-2 data, the places posts name below a country), the abbreviations its zones use (CET, PST, AEST), UTC and GMT
offsets, plus the regions and compass words posts use (EMEA, APAC, Americas, Eastern time). Words are looked up
in sets, never matched by one large pattern, so a post of any length is read in linear time."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

REGIONS = frozenset(
    {
        "emea",
        "apac",
        "latam",
        "amer",
        "americas",
        "north america",
        "south america",
        "latin america",
        "central america",
        "europe",
        "eu",
        "asia",
        "asia-pacific",
        "asia pacific",
        "africa",
        "middle east",
        "oceania",
        "australasia",
        "scandinavia",
        "nordics",
        "benelux",
        "dach",
        "uk",
        "us",
        "usa",
        "east coast",
        "west coast",
        "european",
        "american",
        "asian",
        "african",
        "australian",
        "pacific",
        "eastern",
        "central",
        "western",
        "mountain",
        "atlantic",
        "nordic",
        "scandinavian",
        "time zone",
        "time zones",
        "timezone",
        "timezones",
    }
)
_CODES = frozenset({"eu", "uk", "us", "usa", "emea", "apac", "latam", "amer", "dach"})  # only in capitals
_OFFSET = re.compile(r"\b(?:utc|gmt)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
_UTC_OFFSET = re.compile(r"(?:utc|gmt)([+-])(\d{1,2}):?(\d\d)?", re.IGNORECASE)


@cache
def places() -> frozenset[str]:
    """City and country names, lowercased."""
    from importlib.resources import files

    from mobility_cli.zones import zone_names

    found = {
        z.rsplit("/", 1)[1].replace("_", " ").lower() for z in zone_names() if "/" in z and not z.startswith("Etc/")
    }
    try:
        table = files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text(encoding="utf-8")
        found |= {line.split("\t")[1].strip().lower() for line in table.splitlines() if "\t" in line}
    except (ImportError, OSError):  # pragma: no cover - tzdata is a dependency
        pass
    import pycountry

    states = ("State", "Province", "Territory", "District")
    found |= {
        s.name.lower() for s in pycountry.subdivisions if s.country_code in ("US", "CA", "AU") and s.type in states
    }
    return frozenset(found)


@cache
def abbreviations() -> frozenset[str]:
    """What the zones call themselves (CET, PST, AEST ...), read off the database in winter and summer."""
    from zoneinfo import ZoneInfo

    from mobility_cli.zones import zone_names

    found: set[str] = set()
    for name in zone_names():
        for month in (1, 7):
            abbreviation = datetime(2026, month, 15, 12, tzinfo=ZoneInfo(name)).tzname() or ""
            if abbreviation.isalpha() and abbreviation.isupper() and len(abbreviation) >= 2:
                found.add(abbreviation)
    return frozenset(found | {"UTC", "GMT", "CET", "EET", "WET", "PT", "ET", "CT", "MT"})


def place_in(text: str) -> re.Match[str] | tuple[int, str] | None:
    """The first place or zone the text names: (column, words), or None."""
    offset = _OFFSET.search(text)
    if offset:
        return offset.start(), offset.group(0)
    words = [(m.start(), m.group(0)) for m in _WORDS.finditer(text.replace("’", "'"))]
    names, regions, codes = places(), REGIONS, abbreviations()
    for index, (start, word) in enumerate(words):
        if word in codes or (word.lower() in _CODES and word.isupper()):
            return start, word
        if "-" in word and word.lower() not in regions:  # "Berlin-based", "Lisbon-area": the place is a part
            for part in word.split("-"):
                if part.lower() in names or part in codes or (part.lower() in _CODES and part.isupper()):
                    return start, part
        for size in (3, 2, 1):
            phrase = " ".join(w for _, w in words[index : index + size]).lower()
            if len(words) - index >= size and (phrase in names or (phrase in regions and phrase not in _CODES)):
                return start, phrase
    return None


# Where the regions posts name lie, as zone-name prefixes ("Europe/") and countries (iso3166 codes): what a hint
# suggests a zone from when a post prefers a region.
_AREAS = {
    "Europe/": ("europe", "european", "eu", "emea"),
    "Asia/": ("asia", "asian", "apac", "asia-pacific", "asia pacific"),
    "Africa/": ("africa", "african"),
    "America/": ("americas", "amer"),
    "US CA MX": ("north america",),
    "BR AR CO CL PE EC UY": ("south america",),
    "MX BR AR CO CL PE CR PA": ("latin america", "latam"),
    "MX GT HN SV NI CR PA": ("central america",),
    "Australia/": ("oceania", "australasia", "australian"),
    "AE SA QA IL JO": ("middle east",),
    "SE NO DK FI IS": ("scandinavia", "scandinavian", "nordics", "nordic"),
    "NL BE LU": ("benelux",),
    "DE AT CH": ("dach",),
    "GB": ("uk",),
    "US": ("us", "usa", "american"),
    "America/New_York": ("east coast", "eastern"),
    "America/Los_Angeles": ("west coast", "pacific"),
    "America/Chicago": ("central",),
    "America/Denver": ("mountain",),
    "America/Halifax": ("atlantic",),
}
_AREA_OF = {word: area for area, words in _AREAS.items() for word in words}
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
)


@cache
def _zone_table() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(country code, zone, what the zone calls itself in winter and summer and its standard UTC offset) for every
    zone of the database's zone.tab, in its order (a country's main zone first)."""
    from datetime import timedelta
    from importlib.resources import files
    from zoneinfo import ZoneInfo

    table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    rows = []
    for line in table.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3:
            continue
        names: set[str] = set()
        for month in (1, 7):
            moment = datetime(2026, month, 15, 12, tzinfo=ZoneInfo(parts[2]))
            names.add(moment.tzname() or "")
            if not moment.dst():  # "UTC+1" is a zone's standard offset, not its summer time
                names.add(f"{(moment.utcoffset() or timedelta()).total_seconds() / 3600:+g}")
        rows.append((parts[0], parts[2], frozenset(names)))
    return tuple(rows)


@cache
def zones_of(place: str) -> tuple[str, ...]:
    """The zones a place a post names (as `place_in` found it) lies in, the best known first: a city's own zone,
    a country's or a state's zones, the zones that call themselves CET or keep that UTC offset, a region's."""
    import pycountry

    low = place.lower()
    offset = _UTC_OFFSET.fullmatch(place.replace("−", "-").replace(" ", ""))
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        wanted = {f"{sign * (int(offset.group(2)) + int(offset.group(3) or 0) / 60):+g}"}
    elif place.upper() in {"PT", "ET", "CT", "MT"}:
        wanted = {place[0].upper() + "ST", place[0].upper() + "DT"}
    else:
        wanted = {place}
    area = _AREA_OF.get(low, "")
    countries = {c for c in area.split() if len(c) == 2}
    countries |= {code for code, name in _countries().items() if name == low}
    countries |= {s.country_code for s in pycountry.subdivisions if s.name.lower() == low and len(low) > 2}
    city = low.replace(" ", "_")
    found = [
        zone
        for country, zone, names in _zone_table()
        if country in countries
        or names & wanted
        or zone.rsplit("/", 1)[-1].lower() == city
        or (area.endswith("/") and zone.startswith(area))
        or zone == area
    ]

    def known(zone: str) -> tuple[bool, int]:  # the city named first, then the zones most people know
        rank = _WELL_KNOWN.index(zone) if zone in _WELL_KNOWN else len(_WELL_KNOWN)
        return zone.rsplit("/", 1)[-1].lower() != city, rank

    return tuple(sorted(found, key=known))


@cache
def _countries() -> dict[str, str]:
    from importlib.resources import files

    table = files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text(encoding="utf-8")
    return {line.split("\t")[0]: line.split("\t")[1].strip().lower() for line in table.splitlines() if "\t" in line}

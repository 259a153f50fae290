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

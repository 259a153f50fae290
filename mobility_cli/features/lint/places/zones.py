"""Time zones as posts name them: the abbreviations the database's zones use (CET, PST, AEST), UTC and GMT
offsets, and the compass words and adjectives of "Eastern time" and "European hours" (with the area each lies
in), read off the time-zone database itself."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

OFFSET = re.compile(r"\b(?:utc|gmt)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\b", re.IGNORECASE)
# Words that, before "time", "hours" or "time zone", name a zone: where each lies (an area, as in regions.yaml).
ADJECTIVES = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "atlantic": "America/Halifax",
    "alaska": "America/Anchorage",
    "alaskan": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "hawaiian": "Pacific/Honolulu",
    "european": "Europe/",
    "central european": "Europe/Berlin",
    "eastern european": "Europe/Helsinki",
    "western european": "Europe/Lisbon",
    "greenwich": "Europe/London",
    "british": "Europe/London",
    "irish": "Europe/Dublin",
    "american": "US",
    "north american": "US CA MX",
    "south american": "BR AR CO CL PE EC UY",
    "latin american": "MX BR AR CO CL PE CR PA",
    "canadian": "CA",
    "brazilian": "America/Sao_Paulo",
    "mexican": "America/Mexico_City",
    "asian": "Asia/",
    "indian": "Asia/Kolkata",
    "gulf": "Asia/Dubai",
    "arabian": "Asia/Riyadh",
    "african": "Africa/",
    "australian": "Australia/",
    "nordic": "SE NO DK FI IS",
    "scandinavian": "SE NO DK FI IS",
}


@cache
def abbreviations() -> frozenset[str]:
    """What the zones call themselves (CET, PST, AEST ...), read off the database in winter and summer."""
    found = {name for _, _, names in zone_table() for name in names if name.isalpha() and name.isupper()}
    return frozenset({a for a in found if len(a) >= 2} | {"UTC", "GMT", "CET", "EET", "WET", "PT", "ET", "CT", "MT"})


@cache
def zone_table() -> tuple[tuple[str, str, frozenset[str]], ...]:
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

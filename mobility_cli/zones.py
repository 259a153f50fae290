"""Time-zone names and working hours: what is valid, and what a person probably meant.

Zone names come from the IANA database as Python sees it (`zoneinfo`, with the `tzdata` package so every
machine knows the same zones); the database's own link lines (`Asia/Calcutta` is a link to `Asia/Kolkata`)
let suggestions name the current zone. Used by validation and by every command that takes a zone, so
`validate` accepts exactly what the commands can use.
"""

from __future__ import annotations

import re
from functools import cache

from mobility_cli.suggest import close_names

_HOURS = re.compile(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)")
DAY = 24 * 60


@cache
def zone_names() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


@cache
def links() -> dict[str, str]:
    """Old names of zones, to the name the database uses now."""
    try:
        from importlib.resources import files

        text = files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text(encoding="utf-8")
    except (ImportError, OSError):  # pragma: no cover - tzdata is a dependency; the system database has no .zi
        return {}
    found = {}
    for line in text.splitlines():
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                found[parts[2]] = parts[1]
    return found


def is_zone(name: str) -> bool:
    return name in zone_names()


def _current(name: str) -> str:
    return links().get(name, name)


def zone_suggestions(name: str, n: int = 3) -> tuple[str, ...]:
    """Zones a person probably meant: the same name in other case, a city (`Lagos`, `new york`), or a close
    spelling (`Asia/Calcuta`); always by the database's current name."""
    wanted = name.strip().replace(" ", "_")
    lower = wanted.lower()
    names = zone_names()
    exact = [z for z in names if z.lower() == lower]
    if exact:
        return tuple(dict.fromkeys(_current(z) for z in exact))[:n]
    by_city = sorted(z for z in names if "/" in z and z.rsplit("/", 1)[1].lower() == lower)
    if by_city:
        return tuple(dict.fromkeys(_current(z) for z in by_city))[:n]
    close = close_names(wanted, sorted(names), n=n)
    cities = {z.rsplit("/", 1)[1]: z for z in sorted(names) if "/" in z}
    close_cities = close_names(wanted.rsplit("/", 1)[-1], list(cities), n=n)
    return tuple(dict.fromkeys(_current(z) for z in [*close, *(cities[c] for c in close_cities)]))[:n]


def typed_zone(name: str) -> str | None:
    """The zone a person typed, forgiving what is unambiguous: the exact name, the name in other case
    (`europe/berlin`), or a city only one zone is named after (`London`, `new york`); None otherwise."""
    wanted = name.strip()
    if is_zone(wanted):
        return wanted
    lower = wanted.replace(" ", "_").lower()
    found = {_current(z) for z in zone_names() if z.lower() == lower}
    if not found:
        found = {_current(z) for z in zone_names() if "/" in z and z.rsplit("/", 1)[1].lower() == lower}
    return found.pop() if len(found) == 1 else None


def zone_hint(name: str) -> str:
    close = zone_suggestions(name)
    if close:
        return "did you mean " + " or ".join(f'"{z}"' for z in close) + "?"
    return "use an IANA time zone name, such as Europe/Berlin or America/New_York"


def hours_span(text: str) -> tuple[int, int] | str:
    """`HH:MM-HH:MM` as (start minute, length in minutes), an overnight span running past midnight; or why
    the text is not a span of working hours."""
    match = _HOURS.fullmatch(text.strip())
    if not match:
        return 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00"'
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h2 == 24 and m2:
        return "the day ends at 24:00 at the latest"
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start == end:
        return "the span starts and ends at the same time: give when the working day ends"
    return start, (end - start) % DAY or DAY

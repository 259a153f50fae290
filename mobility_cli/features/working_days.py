"""Whether a day is a working day for someone, from their time zone alone: the zone's country (tzdata's
zone.tab: Europe/Berlin is Germany), that country's weekend and public holidays (the `holidays` library, with
Friday-Saturday weekends where a country has them). A zone with no country (Etc/UTC) keeps Saturday and Sunday
as its weekend and has no holidays: "where known" means exactly what the data knows."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any


@cache
def _countries() -> dict[str, str]:
    from importlib.resources import files

    try:
        text = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ImportError, OSError):  # pragma: no cover - tzdata is a dependency
        return {}
    found = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#"):
            found[parts[2]] = parts[0]
    return found


def country_of(zone_name: str) -> str | None:
    """The ISO 3166 code of the country a zone belongs to, through the database's old names as well."""
    from mobility_cli.zones import links

    return _countries().get(zone_name) or _countries().get(links().get(zone_name, zone_name))


@cache
def _calendar(country: str) -> Any:
    import holidays

    try:
        return holidays.country_holidays(country)
    except NotImplementedError:  # a country the library does not cover
        return None


def day_off(zone_name: str, day: date) -> str | None:
    """Why `day` is not a working day where the zone is (a weekend day, or the holiday's name), or None."""
    country = country_of(zone_name)
    calendar = _calendar(country) if country else None
    weekend = getattr(calendar, "weekend", None) or {5, 6}
    if day.weekday() in weekend:
        return day.strftime("%A")
    name = calendar.get(day) if calendar is not None else None
    return f"{name} ({country})" if name else None

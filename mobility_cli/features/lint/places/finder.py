"""Where a text names a place *as a place*: a name of names.py counts only where the words around it make it
one, since many places are also words and names ("Reading", "Mobile", "Nice", "Spring", "Julia").

- A zone counts anywhere: CET, UTC+2, "Central time", "European hours", "London time", "your time zone".
- A region or metropolitan area (regions.yaml) counts anywhere: EMEA, Bay Area, Nordics, NCR, the Randstad.
- A country, state or city must be capitalised and stand in a location context: after "in", "from", "across",
  "within", "between", "at"; after "near", "based in", "living in", "residents of", "commuting distance of";
  before "-based", "area", "region", "office", "residents", "candidates"; in a location field; or right beside
  the word that prefers it ("Leeds preferred", "ideally Lisbon").
- A city whose name is also an ordinary word ("Reading", "Split", "March") needs the strong contexts only
  (near, based in, living in, -based, area ...), never a bare "in".
- None counts as a market, a skill or a language: "customers in APAC", "experience in Texas schools", "US
  GAAP", "UK English", "EMEA team", "a Berlin-based startup", "meet twice a year in Lisbon"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from mobility_cli.features.lint.places import vocabulary as v
from mobility_cli.features.lint.places.gazetteer import ordinary
from mobility_cli.features.lint.places.names import COUNTRY, LONGEST, REGION, Entry, first_words, lookup
from mobility_cli.features.lint.places.words import Spans, Word, capitalised, fold, words
from mobility_cli.features.lint.places.zones import ADJECTIVES, OFFSET, abbreviations

ZONE = "zone"
_CITY_BEFORE = v.PREPOSITIONS | v.NEAR | v.LIST_HEADS | {"of", "to", "only"}
_CITY_AFTER = v.AFTER_STRONG | v.AFTER_WEAK | v.ZONE_WORDS
_LINKS = v.PREPOSITIONS | v.NEAR | {"of", "to", "into"}  # what links a name to the market or skill before it


class Place(NamedTuple):
    """A place a text names: where (offsets in the text), as written, its kind, and whether the text makes it
    a limit ("UK only", "only in Texas", "Texas residents only")."""

    start: int
    end: int
    name: str
    kind: str
    only: bool = False


def places_in(text: str, field: bool = False, markers: Spans | Sequence[tuple[int, int]] = ()) -> Iterator[Place]:
    """Every place the text names where it reads as one, in order (a location field: every place it names;
    `markers`: the spans of the words that prefer or require, beside which a name needs no other context)."""
    for offset in OFFSET.finditer(text):
        yield Place(offset.start(), offset.end(), offset.group(0), ZONE)
    found = words(text)
    upper = text.isupper()
    near = markers if isinstance(markers, Spans) else Spans(markers)
    index = 0
    while index < len(found):
        place, index = _place_at(text, found, index, upper, field, near)
        if place is not None:
            yield place


def _place_at(
    text: str, found: list[Word], i: int, upper: bool, field: bool, markers: Spans
) -> tuple[Place | None, int]:
    """The place that starts at word i, if any, and the word after it."""
    word = found[i]
    if word.raw.rstrip(".") in abbreviations():
        kept = not _not_a_place(found, i, i + 1)
        return (Place(word.start, word.end, word.raw.rstrip("."), ZONE) if kept else None), i + 1
    zone = _zone_at(found, i)
    if zone is not None:
        return (None if zone[0] is None or _not_a_place(found, i, i + 1) else zone[0]), zone[1]
    capital = upper or field or capitalised(word)
    named = _name_at(found, i, capital, capital and (field or _may_be_a_city(text, found, i, markers)))
    if named is None:
        return None, i + 1
    end, entry, suffix = named
    first, last = found[i], found[end - 1]
    name = text[first.start : last.end - (len(suffix) + 1 if suffix else 0)].rstrip(".")
    if suffix == "only":
        return Place(first.start, last.end, name, entry.kind, True), end
    if end < len(found) and _zone_word(found, end) and (entry.kind == REGION or not ordinary(fold(name))):
        return Place(first.start, last.end, name, ZONE), end
    if _not_a_place(found, i, end) or not (suffix or _counts(text, found, i, end, entry, upper, field, markers)):
        return None, end
    return Place(first.start, last.end, name, entry.kind, _limited(found, i, end)), end


def _name_at(found: list[Word], i: int, capital: bool, city: bool) -> tuple[int, Entry, str] | None:
    """The longest name starting at word i: (the word after it, what it is, the suffix of "Berlin-based"). A
    word in lower case can only start a region ("bay area", "nordics"). GeoNames' cities are looked up only
    where the words around could make one a place (`city`), and only for a name longer than a region or a
    country found there ("Ho Chi Minh City" over the province), so most posts never load them."""
    best = _longest(found, i, capital, 0, cities=False)
    if city and capital and (best is None or best[1].kind not in (REGION, COUNTRY)):
        best = _longest(found, i, capital, best[0] - i if best else 0, cities=True) or best
    return best


def _longest(found: list[Word], i: int, capital: bool, shorter: int, cities: bool) -> tuple[int, Entry, str] | None:
    """The longest name of more than `shorter` words starting at word i, its last word perhaps suffixed
    ("Bay Area-based", "Greater Manchester-based")."""
    starts = first_words("cities" if cities else "all" if capital else "regions")
    if found[i].key not in starts and found[i].key.rpartition("-")[0] not in starts:
        return None
    for size in range(min(LONGEST, len(found) - i), shorter, -1):
        span = found[i : i + size]
        head, _, suffix = span[-1].key.rpartition("-")
        for key, end in ((" ".join(w.key for w in span), ""), (" ".join([*(w.key for w in span[:-1]), head]), suffix)):
            entry = lookup(key, cities) if key and (not end or (head and end in v.HYPHEN_SUFFIXES)) else None
            if entry is not None and (capital or entry.kind == REGION) and _written_right(span, entry, end):
                return i + size, entry, end
    return None


def _may_be_a_city(text: str, found: list[Word], i: int, markers: Spans) -> bool:
    """Whether the words around word i could make a city of it: a preposition before it, a hyphen in it, a
    place word after it, or a word that prefers right beside it."""
    p = _before(found, i)
    if (p >= 0 and found[p].key in _CITY_BEFORE) or "-" in found[i].key:
        return True
    if i + 1 < len(found) and found[i + 1].key in _CITY_AFTER:
        return True
    return _beside(text, found[i].start, found[i].end, markers, names=True)


def _written_right(span: list[Word], entry: Entry, suffix: str = "") -> bool:
    raws = [w.raw for w in span[:-1]] + [span[-1].raw.rsplit("-", 1)[0] if suffix else span[-1].raw]
    return not entry.capitals or all(raw.replace(".", "").isupper() for raw in raws)


def _zone_at(found: list[Word], i: int) -> tuple[Place | None, int] | None:
    """A zone said in words: an adjective before a zone word ("Central European time", "Pacific hours",
    "Eastern or Central time"), or a time zone itself ("your time zone"), not one of many ("across time
    zones")."""
    word = found[i]
    for size in (2, 1):
        key = " ".join(w.key for w in found[i : i + size])
        after = i + size
        if key in ADJECTIVES and after < len(found) and found[after].key in {"or", "and"}:
            after += 2 if after + 1 < len(found) and found[after + 1].key in ADJECTIVES else 0
        if key in ADJECTIVES and after < len(found) and _zone_word(found, after):
            name = " ".join(w.raw for w in found[i : i + size])
            return Place(word.start, found[i + size - 1].end, name, ZONE), after
    if word.key in v.TIME_ZONE or (word.key == "time" and i + 1 < len(found) and found[i + 1].key in v.ZONES):
        many = any(w.key in v.MANY for w in found[max(i - 2, 0) : i])
        end = i + 1 if word.key in v.TIME_ZONE else i + 2
        return (None if many else Place(word.start, found[end - 1].end, "time zone", ZONE)), end
    return None


def _zone_word(found: list[Word], j: int) -> bool:
    """Whether word j says that what comes before it is a zone: time, hours, time zone ("business hours")."""
    key = found[j].key
    if key in v.ZONE_WORDS:
        return True
    return key in v.HOURS_KINDS and j + 1 < len(found) and found[j + 1].key in {"hours", "time"}


def _before(found: list[Word], i: int, skip: frozenset[str] = v.DETERMINERS) -> int:
    """The index of the word before word i, over determiners ("in the UK", "near our Leeds office")."""
    i -= 1
    while i >= 0 and found[i].key in skip:
        i -= 1
    return i


def _counts(
    text: str,
    found: list[Word],
    i: int,
    end: int,
    entry: Entry,
    upper: bool,
    field: bool,
    markers: Spans,
) -> bool:
    """Whether a name found at words i..end counts as a place here (see the module's rules)."""
    if entry.kind == REGION or field:
        return True
    if not (upper or capitalised(found[i])):
        return False
    if _strong(found, i, end):
        return True
    if ordinary(" ".join(w.key for w in found[i:end])):
        return False
    return _weak(found, i, end) or _beside(text, found[i].start, found[end - 1].end, markers)


def _strong(found: list[Word], i: int, end: int) -> bool:
    """near X, based in X, residents of X, commuting distance of X, close to X; X area, X residents, X office."""
    if end < len(found) and found[end].key in v.AFTER_STRONG:
        return True
    p = _before(found, i)
    if p < 0:
        return False
    prev, q = found[p].key, _before(found, p, v.ADVERBS)
    earlier = found[q].key if q >= 0 else ""
    return (
        prev in v.NEAR
        or (prev in {"in", "within", "out", "inside"} and earlier in v.RESIDENCE)
        or (prev == "of" and earlier in v.DISTANCE)
        or (prev == "to" and earlier in v.TOWARDS)
    )


def _weak(found: list[Word], i: int, end: int) -> bool:
    """in X, from X, across X, between X ...; X candidates, X folks."""
    if end < len(found) and found[end].key in v.AFTER_WEAK:
        return True
    p = _before(found, i)
    return p >= 0 and (found[p].key in v.PREPOSITIONS or found[p].key in v.LIST_HEADS)


def _beside(text: str, start: int, end: int, markers: Spans, names: bool = False) -> bool:
    """Right beside a word that prefers: "Leeds preferred", "ideally Lisbon", "Pune (strongly preferred)"
    (`names`: other capitalised words may stand between, the rest of a name of several words)."""
    for left, right in markers.near(start, end, 40):
        gap = text[end:left] if 0 <= left - end < 40 else text[right:start] if 0 <= start - right < 40 else "x"
        quiet = gap != "x" and not any(c.isdigit() for c in gap)
        if quiet and all(w.key in v.FILLER or (names and capitalised(w)) for w in words(gap)):
            return True
    return False


def _not_a_place(found: list[Word], i: int, end: int) -> bool:
    """A market, a skill, a language, a company or a meeting: "EMEA customers", "US GAAP", "UK English", "a
    Berlin-based startup", "experience in Texas schools", "customers in APAC", "twice a year in Lisbon"."""
    if end < len(found) and found[end].key in v.NOT_PLACE_NEXT:
        return True
    p = _before(found, i)
    if p >= 0 and found[p].key in v.NOT_PLACE_BEFORE:  # "spans PST to CET", "EMEA customers"
        return True
    if p < 0 or found[p].key not in _LINKS:
        return False
    if any(w.key in v.WE for w in found[max(p - 2, 0) : p]):
        return True
    return any(w.key in v.NOT_PLACE_BEFORE for w in found[max(p - 3, 0) : p])


def _limited(found: list[Word], i: int, end: int) -> bool:
    """ "UK only", "Texas residents only", "only in Texas", "only UK applicants"."""
    after = [w.key for w in found[end : end + 2]]
    if after[:1] == ["only"] or (after[:1] and after[0] in v.AFTER_ONLY and after[1:] == ["only"]):
        return True
    p = _before(found, i)
    return p >= 0 and (
        found[p].key == "only" or (p >= 1 and found[p].key in v.PREPOSITIONS and found[p - 1].key == "only")
    )

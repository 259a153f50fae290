"""Quantities of time in a text and what each counts: time someone served, an age, a graduation year, the
company's history, a benefit earned by service, how long something is kept, or another duration.

Rules need *what* a number of years measures, not whether one is there: "5+ years of Go" is time served, "eight
years old" an age, "for 35 years" after "we have moved freight" the company's history. The text is cut into words
once (quantity_words.py); each expression is read from its words (digits, number words, ranges, bounds, units,
"since 2019", "class of 2024", "aged 21 to 30", "seasoned") and the words around it in its clause decide what it
counts (quantity_kinds.py). Every look is bounded, so the time is linear in the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from mobility_cli.features.reading import quantity_words as lex
from mobility_cli.features.reading.quantity_kinds import holder, kind_of, since_kind
from mobility_cli.features.reading.quantity_words import Words, cut

KINDS = ("experience", "age", "graduation", "company", "service", "retention", "duration")


@dataclass(frozen=True, slots=True)
class Quantity:
    """`kind`: one of KINDS. `low`/`high` in years where known ("3-5 years" 3 and 5, "18 months" 1.5, "under 30"
    None and 30); `start`/`end`: the offsets of `text`, the whole expression, in the text read."""

    start: int
    end: int
    kind: str
    low: float | None
    high: float | None
    text: str


_Hit = tuple[int, int, str, float | None, float | None]  # first word, the word after, kind, low, high
_Amount = tuple[float | None, float | None, str, int]  # low, high, the bound written after, the word after


def _bounded(low: float | None, high: float | None, bounds: set[str]) -> tuple[float | None, float | None]:
    """ "at least 3" leaves the top open, "no more than 2" the bottom."""
    return (None if "high" in bounds else low), (None if "low" in bounds else high)


def _direction(words: list[str]) -> str:
    """Which way the words before a number bound it, a negation turning it round: "not more than", "under the
    age of", "must not be older than"."""
    found = ""
    for word in words:
        found = "high" if word in lex.UPPER else "low" if word in lex.LOWER else found
    if found and {"not", "no", "never"} & set(words):
        found = "low" if found == "high" else "high"
    return found


def _duration(w: Words, i: int) -> _Hit | None:
    """A number of years, months or decades from word i: "at least five years", "3-5 yrs", "18 months", "a
    decade or more", "one (1) year", "eighteen months or eight years", "a year or two", "a five-year plan"."""
    if lex.number(w, i) is None:
        return None
    before, start = lex.bound_at(w, i, lex.BEFORE, True) or ("", i)
    if before in ("low", "high"):
        before = _direction(w.words[max(start - 2, 0) : i])  # "must not be more than 40"
    amount = lex.amount(w, i, before == "between")
    if amount is None:
        return None
    low, high, after, j = amount
    hyphen = w.at(j) == "-"
    unit = lex.unit(w, j + hyphen)
    if unit is None:
        return _bare_age(w, start, i, amount, before)
    factor, j = unit
    low, high = lex.scaled(low, factor), lex.scaled(high, factor)
    if w.phrase(j, 3) == "and a half" and low is not None and high is not None:
        low, high, j = low + factor / 2, high + factor / 2, j + 3
    after, j = lex.bound_at(w, j, lex.AFTER, False) or (after, j)
    more = lex.amount(w, j + 1, False) if w.at(j) in ("or", "to", "-", "–") else None
    if more is not None and more[1] is not None:
        second = lex.unit(w, more[3])
        if second is not None or (w.at(j) == "or" and _ends(w.at(more[3]))):
            high, j = lex.scaled(more[1], second[0] if second else factor), second[1] if second else more[3]
    low, high = _bounded(low, high, {before, after})
    return start, j, kind_of(w, start, j, hyphen, high if high is not None else low), low, high


def _ends(word: str) -> bool:
    """Whether a number can end here ("a year or two living in ...", "a year or two."): no noun follows."""
    return word in lex.STOP or word in lex.AGE_END or not word or (word.endswith("ing") and word not in lex.NOT_DOING)


def _bare_age(w: Words, start: int, i: int, amount: _Amount, before: str) -> _Hit | None:
    """A number with no unit that is an age: "not older than 35", "must be under 30", "18 or older", "18+"."""
    low, high, after, j = amount
    value = high if high is not None else low
    if value is None or not 14 <= value <= 99 or not (before or after):
        return None
    if j < len(w.words) and w.at(j) not in lex.AGE_END and not w.at(j).startswith("who"):
        return None  # "over 18 shippers": a number of something
    said = " ".join(w.words[start:j])
    asked = holder(w, start) in ("candidate", "future") or {"be", "aged", "are", "being"} & set(w.before(start, 3))
    if "older" not in said and "younger" not in said and not asked and not lex.CANDIDATE & set(w.before(start)):
        return None
    low, high = _bounded(low, high, {before, after})
    return start, j, "age", low, high


def _since(w: Words, i: int) -> _Hit | None:
    """ "since 2020 or earlier", "since at least 2019": time served, or the company's history."""
    j = i + 1 + 2 * (w.phrase(i + 1, 2) == "at least") + (w.at(i + 1) == "before")
    if not _is_year(w.at(j)):
        return None
    j += 1
    for tail in ("or earlier", "or before", "at the latest", "at latest", "at least"):
        j += len(tail.split()) if w.phrase(j, len(tail.split())) == tail else 0
    return i, j, since_kind(w, i, j), None, None


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099


_CLASS = {"class of": "graduation", "batch of": "graduation", "batch": "graduation", "born": "age", "birth": "age"}
_CLASS |= {w: "graduation" for w in ("graduated", "graduating", "graduation", "passing", "passed", "pass", "graduates")}
_CLASS |= {"graduates of": "graduation", "grads of": "graduation", "alumni of": "graduation"}
_CLASS |= {w: "company" for w in ("founded", "established", "est", "incorporated")}
_YEARS_TAIL = ("or later", "or after", "onwards", "onward", "and later", "and after", "or earlier", "or before", "+")


def _years_listed(w: Words, i: int) -> _Hit | None:
    """Calendar years that say an age, a graduation or a founding: "class of 2024", "2023/2024 pass-outs",
    "graduated in 2022 or later", "born after 1995", "founded in 1989". A year alone is none of these."""
    j = i + 1
    while w.at(j) in (",", "/", "-", "–", "or", "and", "&", "to") and _is_year(w.at(j + 1)):
        j += 2
    for tail in _YEARS_TAIL:
        j += len(tail.split()) if w.phrase(j, len(tail.split())) == tail else 0
    start, kind = i, None
    for k in range(i - 1, max(i - 5, -1), -1):
        cue = w.phrase(k, 2) if w.phrase(k, 2) in _CLASS else w.words[k]
        if w.clause[k] == w.clause[i] and cue in _CLASS:
            start, kind = k, _CLASS[cue]
            break
    cue = w.at(j + 2) if w.phrase(j, 2) == "pass -" else w.at(j)
    if kind is None and (cue in lex.GRADUATION or cue in ("pass", "batch", "graduate")):
        kind, j = "graduation", j + 1 + 2 * (w.phrase(j, 2) == "pass -")
    if lex.AUDIENCE & set(w.after(j, 4)) or w.at(start - 1) in ("their", "its", "our", "school's"):
        return None  # "helping schools set up their class of 2027 cohorts": someone else's year group
    if kind == "age" and (lex.THINGS | lex.WE) & set(w.before(start)) and not lex.PERSON & set(w.before(start)):
        kind = "company"  # "the company was born in 2015"
    return (start, j, kind, None, None) if kind else None


def _age_words(w: Words, i: int) -> _Hit | None:
    """ "aged 21 to 30", "age: 25-35", "age limit 30", "under the age of 30", "between the ages of 25 and 35"."""
    if w.words[i] not in ("aged", "age", "ages"):
        return None
    j, fillers = i + 1, list[str]()
    while w.at(j) in lex.AGE_FILLER and len(fillers) < 4:
        fillers, j = [*fillers, w.at(j)], j + 1
    amount = lex.amount(w, j, True)
    if amount is None or amount[0] is None or not 14 <= amount[0] <= 99:
        return None
    low, high, after, j = amount
    unit = lex.unit(w, j)
    j = unit[1] + (w.at(unit[1]) == "old") + 2 * (w.phrase(unit[1], 2) == "of age") if unit else j
    start = i - 2 if w.at(i - 1) == "the" and w.at(i - 2) in ("under", "over", "above", "below", "between") else i
    start -= w.at(start - 1) in ("maximum", "minimum", "max", "min", "upper", "lower")
    low, high = _bounded(low, high, {_direction([*w.words[start:i], *fillers]), after})
    audience = lex.AUDIENCE & set(w.before(start, 4)) or w.at(start - 1) == "for"  # "learners aged 14", "for ages 14+"
    return start, j, "company" if audience else "age", low, high


def _in_decade(w: Words, i: int) -> _Hit | None:
    """ "in your twenties", "in their early 30s": an age."""
    if w.words[i] != "in" or w.at(i + 1) not in ("your", "their", "his", "her"):
        return None
    j = i + 2 + (w.at(i + 2) in ("early", "mid", "late"))
    j += w.at(j) == "-"
    word = w.at(j)
    if word in lex.AGE_DECADES:
        decade = 20 + 10 * ["twenties", "thirties", "forties", "fifties", "sixties"].index(word)
        return i, j + 1, "age", float(decade), float(decade + 9)
    tail = j + 1 + (w.at(j + 1) == "'")
    if word in ("20", "30", "40", "50", "60") and w.at(tail) == "s":
        return i, tail + 1, "age", float(word), float(word) + 9
    return None


_BIRTH = ("dob", "date of birth", "year of birth", "birth date", "birthdate", "d . o . b")


def _birth(w: Words, i: int) -> _Hit | None:
    """ "DOB", "date of birth", "year of birth", "birth date": an age asked for."""
    n = next((len(said.split()) for said in _BIRTH if w.phrase(i, len(said.split())) == said), 0)
    return (i, i + n, "age", None, None) if n else None


def _tenure_word(w: Words, i: int) -> _Hit | None:
    """ "seasoned", "a veteran engineer": tenure said without a number; a seasoned team is the company's."""
    word = w.words[i]
    veteran = word == "veteran" and w.at(i - 1) in ("a", "an") and w.at(i + 1) not in ("status", "-", "'", "owned")
    if word != "seasoned" and not veteran:
        return None
    theirs = w.at(i - 1) in ("alongside", "with", "among", "from", "by", "our", "the", "other", "of", "these", "its")
    return i, i + 1, "company" if theirs or holder(w, i) == "company" else "experience", None, None


_LOWEST = {"multi": 2.0, "multiyear": 2.0, "year": 1.0, "years": 2.0, "decade": 10.0, "decades": 20.0}


def _unnumbered(w: Words, i: int) -> _Hit | None:
    """Time without a number: "multi-year professional experience", "a decade-long career", "long experience",
    "years of hands-on experience", "years of building data platforms"."""
    word, j = w.words[i], i + 1
    if word in ("multi", "multiyear"):
        j += (w.at(j) == "-") + (word == "multi")
        if word == "multi" and w.at(j - 1) not in ("year", "years"):
            return None
    elif w.phrase(j, 2) == "- long" and word in ("year", "years", "decade", "decades"):
        j += 2
    elif word in ("long", "lengthy", "longstanding"):
        j += 2 * (w.phrase(j, 2) == "- standing")
        return (i, j + 1, "experience", None, None) if w.at(j) == "experience" else None
    elif word in ("years", "decades", "months") and w.at(j) in ("of", "'"):
        j += 1
        if w.at(j).endswith("ing") and w.at(j) not in lex.NOT_DOING:  # "years of building data platforms"
            return i, j + 1, "company" if holder(w, i) == "company" else "experience", None, None
        word = ""  # "years of ... experience" or nothing
    else:
        return None
    served = next((k for k, x in enumerate(w.after(j, 4)) if x in lex.EXPERIENCE), None)
    low = _LOWEST.get(word)
    if served is None:
        return (i, j, "duration", low, None) if word else None
    return i, j + served + 1, "company" if holder(w, i) == "company" else "experience", low, None


_Reader = Callable[[Words, int], _Hit | None]
# Which readers can start at a word: one dictionary look per word, so common words cost nothing.
_READERS: dict[str, tuple[_Reader, ...]] = {
    **{word: (_duration,) for word in (*lex.VALUE, *lex.VAGUE, "a", "an", "half")},
    **{word: (_unnumbered,) for word in ("multi", "multiyear", "years", "decade", "decades", "months", "long")},
    **{word: (_unnumbered,) for word in ("lengthy", "longstanding")},
    **{word: (_birth,) for word in ("dob", "date", "birth", "birthdate", "d")},
    **{word: (_age_words,) for word in ("aged", "age", "ages")},
    "year": (_birth, _unnumbered),
    "since": (_since,),
    "in": (_in_decade,),
    "seasoned": (_tenure_word,),
    "veteran": (_tenure_word,),
}
_NUMERALS: dict[bool, tuple[_Reader, ...]] = {True: (_years_listed,), False: (_duration,)}  # by: is it a year?


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[Quantity, ...]:
    w = cut(text)
    found: list[Quantity] = []
    i = 0
    while i < len(w.words):
        word = w.words[i]
        readers = _READERS.get(word, ()) if not word[:1].isdigit() else _NUMERALS[_is_year(word)]
        hit = next((h for h in (read(w, i) for read in readers) if h is not None), None)
        if hit is None or hit[1] <= i:
            i += 1
            continue
        start, end, kind, low, high = hit
        first, last = w.starts[start], w.ends[end - 1]
        found.append(Quantity(first, last, kind, low, high, text[first:last]))
        i = end
    return tuple(found)


# Every quantity holds a digit or one of these: a text without any is not cut into words at all. Tested as
# substrings of the lower-cased text (each a scan in C), not as one pattern tried at every position.
_DIGIT = re.compile(r"\d")
_MAY_HOLD = frozenset(
    ("year", "yr", "month", "decade", "age", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")
) | frozenset(("teen", "dob", "birth", "d.o.b", "seasoned", "veteran", "multi", "experience", "yoe"))


def read_quantities(text: str) -> list[Quantity]:
    """Every quantity of time in the text, in order, each with what it counts (Quantity.kind)."""
    return list(_quantities(text))


@lru_cache(maxsize=65536)  # passages recur across a program's posts
def _quantities(text: str) -> tuple[Quantity, ...]:
    if _DIGIT.search(text) is None:
        lowered = text.lower()
        if not any(word in lowered for word in _MAY_HOLD):
            return ()
    return tuple(_read(text))

"""The words of a text as the place tables key them: one folded form for "São Paulo" and "Sao Paulo", "Łódź"
and "Lodz", "U.S." and "US", so a name is found however a post spells its accents, with the offsets of the
words in the text as written."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import NamedTuple

# A word: letters, with apostrophes, hyphens and inner dots ("you're", "Cluj-Napoca", "U.S."); the separators
# are never letters, so the pattern cannot backtrack.
_WORD = re.compile(r"[^\W\d_]+(?:['’.‐‑-][^\W\d_]+)*\.?")
# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "’": "'",
        "‐": "-",
        "‑": "-",
        ".": "",
    }
)


class Word(NamedTuple):
    """A word of a text: where it starts and ends, as written, and folded (the tables' key)."""

    start: int
    end: int
    raw: str
    key: str


def fold(text: str) -> str:
    """Lower case, without accents or dots: the form names are compared in."""
    if text.isascii():
        return (text.replace(".", "") if "." in text else text).lower()
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[Word]:
    """The text's words, in order."""
    return [Word(m.start(), m.end(), m.group(0), fold(m.group(0))) for m in _WORD.finditer(text)]


def key_of(name: str) -> str:
    """A name's key: its folded words joined by single spaces ("St. Louis" -> "st louis"). Most names are
    plain letters, spaces and hyphens, folded at once (a gazetteer's 80,000 names load in a tenth of the time)."""
    folded = fold(name)
    if _PLAIN.fullmatch(folded):
        return " ".join(folded.split())
    return " ".join(word.key for word in words(name))


_PLAIN = re.compile(r"\s*[a-z]+(?:(?:\s+|['-])[a-z]+)*\s*")


def capitalised(word: Word) -> bool:
    return word.raw[:1].isupper()


class Spans:
    """Spans of a text (the words that prefer or require), sorted, so that those near a place are found in
    logarithmic time: a text full of both is still read in linear time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def near(self, start: int, end: int, distance: int) -> list[tuple[int, int]]:
        """The spans that end at most `distance` before `start` or begin at most `distance` after `end`."""
        low = bisect_left(self.starts, start - distance - 200)  # no span is 200 characters long
        high = bisect_right(self.starts, end + distance)
        return [s for s in self.spans[low:high] if start - s[1] <= distance and s[0] - end <= distance]

    def __bool__(self) -> bool:
        return bool(self.spans)

"""One normal form of a post's words, so that a rule matches a concept however it was typed: "Gen-Z", "gen z" and
"GEN Z"; "driver’s licence" and "driver's licence"; "B. Tech" and "b.tech"; "Sr." and "senior".

`normal_form(text).text` is the text lower-cased, with typographic quotes made ASCII, every dash between two
words (or a word and a number) and every run of whitespace made one space, soft hyphens and zero-width
characters dropped, dotted abbreviations closed up and a few abbreviations spelled out (`ABBREVIATIONS`).
`.original(i)` maps an index of that text back to the text as written, so a rule reports its finding at the
column where the words were written. Linear and mostly in C: `str.lower`/`str.translate` make the one-for-one
changes, `str.find` finds the few places that may change otherwise (a dash, a full stop, two spaces, an
abbreviation), and Python looks only at those. `rough_words` is the quick test before all that: the words a
text may hold, a superset of the normal form's, split in C.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# Abbreviations spelled out, with or without their dot ("Sr. Engineer", "Jr Analyst", "5 yrs."). Only words
# that mean the same everywhere a post uses them: "min." (minimum? minutes?) is not one.
ABBREVIATIONS: dict[str, str] = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "yrs": "years",
    "yr": "year",
    "mgr": "manager",
    "dept": "department",
    "approx": "approximately",
}
# The words that follow a spaced initial in a qualification ("B. Tech", "M. Sc", "B. E."): only these close up,
# so "Plan B. Then" stays two words.
INITIAL_TAILS = frozenset({"tech", "sc", "com", "e", "a", "ed", "arch", "des", "pharm", "s", "lit", "phil", "eng"})

_ONE_FOR_ONE = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),  # typographic apostrophes and quotes
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),  # dashes
    **dict.fromkeys("\t\n\r\v\f\u00a0\u1680\u2028\u2029\u202f\u205f\u3000", " "),  # whitespace
    **dict.fromkeys([chr(c) for c in range(0x2000, 0x200B)], " "),
}
_TRANSLATION = str.maketrans(_ONE_FOR_ONE)
_LETTER = r"[^\W\d_]"
_DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters
_APART = rf"(?![\w'{_DROPPED}])"  # the end of a word: nothing that would go on with it
_DOTTED = re.compile(rf"{_LETTER}{{1,2}}(?:\.{_LETTER}{{1,4}}{_APART})+(?:\.{_APART})?")  # b.e. / m.sc / ph.d.
_INITIAL = re.compile(rf"{_LETTER}\. ({_LETTER}{{1,4}}){_APART}(?:\.{_APART})?")  # B. Tech
Piece = tuple[int, int, tuple[int, ...] | None]  # (start in text, start in source, per-character sources)
Change = tuple[int, int, str, tuple[int, ...]]  # start, end, what is written, the source of each character


@dataclass(frozen=True, slots=True)
class Normalised:
    """A text in normal form and the way back: `pieces` are where the normal text stops being a plain copy of
    the source (None: a copy, shifted; a tuple: the source index of each character of a rewritten piece)."""

    text: str
    size: int  # the length of the text as written
    pieces: tuple[Piece, ...] = ()
    lowered: tuple[int, ...] | None = None  # where lower-casing changed lengths ("İ"): source of each char

    def original(self, i: int) -> int:
        """The index, in the text as written, of the character at index `i` of `text` (`len(text)`: the end)."""
        if i >= len(self.text):
            return self.size
        found = i
        if self.pieces:
            start, source, chars = self.pieces[bisect_right(self.pieces, (i, 1 << 62)) - 1]
            found = chars[i - start] if chars is not None else source + i - start
        return self.lowered[found] if self.lowered is not None else found


def _lower(text: str) -> tuple[str, tuple[int, ...] | None]:
    """Lower case, typographic quotes ASCII, every dash "-" and every space " " (one character for one, in C);
    the source of each character where lower-casing changed the length."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered.translate(_TRANSLATION), None
    chars, sources = [], []
    for index, char in enumerate(text):
        low = char.lower()
        chars.append(low)
        sources.extend([index] * len(low))
    return "".join(chars).translate(_TRANSLATION), tuple(sources)


def _word_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _glued_at(text: str, i: int) -> bool:
    """A character that goes on with the word beside it: a letter, an apostrophe, a dot, an invisible one."""
    return _word_at(text, i) or (0 <= i < len(text) and text[i] in "'." + _DROPPED)


def _dotted(text: str, dot: int) -> Change | None:
    """A dotted abbreviation through the dot at `dot`, closed up ("b.e." "be", "B. Tech" "btech"), or None."""
    start = dot
    while start > dot - 2 and start > 0 and text[start - 1].isalpha():
        start -= 1
    if start == dot or _glued_at(text, start - 1):
        return None  # no letters before the dot, or more than two: an ordinary full stop
    match = _DOTTED.match(text, start) or _INITIAL.match(text, start)
    if match is None or (match.re is _INITIAL and match.group(1) not in INITIAL_TAILS):
        return None  # "plan b. then": not a qualification
    letters = tuple(k for k in range(start, match.end()) if text[k] not in ". ")
    return start, match.end(), "".join(text[k] for k in letters), letters


def _found(text: str, needle: str) -> Iterator[int]:
    """Every place of `needle` in `text`, found in C (a regular expression would stop at every space)."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + len(needle))


def _run(text: str, start: int, char: str) -> int:
    end = start + 1
    while end < len(text) and text[end] == char:
        end += 1
    return end


def _dash(text: str, start: int) -> Change | None:
    end = _run(text, start, "-")
    if not (_word_at(text, start - 1) and _word_at(text, end)):
        return None
    if text[start - 1].isdigit() and text[end].isdigit():  # a range of numbers: "25–35" -> "25-35"
        return (start, end, "-", (start,)) if end - start > 1 else None
    return start, end, " ", (start,)


def _abbreviation(text: str, start: int, word: str) -> Change | None:
    end = start + len(word)
    if _word_at(text, end) or text[end : end + 1] in ("'", *_DROPPED) or _glued_at(text, start - 1):
        return None  # "usr", "srinivas": not the abbreviation
    dotted = text[end : end + 1] == "." and text[end + 1 : end + 2] not in ("'", ".", *_DROPPED)
    return _spelled(text, start, end + 1 if dotted else end)


def _changes(text: str) -> list[Change]:
    """Every place that changes, in order: a handful of searches in C, and a step in Python for each place."""
    found: list[Change] = [(a, _run(text, a, " "), " ", (a,)) for a in _found(text, "  ") if text[a - 1 : a] != " "]
    found += [(a, a + 1, "", ()) for char in _DROPPED if char in text for a in _found(text, char)]
    found += [c for a in _found(text, "-") if (a == 0 or text[a - 1] != "-") and (c := _dash(text, a))]
    if "." in text:
        found += [c for a in _found(text, ".") if (c := _dotted(text, a))]
    for word in ABBREVIATIONS:
        if word in text:
            found += [c for a in _found(text, word) if (c := _abbreviation(text, a, word))]
    return sorted(found)


def _spelled(text: str, start: int, end: int) -> Change:
    """An abbreviation spelled out ("sr." "senior")."""
    word = text[start:end].rstrip(".")
    spelled = ABBREVIATIONS[word]
    sources = tuple(start + min(k, len(word) - 1) for k in range(len(spelled)))
    if end < len(text) and text[end].isalpha():
        return start, end, spelled + " ", (*sources, end - 1)  # "sr.engineer": keep two words
    return start, end, spelled, sources


def _rewrite(text: str) -> tuple[str, tuple[Piece, ...]]:
    parts: list[str] = []
    pieces: list[Piece] = []
    done = length = 0
    for change in _changes(text):
        if change[0] < done:
            continue  # inside a change already made ("b.e." is one, not two)
        start, end, written, sources = change
        if start > done:
            parts.append(text[done:start])
            pieces.append((length, done, None))
            length += start - done
        parts.append(written)
        if written:
            pieces.append((length, start, sources))
        length += len(written)
        done = end
    if not parts:
        return text, ()
    parts.append(text[done:])
    pieces.append((length, done, None))
    return "".join(parts), tuple(pieces)


def normalise(text: str) -> Normalised:
    """`text` in the one normal form every rule reads words in (see the module's docstring), not kept: for a
    text read once, such as a whole post joined for a quick test."""
    lowered, sources = _lower(text)
    written, pieces = _rewrite(lowered)
    return Normalised(written, len(text), pieces, sources)


# `str.translate` tables for ASCII text, each character for one (so `translate` runs on its fast path): letters
# stay, every other character becomes a space (but a full stop, in `_DOTS`).
_SPLIT = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})
_DOTS = _SPLIT | {ord("."): "."}
_LONGEST = 32  # the longest abbreviation closed up that a quick test looks for
_APOSTROPHES = "\u2018\u2019\u201a\u201b\u2032\u00b4`"  # written "'" in normal form


def rough_words(text: str) -> list[str]:
    """Every word of `normal_form(text)`'s tokens (and a few more), found in C: the quick test of whether a word
    may be in a text, before the text is put in normal form. A full stop both splits and closes up ("b.e.",
    "B. Tech" are "be", "btech" in normal form); digits split (no word of letters holds one); a character outside
    ASCII splits too (so a word of ASCII letters is found whole, and only such a word should be looked for)."""
    lowered = text.lower()
    for char in _APOSTROPHES if not lowered.isascii() or "`" in lowered else ():
        lowered = lowered.replace(char, "'") if char in lowered else lowered
    for char in _DROPPED if not lowered.isascii() else ():
        lowered = lowered.replace(char, "") if char in lowered else lowered
    # an apostrophe inside a word goes ("don't"); two together part words, as they do in normal form
    lowered = lowered.replace("''", " ").replace("'", "").encode("ascii", "replace").decode("ascii")
    words = lowered.translate(_SPLIT).split()
    if "." in lowered:
        words += _closed_up(lowered.translate(_DOTS).split())
    if not _SPELLED.isdisjoint(words):
        words += [ABBREVIATIONS[word] for word in words if word in ABBREVIATIONS]
    return words


def _closed_up(pieces: list[str]) -> list[str]:
    """What a run of letters and full stops may close up to: each run of its parts from the first ("b.e.": "be";
    "o.c.d.": "oc", "ocd"), and a lone initial with the next word ("B. Tech": "btech")."""
    found = []
    for index, piece in enumerate(pieces):
        if "." not in piece:
            continue
        joined = ""
        for part in piece.split("."):
            joined = joined + part if part and len(joined) < _LONGEST else ""
            found += [joined] if joined else []
        if len(piece) == 2 and index + 1 < len(pieces):
            found.append(piece[0] + pieces[index + 1].split(".")[0])
    return found


_SPELLED = frozenset(ABBREVIATIONS)


@lru_cache(maxsize=4096)
def normal_form(text: str) -> Normalised:
    """`normalise(text)`, kept: the passages of a post are read by several rules."""
    return normalise(text)

"""Did-you-mean: the one way every message suggests a close name (a level, a track, a team, a field, a rule, a
zone).

A candidate is one thing with every name it goes by (a level: its id, TRACK/ID and its title), and is scored
by the name of it closest to what was typed, with any case and any of `-`, `_`, `/` or spaces between words.
Three scores, the best of them counting: the characters of the whole name (a typo, swapped letters), its words
in any order ("engineer senior"), and its words one by one (a word left out, "senior eng" for Senior
Engineer, a team named by one of its words). Each candidate is listed once, the closest first, and only those
nearly as close as the closest (behind it by no more than it is behind an exact match): a plausible few, not
the three least far.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

CUTOFF = 0.7  # the least score (0..1) a candidate needs to be suggested at all
WINDOW = (4, 10)  # how far behind the closest another may be: as far as the closest is from exact, within these
PREFIX = 90  # a word typed as the start of a longer one ("eng" for "engineer") counts nearly as the word
ONE_SLIP = 75  # the least score of two names one letter apart
SAME_WORD = 70  # the least score for two words to count as one word misspelt, not two different words
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


def _similar(a: str, b: str) -> float:
    """0 to 100: 100 less the share of edits that turn one into the other, a letter added, dropped, changed
    or two swapped each counting one (optimal string alignment); one slip is always plausible, however short
    the name (`ic9` for `ic3`)."""
    from rapidfuzz.distance import OSA

    similar = float(OSA.normalized_similarity(a, b)) * 100
    return max(similar, ONE_SLIP) if min(len(a), len(b)) >= 2 and OSA.distance(a, b, score_cutoff=1) == 1 else similar


class _Closeness:
    """How close each name is to what was typed, from 0 to 100 (word pairs scored once per question)."""

    def __init__(self, typed: str) -> None:
        self.words = _words(typed)
        self.joined = " ".join(self.words)
        self.sorted = " ".join(sorted(self.words))
        self.pairs: dict[tuple[str, str], float] = {}

    def __call__(self, name: str) -> float:
        words = _words(name)
        joined = " ".join(words)
        if not self.joined or not joined:
            return 0.0
        if joined == self.joined:
            return 100.0
        whole = _similar(self.joined, joined)
        if len(self.joined) >= 3 and joined.startswith(self.joined):
            whole = max(whole, PREFIX + (100 - PREFIX) * len(self.joined) / len(joined))
        ordered = _similar(self.sorted, " ".join(sorted(words)))
        return max(whole, ordered, self._by_words(words))

    def lead(self, name: str) -> float:
        """How close the start of `name` is to what was typed: between names as close, the one that starts with
        it ("Platform Infrastructure" before "Data Platform" for "platfrom")."""
        return _similar(self.joined, " ".join(_words(name))[: len(self.joined)])

    def _by_words(self, words: tuple[str, ...]) -> float:
        """How well the words typed stand for the words of the name: each typed word by its closest word of
        the name (mostly), each word of the name by its closest typed word (a little: a word left out costs
        little)."""
        table = [[self._pair(t, w) for w in words] for t in self.words]
        covered = sum(max(row) for row in table) / len(self.words)
        used = sum(max(row[i] for row in table) for i in range(len(words))) / len(words)
        return 0.8 * covered + 0.2 * used

    def _pair(self, typed: str, word: str) -> float:
        found: float | None = self.pairs.get((typed, word))
        if found is None:
            if typed == word:
                found = 100.0
            elif len(typed) >= 3 and word.startswith(typed):
                found = PREFIX + (100 - PREFIX) * len(typed) / len(word)
            else:
                found = _similar(typed, word)
                found = found if found >= SAME_WORD else 0.0
            self.pairs[typed, word] = found
        return found


def score(typed: str, name: str) -> float:
    """How close `name` is to what was typed, from 0 to 100."""
    return _Closeness(typed)(name)


def closest(typed: str, candidates: Mapping[str, Iterable[str]], n: int = 3, cutoff: float = CUTOFF) -> tuple[str, ...]:
    """Up to `n` candidates (keys of `candidates`, each with the names it goes by) close to `typed`, closest
    first; a candidate named `typed` but for case always counts, first."""
    wanted = typed.strip()
    closeness = _Closeness(wanted)
    scored = []
    for order, (key, names) in enumerate(candidates.items()):
        every = [key, *names]
        if any(name != wanted and name.casefold() == wanted.casefold() for name in every):
            scored.append((200.0, 100.0, order, key))
            continue
        best, lead = max((closeness(name), closeness.lead(name)) for name in every)
        if best >= cutoff * 100:
            scored.append((best, lead, order, key))
    if not scored:
        return ()
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    top = min(scored[0][0], 100.0)
    least = top - min(max(100 - top, WINDOW[0]), WINDOW[1])
    return tuple(key for points, _, _, key in scored if points >= least)[:n]


def close_names(name: str, options: Iterable[str], n: int = 3, cutoff: float = CUTOFF) -> tuple[str, ...]:
    """Up to `n` options close to `name`, closest first; a case-only difference always counts as close."""
    return closest(name, {option: () for option in options}, n, cutoff)


def suggestion(close: Sequence[str], quote: str = '"') -> str | None:
    """`did you mean "a" or "b"?` for names already chosen, or None for none."""
    if not close:
        return None
    return "did you mean " + " or ".join(f"{quote}{c}{quote}" for c in close) + "?"


def did_you_mean(name: str, options: Iterable[str], n: int = 3, quote: str = '"') -> str | None:
    """`did you mean "a" or "b"?`, or None when nothing is close."""
    return suggestion(close_names(name, options, n), quote)

"""Comparing requirements with framework behaviours by meaning: normalise, stem, drop stop words, score.

The score is rapidfuzz's token-set ratio over stemmed content words: word order and extra words matter
little ("Has designed complex systems" still matches "Designs complex systems with multiple failure
modes"), shared content words matter most. A tiny suffix stemmer is enough for this vocabulary and keeps
start-up light.
"""

from __future__ import annotations

import re
from functools import lru_cache

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "can",
        "could",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "having",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "other",
        "over",
        "own",
        "per",
        "so",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "up",
        "us",
        "via",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "will",
        "with",
        "within",
        "without",
        "would",
        "you",
        "your",
        "i",
        "me",
        "my",
        "has",
        "had",
        "also",
        "any",
        "each",
        "every",
        "more",
        "most",
        "much",
        "new",
        "not",
        "only",
        "same",
        "some",
        "very",
        "well",
        "able",
        "strong",
        "good",
        "great",
        "proven",
        "experience",
        "experienced",
        "track",
        "record",
        "out",
        "why",
        "how",
        "all",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem, the same for "page", "pages", "profiled" and "profiles": a suffix, then a final e."""
    if word.endswith("es") and not word.endswith(("sses", "xes", "zes", "ches", "shes", "ies")):
        word = word[:-1]  # "pages" is "page" + s, while "fixes" is "fix" + es
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            word = base + "y" if suffix in ("ies", "ied") else base
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_words(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 1]


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A statement reduced to its sorted set of stemmed content words: what similarity compares."""
    return " ".join(sorted(set(content_words(text))))


_KEYS: dict[int, tuple[list[str], list[str]]] = {}


def keys_of(candidates: list[str]) -> list[str]:
    """The keys of a list of statements, reduced once per list: a level's behaviours are compared with every
    requirement of every post at that level. The list is held beside its keys, so its id is never reused."""
    held = _KEYS.get(id(candidates))
    if held is not None and held[0] is candidates and len(held[1]) == len(candidates):
        return held[1]
    if len(_KEYS) > 1024:
        _KEYS.clear()
    keys = [key(c) for c in candidates]
    _KEYS[id(candidates)] = (candidates, keys)
    return keys


def best_match(text: str, candidates: list[str]) -> tuple[float, str | None]:
    """The candidate closest in meaning, scored by rapidfuzz in one C call over pre-reduced keys."""
    from rapidfuzz import fuzz, process

    query = key(text)
    keys = keys_of(candidates)
    if not query or not any(keys):
        return 0.0, None
    found = process.extractOne(query, keys, scorer=fuzz.token_set_ratio, processor=None)
    if found is None:
        return 0.0, None
    _, score, index = found
    return float(score), candidates[index]


def scores(text: str, candidates: list[str]) -> list[float]:
    """Similarity of one statement to each candidate, in one C call."""
    from rapidfuzz import fuzz, process

    query = key(text)
    keys = keys_of(candidates)
    if not query:
        return [0.0] * len(candidates)
    row = process.cdist([query], keys, scorer=fuzz.token_set_ratio, processor=None)[0]
    return [float(s) for s in row]

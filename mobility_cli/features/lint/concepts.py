"""The shipped vocabulary of job posts (concepts.yaml beside this module), compiled once per process into lookups
on stems: what meaning.py needs to tell a paraphrase from a loose overlap.

Why a hand-made table rather than word vectors: vectors measure relatedness, and the loose overlaps a reviewer
rejects are between related words. In the GloVe 6B 50-d vectors shipped on PyPI, "phone" is as close to "chat"
(0.65) as "customer" is to "client" (0.71), and closer than "bug" to "defect" (0.31) or "outage" to "incident"
(0.36); the package is 76 MB and loads in 0.38 s. A table says which words are the same, which are close, and
which are different values of one attribute (phone and chat are both channels: naming one does not state the
other), in about 10 ms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

LIGHT, GENERIC = 0.3, 0.6  # the weight of a word too general to carry a behaviour, and of one common to any job
_WORD = re.compile(r"[a-z0-9]+")
_AMERICAN = re.compile(r"(?<=[a-z]{3})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$")


def surface_words(text: str) -> list[str]:
    """The words of a text as written, lower-cased, with "can't" as "can not" and British spellings for
    American ones ("prioritize" is "prioritise"), so that the stemmer sees one form."""
    lowered = text.lower().replace("’", "'").replace("can't", "can not").replace("cannot", "can not")
    lowered = lowered.replace("won't", "will not").replace("n't", " not")
    words = _WORD.findall(lowered)
    return [_AMERICAN.sub(lambda m: ("is" if m.group(1) == "iz" else "ys") + m.group(2), w) for w in words]


def root(word: str, irregular: dict[str, str], stem: Callable[[str], str]) -> str:
    """A word's stem, through the irregular forms: "wrote" is "write" stemmed; a word listed as its own form
    ("meeting", "data") is kept as it is, and so is a word whose form is one of those ("meetings")."""
    base = irregular.get(word, word)
    return base if irregular.get(base) == base else stem(base)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The table, as lookups: surface words to base words, stems to concepts, phrases (tuples of stems) to
    concepts ("" for a phrase that says nothing), and what is known of each concept."""

    irregular: dict[str, str]
    dropped: frozenset[str]  # surface words and stems that carry nothing
    knowledge: frozenset[str]  # surface words and stems that make a line a knowledge ask
    words: dict[str, str]
    surface: dict[str, str]  # words as written that name a concept whatever their stem ("monthly", not "months")
    phrases: dict[tuple[str, ...], str]
    longest: int
    weights: dict[str, float]  # concepts that count less than 1
    near: dict[str, frozenset[int]]  # concept -> the groups of close concepts it belongs to
    contrast: dict[str, str]  # concept -> the attribute it is one value of (channel, language ...)
    grammar: dict[str, frozenset[str]]  # the small words that shape a statement (stop, qualifier ...)


def load(stem: Callable[[str], str]) -> Vocabulary:
    """The table read with importlib.resources (shipped data, never a program's) and compiled with `stem`."""
    from importlib.resources import files

    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw: dict[str, Any] = yaml.load(files(__package__ or "").joinpath("concepts.yaml").read_text("utf-8"), loader)
    return compile_table(raw, stem)


def compile_table(raw: dict[str, Any], stem: Callable[[str], str]) -> Vocabulary:
    irregular = {str(k): str(v) for k, v in raw["irregular"].items()}

    def stems(text: str) -> tuple[str, ...]:
        return tuple(root(w, irregular, stem) for w in surface_words(text))

    words: dict[str, str] = {}
    surface: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for name, members in raw["concepts"].items():
        for member in [name, *members]:
            key = stems(str(member))
            if len(key) == 1:
                words.setdefault(key[0], str(name))
                surface.setdefault(str(member).lower(), str(name))
            elif key:
                phrases.setdefault(key, str(name))
    dropped, knowledge = _dropped(raw["filler"], stems, phrases), _dropped(raw["knowledge"], stems, phrases)

    def concept(word: str) -> str:
        key = stems(word)
        return str(word) if str(word) in raw["concepts"] else phrases.get(key, words.get(key[0], key[0]))

    weights = {concept(w): LIGHT for w in raw["light"]} | {concept(w): GENERIC for w in raw["generic"]}
    near: dict[str, set[int]] = {}
    for index, group in enumerate(raw["near"]):
        for name in group:
            near.setdefault(str(name), set()).add(index)
    contrast = {concept(w): str(attribute) for attribute, members in raw["contrast"].items() for w in members}
    return Vocabulary(
        irregular,
        dropped | knowledge,
        knowledge,
        words,
        surface,
        phrases,
        max(len(k) for k in phrases),
        weights,
        {k: frozenset(v) for k, v in near.items()},
        contrast,
        {k: frozenset(str(w) for w in v) for k, v in raw["grammar"].items()},
    )


def _dropped(
    entries: Iterable[Any], stems: Callable[[str], tuple[str, ...]], phrases: dict[tuple[str, ...], str]
) -> frozenset[str]:
    """Single words (as written and as stemmed) that carry nothing; phrases are added to `phrases` as ""."""
    found: set[str] = set()
    for entry in entries:
        key = stems(str(entry))
        if len(key) == 1:
            found.update((str(entry).lower(), key[0]))
        elif key:
            phrases.setdefault(key, "")
    return frozenset(found)


@lru_cache(maxsize=1)
def table_text() -> str:
    """The YAML as shipped (for tests that check the table itself)."""
    from importlib.resources import files

    return files(__package__ or "").joinpath("concepts.yaml").read_text("utf-8")

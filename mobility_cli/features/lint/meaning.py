"""Comparing requirements with framework behaviours by meaning: words to concepts, then a weighted overlap.

A statement becomes its concepts (concepts.yaml): "pull requests" and "code" are one concept, "turnaround" and
"within one working day" another, filler ("strong", "5+ years", "experience with") is dropped. Two statements
say the same when what each says is mostly said by the other, counting a word by how much it tells: a word rare
among the behaviours compared with more than one common there ("data" in a data track), a specific word more
than a generic one ("team"), what a statement opens with more than its qualifiers ("within one working day"),
a close concept (review, feedback) half. Different values of one attribute ("by phone" and "by chat", "in
Spanish" and "in English") contradict, and so does a knowledge ask ("experience with customer data") set
against a behaviour whose action it does not name ("protects customer data").

Why not word overlap (rapidfuzz's token-set ratio, before): a line that shares most of its words with a
behaviour ("Answers customer questions by phone in Spanish") scored 75 against one that says something else
("... by chat and email"), while a paraphrase in other words ("Code review turnaround") scored 44. Why not word
vectors: see concepts.py. The score keeps its scale: 0-100, 60 and above is "the same statement".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from mobility_cli.features.lint.concepts import Vocabulary, load, root, surface_words

SAME = 0.43  # the balanced coverage at which two statements say the same: it scores 60
_POWER = math.log(0.6, SAME)
QUERY = 0.5  # how much the coverage of the text weighs against that of the candidate (0.5: equally)
TAIL = 0.7  # the weight of a qualifier, after the statement's opening ("within one working day")
NEAR = 0.5  # a close concept (review and feedback) counts half
CONTRADICTION = 0.6  # the score left when two statements name different values of one attribute
UNNAMED_ACTION = 0.6  # the score left when a knowledge ask is set against a behaviour whose action it lacks
POOL = 8  # from this many candidates on, a concept common among them counts less
_DOUBLED = re.compile(r"[a-z]{2}([b-dg-hj-km-rtv-y])\1$")  # a doubled consonant other than f, l, s, z
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem, the same for "page", "pages", "profiled" and "profiles": a suffix, then a doubled last
    letter ("setting", "planned"), then a final e. A digit's plural is the digit ("1:1s")."""
    if word.endswith("es") and not word.endswith(("sses", "xes", "zes", "ches", "shes", "ies")):
        word = word[:-1]  # "pages" is "page" + s, while "fixes" is "fix" + es
    for suffix in _SUFFIXES:
        short = suffix == "s" and not word.endswith(("ss", "us", "is"))  # "ups", "kpis" and "1s" too
        if word.endswith(suffix) and len(word) - len(suffix) >= (1 if short else 3):
            base = word[: -len(suffix)]
            word = base + "y" if suffix in ("ies", "ied") else base
            if suffix in ("ing", "ings", "ed", "er", "ers") and _DOUBLED.search(word):
                word = word[:-1]  # "setting" is "set", "planned" is "plan"; not "falling" or "passed"
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return load(stem)


@dataclass(frozen=True, slots=True)
class Statement:
    """What a statement says: its concepts in order (the first is its action), how many open it before its
    first qualifier ("Reviews pull requests | within one working day"), and whether it asks for knowledge
    ("experience with X", "familiar with Y") rather than a behaviour."""

    concepts: tuple[str, ...]
    opening: int
    knowledge: bool


def _asks_knowledge(written: list[str], index: int) -> bool:
    """A knowledge word followed by an object ("experience with Kafka", "SQL knowledge"), not by an action
    ("experience writing SQL", "comfortable taking a turn on call")."""
    after = index + 1 + (index + 1 < len(written) and written[index + 1] in vocabulary().grammar["object"])
    following = written[after] if after < len(written) else ""
    return not (following.endswith("ing") or following == "to")


@lru_cache(maxsize=65536)
def statement(text: str) -> Statement:
    table = vocabulary()
    grammar = table.grammar
    written = surface_words(text)
    stems = [root(w, table.irregular, stem) for w in written]
    found: list[str] = []
    opening, knowledge, i = -1, False, 0
    while i < len(stems):
        if opening < 0 and found and written[i] in grammar["qualifier"]:
            opening = len(found)
        for size in range(min(table.longest, len(stems) - i), 1, -1):
            concept = table.phrases.get(tuple(stems[i : i + size]))
            if concept is not None:
                found.append(concept)
                i += size
                break
        else:
            word, base = written[i], stems[i]
            if word == "own" and i and written[i - 1] in grammar["possessive"]:
                pass  # "their own tools", not "owns"
            elif word in table.knowledge or base in table.knowledge:
                knowledge = knowledge or _asks_knowledge(written, i)
            elif word in table.surface:
                found.append(table.surface[word])
            elif len(word) > 1 and not ({word, base} & table.dropped or word in grammar["stop"]):
                found.append(table.words.get(base, base))
            i += 1
    kept = [c for c in found if c]
    concepts = tuple(dict.fromkeys(kept))
    opening = len(concepts) if opening < 0 else len(dict.fromkeys(c for c in found[:opening] if c))
    return Statement(concepts, opening, knowledge)


def content_words(text: str) -> list[str]:
    """The concepts a statement names, in order: stemmed content words, with synonyms made one."""
    return list(statement(text).concepts)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A statement reduced to its sorted set of concepts: what similarity compares."""
    return " ".join(sorted(statement(text).concepts))


@dataclass(frozen=True, slots=True)
class _Side:
    """One statement ready to compare: each concept's weight and their sum, the close groups of each concept
    that has some (and their union), the attributes it names a value of, its action, and whether it is a
    knowledge ask."""

    weights: dict[str, float]
    total: float
    groups: dict[str, frozenset[int]]
    near: frozenset[int]
    contrast: dict[str, frozenset[str]]
    head: str
    knowledge: bool


@lru_cache(maxsize=65536)
def _side(text: str) -> _Side:
    table = vocabulary()
    said = statement(text)
    weights: dict[str, float] = {}
    for index, concept in enumerate(said.concepts):
        weight = table.weights.get(concept, 1.0)
        weights[concept] = weight if index < said.opening else weight * TAIL
    groups = {c: table.near[c] for c in said.concepts if c in table.near}
    contrast: dict[str, set[str]] = {}
    for concept in said.concepts:
        if concept in table.contrast:
            contrast.setdefault(table.contrast[concept], set()).add(concept)
    return _Side(
        weights,
        sum(weights.values()),
        groups,
        frozenset(g for found in groups.values() for g in found),
        {k: frozenset(v) for k, v in contrast.items()},
        said.concepts[0] if said.concepts else "",
        said.knowledge,
    )


def _near(side: _Side, other: _Side, shared: set[str]) -> float:
    """The weight of what one side says that the other does not, but says something close to: half of it. A
    close concept the other side matched already does not count ("writes" matched "writes", so it cannot also
    stand for "documents")."""
    spare = {g for c, found in other.groups.items() if c not in shared for g in found}
    got = 0.0
    for concept, found in side.groups.items():
        if concept not in shared and not spare.isdisjoint(found):
            got += side.weights[concept]
    return got * NEAR


def _acts(side: _Side, other: _Side) -> bool:
    """Whether the action one side opens with is said (or a close one) by the other."""
    return side.head in other.weights or not other.near.isdisjoint(side.groups.get(side.head, ()))


def similarity(a: _Side, b: _Side) -> float:
    """0-100: how much of what each side says the other says too, each concept by its weight (a close one
    counts half), balanced on a scale where SAME scores 60; less a contradiction (different values of one
    attribute) and less a knowledge ask set against a behaviour whose action it does not name ("experience
    with customer data" is not "protects customer data")."""
    shared = a.weights.keys() & b.weights.keys()
    if not shared and a.near.isdisjoint(b.near):
        return 0.0
    mine = sum(a.weights[c] for c in shared)
    theirs = sum(b.weights[c] for c in shared)
    close = a.groups and b.groups and not a.near.isdisjoint(b.near)  # else neither side has a close concept
    if close and len(shared) < min(len(a.weights), len(b.weights)):
        mine, theirs = mine + _near(a, b, shared), theirs + _near(b, a, shared)
    if not mine or not theirs:
        return 0.0
    score = 100.0 * math.pow((mine / a.total) ** QUERY * (theirs / b.total) ** (1.0 - QUERY), _POWER)
    for attribute, values in a.contrast.items():
        if attribute in b.contrast and values.isdisjoint(b.contrast[attribute]):
            score *= CONTRADICTION
    if (a.knowledge and not b.knowledge and not _acts(b, a)) or (b.knowledge and not a.knowledge and not _acts(a, b)):
        score *= UNNAMED_ACTION
    return round(score, 1)


_CLAUSE = re.compile(r";|,\s+and\s+|\.\s+|\s[-–—]\s")  # "Joins the rota; writes up incidents"


@lru_cache(maxsize=65536)
def _parts(text: str) -> tuple[_Side, ...]:
    """A statement, then each of its clauses that says something of its own: a requirement that joins two
    behaviours ("Owns features end to end, and profiles slow pages") covers each of them."""
    clauses = [c for c in _CLAUSE.split(text) if len(statement(c).concepts) >= 2]
    return (_side(text), *(_side(c) for c in clauses)) if len(clauses) > 1 else (_side(text),)


def _rarer(side: _Side, rarity: dict[str, float]) -> _Side:
    """The side with each concept weighed by how rare it is among the candidates it is compared with."""
    weights = {c: w * rarity.get(c, 1.0) for c, w in side.weights.items()}
    return _Side(weights, sum(weights.values()), side.groups, side.near, side.contrast, side.head, side.knowledge)


@dataclass(frozen=True, slots=True)
class _Pool:
    candidates: list[str]
    rarity: dict[str, float]
    sides: list[tuple[_Side, ...]]  # each candidate's parts, weighed by rarity
    holding: dict[object, list[int]]  # a concept (or a group of close ones) -> the candidates that name it
    scored: dict[str, list[float]]  # a text's scores against the pool, once per text


_POOLS: dict[int, _Pool] = {}


def _pool(candidates: list[str]) -> _Pool:
    """POOL candidates or more, analysed once per list with how rare each concept is among them (among a
    level's behaviours, "data" or "customer" says less than "backfill"). A level's behaviours are compared with
    every requirement of every post at that level; the list is held beside its analysis, so its id is never
    reused while cached."""
    held = _POOLS.get(id(candidates))
    if held is not None and held.candidates is candidates and len(held.sides) == len(candidates):
        return held
    if len(_POOLS) > 1024:
        _POOLS.clear()
    sides = [_side(c) for c in candidates]
    counts: dict[str, int] = {}
    for side in sides:
        for concept in side.weights:
            counts[concept] = counts.get(concept, 0) + 1
    top = 1.0 + math.log(len(sides) + 1)
    rarity = {c: (1.0 + math.log((len(sides) + 1) / (n + 1))) / top for c, n in counts.items()}
    holding: dict[object, list[int]] = {}
    for index, side in enumerate(sides):
        for key in (*side.weights, *side.near):
            holding.setdefault(key, []).append(index)
    parts = [tuple(_rarer(part, rarity) for part in _parts(c)) for c in candidates]
    pool = _Pool(candidates, rarity, parts, holding, {})
    _POOLS[id(candidates)] = pool
    return pool


@lru_cache(maxsize=65536)
def _alike(text: str, other: str) -> float:
    query = _side(text)
    return max(similarity(query, part) for part in _parts(other))


def scores(text: str, candidates: list[str]) -> list[float]:
    """Similarity (0-100) of one statement to each candidate; worked out once per pair of statements, or once
    per statement and list for a list long enough to weigh concepts by their rarity in it."""
    if len(candidates) < POOL:
        return [_alike(text, c) for c in candidates]
    pool = _pool(candidates)
    found = pool.scored.get(text)
    if found is None:
        query = _rarer(_side(text), pool.rarity)
        found = [0.0] * len(candidates)
        for index in {i for key in (*query.weights, *query.near) for i in pool.holding.get(key, ())}:
            parts = pool.sides[index]  # (the others share nothing with the text)
            found[index] = similarity(query, parts[0]) if len(parts) == 1 else max(similarity(query, p) for p in parts)
        if len(pool.scored) < 4096:
            pool.scored[text] = found
    return list(found)


def best_match(text: str, candidates: list[str]) -> tuple[float, str | None]:
    """The candidate closest in meaning and its score; (0, None) when the text says nothing or there are no
    candidates (the first candidate when none shares anything: a hint names the closest, however far)."""
    if not candidates or not statement(text).concepts:
        return 0.0, None
    found = scores(text, candidates)
    best = max(range(len(found)), key=found.__getitem__)
    return found[best], candidates[best]

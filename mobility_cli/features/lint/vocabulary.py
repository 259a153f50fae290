"""A term list matched as a reader would match it: every entry finds its variants without listing them.

A term is read in the normal form of `features/reading/normal.py` (case, typographic quotes, hyphens, dotted
abbreviations) and split into words; a word then matches its inflections (plural -s/-es, -ed, -ing, -er/-ers,
-est, -ly, with a final e dropped, a y made i and a short word's last consonant doubled: "sit" finds "sitting"),
and the content words of a short term match written together ("able bodied" finds "able-bodied" and
"ablebodied"). Data may write alternatives in braces, `{a|b|}` (an empty one: the words may be left out), `*` for
any one word and `#` for a number, in figures or in words.

`find` walks the text's words once: at each word that can start a term, the longest term that starts there
(every term is a path in a trie of words, and a path is at most a few words long), so the time is linear in
the text. Before that, one test in C: every path has an anchor, its least common word, and a text without any
anchor is not read further. `unless` phrases cancel every hit they overlap ("native app", "cloud-native").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from typing import Any

from mobility_cli.features.reading.normal import normal_form, rough_words


@dataclass(frozen=True, slots=True)
class Entry:
    term: str  # as written in the data file, e.g. "able-bodied", "gen z", "powwow"
    concept: str  # e.g. "ability", "age", "origin", "ableist-idiom", "race-idiom", "gendered-noun" ...
    why: str  # why it is flagged, one sentence
    instead: str  # what to write instead


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # offsets in the ORIGINAL text given to find()
    end: int
    entry: Entry


WORD, NUMBER, MARK = 0, 1, 2  # the kinds of token
ANY_WORD, ANY_NUMBER = "\0*", "\0#"  # a term's `*` and `#`
_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+(?:'[^\W\d_]+)*'?)|([^\w\s'\"*`_])")
_WHOLE_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*'?|[^\w\s'\"*`_]")  # _TOKEN, no groups
_TERM_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+(?:'[^\W\d_]+)*'?)|([^\w\s'\"`_])")  # keeps `*`
_BRACES = re.compile(r"\{([^{}]*)\}")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


NUMBER_WORDS = _set("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty")
_UNINFLECTED = _set("the and for with from your their our you are not any all than that this who has have was were")
# Words too frequent to anchor a term (`_anchor`), and never written together with a neighbour ("a car").
_COMMON_WORDS = _UNINFLECTED | _set(
    "a an as is in of on at to be being or if no up over under above below between more least need needs long will "
    "into hours hour looking look move moving own school people person team engineers early late something thing "
    "candidates candidate colleagues computer screen clear normal minimum health english language education "
    "university college work good able strong new recent first level year years time day days job role skills "
    "experience full access physical physically without his her him excellent perfect things designers developers "
    "analysts staff employees hires condition push pull carry items objects equipment requirements requirement "
    "abilities ability shape sound speaking phone telephone nice local standard youre pass out turn fall hold circle "
    "clean"
)
_VOWELS = frozenset("aeiou")
_MAX_EXPANSIONS, _COMPOUND = 4096, 3  # a compound: at most three words, found written as one
Token = tuple[str, int, int, int]  # key (apostrophes removed), kind, start, end (in the normal text)


def expand(wording: str) -> list[str]:
    """Every wording that `{a|b|}` alternatives stand for ("young{,| and} team": "young, team", "young and team")."""
    groups = _BRACES.split(wording)  # literal, group, literal, group ...
    options = [[part] if i % 2 == 0 else part.split("|") for i, part in enumerate(groups)]
    count = 1
    for choice in options:
        count *= len(choice)
    if count > _MAX_EXPANSIONS:
        raise ValueError(f"{wording!r} stands for {count} wordings: split it")
    return [" ".join("".join(parts).split()) for parts in product(*options)]


@cache
def forms(word: str) -> frozenset[str]:
    """A word and its regular inflections (a superset: a form no text uses costs nothing)."""
    if len(word) < 3 or not word.isalpha() or word in _UNINFLECTED:
        return frozenset({word})
    consonant_y = word[-1] == "y" and word[-2] not in _VOWELS
    plural = word + "es" if word.endswith(("s", "x", "z", "ch", "sh")) else word[:-1] + "ies" if consonant_y else None
    found = {word, plural or word + "s"}
    if word[-1] == "e":
        stems, found = [word[:-1]], found | {word + "ly", word[:-1] + "ing"}
    elif consonant_y:
        stems, found = [word[:-1] + "i"], found | {word + "ing", word[:-1] + "ily"}
    else:  # a short word ending consonant-vowel-consonant doubles it: "sit" "sitting", "grad" never "grading"
        short = len(word) <= 4 and word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS
        stems = [word + word[-1]] if short and word[-3] not in _VOWELS else [word]
        found |= {word + "ly", stems[0] + "ing"}
    return frozenset(found | {stems[0] + ending for ending in ("ed", "er", "ers", "est")})


def tokens(text: str, pattern: re.Pattern[str] = _TOKEN) -> list[Token]:
    """The words, numbers and marks of a text already in normal form."""
    found = []
    for match in pattern.finditer(text):
        number, word, _ = match.groups()
        kind = NUMBER if number else WORD if word else MARK
        found.append((match.group(0).replace("'", "") if word else match.group(0), kind, *match.span()))
    return found


def keys(text: str) -> list[str]:
    """The keys of `tokens(text)`, found in C: the words a term is looked up by."""
    return "\0".join(_WHOLE_TOKEN.findall(text)).replace("'", "").split("\0") if text else []


def term_paths(wording: str) -> Iterator[list[tuple[str, int]]]:
    """The paths of a wording in the trie: its tokens, each pair of neighbouring words also written as one."""
    for written in expand(wording):
        found = [(k, kind) for k, kind, _, _ in tokens(normal_form(written).text, _TERM_TOKEN)]
        path = [(ANY_WORD, WORD) if k == "*" else (ANY_NUMBER, NUMBER) if k == "#" else (k, kind) for k, kind in found]
        if not path or path[0][1] == MARK or path[0][0] in (ANY_WORD, ANY_NUMBER):
            raise ValueError(f"{wording!r}: a term starts with a word or a number written out")
        gaps = [i for i in range(1, len(path)) if _joinable(path[i - 1], path[i])] if len(path) <= _COMPOUND else []
        for joined in product((False, True), repeat=len(gaps)):
            merged = [path[0]]
            for index in range(1, len(path)):
                if index in gaps and joined[gaps.index(index)]:
                    merged[-1] = (merged[-1][0] + path[index][0], WORD)
                else:
                    merged.append(path[index])
            yield merged


def _joinable(before: tuple[str, int], after: tuple[str, int]) -> bool:
    """Two words that may be written as one: content words ("able bodied"), not "a car" or "and agile"."""
    words = (before[0], after[0])
    return before[1] == after[1] == WORD and ANY_WORD not in words and _COMMON_WORDS.isdisjoint(words)


def _anchor(path: list[tuple[str, int]]) -> frozenset[str] | None:
    """The forms of the word a text must hold for the path to be in it (its first uncommon word, or its longest;
    None: the path has no word, and no text can be passed over). Only speed depends on the choice."""
    words = [key for key, kind in path if kind == WORD and key != ANY_WORD]
    rare = [key for key in words if key not in _COMMON_WORDS]
    first = [key for key in rare if len(key) > 3][:1]  # a term says what it is about first: "native ...", "young ..."
    return forms(first[0] if first else max(rare or words, key=len)) if words else None


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entry: Entry | None = None


@dataclass(slots=True)
class _Trie:
    """Terms as paths of words; `bases` maps each form a text may use to the term words it inflects."""

    root: _Node = field(default_factory=_Node)
    bases: dict[str, set[str]] = field(default_factory=dict)
    starters: set[str] = field(default_factory=set)  # every form a text may start a term with
    anchors: set[str] | None = field(default_factory=set)  # no anchor in a text, no hit (None: read every text)
    depth: int = 0

    def add(self, wording: str, entry: Entry) -> None:
        for path in term_paths(wording):
            node = self.root
            for key, kind in path:
                surfaces = forms(key) if kind == WORD and key != ANY_WORD else frozenset({key})
                if key not in node.children:  # a new edge: its forms lead to its key
                    for surface in surfaces:
                        self.bases.setdefault(surface, set()).add(key)
                    if node is self.root:
                        self.starters |= surfaces
                node = node.children.setdefault(key, _Node())
            node.entry = node.entry or entry  # the first entry to claim a wording keeps it
            self.depth = max(self.depth, len(path))
            anchor = _anchor(path)
            # (`rough_words` finds words of ASCII letters whole: another anchor cannot be looked for)
            usable = anchor is not None and self.anchors is not None and all(a.isascii() for a in anchor)
            self.anchors = self.anchors | anchor if usable and anchor and self.anchors is not None else None

    def longest(self, found: list[str], start: int) -> tuple[int, Entry] | None:
        """The longest term that starts at token `start` of `keys(text)`: (the token after it, its entry)."""
        best: tuple[int, Entry] | None = None
        stack = [(self.root, start)]
        while stack:
            node, at = stack.pop()
            if node.entry is not None and (best is None or at > best[0]):
                best = (at, node.entry)
            if at == len(found) or at - start >= self.depth:
                continue
            key = found[at]
            stack.extend((node.children[base], at + 1) for base in self.bases.get(key, ()) if base in node.children)
            if ANY_WORD in node.children and key[0].isalpha():
                stack.append((node.children[ANY_WORD], at + 1))
            if ANY_NUMBER in node.children and (key[0].isdigit() or key in NUMBER_WORDS):
                stack.append((node.children[ANY_NUMBER], at + 1))
        return best

    def spans(self, found: list[str]) -> Iterator[tuple[int, int, Entry]]:
        """(first token, token after, entry) of the longest term at each start, none inside another."""
        reach = 0
        for at in [i for i, key in enumerate(found) if key in self.starters]:
            best = self.longest(found, at) if at >= reach else None
            if best is not None:
                yield at, best[0], best[1]
                reach = best[0]


class Vocabulary:
    """Terms, each with its entry, and the phrases that cancel a hit they overlap."""

    def __init__(self, terms: _Trie, unless: _Trie, entries: tuple[Entry, ...]) -> None:
        self._terms, self._unless, self.entries = terms, unless, entries

    @classmethod
    def of(cls, entries: Iterable[Entry], unless: Iterable[str] = ()) -> Vocabulary:
        return cls.of_wordings([(e.term, e) for e in entries], unless)

    @classmethod
    def of_wordings(cls, wordings: Iterable[tuple[str, Entry]], unless: Iterable[str] = ()) -> Vocabulary:
        """Entries that other wordings find too (a data file's `variants`): (wording, its entry) pairs."""
        terms, cancelling, seen = _Trie(), _Trie(), dict[Entry, None]()
        for wording, entry in wordings:
            terms.add(wording, entry)
            seen[entry] = None
        for phrase in unless:
            cancelling.add(phrase, Entry(phrase, "", "", ""))
        return cls(terms, cancelling, tuple(seen))

    def might_match(self, text: str) -> bool:
        """Whether any term could be in `text` (False: none is): one test in C, for a passage or a whole post."""
        return self._terms.anchors is None or not self._terms.anchors.isdisjoint(rough_words(text))

    def find(self, text: str) -> list[Hit]:
        """Every hit, left to right, the longest where terms start at one word, none overlapping another."""
        if not self.might_match(text):
            return []
        normal = normal_form(text)
        found = keys(normal.text)
        spans = list(self._terms.spans(found))
        if spans and self._unless.depth:
            covered = [False] * len(found)
            for start, end, _ in self._unless.spans(found):
                covered[start:end] = [True] * (end - start)
            spans = [s for s in spans if not any(covered[s[0] : s[1]])]
        places = tokens(normal.text) if spans else []  # the same tokens as `found`, with their offsets
        return [
            Hit(normal.original(places[a][2]), normal.original(places[b - 1][3] - 1) + 1, entry)
            for a, b, entry in spans
        ]


def entries_of(items: list[Any], where: str) -> tuple[list[tuple[str, Entry]], list[str]]:
    """(wording, entry) pairs and `unless` phrases from a data file's items (see load_vocabulary)."""
    wordings: list[tuple[str, Entry]] = []
    unless: list[str] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or ("term" not in item and set(item) - {"unless"}):
            raise ValueError(f"{where}: item {number} is neither an entry nor a list of `unless` phrases")
        unless.extend(str(p) for p in item.get("unless", ()))
        if "term" not in item:
            continue
        missing = [k for k in ("concept", "why", "instead") if not isinstance(item.get(k), str)]
        if missing:
            raise ValueError(f"{where}: {item['term']!r} has no {', '.join(missing)}")
        entry = Entry(str(item["term"]), item["concept"], item["why"], item["instead"])
        wordings.extend((w, entry) for w in [entry.term, *(str(v) for v in item.get("variants", ()))])
    return wordings, unless


@cache
def load_vocabulary(package: str, name: str) -> Vocabulary:
    """A vocabulary from a YAML data file beside a module of `package` (shipped, reviewed data). The file is a
    list; each item has `term`, `concept`, `why`, `instead`, and may have `variants` (other wordings of the
    same entry) and `unless` (phrases that cancel any hit they overlap); an item may be `unless` alone."""
    from importlib.resources import files

    import yaml

    from mobility_cli.parse.reparse import Loader

    items = yaml.load(files(package).joinpath(name).read_text(encoding="utf-8"), Loader=Loader) or []
    wordings, unless = entries_of(items if isinstance(items, list) else [items], f"{package}/{name}")
    return Vocabulary.of_wordings(wordings, unless)

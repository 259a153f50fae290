"""Gendered wording as a reader meets it: words coded masculine or feminine (Gaucher, Friesen & Kay 2011) scored
per section, and every explicitly gendered word (title, word for people, idiom, pronoun for the candidate) where it
stands; the words are data (gendered_wording.yaml). A coded word inside a whole technical term ("lead time",
"dominant eigenvalue"), a title ("Support Team Lead"), a compound's second half ("data-driven") or "lead" as a noun
names work, so it neither codes nor offsets. Boilerplate (equal opportunity, benefits, the company, the header) is
not scored; a section with four or more masculine-coded words, a margin of three and two traits is a warning at the
first (a lean, an info), and so are coded words spread over sections that add up. A pronoun is the candidate's
unless the person it follows is someone else ("ask Sam, his team knows"); a pair ("he or she") always is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.gendered_words import Words, words
from mobility_cli.features.lint.rule import Example, Finding, Rule, RuleContext, add
from mobility_cli.features.lint.vocabulary import Entry
from mobility_cli.features.reading.passage import ABOUT, BENEFITS, EQUAL_OPPORTUNITY, HEADER, HEADING, Passage

_JOIN = "\n\u00b6\n"  # between passages: a mark, so no term or phrase runs from one passage into the next
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"(?:[.!?]+[\"')\]]*(?:\s+\u00b6)?|\u00b6)(?:\s+|$)")  # a passage ends one too
_BY_FORM = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]*(?:m[ae]n|boys?|girls?|wife|wives)(?![^\W\d_])|(?:girl|boy)[^\W\d_]+)", re.IGNORECASE
)
_GLUED = re.compile(r"[^\W\d_][-‐‑–]?$")  # before a word: it is inside another, or ends a compound
_LEAD = ("lead", "leads", "lead's")  # after one of these, a noun: "the lead", "our lead's", "as lead"
_NOUN_BEFORE = re.compile(r"\b(?:an?|the|our|your|their|its|my|this|each|as)\s+$", re.I)
_STRONG_COUNT, _STRONG_MARGIN, _STRONG_TRAITS = 4, 3, 2  # and two of them words for a trait, not for work
_UNSCORED = frozenset({EQUAL_OPPORTUNITY, BENEFITS, ABOUT, HEADER})
_PRONOUN, _TITLE = "pronoun for the candidate", "gendered job title"
_CLOSED = frozenset({_PRONOUN, "gendered word for people"})  # short words: found only as listed (or plural)
Hit = tuple[int, str, Entry]  # offset, the words as written, the entry


def check(ctx: RuleContext) -> Iterator[Finding]:
    data, passages = words(), ctx.passages()
    text = _JOIN.join(p.text for p in passages)
    starts = list(accumulate((len(p.text) + len(_JOIN) for p in passages[:-1]), initial=0))[: len(passages)]
    title = re.split(r"[,(–—|/]| - ", ctx.post.role or "")[0].split() or [""]  # "Support Specialist, Key Accounts"
    reader = _Reader(data, text, passages, starts, title[-1].lower())
    yield from reader.explicit_findings(explicit(text, data, passages, starts))
    yield from _section_findings(passages, starts, coded(text, data, passages, starts), data.mild)


def coded(text: str, data: Words, passages: tuple[Passage, ...], starts: list[int]) -> list[Hit]:
    """Each coded word of the post's text that describes a person (entry concept "masculine" or "feminine"),
    read passage by passage, each distinct passage once per run."""
    return [
        (start + at, word, kind) for p, start in zip(passages, starts, strict=True) for at, word, kind in _coded(p.text)
    ]


@lru_cache(maxsize=65536)
def _coded(text: str) -> tuple[Hit, ...]:
    data = words()
    # not inside a word ("ékind"), nor the second half of a compound, which describes the first ("data-driven")
    found = [m for m in data.coded.finditer(text) if not _GLUED.search(text, max(m.start() - 2, 0), m.start())]
    technical = [(h.start, h.end) for h in data.technical.find(text)] if found else []
    return tuple(
        (m.start(), text[m.start() : m.end()], _MASCULINE if m.group("m") else _FEMININE)
        for m in found
        if not any(a < m.end() and m.start() < b for a, b in technical)
        and not _in_title(text, m)
        and m.group(0).lower() not in data.sets["not_coded"]
        and not (m.group(0).lower() in _LEAD and _NOUN_BEFORE.search(text, max(m.start() - 8, 0), m.start()))
    )


def _in_title(text: str, match: re.Match[str]) -> bool:
    """A capitalised word beside another, with only spaces between: a title or a name ("Support Team Lead")."""
    if not text[match.start()].isupper():
        return False
    before = re.search(r"([^\W\d_])[^\W\d_]*[ \t]+$", text[max(match.start() - 40, 0) : match.start()])
    after = re.match(r"[ \t]+([^\W\d_])", text[match.end() : match.end() + 4])
    return any(m is not None and m.group(1).isupper() for m in (before, after))


def _section_findings(
    passages: tuple[Passage, ...], starts: list[int], hits: list[Hit], mild: tuple[str, ...]
) -> Iterator[Finding]:
    sections: dict[str, tuple[list[tuple[Passage, int, str]], list[tuple[Passage, int, str]]]] = {}
    for offset, word, kind in hits:
        index = bisect_right(starts, offset) - 1
        if passages[index].role in _UNSCORED or passages[index].kind == HEADING:
            continue  # boilerplate neither counts nor offsets; a heading is a title
        male, female = sections.setdefault(passages[index].section, ([], []))
        (male if kind is _MASCULINE else female).append((passages[index], offset - starts[index], word))
    found = [
        _coding(f'the section "{section}"' if section else "the opening", male, female, mild)
        for section, (male, female) in sections.items()
        if len(male) > len(female) and len(male) >= 2  # one coded word is no lean worth reading
    ]
    every = [[hit for pair in sections.values() for hit in pair[side]] for side in (0, 1)]
    total = _coding("the post", every[0], every[1], mild) if len(found) > 1 else None
    strong = any(f.severity == Severity.WARNING for f in found)
    yield from [total] if total and not strong and total.severity == Severity.WARNING else found  # spread words add up


def _coding(where: str, male: list[Any], female: list[Any], mild: tuple[str, ...]) -> Finding:
    score, (line, column) = len(female) - len(male), male[0][0].position(male[0][1])
    listed = [", ".join(sorted({word.lower() for _, _, word in side})) or "none" for side in (male, female)]
    detail = f"score {score}; masculine-coded: {listed[0]}; feminine-coded: {listed[1]}"
    traits = {word.lower() for _, _, word in male if not word.lower().startswith(mild)}
    if len(male) >= _STRONG_COUNT and -score >= _STRONG_MARGIN and len(traits) >= _STRONG_TRAITS:
        return Finding(f"{where} is strongly masculine-coded ({detail})", line, column, None, _FIX, Severity.WARNING)
    return Finding(f"{where} leans masculine-coded ({detail})", line, column, None, None, Severity.INFO)


def explicit(text: str, data: Words, passages: tuple[Passage, ...], starts: list[int]) -> list[Hit]:
    """Every explicitly gendered word of the post's text, left to right: the vocabulary's, then any word built
    like a gendered title that the vocabulary lacks (not a capitalised one inside a sentence: a surname, Chapman).
    Read passage by passage, each distinct passage once per run (boilerplate recurs across posts)."""
    return [
        (start + at, word, entry) for p, start in zip(passages, starts, strict=True) for at, word, entry in _in(p.text)
    ]


@lru_cache(maxsize=65536)
def _in(text: str) -> tuple[Hit, ...]:
    data, found = words(), []
    for hit in data.explicit.find(text) if data.gate.might_match(text) else ():
        surface = text[hit.start : hit.end]
        key = surface.lower().replace("’", "'")
        key = key if key in data.by_term else _POSSESSIVE.sub("", key)
        entry = data.by_term.get(key) or data.by_term.get(key[:-1] if key.endswith("s") else "")  # "females"
        entry = None if entry is not None and entry.concept == _PRONOUN and entry.term != key else entry
        if entry is not None or hit.entry.concept not in _CLOSED:  # not "ladder", "manner", "shed"
            found.append((hit.start, surface, entry or hit.entry))
    taken = [(start, start + len(surface)) for start, surface, _ in found]
    for match in _BY_FORM.finditer(text):
        word, at = match.group(0), match.start()
        if word.lower() in data.sets["compounds"] or _capital_inside(text, at) or any(a <= at < b for a, b in taken):
            continue
        found.append((at, word, Entry(word.lower(), _TITLE, data.by_term["chairman"].why, _BY_FORM_INSTEAD)))
    return tuple(sorted(found, key=lambda hit: hit[0]))


@dataclass
class _Reader:
    """A post's passages joined in one text, and who its pronouns are about (offset -> the candidate or not)."""

    data: Words
    text: str
    passages: tuple[Passage, ...]
    starts: list[int]  # where each passage starts in the text
    title: str  # the head noun of the post's title ("specialist"): a word for the candidate
    about: dict[int, bool] = field(default_factory=dict)

    def explicit_findings(self, hits: list[Hit]) -> Iterator[Finding]:
        body = zip(self.passages, self.starts, strict=True)
        sentences = [(p.section, start) for p, start in body if p.kind != HEADING and p.role != HEADER]
        floors = {section: start for section, start in reversed(sentences)}  # where a section's first sentence is
        for offset, surface, entry in hits:
            index = bisect_right(self.starts, offset) - 1
            passage, local = self.passages[index], offset - self.starts[index]
            if passage.role == EQUAL_OPPORTUNITY:
                continue  # a promise not to judge by gender names genders; it is never held against a post
            if entry.concept == _PRONOUN:
                floor = min(floors.get(passage.section, offset), self.starts[index])
                self.about[offset] = not (surface.isupper() and len(surface) > 1) and self.for_candidate(offset, floor)
                if not self.about[offset]:
                    continue  # someone else's pronoun, or "HE" (higher education)
            elif not _reported(passage, local, surface, entry, self.data):
                continue
            line, column = passage.position(local)
            message = f'"{surface}" is a {entry.concept}: write "{entry.instead}"'
            yield Finding(message, line, column, None, entry.why, self.data.severity[entry.concept])

    def for_candidate(self, offset: int, floor: int) -> bool:
        """The nearest person before the pronoun in its sentence; else, for a possessive that opens its sentence,
        the first after it; else the first of the sentence before in its section (its subject, most often). The
        candidate, or no one at all, makes the pronoun the candidate's."""
        starts = [floor, *(m.end() for m in _SENTENCE_END.finditer(self.text, floor, offset))]
        own = self.mentions(starts[-1], offset)
        if own:
            return own[-1]
        lead_in = _WORD.findall(self.text, starts[-1], offset)  # "In his first month the new engineer ..."
        if 0 < len(lead_in) <= 2 and self.text[offset : offset + 3].lower() in ("his", "her"):
            end = _SENTENCE_END.search(self.text, offset)
            after = self.mentions(offset + 1, end.start() if end else len(self.text))
            if after:
                return after[0]
        previous = self.mentions(starts[-2], starts[-1]) if len(starts) > 1 else []
        return previous[0] if previous else True

    def mentions(self, start: int, end: int) -> list[bool]:
        """Each single person the text mentions between start and end, in order: True for the candidate.
        ("You" is never one: a third-person pronoun cannot point back to it.)"""
        tokens, sets = list(_WORD.finditer(self.text, start, end)), self.data.sets
        found = []
        for at, match in enumerate(tokens):
            word = _POSSESSIVE.sub("", match.group(0).lower())
            if match.start() in self.about:
                found.append(self.about[match.start()])  # an earlier pronoun, already resolved
            elif word in sets["candidate"] or word == self.title:
                # "our newest engineer", "as a senior analyst": a colleague already there, not the one hired
                found.append(not any(t.group(0).lower() in sets["owned"] for t in tokens[max(at - 3, 0) : at]))
            elif word in sets["others"] or _is_name(self.text, tokens, at, sets):
                found.append(False)
        return found


def _reported(passage: Passage, offset: int, surface: str, entry: Entry, data: Words) -> bool:
    """Whether a word for people, an idiom or a title is gendered wording where it stands: not in a name, not
    "women" in an invitation or a statistic."""
    text = passage.text
    if surface.lower() in data.sets["generic"]:
        if passage.kind == HEADING or _capital_inside(text, offset):
            return False  # a name ("Women in Data", "our Women in Data network")
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, offset)]
        end = _SENTENCE_END.search(text, offset)
        sentence = text[starts[-1] if starts else 0 : end.start() if end else len(text)]
        return "%" not in sentence and data.sets["outreach"].isdisjoint(w.lower() for w in _WORD.findall(sentence))
    match = _WORD.match(text, offset)
    return entry.concept == _TITLE or " " in surface or match is None or not _in_title(text, match)


def _capital_inside(text: str, offset: int) -> bool:
    """A capitalised word that does not start its sentence (nor a passage): a name or a title."""
    before = text[max(offset - 200, 0) : offset].rstrip()
    return (
        text[offset : offset + 1].isupper()
        and before != ""
        and not before.endswith((".", "!", "?", ":", '"', "(", "¶"))
    )


def _is_name(text: str, tokens: list[re.Match[str]], at: int, sets: dict[str, frozenset[str]]) -> bool:
    word = tokens[at].group(0)
    if not word[0].isupper() or word.isupper() or re.split("['’]", word.lower())[0] in sets["not_names"]:
        return False
    if _capital_inside(text, tokens[at].start()) or "'" in word or "’" in word:
        return True
    after = tokens[at + 1].group(0) if at + 1 < len(tokens) else ""  # "Priya runs", "Ines Duarte", "Amara, our"
    gap = text[tokens[at].end() : tokens[at + 1].start()].strip() if after else ""
    return after.lower() in sets["name_verbs"] or after[:1].isupper() or gap == ","


_MASCULINE, _FEMININE = Entry("", "masculine", "", ""), Entry("", "feminine", "", "")
_FIX = 'Replace masculine-coded words with neutral ones (e.g. "ambitious" with "motivated").'
_BY_FORM_INSTEAD = "a neutral word for the role or the person"

GENDERED_WORDING = add(
    Rule(
        "gendered-wording",
        Severity.INFO,
        "wording",
        "Gender-coded words scored per section, and every explicitly gendered title, noun, idiom and pronoun.",
        "Masculine-coded wording makes a post less appealing to women (Gaucher, Friesen & Kay, 2011), and a "
        "gendered title, noun or pronoun tells a reader of another gender the role is not for them.",
        _FIX + ' Use "they" for the candidate, and a neutral title ("salesperson", "chair", "everyone").',
        Example(prose="- We want an aggressive, dominant, competitive, fearless leader. He will own the queue."),
        Example(prose="- Our analytics lead time dashboards support every decision; ask Sam, his team knows them"),
        check,
    )
)

"""Gendered wording: gender-decoder's method (Gaucher, Friesen & Kay 2011) with two corrections that real posts
need, and explicitly gendered words.

- Words that start with a coded stem but name work, not a person, never count: analytics, *Lead* in a title,
  lead time, decisions, principles, individual contributor, competencies, support, shared drives,
  dependencies, commits (the catalogue's `technical` list). They neither make a post masculine-coded nor
  offset one that is.
- A post is *strongly* masculine-coded, a warning, when the words a reader notices are several (four or more)
  and clearly outweigh the feminine ones; a word or two is an info.
- A gendered pronoun for the candidate ("He will own the queue") or a gendered noun for co-workers
  ("salesmen", "the guys on the night shift") is a warning by itself. A pronoun with a named colleague before
  it in the sentence ("tell Ines; she ...", "ask Tomás, his team ...") is not about the candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, Rule, RuleContext, add
from mobility_cli.located import TextLine

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)")  # a semicolon or a dash goes on with the same person
_STRONG_COUNT, _STRONG_MARGIN = 4, 3
_NOT_A_NAME = frozenset({"i", "you", "we", "our", "your", "the", "a", "an", "this", "that", "if", "when", "in", "on"})


def gendered_rule(entry: dict[str, Any], exceptions: Any) -> Rule:
    """The rule from its data (gendered_wording.yaml beside this module): word lists, texts, exceptions."""
    masculine = tuple(w.lower() for w in entry["masculine"])
    feminine = tuple(w.lower() for w in entry["feminine"])
    technical = tuple(w.lower() for w in entry.get("technical", []))
    explicit = frozenset(w.lower() for w in [*entry.get("pronouns", []), *entry.get("gendered_nouns", [])])
    pronouns = frozenset(w.lower() for w in entry.get("pronouns", []))

    def check(ctx: RuleContext) -> Iterator[Finding]:
        male, female, named = _scan(ctx.prose(), (masculine, feminine, technical), explicit, exceptions)
        for line, match in named:
            word = match.group(0)
            if word.lower() in pronouns and _named_before(line.text, match.start()):
                continue  # about the colleague named before it, not the candidate
            kind = "pronoun for the candidate" if word.lower() in pronouns else "gendered word"
            hint = "use they, you, or a neutral word"
            yield Finding(f'"{word}" is a {kind}', line.line, match.start() + 1, None, hint, Severity.WARNING)
            break
        if not male and not female:
            return
        score = len(female) - len(male)
        detail = (
            f"masculine-coded: {', '.join(sorted({w.lower() for _, w in male})) or 'none'}; "
            f"feminine-coded: {', '.join(sorted({w.lower() for _, w in female})) or 'none'}"
        )
        first = (male or female)[0][0]
        if len(male) >= _STRONG_COUNT and -score >= _STRONG_MARGIN:
            message = f"the post is strongly masculine-coded (score {score}; {detail})"
            yield Finding(message, first.line, 1, None, entry["fix"], Severity.WARNING)
        else:
            yield Finding(f"gender-coded words (score {score}; {detail})", first.line, 1, None, None, Severity.INFO)

    return Rule(
        "gendered-wording",
        Severity.INFO,
        "wording",
        "Gender-coded words, scored for the whole post (a warning when strongly masculine-coded), and explicitly "
        "gendered words.",
        entry["rationale"],
        entry["fix"],
        Example(prose="- We want an aggressive, dominant, competitive, fearless leader. He will own the queue."),
        Example(prose="- Our analytics lead time dashboards support every decision; ask Sam, his team knows them"),
        check,
    )


Stems = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # masculine, feminine, technical


_KINDS: dict[Stems, dict[str, int]] = {}


def _kind(word: str, stems: Stems) -> int:
    """1 for a masculine-coded word, 2 for a feminine-coded one, 0 for technical vocabulary or neither."""
    masculine, feminine, technical = stems
    if word.startswith(technical):
        return 0
    return 1 if word.startswith(masculine) else 2 if word.startswith(feminine) else 0


def _scan(lines: list[TextLine], stems: Stems, explicit: frozenset[str], exceptions: Any) -> tuple[list[Any], ...]:
    """One pass over every word: masculine- and feminine-coded words (less technical vocabulary and the
    catalogue's exception phrases) and explicitly gendered words."""
    male: list[tuple[TextLine, str]] = []
    female: list[tuple[TextLine, str]] = []
    named: list[tuple[TextLine, re.Match[str]]] = []
    kinds = _KINDS.setdefault(stems, {})  # words repeat across posts: each is classified once per run
    for line in lines:
        hits = []
        for match in _WORD.finditer(line.text):
            word = match.group(0).lower()
            if word in explicit:
                named.append((line, match))
            kind = kinds.get(word)
            if kind is None:
                kind = kinds[word] = _kind(word, stems)
            if kind:
                hits.append((match, male if kind == 1 else female))
        if hits:
            cancelled = [m.span() for m in exceptions.finditer(line.text)] if exceptions else []
            for match, bucket in hits:
                if not any(a <= match.start() < b for a, b in cancelled):
                    bucket.append((line, match.group(0)))
    return male, female, named


def _named_before(text: str, position: int) -> bool:
    """A capitalised name earlier in the same sentence: the pronoun is about that person."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, position)]
    sentence = text[starts[-1] if starts else 0 : position]
    words = _WORD.findall(sentence)
    return any(w[0].isupper() and w.lower() not in _NOT_A_NAME for w in words[1:])


def _load() -> Rule:
    from mobility_cli.features.lint.phrases import compile_patterns
    from mobility_cli.features.lint.rules.catalogue_rules import entries

    (entry,) = entries("gendered_wording.yaml")
    return add(gendered_rule(entry, compile_patterns(entry.get("exceptions", []))))


GENDERED_WORDING = _load()

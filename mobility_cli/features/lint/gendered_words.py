"""The gendered-wording rule's words (rules/gendered_wording.yaml), read and compiled once per process: the coded
stems as one RE2 automaton, the technical terms, the explicit words with the gate that lets a passage without
any of them go unread, and the data's word sets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import re2

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.vocabulary import Entry, Vocabulary, expand


@dataclass(frozen=True)
class Words:
    """gendered_wording.yaml, read once per process."""

    coded: Any  # an RE2 pattern: a word starting with a stem, group "m" masculine, "f" feminine
    technical: Vocabulary
    explicit: Vocabulary
    gate: Vocabulary  # a word of every explicit term: a passage without one is not read further
    by_term: dict[str, Entry]  # single-word terms: the entry of a form another entry's inflection also finds
    severity: dict[str, Severity]  # by concept
    sets: dict[str, frozenset[str]]  # the data's word sets (not_coded, compounds, candidate, others ...)
    mild: tuple[str, ...]  # stems of coded words that name work more than a trait (lead, decide, challenge)


@cache
def words() -> Words:
    from mobility_cli.features.lint.rules.catalogue_rules import entries

    (data,) = entries("gendered_wording.yaml")
    wordings: list[tuple[str, Entry]] = []
    listed = {term for group in data["explicit"].values() for term in group["terms"]}
    for concept, group in data["explicit"].items():
        for term, instead in group["terms"].items():
            wordings.append((term, Entry(term, concept, group["why"], instead)))
            if term.endswith("man") and term[:-3] + "men" not in listed:  # chairman: chairmen too
                plural = term[:-3] + "men"
                many = (w[:-6] + "people" if w.endswith("person") else w + "s" for w in instead.split(" or "))
                wordings.append((plural, Entry(plural, concept, group["why"], " or ".join(many))))  # salespeople
    wording_words = [p.split() for w, _ in wordings for p in expand(w)]
    singles = {p[0] for p in wording_words if len(p) == 1}  # a phrase gates on a word that is a term, or its longest
    gate = singles | {max(p, key=len) for p in wording_words if singles.isdisjoint(p)}
    stems = ["|".join(re.escape(s).replace(r"\-", "[-‐‑–]?") for s in data[kind]) for kind in ("masculine", "feminine")]
    return Words(
        re2.compile(rf"(?i)\b(?:(?P<m>{stems[0]})|(?P<f>{stems[1]}))\pL*(?:['’]\pL+)*"),  # RE2: one automaton
        Vocabulary.of(Entry(term, "technical", "", "") for term in data["technical"]),
        Vocabulary.of_wordings(wordings, data["unless"]),
        Vocabulary.of(Entry(word, "", "", "") for word in sorted(gate)),
        {w: e for w, e in wordings if w.replace("'", "").isalpha()},
        {concept: Severity(group["severity"]) for concept, group in data["explicit"].items()},
        {name: frozenset(str(w) for w in found) for name, found in data["sets"].items()},
        tuple(data["mild"]),
    )

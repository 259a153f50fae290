"""The parts of a post each kind of rule reads: requirements, evaluation, and prose for wording rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mobility_cli.located import TextLine
from mobility_cli.model import Posting, normalise_title
from mobility_cli.parse.masking import readable_lines

REQUIREMENTS = ("What We're Looking For", "What we are looking for", "Requirements")
WORK = ("What You'll Work On", "What you will work on")
APPLY = ("How to Apply",)
_EQUAL_OPPORTUNITY = re.compile(r"equal opportunit|diversity|inclusion|accommodation", re.IGNORECASE)
# What an equal-opportunity statement says, whatever its heading ("Our commitment to you", "Adjustments"):
# protected characteristics, and the promise not to judge by them.
_PROTECTED = re.compile(
    r"\b(?:race|colou?r|religion|gender|sex|sexual orientation|age|disabilit(?:y|ies)|national origin|ethnicity"
    r"|pregnan\w*|veteran|marital|caring responsibilities|neurodivergen\w*)\b",
    re.IGNORECASE,
)
_PROMISE = re.compile(
    r"\b(?:equal opportunit\w*|regardless of|we welcome|welcome applications|everyone is welcome|discriminat\w*"
    r"|reasonable adjustments?|accommodations?|adjustments?)\b",
    re.IGNORECASE,
)


def equal_opportunity(section_text: str, title: str) -> bool:
    """A statement of equal opportunity, known by what it says (or by a heading that names one)."""
    if _EQUAL_OPPORTUNITY.search(title):
        return True
    protected = {m.group(0).lower() for m in _PROTECTED.finditer(section_text)}
    return bool(_PROMISE.search(section_text)) and (len(protected) >= 2 or "adjustment" in section_text.lower())


# Sections that ask something of candidates, whatever the post calls them (the template's is the first).
_ASKING = frozenset(
    normalise_title(title)
    for title in (
        *REQUIREMENTS,
        "Qualifications",
        "Preferred qualifications",
        "Nice to have",
        "Nice to haves",
        "Bonus",
        "Bonus points",
        "What you'll bring",
        "What you bring",
        "You have",
        "About you",
        "Must have",
        "Must haves",
    )
)
# A line that says something is *not* asked ("No degree needed", "You don't need Conduit experience").
_NOT_AN_ASK = re.compile(
    r"\bno\s+(?:[\w'/-]+\s+){0,3}(?:needed|required|necessary|expected)\b"
    r"|\b(?:not|never)\s+(?:required|needed|necessary|expected|a\s+must)\b"
    r"|\b(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+need\b",
    re.IGNORECASE,
)


def is_an_ask(text: str) -> bool:
    return _NOT_AN_ASK.search(text) is None


def requirements(post: Posting) -> tuple[TextLine, ...]:
    """Every bullet that asks something of a candidate: in any requirements-like section (nice-to-haves
    included), less the lines that say something is not needed."""
    asking = [s for s in post.sections if normalise_title(s.title) in _ASKING]
    return tuple(item for section in asking for item in section.items if is_an_ask(item.text))


def prose(post: Posting) -> Iterator[TextLine]:
    """Every line a reader sees, minus code, URLs, quoted phrases, comments and an equal-opportunity section.

    Masking keeps columns: masked spans become spaces, so positions still point at the right place.
    """
    skipped = {ln.line for s in post.sections if equal_opportunity(s.text, s.title) for ln in s.lines}
    for line in readable_lines(post.body, post.body_line):
        if line.line not in skipped:
            yield line

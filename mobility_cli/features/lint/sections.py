"""The parts of a post each kind of rule reads: requirements, evaluation, and prose for wording rules."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from mobility_cli.located import TextLine
from mobility_cli.model import Posting, PostSection, normalise_title
from mobility_cli.parse.masking import CommentMasker, readable_lines

REQUIREMENTS = ("What We're Looking For", "What we are looking for", "Requirements", "Qualifications")
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
    if not _PROMISE.search(section_text):
        return False  # most sections promise nothing: no need to collect what they name
    protected = {m.group(0).lower() for m in _PROTECTED.finditer(section_text)}
    return len(protected) >= 2 or "adjustment" in section_text.lower()


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
    r"|\b(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+need\b"
    r"|\?\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:fine|ok(?:ay)?|no\s+problem)\b|\?\s+no\s+problem\b"
    r"|^\W*(?:he|she|they|you)(?:\s+or\s+(?:he|she))?\s+will\s+report\s+to\b",  # a reporting line, not an ask
    re.IGNORECASE,
)


def is_an_ask(text: str) -> bool:
    return _NOT_AN_ASK.search(text) is None


def requirements(post: Posting) -> tuple[TextLine, ...]:
    """Every bullet and prose sentence that asks something of a candidate, in any requirements-like section
    (nice-to-haves included), less the lines that say something is not needed."""
    asking = [s for s in post.sections if normalise_title(s.title) in _ASKING]
    asked = (line for section in asking for line in (*section.items, *_sentences(section)))
    return tuple(sorted((line for line in asked if is_an_ask(line.text)), key=lambda line: line.line))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^a-z\s])")
# Prose in a requirements section that asks nothing: an invitation to apply, a question to the reader.
_NOT_A_REQUIREMENT = re.compile(r"\bapply\b|\bhear from you\b|\?\s*$", re.IGNORECASE)


def _sentences(section: PostSection) -> Iterator[TextLine]:
    """The section's prose (not its bullets), one sentence at a time, each on the line where it starts.

    A paragraph's lines are joined first, so a sentence wrapped over two lines is one requirement. An
    introduction ending in a colon, a bold pseudo-heading ("**Nice to have**") and comments are not asks.
    """
    bullets = {item.line for item in section.items}
    paragraph: list[TextLine] = []
    for line in (*section.lines, TextLine("", -1)):
        starts_new = not paragraph or line.line != paragraph[-1].line + 1
        if paragraph and (starts_new or line.line in bullets):
            yield from _split(paragraph)
            paragraph = []
        if line.line in bullets or line.line < 0:
            continue
        text = CommentMasker().mask(line.text).strip()
        if text and not text.endswith(":") and not (text.startswith("**") and text.rstrip(":").endswith("**")):
            paragraph.append(TextLine(text, line.line))


def _split(paragraph: list[TextLine]) -> Iterator[TextLine]:
    text = " ".join(line.text for line in paragraph)
    starts: list[tuple[int, int]] = []  # (offset in the joined text, line number)
    offset = 0
    for piece in paragraph:
        starts.append((offset, piece.line))
        offset += len(piece.text) + 1
    position = 0
    for sentence in _SENTENCE_BREAK.split(text):
        where = text.find(sentence, position)
        position = where + len(sentence)
        number = starts[bisect_right(starts, (where, 1 << 62)) - 1][1]  # the line the sentence starts on
        if len(sentence.split()) >= 2 and not _NOT_A_REQUIREMENT.search(sentence):
            yield TextLine(sentence, number)


def prose(post: Posting) -> Iterator[TextLine]:
    """Every line a reader sees, minus code, URLs, quoted phrases, comments and an equal-opportunity section.

    Masking keeps columns: masked spans become spaces, so positions still point at the right place.
    """
    skipped = {ln.line for s in post.sections if equal_opportunity(s.text, s.title) for ln in s.lines}
    for line in readable_lines(post.body, post.body_line):
        if line.line not in skipped:
            yield line

"""An ask or a mention: whether a thing a passage names (a tool, a duration, a degree, a place) is asked of the
candidate -- a requirement, a preference or a condition -- or only mentioned: a channel to apply through, a
glossary entry that explains it, "no experience with it needed", a fact about the company, a benefit.

One decision for every rule that names a thing, so a tool, a number of years and a degree are told apart from
their mentions the same way. Patterns here are anchored on words and free of nested repeats."""

from __future__ import annotations

import re
from functools import lru_cache

from mobility_cli.features.reading.passage import (
    ABOUT,
    APPLY,
    BENEFITS,
    EQUAL_OPPORTUNITY,
    FIELD,
    HEADING,
    SENTENCE,
    TABLE_HEADER,
    Passage,
)

# A frame that asks, wherever the sentence stands: "experience with X", "you know X", "ideally you've used X".
_ASK_FRAME = re.compile(
    r"\b(?:experience[ds]?|knowledge|familiar(?:ity)?|proficien(?:t|cy)|expertise|expert|fluen(?:t|cy)|hands-on"
    r"|comfortable|background|track record|skilled|versed|mastery|worked (?:with|on|in)|used|using|have used"
    r"|know(?:s|ing)?|understand(?:s|ing)?|must|should|need(?:s|ed)? to|required|requirement|essential|ideally"
    r"|preferred|prefer(?:ably)?|a plus|a bonus|bonus (?:points|if)|nice to have|an advantage|advantageous"
    r"|would be (?:nice|great|good|helpful|handy|ideal|useful|welcome)"
    # evidence asked for: "a link to a Lantern test you set up", "a dashboard you built in Tidewater"
    r"|you\s+(?:have\s+|(?:'|’)ve\s+)?(?:set\s+up|built|ran|run|wrote|written|made|created|analy[sz]ed|shipped"
    r"|designed|configured|used)\b"
    r"|looking for|(?:candidates?|applicants?|someone|anyone|people) (?:with|who|should|must|need)"
    r"|expect(?:ed|s)? to (?:have|hold|bring|be)|we expect|hold(?:s|ing)? an?|you(?:'|’)ve|you have"
    r"|you(?:'|’)ll need|you bring"
    r"|at least|minimum|min\.|proven|demonstrable|certified|certification|qualified)\b",
    re.IGNORECASE,
)
# A frame that says it is not asked, or that it is only a way to reach someone.
_NOT_ASKED = re.compile(
    r"\bno\s+(?:[\w'’/-]+\s+){0,4}(?:needed|required|necessary|expected|assumed)\b"
    r"|\b(?:not|never)\s+(?:(?:a|an)\s+)?(?:required|needed|necessary|expected|requirement|prerequisite|a\s+must)\b"
    r"|\b(?:don(?:'|’)t|do\s+not|doesn(?:'|’)t|does\s+not|won(?:'|’)t|will\s+not)\s+(?:need|have\s+to|expect)\b"
    r"|\bnobody\s+(?:joins|arrives|starts|comes)\s+knowing\b"
    r"|\b(?:we(?:'|’)ll|we\s+will)\s+(?:teach|train|show|walk\s+you\s+through|onboard\s+you|introduce\s+you)\b"
    r"|\bnot\s+(?:at\s+)?how\s+(?:long|many\s+years)\b|\b(?:we\s+)?(?:don(?:'|’)t|do\s+not|never)\s+count\b"
    r"|\byou(?:'|’)ll\s+(?:learn|pair|be\s+taught|be\s+fine|be\s+ok(?:ay)?|pick\s+(?:it\s+|them\s+|this\s+)?up)\b|\byou\s+(?:can|will)\s+(?:learn|pick\s+(?:it|them|this)\s+up)\b"
    r"|\bcan\s+be\s+(?:learned|learnt|taught)\b|\bthat(?:'|’)s\s+(?:expected|fine|ok(?:ay)?)\b"
    r"|\?\s*(?:that(?:'|’)s|that\s+is|it(?:'|’)s|it\s+is)\s+(?:fine|ok(?:ay)?|expected|normal)|\bno\s+problem\b"
    r"|^\W*(?:none|n/?a|not\s+required|not\s+needed|no)\b(?!\s+(?:more|less|fewer)\b)"  # a field answered "None"
    r"|^\W*(?:he|she|they|you)(?:\s+or\s+(?:he|she))?\s+will\s+report\s+to\b",  # a reporting line, not an ask
    re.IGNORECASE,
)
# Who a sentence is about: prose in a requirements section asks only where it speaks of the candidate ("You have
# run ...", "The right person ...", "We need someone who ..."), not of the list or the team ("We know this list is
# short").
_CANDIDATE = re.compile(
    r"\b(?:you|your|you(?:'|’)(?:ve|re|ll|d)|candidates?|applicants?|the (?:right |ideal )?(?:person|candidate|hire)"
    r"|someone|anyone|we(?:'|’)re looking|we are looking|we need|we want|we(?:'|’)d (?:like|love)|we expect"
    r"|we require|must|should|required|essential|ideally|preferred|a plus)\b",
    re.IGNORECASE,
)
_CHANNEL = re.compile(
    r"\b(?:apply|applying|application|reply|write|message|ticket|submit|send|post|reach|contact)\b"
    r"[^.;:!?]{0,40}?\b(?:through|via|in|on|using|with)\s*$",
    re.IGNORECASE,
)


# A question the candidate asks (a FAQ's): "Q: Do I need to know Beacon?", "Can I apply if ...?"
_OWN_QUESTION = re.compile(
    r"^\W*(?:q\s*[:.)]\s*)?(?:do|does|can|could|should|will|would|am|must|is|are|have|what|how|when|who)\s+"
    r"(?:i|we)\b[^?]*\?",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def own_question(text: str) -> bool:
    """Whether the text is a question the reader asks (a FAQ's question), which asks nothing of them."""
    return _OWN_QUESTION.match(text) is not None


@lru_cache(maxsize=65536)
def negated(text: str) -> bool:
    """Whether the sentence says the thing is not needed, will be taught, or is fine not to know."""
    return _NOT_ASKED.search(text) is not None


@lru_cache(maxsize=65536)
def asks_something(text: str) -> bool:
    """Whether a line asks something by its own words (experience, knowledge, must, you have ...), not only by
    where it stands: how a section whose heading says nothing is known to hold requirements."""
    return _ASK_FRAME.search(text) is not None and not negated(text)


_OUR_SUBJECT = re.compile(r"\W*(?:we|we(?:'|’)re|our|it|it(?:'|’)s|this|these|that|there|they)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def about_the_candidate(sentence: str) -> bool:
    """Whether a sentence of prose speaks of the candidate or of what is asked, not of the list or the team: one
    whose subject is "we", "it" or "this" asks only where it names the candidate ("we know this list is short"
    does not; "we need someone who ..." does)."""
    if _CANDIDATE.search(sentence) is not None:
        return True
    return _OUR_SUBJECT.match(sentence) is None and _ASK_FRAME.search(sentence) is not None


def asked(passage: Passage, start: int, end: int) -> bool:
    """Whether the thing at text[start:end] is asked of the candidate.

    In a requirements or nice-to-have passage it is, unless the passage says it is not needed or names it as
    the glossary entry's own label. Elsewhere (the work, the company, how to apply) it is only where an asking
    frame stands in the same sentence ("you'll need to know Tidewater already"), and never where it is the
    channel to apply through, a benefit, a fact about the company or an equal-opportunity promise."""
    text = passage.text
    if negated(text) or passage.role == EQUAL_OPPORTUNITY or own_question(text):
        return False
    if passage.kind == FIELD and passage.label and passage.label.strip("* ").lower() == text[start:end].lower():
        return False
    if _CHANNEL.search(text[max(0, start - 60) : start]):
        return False
    if passage.asking:
        return True
    if passage.role in (BENEFITS, APPLY, ABOUT) and not _asking_clause(text, start, end):
        return False
    return _asking_clause(text, start, end)


def _asking_clause(text: str, start: int, end: int) -> bool:
    """An asking frame in the clause around the thing (a clause ends at . ; ! ? or a colon)."""
    left = max((text.rfind(mark, 0, start) for mark in ".;!?"), default=-1) + 1
    rights = [i for i in (text.find(mark, end) for mark in ".;!?") if i >= 0]
    clause = text[left : min(rights) if rights else len(text)]
    return _ASK_FRAME.search(clause) is not None


# Prose in a requirements section that asks nothing: an invitation to apply, a question to the reader, an
# introduction to a list.
_NOT_A_REQUIREMENT = re.compile(
    r"\bapply\b|\bhear from you\b|\?\s*$|:\s*$|^\W*(?:here\s+(?:is|are)|below|the\s+following|in\s+short)\b",
    re.IGNORECASE,
)


def requirements_of(passages: tuple[Passage, ...]) -> tuple[Passage, ...]:
    """Every list item, table row, field and prose sentence that asks something of a candidate, wherever the
    post asks it (a section whose heading or content asks, nice-to-haves included), less what says something
    is not needed; a sentence of prose only where it speaks of the candidate."""
    return tuple(p for p in passages if p.asking and p.kind not in (HEADING, TABLE_HEADER) and _asks(p))


def _asks(passage: Passage) -> bool:
    if negated(passage.text) or own_question(passage.text):
        return False
    if passage.kind == SENTENCE:
        words = len(passage.text.split())
        return words >= 2 and not _NOT_A_REQUIREMENT.search(passage.text) and about_the_candidate(passage.text)
    return True

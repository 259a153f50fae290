"""What each part of a post is for, by meaning: a heading's words ("Skills & Experience", "What we expect from
you", "Your profile", "Who you are" all ask; "What we offer", "Perks" give), and a passage's own content, so a
benefit, an invitation to apply or an equal-opportunity promise inside a requirements list is read as what it
is, and a section ends where its content changes kind."""

from __future__ import annotations

import re
from functools import lru_cache

from mobility_cli.features.reading.passage import (
    ABOUT,
    APPLY,
    BENEFITS,
    EQUAL_OPPORTUNITY,
    NICE,
    OTHER,
    REQUIREMENTS,
    RESPONSIBILITIES,
)

# A heading's words for each role, tested in this order: the most specific cue wins (a nice-to-have names
# requirements too, so it is tested before them). Each cue is a word start, matched case-insensitively.
_APOSTROPHE = "(?:'|’)?"
_HEADING_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        EQUAL_OPPORTUNITY,
        (
            "equal",
            "diversity",
            "inclusi",
            "belonging",
            "accommodat",
            "adjustment",
            "commitment to you",
            "everyone is welcome",
            "discriminat",
        ),
    ),
    (
        NICE,
        (
            "nice",
            "bonus",
            "plus\\b",
            "pluses",
            "preferred",
            "desirabl",
            "would be great",
            "extra credit",
            "ideal",
            "ideally",
            "advantage",
            "optional",
            "good to have",
            "even better",
        ),
    ),
    (
        BENEFITS,
        (
            "benefit",
            "perk",
            "we offer",
            "what we offer",
            "offer\\b",
            "what you" + _APOSTROPHE + "ll get",
            "you" + _APOSTROPHE + "ll get",
            "in return",
            "compensation",
            "salary",
            "pay\\b",
            "package",
            "reward",
            "why join",
            "why work",
            "what's in it",
            "what is in it",
        ),
    ),
    (
        APPLY,
        (
            "apply",
            "application",
            "how to",
            "next step",
            "process",
            "interview",
            "hiring",
            "recruit",
            "timeline",
            "contact",
            "questions",
        ),
    ),
    (
        REQUIREMENTS,
        (
            "require",
            "qualif",
            "looking for",
            "need",
            "must",
            "expect",
            "bring",
            "you have",
            "about you",
            "who you are",
            "profile",
            "skill",
            "experience",
            "background",
            "competenc",
            "toolbox",
            "what it takes",
            "candidate",
            "should have",
            "you" + _APOSTROPHE + "ll have",
            "you are",
            "you" + _APOSTROPHE + "re",
            "your strengths",
            "we" + _APOSTROPHE + "re after",
            "know-how",
            "essential",
            "criteria",
            "education",
        ),
    ),
    (
        RESPONSIBILITIES,
        (
            "work on",
            "responsib",
            "duties",
            "tasks",
            "what you" + _APOSTROPHE + "ll do",
            "you will do",
            "day to day",
            "day-to-day",
            "a day in",
            "the role",
            "the job",
            "mission",
            "challenge",
            "impact",
            "project",
            "what you" + _APOSTROPHE + "ll work",
        ),
    ),
    (
        ABOUT,
        (
            "about us",
            "about the company",
            "about the team",
            "about our",
            "who we are",
            "our team",
            "our company",
            "our story",
            "our culture",
            "our values",
            "the team",
            "company",
            "culture",
            "values",
            "faq",
            "frequently asked",
        ),
    ),
)
_HEADING_CUES = tuple(
    (role, re.compile(r"\b(?:" + "|".join(words) + ")", re.IGNORECASE)) for role, words in _HEADING_WORDS
)


# Words that name a requirements section only in a short heading ("Experience", "Skills & background"): in a
# longer one they are more likely a team or a title ("Product Analyst, Carrier Experience").
_LOOSE_WORDS = re.compile(
    r"(?:skills?|experiences?|backgrounds?|profiles?|education|candidates?|criteria)", re.IGNORECASE
)


@lru_cache(maxsize=65536)  # the same words recur across a program's posts
def heading_role(title: str) -> str:
    """The role a heading gives the passages under it."""
    short = len(title.split()) <= 3
    for role, cue in _HEADING_CUES:
        for found in cue.finditer(title):
            word = title[found.start() :].split()[0].strip(",.:;&!?")
            if short or not _LOOSE_WORDS.fullmatch(word):
                return role
    return OTHER


_BENEFIT = re.compile(
    r"\b(?:paid (?:leave|time off|holidays?)|days? (?:of )?(?:paid )?(?:leave|holiday|off)|annual leave|vacation"
    r"|\bpto\b|parental leave|sabbatical|(?:health|dental|life|medical|private|travel|vision) (?:insurance|cover|plan)"
    r"|pension|401\(?k\)?|stock options?|equity|home[- ]office (?:budget|allowance|stipend)|(?:learning|training|"
    r"conference|equipment|wellbeing|wellness) (?:budget|allowance|stipend)|stipend|allowance|a new laptop"
    r"|laptop of your choice|gym|we (?:pay|offer|provide|send you|give you|cover|reimburse)"
    r"|salary|pay band|bonus scheme|employee discount|flexible (?:hours|working)|(?:a |an )?budget (?:you|of|for)"
    r"|€\s?\d|\$\s?\d|£\s?\d)",
    re.I,
)
_APPLY = re.compile(
    r"\b(?:to apply|apply (?:by|through|via|with|in|on|here|now|before|online|for (?:this|the) role)"
    r"|how to apply|interested\?|drop (?:us |me )?a (?:note|line|message)|reply (?:in|on) #|reply (?:to this|in the)"
    r"|send (?:us |me )?(?:a|your|an) (?:note|message|cv|résumé|resume|application|email)|reach out|get in touch"
    r"|post in #|questions are welcome|will set up a (?:chat|call)|we(?:'|’)ll (?:get back|reply|be in touch)"
    r"|after you apply|applications? (?:close|are kept|will be|is open)|shortlisted candidates)",
    re.I,
)
_PROTECTED = re.compile(
    r"\b(?:race|colou?r|religion|belief|gender|sex|sexual orientation|age|disabilit(?:y|ies)|national origin"
    r"|ethnicity|ethnic|pregnan\w*|veteran|marital|caring responsibilities|neurodivergen\w*|background)\b",
    re.I,
)
_PROMISE = re.compile(
    r"\b(?:equal opportunit\w*|regardless of|we welcome|welcome applications|everyone is welcome|discriminat\w*"
    r"|reasonable adjustments?|accommodations?|adjustments?|not (?:on )?(?:your )?(?:age|gender)|nothing else"
    r"|we hire on|we don(?:'|’)t (?:decide|judge|care)|irrespective of)\b",
    re.I,
)


_EVERYONE = re.compile(
    r"\bwelcom\w*\s+(?:\w+\s+){0,3}(?:of|from)\s+(?:all|every|any)\s+(?:backgrounds?|walks\s+of\s+life)\b", re.I
)


@lru_cache(maxsize=65536)  # the same words recur across a program's posts
def equal_opportunity(text: str) -> bool:
    """A promise not to judge by protected characteristics, known by what it says."""
    if "equal opportunit" in text.lower() or _EVERYONE.search(text):
        return True
    if not _PROMISE.search(text):
        return False
    protected = {m.group(0).lower() for m in _PROTECTED.finditer(text)}
    return len(protected) >= 2 or "adjustment" in text.lower() or "accommodation" in text.lower()


@lru_cache(maxsize=65536)  # the same words recur across a program's posts
def content_role(text: str, item: bool = False) -> str | None:
    """The role a passage's own words give it when they are not an ask: an equal-opportunity promise, an
    invitation to apply (not for a list item: lists of steps are rare inside requirements), or a benefit; None
    when its words alone do not say."""
    if equal_opportunity(text):
        return EQUAL_OPPORTUNITY
    if not item and _APPLY.search(text):
        return APPLY
    if _BENEFIT.search(text) and not _ASKS_SKILL.search(text):
        return BENEFITS
    return None


# Words that make a passage about the candidate's skill, whatever else it names ("manages a budget").
_ASKS_SKILL = re.compile(
    r"\b(?:experience|experienced|knowledge|skills?|abilit(?:y|ies)|able to|familiar|proficien\w*|fluent|degree"
    r"|manag(?:e|es|ing) (?:a |the )?budgets?|you (?:have|know|are)|must|should|required|requirement)\b",
    re.I,
)

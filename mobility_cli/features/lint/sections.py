"""The parts of a post each kind of rule reads: requirements, evaluation, and prose for wording rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mobility_cli.model import Line, Posting

REQUIREMENTS = ("What We're Looking For", "What we are looking for", "Requirements")
WORK = ("What You'll Work On", "What you will work on")
APPLY = ("How to Apply",)
_EQUAL_OPPORTUNITY = re.compile(r"equal opportunit|diversity|inclusion|accommodation", re.IGNORECASE)
_CODE = re.compile(r"`[^`]*`")
_URL = re.compile(r"https?://\S+|www\.\S+")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_COMMENT = re.compile(r"<!--.*?-->")


def requirements(post: Posting) -> tuple[Line, ...]:
    section = post.section(*REQUIREMENTS)
    return section.items if section else ()


def prose(post: Posting) -> Iterator[Line]:
    """Every line a reader sees, minus code, URLs, quoted phrases, comments and an equal-opportunity section.

    Masking keeps columns: masked spans become spaces, so positions still point at the right place.
    """
    skip = {s.title for s in post.sections if _EQUAL_OPPORTUNITY.search(s.title)}
    skipped_lines = {ln.line for s in post.sections if s.title in skip for ln in s.lines}
    in_fence = False
    for number, text in enumerate(post.body.split("\n"), post.body_line):
        if text.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or number in skipped_lines:
            continue
        for pattern in (_COMMENT, _CODE, _URL, _QUOTED):
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
        yield Line(text, number)

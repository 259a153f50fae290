"""The parts of a post each kind of rule reads: requirements, evaluation, and prose for wording rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mobility_cli.located import TextLine
from mobility_cli.model import Posting
from mobility_cli.parse.masking import readable_lines

REQUIREMENTS = ("What We're Looking For", "What we are looking for", "Requirements")
WORK = ("What You'll Work On", "What you will work on")
APPLY = ("How to Apply",)
_EQUAL_OPPORTUNITY = re.compile(r"equal opportunit|diversity|inclusion|accommodation", re.IGNORECASE)


def requirements(post: Posting) -> tuple[TextLine, ...]:
    section = post.section(*REQUIREMENTS)
    return section.items if section else ()


def prose(post: Posting) -> Iterator[TextLine]:
    """Every line a reader sees, minus code, URLs, quoted phrases, comments and an equal-opportunity section.

    Masking keeps columns: masked spans become spaces, so positions still point at the right place.
    """
    skipped = {ln.line for s in post.sections if _EQUAL_OPPORTUNITY.search(s.title) for ln in s.lines}
    for line in readable_lines(post.body, post.body_line):
        if line.line not in skipped:
            yield line

"""The parts of a post each kind of rule reads: requirements, evaluation, and prose for wording rules."""

from __future__ import annotations

from collections.abc import Iterator

from mobility_cli.features.reading.passage import EQUAL_OPPORTUNITY, Passage
from mobility_cli.located import TextLine
from mobility_cli.model import Posting
from mobility_cli.parse.masking import readable_lines

REQUIREMENTS = ("What We're Looking For", "What we are looking for", "Requirements", "Qualifications")
WORK = ("What You'll Work On", "What you will work on")
APPLY = ("How to Apply",)


def is_an_ask(text: str) -> bool:
    """Whether a line asks at all: not where it says something is not needed (features/reading/asks.py)."""
    from mobility_cli.features.reading.asks import negated

    return not negated(text)


def requirements(post: Posting) -> tuple[Passage, ...]:
    """Every list item, table row, field and prose sentence that asks something of a candidate, wherever the
    post asks it (any section whose heading or content asks, nice-to-haves included), less what says something
    is not needed, benefits, invitations to apply and equal-opportunity promises (features/reading)."""
    from mobility_cli.features.reading.post import read_post

    return requirements_of(read_post(post))


def requirements_of(passages: tuple[Passage, ...]) -> tuple[Passage, ...]:
    from mobility_cli.features.reading.asks import requirements_of as asked

    return asked(passages)


def prose(post: Posting, passages: tuple[Passage, ...]) -> Iterator[TextLine]:
    """Every line a reader sees, minus code, URLs, quoted phrases, comments and equal-opportunity promises.

    Masking keeps columns: masked spans become spaces, so positions still point at the right place.
    """
    skipped = {line for p in passages if p.role == EQUAL_OPPORTUNITY for _, line, _ in p.anchors}
    for line in readable_lines(post.body, post.body_line):
        if line.line not in skipped:
            yield line

"""The template's section titles, and a post's requirements as the reader (features/reading) finds them: what the
policy rules, requirement drift and `diff` ask of a post."""

from __future__ import annotations

from mobility_cli.features.reading.passage import Passage
from mobility_cli.model import Posting

REQUIREMENTS = ("What We're Looking For", "What we are looking for", "Requirements", "Qualifications")
WORK = ("What You'll Work On", "What you will work on")
APPLY = ("How to Apply",)


def requirements(post: Posting) -> tuple[Passage, ...]:
    """Every list item, table row, field and prose sentence that asks something of a candidate, wherever the
    post asks it (any section whose heading or content asks, nice-to-haves included), less what says something
    is not needed, benefits, invitations to apply and equal-opportunity promises (features/reading)."""
    from mobility_cli.features.reading.asks import requirements_of
    from mobility_cli.features.reading.post import read_post

    return requirements_of(read_post(post))

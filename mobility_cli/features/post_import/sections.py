"""What an imported section is for, by its heading: the requirements, the work, or how to apply, in the words
careers pages use ("Qualifications", "What you'll bring", "Responsibilities", "Your day to day"). The strongest
heading of each kind takes the title the program's template gives that section, so the linter and the board
read an imported post as they read one written from the template; every other heading stays as written."""

from __future__ import annotations

from mobility_cli.features.reading import passage as roles
from mobility_cli.model import normalise_title

REQUIREMENTS, WORK, APPLY = "requirements", "work", "apply"
STRONG, WEAK = 2, 1
# The reader's roles (features/reading/roles.py: one place that knows what a heading means) as the template's
# three sections; a nice-to-have, benefits or the company are none of them.
_KINDS = {roles.REQUIREMENTS: REQUIREMENTS, roles.RESPONSIBILITIES: WORK, roles.APPLY: APPLY}
# One word that names a section only loosely: another heading of the same kind is the better place for it.
_LOOSE = frozenset(
    {"skills", "experience", "profile", "background", "competencies", "the role", "your role", "the job"}
)
# Headings that name the page or a part of it, never the job: no title is taken from them.
_NOT_A_TITLE = frozenset(
    normalise_title(t)
    for t in (
        "Job description",
        "Description",
        "Overview",
        "Job overview",
        "Summary",
        "Job summary",
        "Position summary",
        "Introduction",
        "Details",
        "Job details",
        "About us",
        "About the company",
        "Who we are",
        "Benefits",
        "What we offer",
    )
)


def cue(title: str) -> tuple[str, int] | None:
    """The kind of section a heading names, and how surely; None for any other heading."""
    from mobility_cli.features.reading.roles import heading_role

    kind = _KINDS.get(heading_role(title))
    if kind is None:
        return None
    return kind, WEAK if normalise_title(title) in _LOOSE else STRONG


def heading_kind(title: str) -> str | None:
    """A heading's kind, for deciding whether it can be a post's title ("Requirements" never is)."""
    found = cue(title)
    if found is not None:
        return found[0]
    return "page" if normalise_title(title) in _NOT_A_TITLE else None

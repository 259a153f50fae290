"""A passage: the unit a rule reads (a list item, a sentence of prose, a table row, a field line, a heading), in
the words a reader sees, with the way back to the line and column of the text as written."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

# What a part of a post is for, known from its heading and its own content (roles.py).
REQUIREMENTS = "requirements"  # what the candidate must have or show
NICE = "nice"  # what is preferred, a plus, a bonus
RESPONSIBILITIES = "responsibilities"  # the work itself
BENEFITS = "benefits"  # what the company gives
APPLY = "apply"  # how to apply, the process
ABOUT = "about"  # the company, the team, the product
EQUAL_OPPORTUNITY = "equal-opportunity"  # a promise not to judge by protected characteristics
HEADER = "header"  # the bold-key lines at the top (**Role**: ...)
OTHER = "other"
ASKING = frozenset({REQUIREMENTS, NICE})

# How a passage is written.
ITEM = "item"  # a list item, whatever its marker
SENTENCE = "sentence"  # a sentence of prose
ROW = "row"  # a table row (its cells joined with " | ")
FIELD = "field"  # a "Name: value" line (job-board field, bold key)
HEADING = "heading"
TABLE_HEADER = "table-header"  # a table's header row: the label of the rows below it, not an ask


@dataclass(slots=True, unsafe_hash=True)  # not frozen: a frozen class sets each field through object.__setattr__,
class Passage:  # and a post is read into tens of thousands of passages; nothing changes one once it is made
    """`text` is what a reader reads: the marker, HTML tags and emphasis removed, entities decoded, a sentence
    wrapped over several lines joined into one. `anchors` map offsets in `text` back to the file: each is
    (offset, line, column), the position where the piece of text starting at that offset was written."""

    text: str
    line: int
    kind: str = SENTENCE
    role: str = OTHER
    section: str = ""  # the heading it stands under ("" before the first)
    label: str = ""  # its context: a field's name, a parent item's label ("Operations"), a column's header
    anchors: tuple[tuple[int, int, int], ...] = ()
    level: int = 0  # a heading's level: 1-6 as written in Markdown or HTML, 7 for a bold, capitalised or colon line

    def position(self, offset: int = 0) -> tuple[int, int]:
        """The (line, column), both 1-based, in the file of the character at `offset` in `text`."""
        if not self.anchors:
            return self.line, offset + 1
        index = bisect_right(self.anchors, (offset, 1 << 62, 0)) - 1
        start, line, column = self.anchors[max(index, 0)]
        return line, column + max(offset - start, 0)

    @property
    def asking(self) -> bool:
        """Whether it stands where a post asks something of candidates (requirements or nice to have)."""
        return self.role in ASKING

"""A post's body as passages (passage.py): the one front end every rule reads through.

structure.py finds the blocks of each line; here wrapped lines are joined, headings of every kind open sections,
nested items and table rows take their label, paragraphs are split into sentences, and every passage gets its
role from its section's heading and its own words (roles.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from mobility_cli.features.reading.asks import about_the_candidate, asks_something
from mobility_cli.features.reading.passage import (
    ABOUT,
    APPLY,
    ASKING,
    BENEFITS,
    EQUAL_OPPORTUNITY,
    FIELD,
    HEADER,
    HEADING,
    ITEM,
    OTHER,
    REQUIREMENTS,
    ROW,
    SENTENCE,
    TABLE_HEADER,
    Passage,
)
from mobility_cli.features.reading.roles import content_role, heading_role
from mobility_cli.features.reading.structure import Block, physical_blocks
from mobility_cli.model import Posting
from mobility_cli.parse.masking import mask_line

_DEFINITION = re.compile(r"(?:the|a|an|our|their|its)\s", re.IGNORECASE)
_HEADER_KEYS = frozenset({"role", "team", "location", "work style", "work_style", "time zone", "timezone", "level"})
_TERMINAL = (".", "!", "?", ":", ";")


def read_post(post: Posting) -> tuple[Passage, ...]:
    """Every passage of the post's body, in order."""
    return tuple(read_body(post.body, post.body_line))


def read_body(body: str, first_line: int = 1) -> Iterator[Passage]:
    units = _labelled(_joined(physical_blocks(body, first_line)))
    yield from _by_content(list(_with_roles(units)))


def _by_content(passages: list[Passage]) -> Iterator[Passage]:
    """A section whose heading says nothing of its role ("The person", "Du", a team's own words) takes it from
    its items: where most of them ask something of the candidate, they are its requirements."""
    start = 0
    while start < len(passages):
        end = start + 1
        while end < len(passages) and passages[end].kind != HEADING:
            end += 1
        section = passages[start:end]
        items = [p for p in section if p.kind in (ITEM, ROW) and p.role == OTHER]
        unknown = section[0].kind == HEADING and section[0].role == OTHER and len(items) >= 2
        if unknown and sum(asks_something(p.text) for p in items) * 2 >= len(items):
            section = [replace(p, role=REQUIREMENTS) if p in items else p for p in section]
        yield from section
        start = end


def _pseudo_heading(block: Block) -> bool:
    """A line that acts as a heading: bold all through, capitalised all through, or a short line ending in a
    colon (not a list item: "Familiar with these terms, for example:" asks something)."""
    if block.shape != "text":
        return False
    words = block.text.split()
    letters = [c for c in block.text if c.isalpha()]
    if block.bold and len(words) <= 10 and not block.text.rstrip().endswith("."):
        return True
    if len(letters) >= 3 and not any(c.islower() for c in letters) and len(words) <= 8:
        return True
    return block.text.rstrip().endswith(":") and len(words) <= 10


def _continues(previous: Block, block: Block) -> bool:
    """Whether a line with no blank line before it goes on with the block above: a paragraph's next line, or a
    wrapped list item (indented, or starting in lower case where the item did not end a sentence). A heading
    was made one when it was read (`_joined`), so only the new line is looked at: linear in the paragraph."""
    if block.shape != "text" or previous.shape == "heading" or _pseudo_heading(block):
        return False
    if previous.shape == "text":
        return True
    if previous.shape == "item":
        first = block.text[:1]
        unfinished = not previous.text.rstrip().endswith(_TERMINAL)
        return block.indent > previous.indent or (first.islower() or (unfinished and not first.isupper()))
    return False


def _joined(blocks: Iterator[Block | None]) -> list[Block]:
    units: list[Block] = []
    listed = list(blocks)
    blank = True
    for index, block in enumerate(listed):
        if block is None:
            blank = True
            continue
        following = next((b for b in listed[index + 1 : index + 3] if b is not None), None)
        after_heading = bool(units) and units[-1].shape == "heading"
        titled = (blank or after_heading) and _titled_line(block, following, listed[index + 1 : index + 2] == [None])
        if titled or _marked_title(block, following):
            block.shape = "heading-line"  # marked now, made a heading below: it starts no paragraph
        if units and not blank and block.shape != "heading-line" and _continues(units[-1], block):
            units[-1].extend(block.text, block.anchors)
        else:
            if _pseudo_heading(block) or block.shape == "heading-line":
                block.shape, block.level, block.text = "heading", 7, block.text.rstrip().rstrip(":").rstrip()
            units.append(block)
        blank = False
    return units


_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from"})


def _marked_title(block: Block, following: Block | None) -> bool:
    """A heading decorated with a symbol ("✨ What You'll Work On" over "⭐ Small changes"), known as one because
    the items under it have another marker and its words name a section."""
    if block.shape != "item" or following is None or following.shape != "item" or following.marker == block.marker:
        return False
    if block.marker[:1].isalnum() or block.marker in ("-", "*", "+") or len(block.text.split()) > 8:
        return False
    return not block.text.rstrip().endswith((".", ",", ";", "!")) and heading_role(block.text) != OTHER


def _titled_line(block: Block, following: Block | None, gap: bool) -> bool:
    """A heading pasted as plain text ("What You'll Work On" on its own line, the list right under it): one short
    line after a blank, with no sentence's end, written in Title Case or naming a section's role, and something
    right under it."""
    words = block.text.split()
    if block.shape != "text" or following is None or not 1 <= len(words) <= 8 or len(block.text) > 60:
        return False
    if block.text.rstrip().endswith((".", ",", ";", "!", "?")) or following.shape == "heading":
        return False
    titled = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)
    if gap and following.shape not in ("item", "row", "field", "separator"):
        return heading_role(block.text) != OTHER  # a short line alone: a heading only where its words say so
    return titled or heading_role(block.text) != OTHER


def _labelled(units: list[Block]) -> list[Block]:
    """Table rows take their table's header row as their label; items under a short item that ends in a colon
    ("Operations:") take it as theirs, and that item is a label, not an ask."""
    parents: list[Block] = []
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if unit.shape == "row" and following is not None and following.shape == "separator":
            unit.shape = "header-row"
        elif unit.shape == "row" and index >= 2 and units[index - 1].shape in ("row", "separator"):
            header = next((u for u in reversed(units[:index]) if u.shape == "header-row"), None)
            unit.context = header.text if header else ""
        if unit.shape != "item":
            parents = []
            continue
        while parents and parents[-1].indent >= unit.indent:
            parents.pop()
        if parents and parents[-1].text.endswith(":"):
            unit.context = parents[-1].text.rstrip(":")
            if len(parents[-1].text.split()) <= 4:
                parents[-1].shape = "label"
        parents.append(unit)
    return [u for u in units if u.shape != "separator"]


_KIND = {"item": ITEM, "row": ROW, "field": FIELD, "text": SENTENCE, "heading": HEADING, "label": HEADING}


def _with_roles(units: list[Block]) -> Iterator[Passage]:
    section, role, seen_heading, drifted = "", OTHER, False, False
    for unit in units:
        if unit.shape == "heading":
            section, seen_heading, drifted = unit.text, True, False
            # a bold or colon line within a section, or a question (a FAQ's), goes on with the section's role
            question = unit.text.rstrip().endswith("?")  # "Do I need to know Java?" in a FAQ asks nothing
            found = OTHER if question else heading_role(unit.text)
            role = role if found == OTHER and (unit.level == 7 or question) else found
            yield _passage(unit, unit.text, HEADING, role, section, unit.level)
            continue
        kind = _KIND.get(unit.shape, TABLE_HEADER if unit.shape == "header-row" else SENTENCE)
        if unit.shape == "text":
            for text, anchors, line in _sentences(unit):
                # a paragraph's sentences each say what they are: one promise of accommodation does not make
                # the lifting and sitting before it a promise too
                mine = role if role == EQUAL_OPPORTUNITY else content_role(text) or _drifting(role, drifted, text)
                drifted = drifted or (role in ASKING and mine not in ASKING)
                yield Passage(_masked(text, mine), line, kind, mine, section, unit.label or unit.context, anchors)
            continue
        own = _own_role(unit, role, seen_heading)
        yield _passage(unit, unit.text, HEADING if unit.shape == "label" else kind, own, section)


def _drifting(role: str, drifted: bool, text: str) -> str:
    """A sentence's role once a section's prose has turned to something else (benefits, how to apply): the
    section's own again only where the sentence asks of the candidate."""
    return role if not drifted or about_the_candidate(text) else OTHER


def _own_role(unit: Block, role: str, seen_heading: bool) -> str:
    """A passage's role: a field's name says it ("Education:" asks, "Location:" is the header); a benefit, an
    invitation to apply or an equal-opportunity promise says it by its words; else its section's."""
    if unit.label and unit.shape == "field":
        if unit.label.lower() in _HEADER_KEYS:
            return HEADER
        named = heading_role(unit.label)
        if named != OTHER:
            return named
    if not seen_heading and unit.shape == "field":
        return HEADER
    if unit.shape == "item" and unit.label:  # "- **Conduit**: our pipeline framework": a glossary's definition
        named = heading_role(unit.label)
        if named != OTHER:
            return named
        if _DEFINITION.match(unit.text) and role not in (BENEFITS, EQUAL_OPPORTUNITY, APPLY):
            return ABOUT
    if role == EQUAL_OPPORTUNITY:
        return role
    return content_role(unit.text, item=unit.shape != "text") or role


def _passage(unit: Block, text: str, kind: str, role: str, section: str, level: int = 0) -> Passage:
    anchors = tuple(unit.anchors) or ((0, unit.line, 1),)
    label = unit.label or unit.context  # its own name (a field's), else what it stands under
    return Passage(_masked(text, role), unit.line, kind, role, section, label, anchors, level)


def _masked(text: str, role: str) -> str:
    """Quoted phrases are mentions except where the post asks: a requirement in quotes is still asked."""
    return text if role in ASKING or role == REQUIREMENTS else mask_line(text)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^a-z\s])")


def _sentences(unit: Block) -> Iterator[tuple[str, tuple[tuple[int, int, int], ...], int]]:
    """A paragraph's sentences, each with its anchors and the line it starts on."""
    start, offsets = 0, [a[0] for a in unit.anchors]
    for match in [*_SENTENCE_BREAK.finditer(unit.text), None]:
        end = match.start() if match else len(unit.text)
        text = unit.text[start:end].strip()
        if text:
            offset = unit.text.index(text, start)
            anchors = _from(unit.anchors, offsets, offset, end)
            yield text, anchors, anchors[0][1]
        start = match.end() if match else end


def _from(
    anchors: list[tuple[int, int, int]], offsets: list[int], start: int, end: int
) -> tuple[tuple[int, int, int], ...]:
    """The anchors of text[start:end], offsets made relative to `start` (found by bisection in the anchors'
    `offsets`: a paragraph of many lines and many sentences is read in linear time)."""
    from bisect import bisect_left, bisect_right

    first = max(bisect_right(offsets, start) - 1, 0)
    last = bisect_left(offsets, end)
    kept = []
    for index in range(first, max(last, first + 1)):
        if index >= len(anchors):
            break
        offset, line, column = anchors[index]
        kept.append((max(offset - start, 0), line, column + max(start - offset, 0)))
    return tuple(kept) or ((0, anchors[0][1] if anchors else 1, 1),)


__all__ = ["EQUAL_OPPORTUNITY", "FIELD", "HEADER", "read_body", "read_post"]

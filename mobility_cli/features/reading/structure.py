"""A post body's structure, whatever shape it arrived in: headings (Markdown, bold-only, capitalised or ending
in a colon), list items whatever their marker (`-`, `•`, `➤`, `✔`, `🔹`, `1)`, `(a)`), table rows, field lines
("Experience: 3 years"), and paragraphs, with a list item or a paragraph wrapped over several lines joined into
one block. Each line is scanned once by hand or with anchored patterns free of nested repeats."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from mobility_cli.features.reading.html_text import Piece, read_html_line
from mobility_cli.parse.markdown import heading_of
from mobility_cli.parse.masking import CommentMasker, mask_line, unfenced

_NUMBERED = re.compile(r"(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)][ \t]+|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\)[ \t]+")
_FIELD = re.compile(r"([A-Z][A-Za-z'’/&-]*(?:[ ][A-Za-z'’/&()-]+){0,4})[ \t]*:[ \t]+(\S.*)")
_SEPARATOR = re.compile(r"[|: \t-]+")
# Not field names: the start of an ordinary sentence that happens to hold a colon.
_NOT_A_FIELD = frozenset({"note", "nb", "p.s", "ps", "tip", "example", "e.g", "i.e", "update", "edit"})
_BULLET_PUNCTUATION = frozenset("•◦▪▫‣⁃∙·–—-*+>»›→⇒●○■□◆◇♦✓✔☑✗✘★☆")


@dataclass(slots=True)
class Block:
    """One unit of the body before sentences are split: a heading, an item, a row, a field or a paragraph."""

    shape: str  # heading, item, row, field, text
    text: str
    line: int
    anchors: list[tuple[int, int, int]] = field(default_factory=list)  # (offset, line, column)
    indent: int = 0
    level: int = 0  # a heading's level: 1-6 for Markdown and HTML, 7 for a bold, capitalised or colon line
    label: str = ""  # a field's name; a table's header for a row
    bold: bool = False
    marker: str = ""  # an item's marker as written ("-", "•", "✨", "1)")
    context: str = ""  # what it stands under: a parent item's label ("Operations"), a table's header row

    def extend(self, text: str, anchors: list[tuple[int, int, int]]) -> None:
        """Join a wrapped line: one space, then the line's text, its anchors shifted."""
        shift = len(self.text) + 1
        self.text += " " + text
        self.anchors += [(offset + shift, line, column) for offset, line, column in anchors]


def _marker(text: str) -> int:
    """The length of a list marker (and the space after it) at the start of `text`, or 0."""
    first = text[:1]
    if not first:
        return 0
    if first in _BULLET_PUNCTUATION or unicodedata.category(first) in ("So", "Sk"):
        end = 1
        while end < len(text) and (
            unicodedata.category(text[end]) in ("Mn", "Cf", "So", "Sk") or text[end] == "\ufe0f"
        ):
            end += 1  # an emoji's variation selector or a second symbol
        if end < len(text) and text[end] in " \t" and not text.startswith("**"):
            return end + 1 + (len(text[end + 1 :]) - len(text[end + 1 :].lstrip()))
        return 0
    numbered = _NUMBERED.match(text)
    return numbered.end() if numbered else 0


def _unbold(text: str) -> tuple[str, int, bool]:
    """Text without `**` or `__` around all of it: (text, characters removed at the start, whether it was)."""
    for mark in ("**", "__"):
        if text.startswith(mark) and text.rstrip().endswith(mark) and len(text.strip()) > 4:
            inner = text.strip()[2:-2]
            if mark not in inner:
                return inner, 2, True
    return text, 0, False


def _shape_of(piece: Piece, line: int) -> Block | None:
    """A piece of a line as a block: what its Markdown (or its HTML tags) make it."""
    raw = piece.text
    stripped = raw.lstrip()
    if not stripped.strip():
        return None
    start = len(raw) - len(stripped)
    anchors = [(o, line, c) for o, c in piece.anchors]
    block = Block(piece.shape, stripped.rstrip(), line, _shift(anchors, start), indent=start)
    if piece.shape == "heading":
        block.level = piece.level
        return block
    if piece.shape == "text" and (heading := heading_of(stripped)) is not None:
        level, title = heading
        return Block("heading", title, line, _shift(anchors, start + stripped.find(title)), start, level)
    if piece.shape == "text" and stripped.startswith("|"):
        if _SEPARATOR.fullmatch(stripped.strip()):
            return Block("separator", "", line)
        cells = stripped.rstrip().rstrip("|").rstrip()
        inner = cells.lstrip("|")
        lead = len(cells) - len(inner.lstrip())
        return Block("row", inner.strip(), line, _shift(anchors, start + lead), start)
    if piece.shape == "text" and (length := _marker(stripped)):
        block = Block("item", stripped[length:].rstrip(), line, _shift(anchors, start + length), start)
        block.marker = stripped[:length].strip().rstrip(".)").lstrip("(")[:1] if stripped[0].isalnum() else ""
        block.marker = block.marker or stripped[:length].strip()
    return _emphasis(block, piece)


def _emphasis(block: Block, piece: Piece) -> Block:
    """Bold around a whole short line makes it a heading; a leading `**Name**:` makes a field."""
    text, cut, bold = _unbold(block.text)
    if bold:
        block.text, block.anchors, block.bold = text, _shift(block.anchors, cut), True
    elif piece.all_bold():
        block.bold = True
    if block.text.startswith("**") and (end := block.text.find("**", 2)) > 2:
        name, rest = block.text[2:end], block.text[end + 2 :]
        if rest.startswith(":") or name.endswith(":"):  # **Name**: value or **Name:** value
            value = rest.lstrip(":").lstrip()
            if value:
                block.label = name.rstrip(":").strip()
                block.anchors = _shift(block.anchors, len(block.text) - len(value))
                block.text, block.shape = value, "field" if block.shape == "text" else block.shape
                return block
    return _field(block)


def _field(block: Block) -> Block:
    """`Name: value` (a job-board field line), when the name is a short capitalised phrase."""
    found = _FIELD.fullmatch(block.text)
    if found is None or found.group(1).lower().rstrip(".") in _NOT_A_FIELD or block.shape == "row":
        return block
    if len(found.group(1)) > 40 or "http" in found.group(1).lower():
        return block
    block.label = found.group(1).strip()
    block.anchors = _shift(block.anchors, found.start(2))
    block.text = found.group(2).rstrip()
    block.shape = "field" if block.shape == "text" else block.shape
    return block


def _shift(anchors: list[tuple[int, int, int]], cut: int) -> list[tuple[int, int, int]]:
    """Anchors for the text with its first `cut` characters removed."""
    kept: list[tuple[int, int, int]] = []
    for index, (offset, line, column) in enumerate(anchors):
        end = anchors[index + 1][0] if index + 1 < len(anchors) else 1 << 62
        if end <= cut:
            continue
        kept.append((max(offset - cut, 0), line, column + max(cut - offset, 0)))
    return kept


def physical_blocks(body: str, first_line: int, quotes: bool = False) -> Iterator[Block | None]:
    """Every line's blocks in order, None for a blank line (a paragraph break); fenced code and comments are
    left out, code spans and URLs blanked (quoted phrases too where `quotes`)."""
    comments = CommentMasker()
    for line in unfenced(body, first_line):
        text = mask_line(comments.mask(line.text), quotes=quotes)
        if not text.strip():
            yield None
            continue
        for block in _blocks_of(text):
            yield _placed(block, line.line)


@lru_cache(maxsize=65536)
def _blocks_of(text: str) -> tuple[Block, ...]:
    """A line's blocks, worked out once per distinct line (headings, template lines and boilerplate recur across
    a program's posts), at line 1; `_placed` copies them to the line they are on."""
    return tuple(b for b in (_shape_of(piece, 1) for piece in read_html_line(text)) if b is not None)


def _placed(block: Block, line: int) -> Block:
    """A fresh copy of a cached block on its line (blocks are extended when wrapped lines are joined)."""
    anchors = [(offset, line, column) for offset, _, column in block.anchors]
    b = block
    return Block(b.shape, b.text, line, anchors, b.indent, b.level, b.label, b.bold, b.marker, b.context)

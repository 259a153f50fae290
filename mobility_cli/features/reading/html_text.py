"""HTML left in a post's text, read with a real HTML parser (the standard library's): tags become structure,
entities become characters, and every character keeps the column it was written at.

A post pasted from an applicant-tracking system or a careers page carries `<p>`, `<br>`, `<ul><li>`, `<strong>`,
`&nbsp;` and `&rsquo;` into the Markdown. One physical line may hold several blocks (`<li>a</li><li>b</li>`), so a
line reads as a list of `Piece`s: its text, where each part of it was written, and what the tags made of it.
Nothing is run and nothing is fetched: the parser only reports tags, text and references.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Tags that start a new block of text; the value is what the block is.
_BLOCKS = {"p": "text", "div": "text", "br": "text", "li": "item", "tr": "row", "dt": "item", "dd": "item"}
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD = frozenset({"strong", "b"})
_SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template"})
_CELLS = frozenset({"td", "th"})


@dataclass
class Piece:
    """One block of a line: `text` with `anchors` (offset in text, column in the line, 1-based)."""

    shape: str = "text"  # text, item, row, heading
    text: str = ""
    anchors: list[tuple[int, int]] = field(default_factory=list)
    bold: int = 0  # characters of the text that were inside <strong>/<b>
    level: int = 0  # a heading's level

    def add(self, text: str, column: int, bold: bool) -> None:
        if not text:
            return
        self.anchors.append((len(self.text), column))
        self.text += text
        self.bold += len(text.strip()) if bold else 0

    def all_bold(self) -> bool:
        return bool(self.text.strip()) and self.bold >= len(self.text.strip()) - 2


class _LineReader(HTMLParser):
    """Feeds one line; collects pieces. Positions come from `getpos()`, so entities keep exact columns."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.pieces: list[Piece] = [Piece()]
        self.bold = 0
        self.skipping = 0
        self.cells = 0

    def _column(self) -> int:
        return self.getpos()[1] + 1

    def _start(self, shape: str, level: int = 0) -> None:
        last = self.pieces[-1]
        if last.text.strip() or last.shape != "text":
            self.pieces.append(Piece(shape, level=level))
        else:
            last.shape, last.level = shape, level

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BOLD:
            self.bold += 1
        elif tag in _HEADINGS:
            self._start("heading", int(tag[1]))
        elif tag in _BLOCKS:
            self._start(_BLOCKS[tag])
            self.cells = 0
        elif tag in _CELLS:
            if self.cells:
                self.pieces[-1].add(" | ", self._column(), False)
            self.cells += 1
            if self.pieces[-1].shape == "text" and not self.pieces[-1].text.strip():
                self.pieces[-1].shape = "row"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._start("text")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in _BOLD:
            self.bold = max(self.bold - 1, 0)
        elif tag in _HEADINGS or tag in _BLOCKS:
            self._start("text")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.pieces[-1].add(data.replace("\xa0", " ").replace(_LITERAL_LT, "<"), self._column(), self.bold > 0)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, written: str) -> None:
        if not self.skipping:
            decoded = html.unescape(written).replace("\xa0", " ")
            self.pieces[-1].add(decoded, self._column(), self.bold > 0)


def has_html(line: str) -> bool:
    """Whether a line may hold a tag or an entity (the cheap test before any parsing)."""
    return "<" in line or "&" in line


_LITERAL_LT = "\ue000"  # a '<' that opens no tag, kept as text (a private-use character, mapped back)


def _closed_tags_only(line: str) -> str:
    """The line with every '<' that cannot open a complete tag made literal, in one pass: a '<' with no '>'
    before the next '<', or one that opens a declaration, comment or instruction (`<!`, `<?`, already blanked
    where they are comments). The standard library's parser rescans an unfinished tag on every feed, which is
    quadratic on "<a <a <a ..."; with every tag complete, it reads the line once. Columns are unchanged."""
    chars = list(line)
    opened = -1
    for index, char in enumerate(line):
        if char == "<":
            if opened >= 0:
                chars[opened] = _LITERAL_LT
            opened = index
        elif char == ">":
            opened = -1
    if opened >= 0:
        chars[opened] = _LITERAL_LT
    for index, char in enumerate(chars):
        if (char == "<" and line[index + 1 : index + 2] in ("!", "?", "", " ", "=")) or (
            char == "<" and quotes_open(line, index)
        ):
            chars[index] = _LITERAL_LT
    return "".join(chars)


def quotes_open(line: str, start: int) -> bool:
    """Whether a tag that starts at `start` leaves a quote open before its '>' (the parser would wait)."""
    end = line.find(">", start)
    inside = line[start:end] if end >= 0 else line[start:]
    return inside.count('"') % 2 == 1 or inside.count("'") % 2 == 1


def read_html_line(line: str) -> list[Piece]:
    """The blocks of one line with its HTML read (a line without tags or entities is one text piece)."""
    if not has_html(line):
        piece = Piece()
        piece.add(line, 1, False)
        return [piece]
    reader = _LineReader()
    try:
        reader.feed(_closed_tags_only(line))
        reader.close()
    except (AssertionError, ValueError):  # malformed markup: read the line as it is written
        piece = Piece()
        piece.add(line, 1, False)
        return [piece]
    return [p for p in reader.pieces if p.text.strip() or p.shape != "text"] or [Piece()]

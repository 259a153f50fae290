"""An HTML page (a saved careers page, an applicant-tracking system's export) as Markdown: headings stay
headings, lists become `- ` items (nested ones indented), paragraphs and `<br>` lines stay apart, tables become
Markdown tables (a table used only to lay a page out gives its cells' text in order), `<dt>`/`<dd>` pairs become
`Name: value` lines, bold stays bold and links stay links (web and mail addresses only).

Elements the page marks as a fact rather than prose (an element classed as the location or team, a schema.org
`itemprop`, a JSON-LD JobPosting) give that fact as a hint, so it lands in the post's header, not its text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from mobility_cli.features.post_import.blocks import bullet, clean, escaped, literal, table, tidy
from mobility_cli.features.post_import.html_tree import Node, Page, parse_page
from mobility_cli.features.post_import.intake import Converted

INLINE = frozenset(
    (
        *("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins"),
        *("kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt"),
        *("u", "var", "wbr"),
    )
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LAYOUT_CELL = frozenset(("ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"))
_LABEL = re.compile(r"(?:job\s+title|title|locations?|team|department|closing\s+date)\b\s*:?\s*", re.IGNORECASE)
_LINK = re.compile(r"(?:https?://|mailto:)[^\s()<>\[\]]{1,2000}")
MAX_HINT = 150  # longer text under a "location" class is prose about it, not the location


def field_of(node: Node) -> str | None:
    """The post field an element's markup says it holds (Greenhouse-, Lever-, Workday- and SmartRecruiters-like
    classes, ids, `itemprop` and `data-automation-id`), or None."""
    prop = node.attrs.get("itemprop", "").lower()
    automation = node.attrs.get("data-automation-id", "").lower()
    words = node.words()
    if prop == "title" or automation == "jobpostingheader" or ("title" in words and words & {"job", "app", "posting"}):
        return "role"
    if prop in ("joblocation", "addresslocality") or automation == "locations" or words & {"location", "locations"}:
        return "location"
    if prop == "department" or words & {"department", "team"}:
        return "team"
    if prop == "validthrough":
        return "closes"
    return None


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.hints: dict[str, str] = {}

    def blocks(self, node: Node) -> None:
        """A container: runs of text and inline elements become paragraphs, block children their own blocks."""
        run: list[Node | str] = []
        for child in node.children:
            if isinstance(child, str) or (child.tag in INLINE and not self._took_hint(child)):
                run.append(child)
                continue
            self._paragraph(run)
            run = []
            if not self._took_hint(child):
                self._block(child)
        self._paragraph(run)

    def _block(self, node: Node) -> None:
        tag = node.tag
        if tag in HEADINGS:
            text = clean(self.inline(node).replace("**", ""))
            if text:
                self.lines += [f"{'#' * HEADINGS[tag]} {literal(text)}", ""]
        elif tag in ("ul", "ol"):
            self._list(node, 0)
            self.lines.append("")
        elif tag == "table":
            self._table(node)
        elif tag == "dl":
            self._definitions(node)
        elif tag == "pre":
            self.lines += [escaped(clean(line)) for line in _text(node).split("\n") if line.strip()] + [""]
        else:
            self.blocks(node)
            self.lines.append("")

    def _took_hint(self, node: Node) -> bool:
        """An element that names a post field takes it (the first one does; a repeat of it is dropped)."""
        name = field_of(node)
        if name is None:
            return False
        text = _LABEL.sub("", clean(self.inline(node).replace("**", "")), count=1) if name != "closes" else ""
        text = text or node.attrs.get("content", "") or clean(_text(node))
        if not text or len(text) > MAX_HINT or self.hints.get(name, text) != text:
            return False
        self.hints[name] = text
        return True

    def _paragraph(self, run: list[Node | str]) -> None:
        text = "".join(self.inline(piece) for piece in run)
        lines = [escaped(clean(line)) for line in text.split("\n")]
        if any(lines):
            self.lines += [*lines, ""]

    def inline(self, piece: Node | str) -> str:
        """Text and inline markup as Markdown text, `<br>` as a line end (block children end lines too)."""
        if isinstance(piece, str):
            return piece.replace("\n", " ")
        tag = piece.tag
        if tag == "br":
            return "\n"
        inner = "".join(self.inline(child) for child in piece.children)
        if tag in ("b", "strong") or "font-weight:bold" in piece.attrs.get("style", "").replace(" ", ""):
            return "\n".join(_bold(part) for part in inner.split("\n"))
        if tag == "a":
            return _link(inner, piece.attrs.get("href", ""))
        return inner if tag in INLINE else f"\n{inner}\n"

    def _list(self, node: Node, depth: int) -> None:
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    self._item_line(depth, child)
            elif child.tag in ("ul", "ol"):
                self._list(child, depth + 1)
            elif not self._took_hint(child):
                if child.tag == "li":
                    self._item(child, depth)
                else:
                    self._list(child, depth)  # a wrapper around items, or a stray element: its text is an item

    def _item(self, item: Node, depth: int) -> None:
        nested = [c for c in item.children if isinstance(c, Node) and c.tag in ("ul", "ol")]
        ids = {id(c) for c in nested}
        text = "".join(self.inline(c) for c in item.children if id(c) not in ids)
        self._item_line(depth, text)
        for inner in nested:
            self._list(inner, depth + 1)

    def _item_line(self, depth: int, text: str) -> None:
        line = clean(text.replace("\n", " "))
        typed = bullet(line)
        line = typed[1] if typed else line  # a marker typed inside the item ("• Go") is the item's marker
        if line:
            self.lines.append(f"{'  ' * min(depth, 3)}- {literal(line)}")

    def _table(self, node: Node) -> None:
        rows = list(_rows(node))
        cells = [cell for row in rows for cell in row]
        layout = len(rows) < 2 or max(len(row) for row in rows) < 2 or any(_holds_blocks(c) for c in cells)
        if layout:
            for cell in cells:
                self.blocks(cell)
                self.lines.append("")
            return
        self.lines += [*table([[self.inline(c).replace("\n", " ") for c in row] for row in rows]), ""]

    def _definitions(self, node: Node) -> None:
        term = ""
        for child in node.children:
            if isinstance(child, str) or child.tag not in ("dt", "dd", "div"):
                continue
            if child.tag == "div":  # a pair wrapped in a div
                self._definitions(child)
                continue
            text = clean(self.inline(child).replace("\n", " "))
            if child.tag == "dt":
                term = text.rstrip(":")
            elif text:
                self.lines += [escaped(f"{term}: {text}" if term else text), ""]
                term = ""


def _bold(text: str) -> str:
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}**{core.replace('**', '')}**{trail}"


def _link(text: str, href: str) -> str:
    shown = text.strip()
    if not shown or not _LINK.fullmatch(href.strip()) or shown == href.strip():
        return text
    return f"[{shown.replace('[', '(').replace(']', ')')}]({href.strip()})"


def _text(node: Node) -> str:
    return "".join(c if isinstance(c, str) else ("\n" if c.tag == "br" else _text(c)) for c in node.children)


def _rows(node: Node) -> Iterator[list[Node]]:
    """The table's rows (in its head, bodies and foot too; not those of a table inside a cell)."""
    for child in node.children:
        if isinstance(child, str):
            continue
        if child.tag == "tr":
            yield [c for c in child.children if isinstance(c, Node) and c.tag in ("td", "th")]
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from _rows(child)


def _holds_blocks(cell: Node) -> bool:
    paragraphs = 0
    for child in cell.children:
        if isinstance(child, Node):
            if child.tag in _LAYOUT_CELL or _holds_blocks(child):
                return True
            paragraphs += child.tag in ("p", "div")
    return paragraphs > 1


def html_markdown(text: str) -> Converted:
    """The page as Markdown, with the facts its markup named; a page whose body is empty but whose JSON-LD holds
    the description (a page saved before its script filled it in) is read from that description."""
    page = parse_page(text)
    writer = _Writer()
    writer.blocks(page.root)
    postings = [p for block in page.json_ld for p in _job_postings(block)]
    for posting in postings:
        for name, value in _posting_hints(posting).items():
            writer.hints.setdefault(name, value)
    description = next((p.get("description") for p in postings if isinstance(p.get("description"), str)), None)
    if not tidy(writer.lines) and isinstance(description, str):
        inner = _Writer()
        inner.blocks(parse_page(description).root)
        writer.lines = inner.lines
    notes = _left_out(page)
    return Converted("html", tidy(writer.lines), writer.hints, notes)


def _left_out(page: Page) -> list[str]:
    shown = sorted(what for what in page.left_out if what != "the page's head")
    return [f"left out, as no part of the post: {', '.join(shown)}"] if shown else []


def _job_postings(block: str) -> Iterator[dict[str, object]]:
    """The schema.org JobPosting objects of a JSON-LD block (alone, in a list or in an @graph); read as data."""
    if len(block) > 512 * 1024:
        return
    try:
        data = json.loads(block)
    except ValueError:
        return
    found = data.get("@graph", [data]) if isinstance(data, dict) else data
    for item in found if isinstance(found, list) else []:
        if isinstance(item, dict) and item.get("@type") in ("JobPosting", ["JobPosting"]):
            yield item


def _posting_hints(posting: dict[str, object]) -> dict[str, str]:
    hints: dict[str, str] = {}
    if isinstance(posting.get("title"), str):
        hints["role"] = clean(str(posting["title"]))
    if isinstance(posting.get("validThrough"), str):
        hints["closes"] = str(posting["validThrough"])[:10]
    place = posting.get("jobLocation")
    place = place[0] if isinstance(place, list) and place else place
    address = place.get("address") if isinstance(place, dict) else None
    if isinstance(address, dict):
        parts = [address.get(k) for k in ("addressLocality", "addressRegion", "addressCountry")]
        named = ", ".join(clean(p) for p in parts if isinstance(p, str) and p.strip())
        if named:
            hints["location"] = named
    return hints

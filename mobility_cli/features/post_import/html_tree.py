"""An HTML page as a tree of elements, built from the events of libxml2's HTML parser (lxml, which python-docx
brings): entities decoded, the end tags pages leave out implied, nothing loaded from the network and nothing ever
run. The standard library's parser would do, but for the Python versions we support it takes quadratic time on
an unterminated tag repeated (`<a <a <a ...`), which a hostile page can hold; libxml2 reads any page in one pass.

Scripts, styles, forms, navigation and other page furniture are kept out of the tree and counted, so the reader
can say what it left out; a schema.org JSON-LD block is kept as data (it often names the closing date and the
location). Nesting deeper than `MAX_DEPTH` is flattened into the deepest element kept, so a hostile page cannot
exhaust the stack, and every end tag looks down at most that far."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_DEPTH = 120
VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "wbr"))
# Elements that hold no text of the post, by what they are.
FURNITURE = {
    "script": "scripts",
    "style": "styles",
    "noscript": "scripts",
    "template": "scripts",
    "svg": "images",
    "math": "images",
    "canvas": "images",
    "iframe": "embedded frames",
    "object": "embedded frames",
    "head": "the page's head",
    "title": "the page's head",
    "nav": "navigation",
    "footer": "the page footer",
    "form": "forms",
    "button": "buttons",
    "select": "forms",
    "textarea": "forms",
    "dialog": "pop-ups",
    "audio": "media",
    "video": "media",
}
# Words of a class, id or role that mark page furniture wrapped in ordinary elements.
_FURNITURE_WORDS = {
    "nav": "navigation",
    "navbar": "navigation",
    "navigation": "navigation",
    "menu": "navigation",
    "breadcrumb": "navigation",
    "breadcrumbs": "navigation",
    "footer": "the page footer",
    "contentinfo": "the page footer",
    "cookie": "a cookie notice",
    "cookies": "a cookie notice",
    "consent": "a cookie notice",
    "share": "share links",
    "sharing": "share links",
    "social": "share links",
    "btn": "buttons",
    "button": "buttons",
}
_SPLIT_WORDS = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def words(self) -> set[str]:
        """The lowercase words of the element's class, id and role (`sort-by-team`, `jobLocation` split)."""
        given = " ".join(self.attrs.get(name, "") for name in ("class", "id", "role"))
        return {w.lower() for w in _SPLIT_WORDS.split(given) if w}


@dataclass
class Page:
    root: Node
    json_ld: list[str]
    left_out: Counter[str]


def furniture(tag: str, attrs: dict[str, str], words: set[str]) -> str | None:
    """What an element is if it is page furniture (navigation, a cookie notice, a button), or None."""
    if tag in FURNITURE:
        return FURNITURE[tag]
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return "hidden elements"
    return next((_FURNITURE_WORDS[w] for w in sorted(words) if w in _FURNITURE_WORDS), None)


class _Builder:
    """The tree, from the parser's start, end and data events (lxml's parser target interface)."""

    def __init__(self) -> None:
        self.root = Node("#root")
        self.stack: list[Node] = [self.root]
        self.left_out: Counter[str] = Counter()
        self.json_ld: list[str] = []
        self.hidden = 0  # how many elements left out are open (their text is dropped)
        self.collecting: list[str] | None = None  # the text of a JSON-LD script being read

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        tag = str(tag).lower()
        given = {str(name).lower(): str(value) for name, value in attrib.items()}
        if tag == "script" and given.get("type", "").strip().lower() == "application/ld+json":
            self.collecting = []
        node = Node(tag, given)
        why = furniture(tag, given, node.words()) if not self.hidden else None
        if why:
            self.left_out[why] += 1
        if tag in VOID:
            if not self.hidden:
                self.stack[-1].children.append(node)
            return
        if self.hidden or why:
            self.hidden += 1
            node.attrs["data-mobility-hidden"] = "1"
        elif len(self.stack) <= MAX_DEPTH:
            self.stack[-1].children.append(node)
        else:
            return  # too deep: its content goes to the deepest element kept
        self.stack.append(node)

    def end(self, tag: str) -> None:
        tag = str(tag).lower()
        if tag == "script" and self.collecting is not None:
            self.json_ld.append("".join(self.collecting))
            self.collecting = None
        for depth in range(len(self.stack) - 1, max(0, len(self.stack) - 1 - MAX_DEPTH), -1):
            if self.stack[depth].tag == tag:
                for node in self.stack[depth:]:
                    self.hidden -= 1 if node.attrs.get("data-mobility-hidden") else 0
                del self.stack[depth:]
                return

    def data(self, data: str) -> None:
        if self.collecting is not None:
            self.collecting.append(data)
        if self.hidden:
            return
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)

    def comment(self, text: str) -> None:
        """Comments are no text of the post."""

    def close(self) -> None:
        """Nothing is left to do when the page ends: every open element simply ends with it."""


def parse_page(text: str) -> Page:
    """The page's tree (libxml2 recovers from any markup; nothing is fetched, nothing run)."""
    from importlib import import_module

    etree: Any = import_module("lxml.etree")  # lxml ships no type hints: it is used through this one call
    builder = _Builder()
    parser = etree.HTMLParser(target=builder, recover=True, no_network=True, remove_pis=True)
    if text.strip():
        try:
            parser.feed(text.lstrip("\ufeff"))
            parser.close()
        except etree.LxmlError:
            pass  # what could not be recovered ends the page; what was read before it stands
    return Page(builder.root, builder.json_ld, builder.left_out)

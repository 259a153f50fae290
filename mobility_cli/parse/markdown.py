"""Markdown documents of the program: front matter, headed sections, bullets and the seed's bold-key header.

Only the structure the program relies on is read here (headings and list items with their lines);
rendering Markdown to HTML is the site's business, not the parser's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.parse.yamldoc import YamlDoc, parse_yaml

_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*\S)\s*$")
_BOLD_KEY = re.compile(
    r"^\*\*([A-Za-z][A-Za-z _-]*?)\*\*\s*:\s*(.*?)\s*$"  # **Role**: value
    r"|^\*\*([A-Za-z][A-Za-z _-]*?):\*\*\s*(.*?)\s*$"  # **Role:** value
)


@dataclass(frozen=True)
class Item:
    """A list item (or a paragraph line) of a section, with its 1-based line in the file."""

    text: str
    line: int


@dataclass
class Section:
    title: str
    level: int
    line: int
    items: list[Item] = field(default_factory=list)
    lines: list[Item] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(item.text for item in self.lines)


@dataclass
class MarkdownDoc:
    file: str
    front: YamlDoc
    has_front_matter: bool
    body: str
    body_line: int
    sections: list[Section]
    bold_keys: dict[str, Item]
    diagnostics: list[Diagnostic]


def split_front_matter(text: str, file: str) -> tuple[YamlDoc, bool, str, int]:
    """Front matter between a first line `---` and the next `---` (or `...`) line."""
    lines = text.split("\n")
    if lines and lines[0].rstrip() == "---":
        for index in range(1, len(lines)):
            if lines[index].rstrip() in ("---", "..."):
                front = parse_yaml("\n".join(lines[1:index]), file, line_offset=1)
                return front, True, "\n".join(lines[index + 1 :]), index + 2
        doc = YamlDoc(file)
        doc.ok = False
        doc.diagnostics.append(
            Diagnostic(
                "yaml-syntax",
                Severity.ERROR,
                "the front matter that starts on line 1 is never closed",
                file,
                1,
                1,
                None,
                "end the front matter with a line of three dashes: ---",
            )
        )
        return doc, True, "", 1
    return YamlDoc(file), False, text, 1


def parse_markdown(text: str, file: str) -> MarkdownDoc:
    front, has_front, body, body_line = split_front_matter(text, file)
    sections: list[Section] = []
    bold: dict[str, Item] = {}
    current: Section | None = None
    in_fence = False
    for offset, raw in enumerate(body.split("\n")):
        line_no = body_line + offset
        if _FENCE.match(raw.lstrip()):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        heading = _HEADING.match(raw)
        if heading:
            current = Section(heading.group(2).strip(), len(heading.group(1)), line_no)
            sections.append(current)
            continue
        stripped = raw.strip()
        if not stripped:
            continue
        key = _BOLD_KEY.match(stripped)
        if key and (current is None or not current.items):
            name = (key.group(1) or key.group(3)).strip()
            value = key.group(2) if key.group(1) else key.group(4)
            bold.setdefault(name.lower().replace(" ", "_").replace("-", "_"), Item(value or "", line_no))
            continue
        if current is None:
            continue
        current.lines.append(Item(stripped, line_no))
        bullet = _BULLET.match(raw)
        if bullet:
            current.items.append(Item(bullet.group(1).strip(), line_no))
    return MarkdownDoc(file, front, has_front, body, body_line, sections, bold, list(front.diagnostics))


def normalise_title(title: str) -> str:
    """Section titles compare without case, punctuation or curly apostrophes."""
    return re.sub(r"[^a-z0-9]+", " ", title.lower().replace("’", "'").replace("'", "")).strip()

"""Markdown documents of the program: front matter, headed sections, bullets, and suppression comments.

Only the structure the program relies on is read here (headings and list items with their lines);
rendering Markdown to HTML is the site's business, not the parser's. Every pattern here is anchored and
free of nested or adjacent repeats, so each line is scanned in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Suppression, TextLine
from mobility_cli.parse.masking import unfenced
from mobility_cli.parse.yaml_document import YamlDoc
from mobility_cli.parse.yamldoc import parse_yaml

_HEADING = re.compile(r"(#{1,6})[ \t]+(\S.*)")
_BULLET = re.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(\S.*)")
_KEY_NAME = re.compile(r"[A-Za-z][A-Za-z _-]*")
_SUPPRESSION = re.compile(r"<!--[ \t]*mobility:[ \t]*(disable|disable-file)[ \t]*=([a-z0-9, \t-]*)-->")


@dataclass
class Section:
    title: str
    level: int
    line: int
    items: list[TextLine] = field(default_factory=list)  # list items
    lines: list[TextLine] = field(default_factory=list)  # every non-blank line, items included


@dataclass
class MarkdownDoc:
    file: str
    front: YamlDoc
    has_front_matter: bool
    body: str
    body_line: int
    sections: list[Section]
    bold_keys: dict[str, TextLine]  # the seed's header lines (`**Role**: value`), by normalised name
    suppressions: list[Suppression]
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


def heading_of(line: str) -> tuple[int, str] | None:
    """A line's ATX heading level and title (closing #s removed), or None."""
    match = _HEADING.fullmatch(line.rstrip())
    if match is None:
        return None
    title = match.group(2)
    stripped = title.rstrip("#")
    if stripped != title and (not stripped or stripped[-1] in " \t"):
        title = stripped
    return len(match.group(1)), title.strip()


def bullet_of(line: str) -> str | None:
    match = _BULLET.fullmatch(line.rstrip())
    return match.group(1).strip() if match else None


def bold_key_of(line: str) -> tuple[str, str] | None:
    """`**Role**: value` or `**Role:** value` as (role, value), or None; scanned by hand, in linear time."""
    if not line.startswith("**"):
        return None
    end = line.find("**", 2)
    if end < 0:
        return None
    name, rest = line[2:end], line[end + 2 :].strip()
    if name.endswith(":"):
        name = name[:-1]
    elif rest.startswith(":"):
        rest = rest[1:].strip()
    else:
        return None
    name = name.strip()
    if not _KEY_NAME.fullmatch(name):
        return None
    return name.lower().replace(" ", "_").replace("-", "_"), rest


def suppressions_in(text: str, first_line: int = 1) -> list[Suppression]:
    """Inline suppression comments, wherever they stand (fenced code included: a comment there is deliberate)."""
    found = []
    for number, line in enumerate(text.split("\n"), first_line):
        if "mobility:" not in line:
            continue
        for match in _SUPPRESSION.finditer(line):
            codes = tuple(sorted({c.strip() for c in match.group(2).split(",") if c.strip()}))
            if codes:
                found.append(Suppression(number, codes, match.group(1) == "disable-file"))
    return found


def parse_markdown(text: str, file: str) -> MarkdownDoc:
    front, has_front, body, body_line = split_front_matter(text, file)
    sections: list[Section] = []
    bold: dict[str, TextLine] = {}
    current: Section | None = None
    for line in unfenced(body, body_line):
        heading = heading_of(line.text)
        if heading:
            current = Section(heading[1], heading[0], line.line)
            sections.append(current)
            continue
        stripped = line.text.strip()
        if not stripped:
            continue
        key = bold_key_of(stripped) if current is None or not current.items else None
        if key is not None:
            bold.setdefault(key[0], TextLine(key[1], line.line))
            continue
        if current is None:
            continue
        current.lines.append(TextLine(stripped, line.line))
        bullet = bullet_of(line.text)
        if bullet:
            current.items.append(TextLine(bullet, line.line))
    suppressions = suppressions_in(text)
    return MarkdownDoc(file, front, has_front, body, body_line, sections, bold, suppressions, list(front.diagnostics))

"""A job post's document: its front matter, completed from the seed's bold-key header where it is silent.

The seed writes a post's fields as `**Role**: Senior Backend Engineer` lines instead of front matter. Both
forms are one document here, before the schema check runs, so the schema judges what the post says
whichever way it says it, and every field keeps the line it was written on.
"""

from __future__ import annotations

import re
from typing import Any

from mobility_cli.parse.markdown import MarkdownDoc, parse_markdown
from mobility_cli.parse.two_places import disagreements

_WORK_STYLE = re.compile(r"(\d{1,3})[ \t]*%[ \t]*(a?sync)", re.IGNORECASE)
HEADER_FIELDS = (
    "id",
    "role",
    "team",
    "track",
    "level",
    "location",
    "work_style",
    "status",
    "opened",
    "internal_until",
    "external_from",
    "closes",
)
_LOWERCASE = ("status", "track", "level", "id")


def header_value(name: str, text: str) -> Any:
    """A bold-key value as the front matter would hold it."""
    if name == "work_style":
        parts = {m.group(2).lower(): int(m.group(1)) for m in _WORK_STYLE.finditer(text)}
        return parts or text
    if name in _LOWERCASE:
        return text.strip().lower()
    return text


def parse_posting(text: str, file: str) -> MarkdownDoc:
    md = parse_markdown(text, file)
    front = md.front
    if front.data is None and front.ok:
        front.data = {}
    if not isinstance(front.data, dict):
        return md
    header = {name: header_value(name, md.bold_keys[name].text) for name in HEADER_FIELDS if name in md.bold_keys}
    md.diagnostics += disagreements(md, front.data, header)  # a fact in both places, said differently
    for name in HEADER_FIELDS:
        item = md.bold_keys.get(name)
        if item is None or name in front.data:
            continue
        front.data[name] = header_value(name, item.text)
        front.source_map.place(f"/{name}", (item.line, 1))
    return md

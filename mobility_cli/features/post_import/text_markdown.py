"""Plain text (a job board's page pasted into a file) and Markdown as the post's Markdown.

Plain text: the first line is the title where it reads as one; typed bullets (• ◦ ▪ ‣ – ➤ ✓ 🔹 ...) and
numbering (`1)`, `(a)`, `2.`) become `- ` items, nested by their indentation; lines a text editor wrapped are
joined again (a line is wrapped where the next word would not have fitted on it, or the next line goes on in
lowercase); a CAPITALISED line or a short one ending in a colon stands alone, to become a heading.
Markdown stays as written, but for typed bullets; its front matter gives its fields."""

from __future__ import annotations

import re

from mobility_cli.features.post_import.blocks import bullet, clean, escaped, heading_text, literal, tidy, words
from mobility_cli.features.post_import.fields import field_named, named_value
from mobility_cli.features.post_import.intake import Converted

MAX_TITLE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?]['\")\]]?$")
_MARKDOWN_ITEM = re.compile(r"[ \t]{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]")
_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]{0,40}):[ \t]*(.*)")
_SET_ANEW = frozenset(("id", "status", "opened", "internal_until", "external_from"))


def _title_like(line: str) -> bool:
    return (
        len(words(line)) <= MAX_TITLE_WORDS
        and not _SENTENCE_END.search(line)
        and bullet(line) is None
        and named_value(line) is None
    )


class _Lines:
    """The Markdown being written, and what the last line written was (text, an item, or a line standing
    alone), to know whether the next line goes on from it."""

    def __init__(self, width: int, indents: list[int]) -> None:
        self.out: list[str] = []
        self.last = "blank"
        self.last_length = 0
        self.width = width
        self.indents = indents

    def add(self, raw: str) -> None:
        line = clean(raw)
        if not line:
            self.out.append("")
            self.last = "blank"
            return
        item = bullet(raw)
        if item is not None:
            depth = min(self.indents.index(item[0]) if item[0] in self.indents else 0, 3)
            self._put("  " * depth + "- " + literal(item[1]), "item", raw)
        elif heading_text(line) or named_value(line):
            self.out += ["", escaped(line), ""]
            self.last = "alone"
        elif self.last in ("text", "item") and self._goes_on(raw, line):
            self.out[-1] += " " + line
            self.last_length = len(raw.strip())
        else:
            if self.last in ("text", "item"):
                self.out.append("")  # a new paragraph (after a list: not a continuation of its last item)
            self._put(escaped(line), "text", raw)

    def _put(self, line: str, kind: str, raw: str) -> None:
        self.out.append(line)
        self.last, self.last_length = kind, len(raw.strip())

    def _goes_on(self, raw: str, line: str) -> bool:
        """Whether the line continues the one before, which a text editor wrapped: it goes on in lowercase, the
        item before it wraps onto an indented line, or its first word would not have fitted on that line."""
        previous = self.out[-1]
        if previous.endswith(":"):
            return False
        if line[0].islower() and not _SENTENCE_END.search(previous):
            return True
        if self.last == "item" and raw[:1] in (" ", "\t"):
            return True
        first = line.split()[0]
        return 40 <= self.width <= 100 and self.last_length + 1 + len(first) > self.width


def text_markdown(text: str) -> Converted:
    raw = [line.rstrip().expandtabs(4) for line in text.split("\n")]
    filled = [line for line in raw if line.strip()]
    width = max((len(line.strip()) for line in filled), default=0)
    indents = sorted({item[0] for line in filled if (item := bullet(line)) is not None})
    lines = _Lines(width, indents)
    first = next((i for i, line in enumerate(raw) if line.strip()), len(raw))
    if first < len(raw) and _title_like(clean(raw[first])):
        lines.out += [f"# {literal(clean(raw[first]))}", ""]
        first += 1
    for line in raw[first:]:
        lines.add(line)
    return Converted("text", tidy(lines.out))


def markdown_markdown(text: str) -> Converted:
    """Markdown as written, typed bullets made Markdown items; its front matter's fields as hints, and the rest
    of it named in the notes (the new post's id, status and dates are set anew)."""
    lines = text.split("\n")
    hints: dict[str, str] = {}
    notes: list[str] = []
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            hints, notes = _front_matter(lines[1:end])
            lines = lines[end + 1 :]
    out: list[str] = []
    fenced = False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        item = None if fenced or _MARKDOWN_ITEM.match(line) else bullet(line)
        out.append(f"{'  ' * min(item[0] // 2, 3)}- {item[1]}" if item else line.rstrip())
    return Converted("markdown", tidy(out), hints, notes, "the front matter")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    hints: dict[str, str] = {}
    left: list[str] = []
    renewed: list[str] = []
    for line in lines:
        match = _FRONT_KEY.fullmatch(line.rstrip())
        if match is None:
            continue  # a nested value's line: its key is named below
        key, value = match.group(1), match.group(2).strip().strip("'\"")
        name = field_named(key)
        if key in _SET_ANEW:
            renewed.append(key)
        elif name and name not in ("opened", "renewed") and value:
            hints.setdefault(name, value)
        else:
            left.append(key)
    notes = [f"set anew for the new post: {', '.join(renewed)}"] if renewed else []
    if left:
        notes.append(f"not imported from the front matter: {', '.join(left)} (add them again where they still hold)")
    return hints, notes

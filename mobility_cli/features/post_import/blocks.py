"""The Markdown every reader of an imported file writes: a paragraph's text made safe to stand at the start of a
line, tables, list items from typographic bullets and numbering, and the lines people use as headings without
marking them as such (a bold-only line, a CAPITALISED line, a short line ending in a colon).

All patterns are anchored, with bounded repeats over distinct characters: each line is scanned once."""

from __future__ import annotations

import re

# Markers people type or paste in front of a list item. The ASCII ones need a space after them ("-5%" is no item).
_TYPOGRAPHIC = "•◦▪▫‣⁃∙·●○■□◆◇►▸▹▶➤➢➔→⇒»✓✔☑✅✗✘✦✧★☆❖❯–—🔹🔸🔷🔶👉✨📌"
_BULLET = re.compile(r"([ \t]*)(?:[" + _TYPOGRAPHIC + r"]\ufe0f?[ \t]*|[-*+][ \t]+)(\S.*)")
_NUMBERED = re.compile(r"([ \t]*)(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{2,4})\)|\d{1,3}\.)[ \t]+(\S.*)")
_ESCAPE = re.compile(r"(#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|>|\d{1,9}(?=[.)][ \t]))")
_BOLD_LINE = re.compile(r"\*\*([^*]{1,120})\*\*[ \t]*(:?)")
_SENTENCE_END = re.compile(r"[.!?]['\")\]]?$")
_WORD = re.compile(r"\w[\w'’&/-]*")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_CONTROL = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def clean(text: str) -> str:
    """One line of visible text: zero-width characters gone, no-break spaces and runs of spaces made one space."""
    return " ".join(text.translate(_CONTROL).replace("\xa0", " ").split())


def literal(text: str) -> str:
    """Text in which a `<` that would open an HTML tag (a page's `&lt;b&gt;`, decoded) stays a character: the
    post shows what the original showed, and holds no markup that was not there."""
    return _TAG_START.sub(r"\\<", text)


def escaped(text: str) -> str:
    """Paragraph text that Markdown must not read as a heading, a list item, a quote or a tag: `#1 in our market`."""
    text = literal(text)
    match = _ESCAPE.match(text)
    if match is None:
        return text
    marker = match.group(1)
    if marker[0].isdigit():
        return marker + "\\" + text[len(marker) :]
    return "\\" + text


def bullet(line: str) -> tuple[int, str] | None:
    """A typed list item (`• Go`, `1) Go`, `(a) Go`, `- Go`): its indentation and its text, or None."""
    match = _BULLET.fullmatch(line) or _NUMBERED.fullmatch(line)
    if match is None:
        return None
    return len(match.group(1).expandtabs(4)), match.group(2).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def heading_text(line: str) -> str | None:
    """The heading a line stands for when people mark one without Markdown: bold only (`**Requirements**`), all
    capitals (`ABOUT THE ROLE`, given in sentence case) or short and ending in a colon (`What you'll do:`)."""
    text = line.strip()
    bold = _BOLD_LINE.fullmatch(text)
    if bold:
        inner = bold.group(1).strip().rstrip(":").strip()
        if inner and len(words(inner)) <= 10 and not _SENTENCE_END.search(inner):
            return _capitals(inner)
        return None
    if text.startswith(("#", "|", "-", "*", "+", ">")) or _SENTENCE_END.search(text):
        return None
    bare = text.rstrip(":").strip()
    letters = [ch for ch in bare if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters) and len(words(bare)) <= 8:
        return _capitals(bare)
    if text.endswith(":") and 1 <= len(words(bare)) <= 5 and not any(mark in bare for mark in ",;:"):
        return bare
    return None


def _capitals(text: str) -> str:
    """A heading typed in capitals, in sentence case ("ABOUT THE ROLE" -> "About the role"); others as typed."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return text[0] + text[1:].lower()
    return text


def promote_headings(lines: list[str], first_level: int = 2) -> list[str]:
    """Lines people meant as headings, made Markdown headings: a heading-like line that starts a paragraph and
    has text after it. Its level is one below the last real heading (the page title aside), else `first_level`."""
    result: list[str] = []
    level = first_level
    seen_heading = False
    for index, line in enumerate(lines):
        marked = _atx_level(line)
        if marked:
            if seen_heading or marked > 1:
                level = min(marked + 1, 6)
            seen_heading = True
            result.append(line)
            continue
        starts = index == 0 or not lines[index - 1].strip() or _atx_level(lines[index - 1]) > 0
        title = heading_text(line) if starts and _has_text_after(lines, index) else None
        result.append(f"{'#' * level} {title}" if title else line)
    return result


def _atx_level(line: str) -> int:
    hashes = len(line) - len(line.lstrip("#"))
    return hashes if 1 <= hashes <= 6 and line[hashes : hashes + 1] in (" ", "\t") else 0


def _has_text_after(lines: list[str], index: int) -> bool:
    for later in lines[index + 1 : index + 40]:
        if later.strip():
            return not _atx_level(later)
    return False


def table(rows: list[list[str]]) -> list[str]:
    """Rows of cell texts as a Markdown table, the first row its header, every row as wide as the widest."""
    width = max(len(row) for row in rows)
    shown = [[_cell(c) for c in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(shown[0]) + " |", "|" + " --- |" * width]
    return lines + ["| " + " | ".join(row) + " |" for row in shown[1:]]


def _cell(text: str) -> str:
    return literal(clean(text)).replace("|", "\\|")


def tidy(lines: list[str]) -> list[str]:
    """No blank lines at either end, never two in a row."""
    kept: list[str] = []
    for line in lines:
        if line.strip() or (kept and kept[-1].strip()):
            kept.append(line.rstrip())
    while kept and not kept[-1].strip():
        kept.pop()
    return kept

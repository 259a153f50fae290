"""The one Markdown masker: which lines are fenced code, and which spans of a line a reader does not see as
prose (HTML comments, code spans, URLs, quoted phrases).

Used by the parser (fences), the linter (prose) and the site (comments), so they can never disagree.
Masked spans become spaces, so columns still point at the right place. Every function here scans its input
once, by hand: no pattern that can backtrack runs over text a pull request can write.
"""

from __future__ import annotations

from collections.abc import Iterator

from mobility_cli.located import TextLine

_FENCES = ("```", "~~~")
_QUOTES = (('"', '"'), ("“", "”"))
_URL_STARTS = ("http://", "https://", "www.")


def fence_of(line: str) -> str | None:
    """The fence characters that open or close a code block on this line (``` or ~~~), or None."""
    if "```" not in line and "~~~" not in line:
        return None  # most lines: two scans in C, no strip
    start = line.lstrip()[:3]
    return start if start in _FENCES else None


def unfenced(text: str, first_line: int = 1) -> Iterator[TextLine]:
    """Every line outside fenced code blocks (fence lines included in neither), with its line number.

    A block opened with ``` closes only with ```, and one opened with ~~~ only with ~~~, as in CommonMark.
    """
    open_fence: str | None = None
    for number, line in enumerate(text.split("\n"), first_line):
        fence = fence_of(line)
        if open_fence is None and fence is not None:
            open_fence = fence
            continue
        if open_fence is not None:
            if fence == open_fence:
                open_fence = None
            continue
        yield TextLine(line, number)


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        chars[index] = " "


def _mask_pairs(chars: list[str], text: str, opener: str, closer: str) -> None:
    """Blank every `opener ... closer` span of one line (an unclosed opener is left as it is)."""
    start = text.find(opener)
    while start >= 0:
        end = text.find(closer, start + len(opener))
        if end < 0:
            return
        _blank(chars, start, end + len(closer))
        start = text.find(opener, end + len(closer))


def _mask_urls(chars: list[str], text: str) -> None:
    lowered = text.lower()
    for prefix in _URL_STARTS:
        start = lowered.find(prefix)
        while start >= 0:
            end = start
            while end < len(text) and not text[end].isspace():
                end += 1
            _blank(chars, start, end)
            start = lowered.find(prefix, end)


def mask_line(text: str, quotes: bool = True) -> str:
    """The line with code spans, URLs and (unless `quotes` is False) quoted phrases blanked out."""
    if "`" not in text and '"' not in text and "“" not in text and "http" not in text and "www." not in text:
        return text
    chars = list(text)
    _mask_pairs(chars, text, "`", "`")
    _mask_urls(chars, "".join(chars))
    for opener, closer in _QUOTES if quotes else ():
        _mask_pairs(chars, "".join(chars), opener, closer)
    return "".join(chars)


class CommentMasker:
    """Blanks HTML comments line by line, including comments that span lines."""

    def __init__(self) -> None:
        self.inside = False

    def mask(self, text: str) -> str:
        if not self.inside and "<!--" not in text:
            return text
        chars = list(text)
        position = 0
        while position < len(text):
            if self.inside:
                end = text.find("-->", position)
                stop = len(text) if end < 0 else end + 3
                _blank(chars, position, stop)
                self.inside = end < 0
                position = stop
                continue
            start = text.find("<!--", position)
            if start < 0:
                break
            self.inside = True
            _blank(chars, start, start + 4)
            position = start + 4
        return "".join(chars)


def readable_lines(body: str, first_line: int = 1) -> Iterator[TextLine]:
    """The lines a reader sees as prose: outside fences, with comments, code, URLs and quotes blanked."""
    comments = CommentMasker()
    for line in unfenced(body, first_line):
        yield TextLine(mask_line(comments.mask(line.text)), line.line)


def without_comments(text: str) -> str:
    """The text with every HTML comment removed (for rendering: a comment is a note to editors)."""
    out: list[str] = []
    position = 0
    while True:
        start = text.find("<!--", position)
        if start < 0:
            out.append(text[position:])
            return "".join(out)
        out.append(text[position:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(out)
        position = end + 3

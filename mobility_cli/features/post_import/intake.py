"""What an imported file is, judged from its bytes before anything reads it: a Word document, HTML, Markdown or
plain text; or an empty, binary or oversized file, refused with a code and a hint a non-programmer can act on.

Each refusal is an `ImportRefused` carrying one diagnostic, so the command reports it the way `validate` reports
a finding (and the same code in JSON), and nothing is written."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity

MAX_INPUT_BYTES = 5 * 1024 * 1024  # a saved careers page with its styles inlined stays well under this

IMPORT_EMPTY = declare(
    "import-empty",
    "reading",
    Severity.ERROR,
    "The file given to `post import` holds no text to make a post from.",
    "An empty post would only hide that the copy went wrong (a page saved before it loaded, an empty paste).",
    "Copy the job post again and save it, or paste it: `mobility post import - < post.txt`.",
    fires="an empty file, or a saved page whose text is all in scripts",
    passes="a file holding the job post's text",
)
IMPORT_BINARY = declare(
    "import-binary",
    "reading",
    Severity.ERROR,
    "The file given to `post import` is not text, HTML or a Word .docx document (a PDF, an image, an old .doc).",
    "Reading bytes that are no text as text would write a post of garbage.",
    "Save the post as .docx, HTML or plain text (for a PDF: copy its text into a .txt file) and import that.",
    fires="a PDF, a picture, a Word 97-2003 .doc",
    passes="a .docx, .html, .md or .txt file",
)
IMPORT_TOO_LARGE = declare(
    "import-too-large",
    "reading",
    Severity.ERROR,
    "The file given to `post import` (or the post made from it) is larger than a job post can be.",
    "A job post is a few pages; a file this large is a whole site, an export of many posts, or a mistake.",
    "Save only the page of the one post (or copy its text into a .txt file) and import that.",
    fires="a 40 MB export of every open job",
    passes="the page of one job post",
)

KINDS = ("html", "markdown", "text", "docx")
KIND_NAMES = {"html": "HTML", "markdown": "Markdown", "text": "plain text", "docx": "Word document"}
_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",
}
_MAGIC = (  # what a binary file is, by its first bytes: named in the hint, with what to do instead
    (b"%PDF", "a PDF", "open it, copy the job post's text into a .txt file and import that"),
    (
        b"\xd0\xcf\x11\xe0",
        "an old Word (.doc) or Office file",
        "open it in Word and save it as .docx, then import that",
    ),
    (b"{\\rtf", "a Rich Text (.rtf) file", "open it in Word and save it as .docx, then import that"),
    (b"\x89PNG", "a picture", "import the job post's text instead of a picture of it"),
    (b"\xff\xd8\xff", "a picture", "import the job post's text instead of a picture of it"),
    (b"GIF8", "a picture", "import the job post's text instead of a picture of it"),
)
_HTML_START = re.compile(rb"\s*(?:<!--|<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b)", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:p|div|ul|ol|li|h[1-6]|br|table|strong|span|section|article)\b[^<>]{0,200}>", re.I)
_MARKDOWN_LINE = re.compile(r"^(?:#{1,6}[ \t]+\S|[-*+][ \t]+\S|\*\*[^*\n]{1,80}\*\*)", re.MULTILINE)
_CHARSET = re.compile(rb"<meta[^<>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_-]{1,40})", re.IGNORECASE)


class ImportRefused(Exception):
    """Nothing can be imported from the input: the one finding that says why."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def refuse(code: str, message: str, file: str, hint: str) -> ImportRefused:
    return ImportRefused(Diagnostic(code, Severity.ERROR, message, file, hint=hint))


@dataclass
class Converted:
    """The input as Markdown lines, with the facts its markup named without saying them in a sentence (an
    element classed as the location, a JSON-LD closing date) and what was left out on the way."""

    kind: str
    lines: list[str]
    hints: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    hinted_by: str = "the page's markup"  # where the hints were read, in words


def kind_of(data: bytes, name: str, given: str | None) -> str:
    """The kind asked for, else the one the file's name says, else the one its first bytes show."""
    if given:
        return given
    dot = name.rfind(".")
    by_name = _SUFFIXES.get(name[dot:].lower()) if dot >= 0 else None
    if by_name:
        return by_name
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:4096]
    if _HTML_START.match(head):
        return "html"
    text = head.decode("utf-8", errors="replace")
    if len(_HTML_TAG.findall(text)) >= 2:
        return "html"
    return "markdown" if _MARKDOWN_LINE.search(text) else "text"


def check_bytes(data: bytes, file: str, kind: str, limit: int = MAX_INPUT_BYTES) -> None:
    """Refuse an input too large, empty, or binary (by what its first bytes are; a .docx is judged as one)
    before any parsing."""
    if len(data) > limit:
        raise refuse(
            IMPORT_TOO_LARGE.code,
            f"the file is over {limit // (1024 * 1024)} MB, more than a job post can be; nothing was imported",
            file,
            "save only the page of the one post (or copy its text into a .txt file) and import that",
        )
    if not data.strip():
        raise refuse(IMPORT_EMPTY.code, "the file is empty; nothing was imported", file, _EMPTY_HINT)
    for magic, what, hint in _MAGIC if kind != "docx" else ():
        if data.startswith(magic):
            raise refuse(IMPORT_BINARY.code, f"the file is {what}, not a job post's text", file, hint)


_EMPTY_HINT = "copy the job post again and save it, or paste it: mobility post import - < post.txt"
_BINARY_HINT = "save the job post as .docx, HTML or plain text (.txt) and import that"


def decode(data: bytes, file: str, html: bool) -> str:
    """UTF-8 (a byte-order mark allowed), UTF-16 with a mark, the charset an HTML page declares, else Windows-1252
    (what Word and older tools write); text with control bytes in it is binary data, refused."""
    text = _decoded(data, html)
    if text is None or _binary(text):
        raise refuse(IMPORT_BINARY.code, "the file is binary data, not a job post's text", file, _BINARY_HINT)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise refuse(IMPORT_EMPTY.code, "the file holds no text; nothing was imported", file, _EMPTY_HINT)
    return text


def _decoded(data: bytes, html: bool) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096]) if html else None
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["cp1252"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def _binary(text: str) -> bool:
    """NUL bytes, or more than one control character in a hundred (text has tabs and line ends, nothing else)."""
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text[:65536] if ch < " " and ch not in "\t\n\r\f")
    return controls * 100 > min(len(text), 65536)

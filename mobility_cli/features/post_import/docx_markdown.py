"""A Word document (.docx, read with python-docx) as Markdown: paragraphs in a heading style become headings,
list paragraphs (a list style, Word's numbering, or a typed bullet) become `- ` items nested by their level,
tables become Markdown tables (a one-column table used to lay a page out gives its paragraphs), bold runs stay
bold and links keep their address.

The bytes are checked as a zip before python-docx sees them: not a zip, no Word document inside (a
spreadsheet, an OpenDocument file) and a zip that unpacks to more than a document can hold are refused with a
code, so a damaged or hostile file never reaches the XML parser (which resolves no entities either way)."""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Severity
from mobility_cli.features.post_import.blocks import bullet, clean, escaped, literal, table, tidy
from mobility_cli.features.post_import.intake import IMPORT_TOO_LARGE, Converted, refuse

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

IMPORT_BAD_DOCX = declare(
    "import-bad-docx",
    "reading",
    Severity.ERROR,
    "A .docx given to `post import` is not a Word document that can be read (not a zip, damaged, or another "
    "kind of file renamed).",
    "A damaged or renamed file would give a post with pieces missing, or none at all.",
    "Open the file in Word (or LibreOffice) and save it again as a Word Document (.docx), then import that.",
    fires="a .doc renamed to .docx, a download cut short, a spreadsheet",
    passes="a document saved by Word, Google Docs or LibreOffice as .docx",
)
MAX_UNPACKED = 64 * 1024 * 1024  # a job post with a few pictures unpacks to a few MB
MAX_PARTS = 2000
_HEADING = re.compile(r"heading ([1-9])", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list(?: (?:bullet|number|continue|paragraph))?(?: ([2-9]))?", re.IGNORECASE)
_SAVE_AGAIN = "open it in Word (or LibreOffice) and save it as a Word Document (.docx), then import that"
_OTHER_KINDS = (
    ("xl/workbook.xml", "a spreadsheet"),
    ("ppt/presentation.xml", "a presentation"),
    ("content.xml", "an OpenDocument file"),
)


def check_package(data: bytes, file: str) -> None:
    """Refuse what is not a readable .docx: before any XML is parsed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        old = data.startswith(b"\xd0\xcf\x11\xe0")
        what = "an old Word (.doc) file renamed .docx" if old else "not a .docx: it is not the zip file a .docx is"
        raise refuse(IMPORT_BAD_DOCX.code, f"the file is {what}", file, _SAVE_AGAIN) from None
    if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED:
        raise refuse(
            IMPORT_TOO_LARGE.code,
            f"the document unpacks to more than {MAX_UNPACKED // (1024 * 1024)} MB, more than a job post can be",
            file,
            "save only the post's text as .docx (without large pictures), or copy it into a .txt file",
        )
    names = {part.filename for part in parts}
    if "word/document.xml" not in names:
        kind = next((what for name, what in _OTHER_KINDS if name in names), "a zip file")
        raise refuse(IMPORT_BAD_DOCX.code, f"the file is {kind}, not a Word document", file, _SAVE_AGAIN)


def docx_markdown(data: bytes, file: str) -> Converted:
    import docx
    from docx.text.paragraph import Paragraph

    check_package(data, file)
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            lines += _paragraph(block) if isinstance(block, Paragraph) else _table(block)
    except Exception as exc:  # python-docx raises many kinds on a damaged part; every one means the same here
        reason = clean(str(exc))[:160] or type(exc).__name__
        raise refuse(IMPORT_BAD_DOCX.code, f"the Word document cannot be read ({reason})", file, _SAVE_AGAIN) from None
    notes = ["headers, footers, comments and text boxes of the document were not read"]
    return Converted("docx", tidy(lines), {}, notes)


def _paragraph(paragraph: Paragraph) -> list[str]:
    text = _runs(paragraph)
    plain = clean(text.replace("\n", " "))
    if not plain:
        return [""]
    style = paragraph.style.name if paragraph.style is not None and paragraph.style.name else ""
    heading = _HEADING.fullmatch(style)
    if heading or style == "Title":
        level = min(int(heading.group(1)), 6) if heading else 1
        return [f"{'#' * level} {literal(plain.replace('**', ''))}", ""]
    depth = _list_depth(paragraph, style)
    typed = bullet(plain)
    if depth is None and typed is not None:
        depth, plain = 0, typed[1]
    if depth is not None:
        return [f"{'  ' * min(depth, 3)}- {literal(plain)}"]
    return [*(escaped(clean(line)) for line in text.split("\n") if line.strip()), ""]


def _list_depth(paragraph: Paragraph, style: str) -> int | None:
    """The paragraph's level in a list (0 the outermost), or None where it is no list item."""
    levels = paragraph._p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
    if levels:
        return int(str(levels[0])) if str(levels[0]).isdigit() else 0
    if paragraph._p.xpath("./w:pPr/w:numPr"):
        return 0
    listed = _LIST_STYLE.fullmatch(style)
    if listed is None:
        return None
    return int(listed.group(1)) - 1 if listed.group(1) else 0


def _runs(paragraph: Paragraph) -> str:
    """The paragraph's text, bold runs in `**`, links as Markdown links; adjacent bold runs as one."""
    from docx.text.hyperlink import Hyperlink

    pieces: list[tuple[str, bool]] = []
    for inner in paragraph.iter_inner_content():
        if isinstance(inner, Hyperlink):
            shown, address = inner.text, inner.address
            link = f"[{shown}]({address})" if address.startswith(("http://", "https://", "mailto:")) else shown
            pieces.append((link, False))
        else:
            pieces.append((inner.text, bool(inner.bold)))
    text, run, bold = "", "", False
    for piece, strong in [*pieces, ("", False)]:
        if strong != bold:
            text += _bolded(run) if bold else run
            run, bold = "", strong
        run += piece
    return text + (_bolded(run) if bold else run)


def _bolded(text: str) -> str:
    core = text.strip()
    if not core:
        return text
    return f"{text[: len(text) - len(text.lstrip())]}**{core}**{text[len(text.rstrip()) :]}"


def _table(block: Table) -> list[str]:
    rows: list[list[str]] = []
    for row in block.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:  # a merged cell is listed once per column it spans
                seen.add(id(cell._tc))
                cells.append(" ".join(clean(_runs(p)) for p in cell.paragraphs if p.text.strip()))
        rows.append(cells)
    if len(rows) < 2 or max(len(row) for row in rows) < 2:  # a table that only lays text out
        return [line for row in rows for text in row for line in (escaped(text), "") if text]
    return [*table(rows), ""]

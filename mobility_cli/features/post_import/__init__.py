"""`mobility post import`: a job post written elsewhere (a careers page, an applicant-tracking system's export,
a job board's text, a Word document, Markdown) as a post of the program, every sentence of it kept.

Pure functions, bytes and text in, text out; nothing here opens a file or prints. The steps:
`convert` (intake.py judges the bytes, a reader per kind makes Markdown), `read_facts` (facts.py: the role,
team, location, level, closing date and work style the text states), `template_context` (the context of the
program's post template, as `post new` renders it) and `assemble` (the rendered template, filled with the
imported text). Each refusal is an `ImportRefused` with a declared code."""

from __future__ import annotations

from mobility_cli.features.post_import.assemble import Assembled, assemble, template_context
from mobility_cli.features.post_import.blocks import words
from mobility_cli.features.post_import.facts import Facts, Filled, Overrides, read_facts
from mobility_cli.features.post_import.intake import (
    IMPORT_EMPTY,
    IMPORT_TOO_LARGE,
    KIND_NAMES,
    KINDS,
    MAX_INPUT_BYTES,
    Converted,
    ImportRefused,
    check_bytes,
    decode,
    kind_of,
    refuse,
)

__all__ = [
    "KINDS",
    "KIND_NAMES",
    "MAX_INPUT_BYTES",
    "Assembled",
    "Converted",
    "Facts",
    "Filled",
    "ImportRefused",
    "Overrides",
    "assemble",
    "check_post_size",
    "convert",
    "read_facts",
    "refuse",
    "template_context",
]


def convert(data: bytes, name: str, kind: str | None, file: str) -> Converted:
    """The input's text as Markdown, by its kind (`kind`, else its name, else its first bytes); `file` is how
    messages name it. Refuses what cannot be a post: too large, empty, binary, a broken .docx, no text."""
    chosen = kind_of(data, name, kind)
    check_bytes(data, file, chosen)
    if chosen == "docx":
        from mobility_cli.features.post_import.docx_markdown import docx_markdown

        converted = docx_markdown(data, file)
    else:
        text = decode(data, file, html=chosen == "html")
        converted = _from_text(text, chosen)
    if not any(words(line) for line in converted.lines):
        raise refuse(
            IMPORT_EMPTY.code,
            f"the {KIND_NAMES[chosen]} holds no text of a post (only markup, scripts or pictures)",
            file,
            "open the page in a browser, copy the job post's text into a .txt file and import that",
        )
    return converted


def _from_text(text: str, kind: str) -> Converted:
    if kind == "html":
        from mobility_cli.features.post_import.html_markdown import html_markdown

        return html_markdown(text)
    from mobility_cli.features.post_import.text_markdown import markdown_markdown, text_markdown

    return markdown_markdown(text) if kind == "markdown" else text_markdown(text)


def check_post_size(text: str, limit: int, file: str) -> None:
    """A post larger than the program reads (its `limits.max_file_bytes`) is refused before it is written."""
    size = len(text.encode("utf-8"))
    if size > limit:
        raise refuse(
            IMPORT_TOO_LARGE.code,
            f"the post made from it would be {size:,} bytes, over the program's limit of {limit:,}",
            file,
            "import only the job post's own text (not a whole page of posts), or raise limits.max_file_bytes",
        )

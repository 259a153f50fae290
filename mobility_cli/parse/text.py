"""Bytes to text: the encodings a program file may come in, and a clear diagnostic for the rest."""

from __future__ import annotations

import codecs

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity

ENCODING = declare(
    "encoding",
    "reading",
    Severity.ERROR,
    "The file is not valid UTF-8 (or UTF-16 with a byte-order mark).",
    "A file that cannot be decoded cannot be read the same way by every tool.",
    "Save the file as UTF-8.",
)


def decode(data: bytes, file: str) -> tuple[str | None, Diagnostic | None]:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM; line ends normalised to \\n."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[3:].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, Diagnostic(
            ENCODING.code,
            Severity.ERROR,
            f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            file,
            line,
            column,
            None,
            "save the file as UTF-8",
        )
    nul = text.find("\x00")
    if nul >= 0:
        before_nul = text[:nul]
        return None, Diagnostic(
            ENCODING.code,
            Severity.ERROR,
            "the file contains a NUL byte: it looks like a binary file, not text",
            file,
            before_nul.count("\n") + 1,
            nul - (before_nul.rfind("\n") + 1) + 1,
            None,
            "save the file as plain UTF-8 text",
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, None

"""One file's bytes into its parsed document, by kind.

Everything here depends on one file's bytes alone, which is what worker processes share out (workers.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from mobility_cli.diagnostics import Diagnostic
from mobility_cli.parse.json_syntax import is_json, json_syntax
from mobility_cli.parse.text import decode
from mobility_cli.parse.yaml_document import YamlDoc
from mobility_cli.parse.yamldoc import parse_yaml

if TYPE_CHECKING:  # the Markdown parser is imported when a Markdown file is read: `path` reads none
    from mobility_cli.parse.markdown import MarkdownDoc

Document: TypeAlias = "YamlDoc | MarkdownDoc"


@dataclass(slots=True)
class Parsed:
    """A file's document (None when it could not be read as text) and what parsing found wrong."""

    document: Document | None
    diagnostics: list[Diagnostic]

    @property
    def readable(self) -> bool:
        """False when the file's YAML (or front matter) could not be read, so what it holds is unknown."""
        return self.front is not None and self.front.ok

    @property
    def front(self) -> YamlDoc | None:
        doc = self.document
        return doc if doc is None or isinstance(doc, YamlDoc) else doc.front


def parse_file(path: str, kind: str, data: bytes) -> Parsed:
    text, problem = decode(data, path)
    if text is None:
        return Parsed(None, [problem] if problem else [])
    if kind in ("posting", "framework"):
        from mobility_cli.parse.markdown import parse_markdown
        from mobility_cli.parse.posting import parse_posting

        md = parse_posting(text, path) if kind == "posting" else parse_markdown(text, path)
        return Parsed(md, list(md.diagnostics))
    if is_json(path):  # a side file given on the command line (program files are YAML)
        wrong = json_syntax(text, path)
        if wrong is not None:
            return Parsed(None, [wrong])
    doc = parse_yaml(text, path)
    return Parsed(doc, list(doc.diagnostics))

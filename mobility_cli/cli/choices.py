"""The output formats, one type per kind of output, shared by every command that makes that kind."""

from __future__ import annotations

from enum import StrEnum


class FindingsFormat(StrEnum):
    """Diagnostics (validate, lint): for people, for programs, for GitHub annotations, for code scanning."""

    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class TableFormat(StrEnum):
    """A listing (tracks, levels, the board)."""

    text = "text"
    json = "json"


class RecordsFormat(StrEnum):
    """Rows a spreadsheet may want too (mentor suggestions and matches)."""

    text = "text"
    json = "json"
    csv = "csv"


class RouteFormat(StrEnum):
    """Routes between levels (path)."""

    text = "text"
    json = "json"
    mermaid = "mermaid"


class DocumentFormat(StrEnum):
    """A document to read or paste (gap, diff)."""

    text = "text"
    json = "json"
    markdown = "markdown"


class GraphFormat(StrEnum):
    """The career graph."""

    mermaid = "mermaid"
    dot = "dot"
    json = "json"
    svg = "svg"


class SiteFormat(StrEnum):
    """The published site."""

    html = "html"
    markdown = "markdown"


class ReportFormat(StrEnum):
    """The program report (metrics and pitfalls)."""

    text = "text"
    json = "json"
    html = "html"

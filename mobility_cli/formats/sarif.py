"""SARIF 2.1.0 for GitHub code scanning: one rule per code that appears, results with regions.

GitHub counts columns in UTF-16 code units (`columnKind: utf16CodeUnits`), so a column after an emoji is
converted from the code points mobility counts, given the line's text. Artifact URIs are percent-encoded
("my post #1.md" is a path, not a fragment), and each result has a fingerprint that does not move with its line,
so code scanning tracks a finding across edits above it. A finding that follows from another (a name of a level
that a misspelt `levels:` lost) keeps its own result, with its cause as a related location and in its properties.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from mobility_cli import __version__
from mobility_cli.codes import lookup
from mobility_cli.diagnostics import Diagnostic, Findings

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


LineText = Callable[[str, int], str | None]  # (file, 1-based line) -> the line's text, where known


def format_sarif(findings: Findings, prefix: str = "", line_text: LineText | None = None) -> str:
    diagnostics = findings.sorted()
    codes = sorted({d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    driver: dict[str, Any] = {"name": "mobility", "version": __version__}
    homepage = _homepage()
    if homepage:
        driver["informationUri"] = homepage
    driver["rules"] = [_rule(code, diagnostics, findings.program_codes) for code in codes]
    text_of = line_text or (lambda file, line: None)
    results = [_result(d, index[d.code], prefix, text_of) for d in diagnostics]
    run = {"tool": {"driver": driver}, "columnKind": "utf16CodeUnits", "results": results}
    document = {"$schema": _SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _homepage() -> str | None:
    """The project's own address from the installed package's metadata, never a made-up one."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("mobility-cli").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    found = dict(url.split(", ", 1) for url in urls if ", " in url)
    return found.get("Homepage") or found.get("Repository") or found.get("Documentation")


def utf16_column(text: str | None, column: int) -> int:
    """A 1-based column in code points as GitHub counts it: in UTF-16 code units."""
    if not text:
        return column
    before = text[: column - 1]
    return column + sum(1 for c in before if ord(c) > 0xFFFF)


def fingerprint(d: Diagnostic) -> str:
    """What identifies a finding apart from where its line is now: code, file, pointer and message."""
    key = "\0".join([d.code, d.file or "", d.pointer or "", d.message])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _rule(code: str, diagnostics: list[Diagnostic], program_codes: dict[str, Any]) -> dict[str, Any]:
    """A rule from the one registry of codes; its level is the level its results have (a program can change a
    rule's severity), so a viewer never shows a rule as an error whose every result is a note."""
    meta = lookup(code, program_codes)
    help_text = f"{meta.why} {meta.fix}".strip()
    levels = {d.severity.value for d in diagnostics if d.code == code}
    level = levels.pop() if len(levels) == 1 else meta.severity.value
    return {
        "id": code,
        "name": "".join(part.title() for part in code.split("-")),
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": meta.why or meta.summary},
        "help": {"text": help_text or meta.summary, "markdown": f"**{meta.summary}**\n\n{help_text}"},
        "defaultConfiguration": {"level": _LEVEL[level]},
        "properties": {"tags": ["mobility", meta.family]},
    }


def _result(d: Diagnostic, rule_index: int, prefix: str, line_text: LineText) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[d.severity.value],
        "message": {"text": d.message + (f" Hint: {d.hint}" if d.hint else "")},
        "partialFingerprints": {"mobilityFinding/v1": fingerprint(d)},
    }
    if d.file:
        result["locations"] = [{"physicalLocation": _physical(d.file, d.line, d.column, prefix, line_text)}]
    cause = d.cause
    if cause is not None:  # the finding this one follows from: fix that first
        if cause.file:
            text = f"This follows from the {cause.code} finding here" + (f": {cause.lost}" if cause.lost else "")
            physical = _physical(cause.file, cause.line, cause.column, prefix, line_text)
            result["relatedLocations"] = [{"id": 1, "message": {"text": text}, "physicalLocation": physical}]
        result["properties"] = {"cause": cause.to_json()}
    return result


def _physical(file: str, line: int | None, column: int | None, prefix: str, line_text: LineText) -> dict[str, Any]:
    uri = quote(prefix + file, safe="/")
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}}
    if line is not None:
        region: dict[str, int] = {"startLine": line}
        if column is not None:
            region["startColumn"] = utf16_column(line_text(file, line), column)
        physical["region"] = region
    return physical

"""SARIF 2.1.0 for GitHub code scanning: one rule per code that appears, results with regions."""

from __future__ import annotations

import json
from typing import Any

from mobility_cli import __version__
from mobility_cli.codes import info
from mobility_cli.diagnostics import Diagnostic, Findings

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def format_sarif(findings: Findings, prefix: str = "") -> str:
    diagnostics = findings.sorted()
    codes = sorted({d.code for d in diagnostics})
    index = {code: i for i, code in enumerate(codes)}
    driver = {
        "name": "mobility",
        "version": __version__,
        "informationUri": "https://github.com/mobility-cli/mobility",
        "rules": [_rule(code) for code in codes],
    }
    results = [_result(d, index[d.code], prefix) for d in diagnostics]
    document = {"$schema": _SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _rule(code: str) -> dict[str, Any]:
    meta = info(code)
    help_text = f"{meta.rationale} {meta.fix}".strip()
    return {
        "id": code,
        "name": "".join(part.title() for part in code.split("-")),
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": meta.rationale or meta.summary},
        "help": {"text": help_text or meta.summary, "markdown": f"**{meta.summary}**\n\n{help_text}"},
        "defaultConfiguration": {"level": _LEVEL[meta.severity.value]},
        "properties": {"tags": ["mobility"]},
    }


def _result(d: Diagnostic, rule_index: int, prefix: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[d.severity.value],
        "message": {"text": d.message + (f" Hint: {d.hint}" if d.hint else "")},
    }
    if d.file:
        physical: dict[str, Any] = {"artifactLocation": {"uri": prefix + d.file, "uriBaseId": "%SRCROOT%"}}
        if d.line is not None:
            region: dict[str, int] = {"startLine": d.line}
            if d.column is not None:
                region["startColumn"] = d.column
            physical["region"] = region
        result["locations"] = [{"physicalLocation": physical}]
    return result

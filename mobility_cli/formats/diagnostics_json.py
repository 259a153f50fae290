"""Diagnostics as the JSON document of DESIGN.md §2, exactly."""

from __future__ import annotations

import json

from mobility_cli.diagnostics import Findings


def format_json(findings: Findings) -> str:
    document = {
        "diagnostics": [d.to_json() for d in findings.sorted()],
        "summary": findings.summary().to_json(),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

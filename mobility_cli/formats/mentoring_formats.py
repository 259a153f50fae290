"""Mentor suggestions and cohort matches as rows (for a table or CSV) and as JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from mobility_cli.features.mentoring import Assignment, Mentee, Suggestion

SUGGESTION_HEADERS = ["#", "mentor", "level", "score", "experience", "overlap", "success", "capacity", "why"]
MATCH_HEADERS = ["mentee", "current", "target", "mentor", "score", "why"]


def as_csv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def suggestions_json(request: Mentee, found: list[Suggestion]) -> str:
    return json.dumps({"mentee": request.id, "suggestions": [s.to_json() for s in found]}, indent=2) + "\n"


def suggestion_rows(found: list[Suggestion]) -> list[list[str]]:
    return [
        [str(i), s.mentor.name, s.mentor.level_key, f"{s.total:.2f}"]
        + [f"{s.components[k]:.2f}" for k in ("experience", "overlap", "success", "capacity")]
        + [s.reason]
        for i, s in enumerate(found, 1)
    ]


def match_json(result: list[Assignment]) -> str:
    pairs = [
        {
            "mentee": a.mentee.id,
            "mentor": a.suggestion.mentor.id if a.suggestion else None,
            "score": round(a.suggestion.total, 4) if a.suggestion else None,
            "timezone": a.mentee.person.zone,
            "working_hours": str(a.mentee.person.hours),
            "reason": a.suggestion.reason if a.suggestion else a.reason,
        }
        for a in result
    ]
    matched = {"pairs": [p for p in pairs if p["mentor"]], "unmatched": [p for p in pairs if not p["mentor"]]}
    return json.dumps(matched, indent=2) + "\n"


def match_rows(result: list[Assignment]) -> list[list[str]]:
    return [
        [
            a.mentee.id,
            a.mentee.current.key,
            a.mentee.target.key,
            a.suggestion.mentor.name if a.suggestion else "-",  # names, as `suggest` shows them; JSON keeps ids
            f"{a.suggestion.total:.2f}" if a.suggestion else "-",
            a.suggestion.reason if a.suggestion else a.reason,
        ]
        for a in result
    ]

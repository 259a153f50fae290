"""Program changes for reviewers: plain text, a pull-request comment in Markdown, or JSON."""

from __future__ import annotations

import json
from collections import Counter

from mobility_cli.features.program_diff import Change

GROUPS = (
    ("Tracks and levels", ("track-", "level-")),
    ("Lateral moves", ("lateral-",)),
    ("Competencies", ("behaviour-",)),
    ("Posts", ("post-", "requirements-")),
    ("Effect on careers", ("route-",)),
)
LIMIT = 50


def _group(changes: list[Change], prefixes: tuple[str, ...]) -> list[Change]:
    return [c for c in changes if c.kind.startswith(prefixes)]


def summary_line(changes: list[Change]) -> str:
    if not changes:
        return "No changes to the program."
    counts = Counter(title for c in changes for title, prefixes in GROUPS if c.kind.startswith(prefixes))
    return "; ".join(f"{title.lower()}: {n}" for title, n in counts.items())


def diff_text(changes: list[Change], base: str, head: str) -> str:
    lines = [f"Changes from {base} to {head}: {summary_line(changes)}", ""]
    for title, prefixes in GROUPS:
        group = _group(changes, prefixes)
        if group:
            lines.append(f"{title}:")
            lines += [f"  - {c.text}" for c in group[:LIMIT]]
            if len(group) > LIMIT:
                lines.append(f"  ... and {len(group) - LIMIT} more")
            lines.append("")
    return "\n".join(lines)


def diff_markdown(changes: list[Change], base: str, head: str) -> str:
    lines = [f"### Internal mobility program: {base} → {head}", "", f"**{summary_line(changes)}**", ""]
    careers = _group(changes, ("route-",))
    if careers:
        lines += [f"- {c.text}" for c in careers[:5]]
        if len(careers) > 5:
            lines.append(f"- … and {len(careers) - 5} more effects on careers (details below)")
        lines.append("")
    for title, prefixes in GROUPS:
        group = _group(changes, prefixes)
        if not group:
            continue
        lines += [f"<details><summary>{title} ({len(group)})</summary>", ""]
        lines += [f"- {c.text}" for c in group[:LIMIT]]
        if len(group) > LIMIT:
            lines.append(f"- … and {len(group) - LIMIT} more (see `mobility diff --format json`)")
        lines += ["", "</details>", ""]
    return "\n".join(lines)


def diff_json(changes: list[Change], base: str, head: str) -> str:
    return json.dumps({"base": base, "head": head, "changes": [c.to_json() for c in changes]}, indent=2) + "\n"

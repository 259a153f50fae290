"""Program changes for reviewers: plain text, a pull-request comment in Markdown, or JSON."""

from __future__ import annotations

import json
from collections import Counter

from mobility_cli.features.program_diff import Change
from mobility_cli.words import counted

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


UNRESOLVED = ("lateral-unresolved", "post-unresolved")
SHOWN_EFFECTS = 5  # the effects on careers a reviewer sees before the fold: the ones that matter most


def diff_text(changes: list[Change], base: str, head: str) -> str:
    lines = [f"Changes from {base} to {head}: {summary_line(changes)}", ""]
    unresolved = [c for c in changes if c.kind in UNRESOLVED]
    if unresolved:
        lines += ["Edits that do not resolve:", *[f"  ! {c.text}" for c in unresolved], ""]
    for title, prefixes in GROUPS:
        group = [c for c in _group(changes, prefixes) if c.kind not in UNRESOLVED]
        shown = SHOWN_EFFECTS if title == GROUPS[-1][0] else LIMIT  # the effects that matter most, then a count
        if group:
            lines.append(f"{title}:")
            lines += [f"  - {c.text}" for c in group[:shown]]
            if len(group) > shown:
                lines.append(f"  ... and {len(group) - shown} more (all of them: --format json)")
            lines.append("")
    return "\n".join(lines)


def diff_markdown(changes: list[Change], base: str, head: str) -> str:
    """A pull-request comment: the edits first, each group open; edits that do not resolve flagged above
    them; then the effect on careers as the few that matter most and a count, the rest folded."""
    lines = [f"### Internal mobility program: {base} → {head}", "", f"**{summary_line(changes)}**", ""]
    unresolved = [c for c in changes if c.kind in UNRESOLVED]
    if unresolved:
        lines += [f"> **Does not resolve:** {c.text}" for c in unresolved]
        lines.append("")
    for title, prefixes in GROUPS[:-1]:
        group = [c for c in _group(changes, prefixes) if c.kind not in UNRESOLVED]
        if group:
            lines += [f"#### {title} ({len(group)})", "", *_bullets(group), ""]
    careers = _group(changes, GROUPS[-1][1])
    if careers:
        lines += [f"#### {GROUPS[-1][0]} ({len(careers)})", "", *_bullets(careers[:SHOWN_EFFECTS]), ""]
        rest = careers[SHOWN_EFFECTS:]
        if rest:
            more = counted(len(rest), "more effect")
            lines += [f"<details><summary>{more} on careers</summary>", "", *_bullets(rest)]
            lines += ["", "</details>", ""]
    return "\n".join(lines)


def _bullets(group: list[Change]) -> list[str]:
    shown = [f"- {c.text}" for c in group[:LIMIT]]
    if len(group) > LIMIT:
        shown.append(f"- … and {len(group) - LIMIT} more (see `mobility diff --format json`)")
    return shown


def diff_json(changes: list[Change], base: str, head: str) -> str:
    return json.dumps({"base": base, "head": head, "changes": [c.to_json() for c in changes]}, indent=2) + "\n"

"""`post import` for people: the post written and where from, each field filled and where its value came from,
the headings that took the template's titles, and what could not be mapped, each with what to do. The new
post's findings follow, in the format every check uses (cli/emit.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mobility_cli.application.post_import import Imported


def import_summary(result: Imported) -> str:
    lines = [f"wrote {result.relative} (status: draft) from {result.source} ({result.kind})"]
    if result.filled:
        lines.append("filled:")
        width = max(len(f.name) for f in result.filled) + 1
        lines += [f"  {f'{f.name}:':<{width}} {f.value}  (from {f.source})" for f in result.filled]
    if result.renamed:
        lines.append("headings given the template's titles:")
        lines += [f'  "{was}" is now "{now}"' for was, now in result.renamed]
    notes = [*result.unmapped, *result.added]
    if notes:
        lines.append("could not map (see the post, and edit it where needed):")
        lines += [f"  - {note}" for note in notes]
    lines.append(f"checks of {result.relative}:")
    return "\n".join(lines) + "\n"

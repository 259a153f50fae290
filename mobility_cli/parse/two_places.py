"""A post's fact written in two places that disagree: in the front matter and in the seed's bold-key header
(`**Role**: ...`). The front matter is what counts (the header fills only what it leaves out), yet the header
is what readers of the post see, so editing it changed nothing and nobody was told. Each field is compared as
the program reads it: names in any case and spacing, ids as ids, dates as dates, work styles by percentage;
where the header says something that cannot be compared ("mostly async", "early December"), nothing is said."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.parse.markdown import MarkdownDoc

CONFLICTING_FIELDS = declare(
    "conflicting-fields",
    "values",
    Severity.ERROR,
    "A post states one fact twice, in the front matter and in its `**Role**:`-style header, differently.",
    "Only the front matter counts, but readers see the header: the post says one thing and the board, the site's "
    "filters and the linter use another, and editing the visible line changes nothing.",
    "Write the fact once: delete the front-matter field (the header line then counts), or the header line.",
    fires="role: Senior Engineer in the front matter, **Role**: Staff Engineer in the header",
    passes="the role in the header only (or the same role in both places)",
)
_DATES = ("opened", "internal_until", "external_from", "closes")
_IDS = ("id", "track", "status")
_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y", "%Y/%m/%d", "%d.%m.%Y")


def disagreements(md: MarkdownDoc, front: Mapping[str, Any], header: Mapping[str, Any]) -> list[Diagnostic]:
    """One finding for each field written both in the front matter and in the header (`header`: the header's
    values as the front matter would hold them), differently: at the header's value (the line people edit),
    naming the front matter's line."""
    found = []
    for name, said in header.items():
        item = md.bold_keys[name]
        if front.get(name) is None or _same(name, front[name], said):
            continue
        written = md.front.source_map.value_position(f"/{name}")
        where = f" (line {written[0]})" if written else ""
        key = name.replace("_", " ").title()
        message = (
            f"**{key}** says {_shown(name, item.text)}, but `{name}:` in the front matter{where} says "
            f"{_shown(name, front[name])}; only the front matter counts"
        )
        hint = (
            f"write it once: delete `{name}:` from the front matter (the header line then counts), or the header line"
        )
        column = _column(md, item.line, item.text)
        found.append(
            Diagnostic(CONFLICTING_FIELDS.code, Severity.ERROR, message, md.file, item.line, column, f"/{name}", hint)
        )
    return found


def _same(name: str, front: Any, header: Any) -> bool:
    """Whether the two say the same; True where the header's words cannot be compared."""
    if name == "work_style":
        if not isinstance(header, dict) or not isinstance(front, Mapping):
            return True
        return all(front.get(part) == share for part, share in header.items())
    if name in _DATES:
        day = _day(str(header))
        return day is None or (front.isoformat()[:10] if isinstance(front, date) else str(front)) == day.isoformat()
    if name == "level":
        return _same_level(str(front), str(header))
    if name in _IDS:
        return _id(str(front)) == _id(str(header))
    return _words(str(front)) == _words(str(header))


def _same_level(front: str, header: str) -> bool:
    """`ic3`, `engineering/ic3` and `Engineering / IC3` name one level; a title ("Senior Engineer") cannot be
    compared before the program's levels are known."""
    if " " in header.strip() and "/" not in header:
        return True
    mine, theirs = (_id(part) for part in front.split("/")), (_id(part) for part in header.split("/"))
    mine_parts, their_parts = list(mine), list(theirs)
    return mine_parts[-1] == their_parts[-1] and (
        len(mine_parts) == 1 or len(their_parts) == 1 or mine_parts[0] == their_parts[0]
    )


def _day(text: str) -> date | None:
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _id(text: str) -> str:
    return re.sub(r"[\s_]+", "-", text.strip().lower())


def _words(text: str) -> str:
    return " ".join(text.replace("*", "").replace("`", "").split()).casefold()


def _shown(name: str, value: Any) -> str:
    if name == "work_style" and isinstance(value, Mapping):
        return ", ".join(f"{share}% {part}" for part, share in value.items())
    return f'"{value}"'


def _column(md: MarkdownDoc, line: int, value: str) -> int:
    """The column the header's value starts at (1 where the line cannot be found in the body)."""
    lines = md.body.split("\n")
    index = line - md.body_line
    text = lines[index] if 0 <= index < len(lines) else ""
    found = text.find(value) if value else -1
    return found + 1 if found >= 0 else 1

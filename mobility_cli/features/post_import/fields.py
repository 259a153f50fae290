"""The facts a job post states in passing, read from its lines: `Name: value` lines (`Location: Berlin`,
`**Department:** Payments`, a front matter's `team: Payments`), dates in the ways people write them (2027-01-15,
15 January 2027, Jan 15th, 2027, 15.01.2027, 15/01/2027 where the order is plain), a closing date said in a sentence
("Applications close on 15 January"), and a share of async work ("70% async").

Every pattern is anchored or bounded, over distinct characters: a line is scanned once."""

from __future__ import annotations

import re
from datetime import date

_NAME = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(\*\*)?([A-Za-z][A-Za-z '&/()-]{0,34}?)[ \t]*(?::\*\*|\*\*[ \t]*:|:)(?!//)[ \t]*(\S.*)"
)
# What people call each field of a post, in the words of careers pages, job boards and the program's own header.
FIELD_NAMES = {
    "role": ("role", "job title", "title", "position", "position title", "job", "job name", "vacancy", "opening"),
    "team": ("team", "department", "dept", "group", "division", "business unit", "function", "hiring team"),
    "location": (
        "location",
        "locations",
        "job location",
        "work location",
        "office",
        "office location",
        "based in",
        "where",
        "place of work",
        "workplace",
    ),
    "work_style": ("work style", "working style"),
    "closes": (
        "closes",
        "closing date",
        "close date",
        "closing",
        "apply by",
        "apply before",
        "application deadline",
        "applications close",
        "deadline",
        "valid through",
        "valid until",
        "expires",
        "expiry date",
        "expiration date",
        "posting end date",
    ),
    "level": ("level", "seniority", "seniority level", "career level", "job level", "grade"),
    "track": ("track", "career track", "job family"),
    "opened": ("posted", "date posted", "posted on", "published", "opened", "posting date", "date published"),
    "renewed": ("status", "internal until", "external from", "id"),  # set anew for the new post
}
FIELD_OF = {name: field for field, names in FIELD_NAMES.items() for name in names}

_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+" + _MONTH + r"\b\.?,?(?:[ \t]+(\d{4})\b)?", re.I
)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\b\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?\b,?(?:[ \t]+(\d{4})\b)?", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_CLOSING = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|deadline|apply[ \t]+(?:by|before)|no[ \t]+later[ \t]+than|until|expires?"
    r"|submit[ \t]+(?:by|before)|applications?[ \t]+(?:are[ \t]+)?due)\b",
    re.IGNORECASE,
)
_ASYNC = re.compile(r"\b(\d{1,3})[ \t]?%[ \t]*(?:async|asynchronous)\b", re.IGNORECASE)


def named_value(line: str) -> tuple[str, str, bool] | None:
    """A `Name: value` line as (the name in lowercase words, the value, whether the name was bold), or None.
    A name has at most four words; a web address is no name (`https://...`)."""
    match = _NAME.fullmatch(line.rstrip())
    if match is None:
        return None
    name = " ".join(re.sub(r"[^a-z&/ ]", " ", match.group(2).lower()).split())
    value = match.group(3).strip()
    if match.group(1) and value.startswith("**"):
        value = value[2:].strip()
    if not name or len(name.split()) > 4 or not value:
        return None
    return name, value, bool(match.group(1))


def field_named(name: str) -> str | None:
    return FIELD_OF.get(" ".join(name.lower().replace("_", " ").replace("-", " ").split()))


def find_date(text: str, today: date) -> tuple[date | None, str]:
    """The first date written in `text`, and a note where it was not plain (no year: the next such day from
    today; 03/04/2027: either order, so no date)."""
    found = [m for m in (p.search(text) for p in (_ISO, _DAY_MONTH, _MONTH_DAY, _NUMERIC)) if m]
    if not found:
        return None, ""
    match = min(found, key=lambda m: m.start())
    shown = match.group(0).strip(" ,.")
    if match.re is _NUMERIC:
        first, second, year = (int(g) for g in match.groups())
        dotted = "." in match.group(0)  # 05.03.2027: dots are written day first, wherever they are used
        if first <= 12 and second <= 12 and first != second and not dotted:
            return None, f'"{shown}" could be read day first or month first: write it as YYYY-MM-DD'
        day, month = (first, second) if first > 12 or first == second or dotted else (second, first)
        return _day(year, month, day), ""
    if match.re is _ISO:
        year, month, day = (int(g) for g in match.groups())
        return _day(year, month, day), ""
    if match.re is _DAY_MONTH:
        day_text, month_text, year_text = match.groups()
    else:
        month_text, day_text, year_text = match.groups()
    month, day = _MONTHS[month_text[:3].lower()], int(day_text)
    if year_text:
        return _day(int(year_text), month, day), ""
    for year in (today.year, today.year + 1):
        candidate = _day(year, month, day)
        if candidate and candidate >= today:
            return candidate, f'"{shown}" names no year: read as {candidate.isoformat()}'
    return None, ""


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def closing_date(line: str, today: date) -> tuple[date | None, str]:
    """A closing date said in a sentence ("Applications close on 15 January 2027"): a date after a word of
    closing, in the same line."""
    cue = _CLOSING.search(line)
    if cue is None:
        return None, ""
    return find_date(line[cue.end() :], today)


def async_share(text: str) -> int | None:
    match = _ASYNC.search(text)
    share = int(match.group(1)) if match else None
    return share if share is not None and share <= 100 else None

"""What is wrong with a value as typed, in the words of the person who typed it: a day the month does not have
("December 2026 has 31 days"), a date written another way than YYYY-MM-DD, a number with a decimal comma,
a % sign or in words, a field written without its colon (`id ic1`). The schema check says *that* a value is
wrong; these say *why*, and what to write instead, where that can be known for sure.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from mobility_cli.parse.quotes import has_typographic_quotes
from mobility_cli.parse.reparse import one_field
from mobility_cli.parse.yaml_repairs import body_fixes, words_for

_MONTHS = tuple(calendar.month_name)[1:]
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SHORT_YEAR = re.compile(r"(\d{2})-(\d{1,2})-(\d{1,2})")
_SLASHED = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ .-]*([A-Za-z]{3,9})\.?,?[ .-]*(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.?[ ]*(\d{1,2})(?:st|nd|rd|th)?,?[ ]+(\d{4})")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_PERCENT = re.compile(r"([+-]?\d+(?:\.\d+)?)[ ]*%")
_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    )
}


TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list",
    "object": "a mapping of fields",
    "boolean": "true or false",
    "null": "empty",
}


def describe(value: Any) -> str:
    """A value as a message shows it: text in quotes (shortened), a list, a mapping, a number."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"' if len(value) < 60 else f'"{value[:57]}..."'
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _real(year: int, month: int, day: int) -> bool:
    return year >= 1 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _month(name: str) -> int | None:
    found = [n for n, month in enumerate(_MONTHS, 1) if month.lower().startswith(name.lower()[:3])]
    return found[0] if len(found) == 1 and len(name) >= 3 else None


def date_words(text: str) -> tuple[str, str] | None:
    """Why `text` is not a date (YYYY-MM-DD), and what to write: None where nothing surer than "write it as
    YYYY-MM-DD" can be said (12/01/2026 is 1 December in one country and 12 January in another)."""
    text = text.strip()
    if (iso := _ISO.fullmatch(text)) is not None:
        return _no_such_day(int(iso[1]), int(iso[2]), int(iso[3]), two_digits=len(text) == 10)
    found: tuple[int, int, int] | None = None
    why, guess = "a date is written as YYYY-MM-DD", False
    if (short := _SHORT_YEAR.fullmatch(text)) is not None:
        found, why = (2000 + int(short[1]), int(short[2]), int(short[3])), "the year needs all four digits"
        guess = True
    elif (slashed := _SLASHED.fullmatch(text)) is not None:
        found, why = (int(slashed[1]), int(slashed[2]), int(slashed[3])), "a date is written with dashes (YYYY-MM-DD)"
    elif (named := _DAY_MONTH_YEAR.fullmatch(text)) is not None and (called := _month(named[2])) is not None:
        found = (int(named[3]), called, int(named[1]))
    elif (named := _MONTH_DAY_YEAR.fullmatch(text)) is not None and (called := _month(named[1])) is not None:
        found = (int(named[3]), called, int(named[2]))
    if found is None or not _real(*found):
        return None
    year, month, day = found
    meant = f"if you meant {day} {_MONTHS[month - 1]} {year}" if guess else f"for {day} {_MONTHS[month - 1]} {year}"
    return why, f"write {year:04d}-{month:02d}-{day:02d} ({meant})"


def _no_such_day(year: int, month: int, day: int, two_digits: bool) -> tuple[str, str] | None:
    if year < 1:
        return None
    if not 1 <= month <= 12:
        hint = "months run from 01 to 12"
        if _real(year, day, month):
            hint += f"; for {month} {_MONTHS[day - 1]} {year}, write {year:04d}-{day:02d}-{month:02d}"
        return f"there is no month {month}", hint
    last = calendar.monthrange(year, month)[1]
    name = f"{_MONTHS[month - 1]} {year}"
    if not 1 <= day <= last:
        leap = f" ({year} is not a leap year)" if month == 2 and last == 28 and day == 29 else ""
        return f"{name} has {last} days{leap}", f"the last day of {name} is {year:04d}-{month:02d}-{last:02d}"
    if not two_digits:
        return "the month and the day need two digits each", f"write {year:04d}-{month:02d}-{day:02d}"
    return None


def as_typed(validator: str, value: Any, wanted: Any) -> tuple[str, str] | None:
    """Why a value typed as text is not the number or the date a schema wants (`validator` is "type" or
    "format", `wanted` its types or format), and what to write; None where nothing surer can be said."""
    if not isinstance(value, str):
        return None
    if validator == "format":
        return date_words(value) if wanted == "date" else None
    types = [wanted] if isinstance(wanted, str) else list(wanted) if validator == "type" else []
    if {"integer", "number"} & set(types) and "string" not in types:
        return number_words(value, "number" not in types)
    return None


def number_words(text: str, whole: bool) -> tuple[str, str] | None:
    """Why `text` is not a number YAML reads (a whole one where `whole`), and what to write; None where it is
    not a number typed another way."""
    typed = text.strip()
    if _DECIMAL_COMMA.fullmatch(typed):
        if whole:
            low = int(typed.split(",")[0])
            return "only a whole number fits here, and YAML reads no comma as a decimal point", (
                f"write a whole number, like {low} or {low + 1}"
            )
        return "YAML does not read a comma as a decimal point", f"write {typed.replace(',', '.')}"
    if (percent := _PERCENT.fullmatch(typed)) is not None:
        return "a percentage is written as a plain number, without the % sign", f"write {percent[1]}"
    if typed.lower() in _NUMBER_WORDS:
        return "a number is written in digits", f"write {_NUMBER_WORDS[typed.lower()]}"
    return None


class Said(NamedTuple):
    message: str
    hint: str
    column: int  # in what was typed, where the mistake is
    key: str  # the field meant


def missing_colon(typed: str, fields: Iterable[str]) -> Said | None:
    """`id ic1` (or `id=ic1`, `id:ic1`) typed where the field `id: ic1` was meant, for one of `fields`: what to
    say, and where; the fix shown parses alone as that field."""
    names = frozenset(fields)
    for fix in body_fixes(typed.strip(), names):
        if fix.key in names and one_field(fix.line, fix.key):
            message, hint = words_for(fix, typed.strip())
            return Said(message, hint, fix.column + len(typed) - len(typed.lstrip()), fix.key)
    return None


def _typed(key: str, value: Any) -> str:
    """An unknown key and its value as they were typed, near enough (`location Remote: Americas`)."""
    return key if value is None else f"{key}: {value}" if isinstance(value, str | int | float) else ""


def without_colon(validator: str, value: Any, fields: Mapping[str, Any]) -> tuple[Said, str | None] | None:
    """A schema error that is a field written without its colon: text where a mapping of `fields` goes (`- id
    ic1`), or an unknown key that is a field and its value (`{grade 2}`). What to say, and the unknown key it is
    at (None: at the value)."""
    if validator == "type" and isinstance(value, str) and fields:
        said = missing_colon(value, fields)
        return None if said is None else (said, None)
    if validator == "additionalProperties" and isinstance(value, dict):
        for key in (k for k in value if k not in fields):
            said = missing_colon(_typed(key, value[key]), fields)
            if said is not None:
                return said, key
    return None


def colonless_required(validator: str, value: Any, fields: Mapping[str, Any], required: Any) -> bool:
    """A required field missing because it is there without its colon (`{id ic1}`): that mistake is reported
    (`without_colon`), not a missing field."""
    if validator != "required" or not isinstance(value, dict):
        return False
    missing = [k for k in required if k not in value]
    found = (missing_colon(_typed(k, v), fields) for k, v in value.items() if k not in fields)
    return bool(missing) and missing[0] in {said.key for said in found if said is not None}


def curly(value: Any) -> bool:
    """A value (or a key of a mapping, an item of a list) with typographic quotes in it."""
    if isinstance(value, dict | list):
        return any(curly(part) for part in value)
    return isinstance(value, str) and has_typographic_quotes(value)


def decimal_comma(mapping: dict[str, Any], field: str, schema: dict[str, Any]) -> tuple[str, str] | None:
    """`{grade: 2,5}`: in braces the comma ends the field, so YAML reads `grade: 2` and a field named `5`."""
    keys = list(mapping)
    place = keys.index(field) if field in keys else 0
    number = mapping[keys[place - 1]] if place else None
    if not field.isdigit() or mapping[field] is not None or type(number) is not int:
        return None
    name = keys[place - 1]
    wanted = schema.get("properties", {}).get(name, {}).get("type")
    hint = f"write `{name}: {number}.{field}`, with a point"
    if wanted == "integer":
        hint = f"only a whole number fits here: write `{name}: {number}` or `{name}: {number + 1}`"
    return (
        f"`{name}: {number},{field}` is read as `{name}: {number}` and a field named `{field}`: in braces a comma "
        "separates fields, and is never a decimal point",
        hint,
    )

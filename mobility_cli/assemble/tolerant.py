"""Reading checked documents tolerantly: a value of the wrong type is treated as absent (the schema check
already reported it), so one bad value never stops the rest of a document from being built."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_id(text: str) -> bool:
    return ID_PATTERN.fullmatch(text) is not None


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def as_int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def as_int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_date(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None

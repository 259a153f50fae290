"""Did-you-mean: the one way every message suggests a close name (a level, a field, a rule, a zone)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

CUTOFF = 0.6


def close_names(name: str, options: Iterable[str], n: int = 3, cutoff: float = CUTOFF) -> tuple[str, ...]:
    """Up to `n` options close to `name`, closest first; a case-only difference always counts as close."""
    pool = list(dict.fromkeys(options))
    same_but_case = [o for o in pool if o.lower() == name.lower() and o != name]
    close = difflib.get_close_matches(name, pool, n=n, cutoff=cutoff)
    return tuple(dict.fromkeys([*same_but_case, *close]))[:n]


def did_you_mean(name: str, options: Iterable[str], n: int = 3, quote: str = '"') -> str | None:
    """`did you mean "a" or "b"?`, or None when nothing is close."""
    close = close_names(name, options, n)
    if not close:
        return None
    return "did you mean " + " or ".join(f"{quote}{c}{quote}" for c in close) + "?"

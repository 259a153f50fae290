"""The program's level a post is for, read from its title: the level whose title's words all stand in the role
("Senior Backend Engineer" holds Senior Engineer, and Engineer: the more specific, Senior Engineer, wins). Where
no level's title fits, or two fit equally, no level is guessed: the note names the close ones (the program's one
did-you-mean, `suggest.py`), and the editor chooses."""

from __future__ import annotations

import re
from collections import Counter

from mobility_cli.errors import UnknownName
from mobility_cli.features.names import find_level
from mobility_cli.model import Level, Program
from mobility_cli.suggest import closest

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def level_from_title(program: Program, title: str) -> tuple[Level | None, str]:
    """The level the title names (and how it was found), or None and what to do instead."""
    named = _by_name(program, title)
    if named is not None:
        return named, "the title, which names it"
    said = _words(title)
    fits = [lv for lv in program.current_levels() if _words(lv.title) and _words(lv.title) <= said]
    most = max((len(_words(lv.title)) for lv in fits), default=0)
    best = [lv for lv in fits if len(_words(lv.title)) == most]
    if len(best) == 1:
        return best[0], f'the title, which holds the level\'s title "{best[0].title}"'
    if best:
        shown = " or ".join(_shown(lv) for lv in best)
        return None, f'the title "{title}" fits {shown}: choose one with --level (or write level: in the post)'
    close = closest(title, _names(program))
    guess = f"; did you mean {' or '.join(close)}?" if close else ""
    return None, f'no level of the program is named in the title "{title}"{guess} (choose one with --level)'


def _by_name(program: Program, title: str) -> Level | None:
    try:
        return find_level(program, title)
    except UnknownName:
        return None


def _shown(level: Level) -> str:
    return f"{level.key} ({level.title})"


def _names(program: Program) -> dict[str, tuple[str, ...]]:
    """Each level as a person would choose it (its id where unique, else TRACK/ID, with its title), and every
    name it goes by."""
    ids = Counter(lv.id for lv in program.current_levels())
    return {
        f"{lv.id if ids[lv.id] == 1 else lv.key} ({lv.title})": (lv.id, lv.key, lv.title)
        for lv in program.current_levels()
    }


def level_from_value(program: Program, value: str, track: str | None) -> tuple[Level | None, str]:
    """A level the post names in a field (`Level: ic3`, `Seniority: Senior Engineer`), in its track where one is
    named; else the same search as for a title."""
    for name in ([f"{track}/{value}"] if track else []) + [value]:
        found = _by_name(program, name)
        if found is not None:
            return found, f'the level the post names, "{value}"'
    return level_from_title(program, value)

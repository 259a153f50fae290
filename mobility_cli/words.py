"""Counts in words: "1 step", "2 steps", never "1 step(s)"; "about 3 years", never "3.0"; "1 place still names
it", "2 places still name it". One helper each, so every command counts alike."""

from __future__ import annotations


def counted(number: float, word: str, plural: str | None = None) -> str:
    """`number word`, the word in the plural but for one; a fraction as `decimal` writes it ("1.5 years")."""
    shown = decimal(number)
    return f"{shown} {word if shown == '1' else plural or word + 's'}"


def decimal(number: float, places: int = 1) -> str:
    """A number to `places` decimals, without a fraction that is zero: 3 → "3", 4.5 → "4.5", 2.96 → "3"."""
    text = f"{number:.{places}f}"
    whole = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if whole == "-0" else whole


def agreeing(number: float, one: str, many: str) -> str:
    """The verb (or phrase) agreeing with a count: `agreeing(1, "names", "name")` is "names"."""
    return one if decimal(number) == "1" else many

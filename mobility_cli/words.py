"""Counts in words: "1 step", "2 steps", never "1 step(s)"; one helper, so every command counts alike."""

from __future__ import annotations


def counted(number: int, word: str, plural: str | None = None) -> str:
    return f"{number} {word if number == 1 else plural or word + 's'}"

"""Codes for people: the `explain --list` table and one code's `explain` page, from the registry of codes."""

from __future__ import annotations

from collections.abc import Iterable

from mobility_cli.codes import Code

CODE_HEADERS = ["code", "severity", "family", "what"]


def code_rows(codes: Iterable[Code]) -> list[list[str]]:
    return [[c.code, c.severity.value, c.family, c.summary] for c in codes]


def explain_text(code: Code) -> str:
    origin = " (defined by this program's lint.phrases)" if code.program_defined else ""
    lines = [f"{code.code} ({code.severity.value}, {code.family}){origin}", "", code.summary]
    if code.why and code.why != code.summary:
        lines += ["", f"Why: {code.why}"]
    if code.fires or code.passes:
        lines += ["", f"Fires on:   {code.fires or '(no example)'}", f"Passes:     {code.passes or '(no example)'}"]
    if code.fix:
        lines += ["", f"Fix: {code.fix}"]
    for option in code.options:
        lines += ["", f"Option lint.{option.name} (default {option.default!r}): {option.help}"]
    return "\n".join(lines) + "\n"


def codes_markdown(codes: Iterable[Code]) -> str:
    """docs/codes.md: every code by family, made from the registry (a test says when it is due)."""
    lines = [
        "# Codes",
        "",
        "Every code mobility can emit, by family, made from the registry of codes (`mobility_cli/codes.py`) by",
        "`python -m tests.test_codes --update`; `mobility explain CODE` prints the same page in a terminal.",
        "A program's own phrase rules (`lint: phrases:` in mobility.yaml) are explained by `mobility explain` too.",
    ]
    family = None
    for code in codes:
        if code.family != family:
            family = code.family
            lines += ["", f"## {family.capitalize()}"]
        lines += ["", f"### `{code.code}`", "", f"*{code.severity.value}*, declared in `{code.declared_in}`.", ""]
        lines.append(code.summary)
        if code.why and code.why != code.summary:
            lines += ["", f"**Why:** {code.why}"]
        if code.fires or code.passes:
            lines += [
                "",
                f"**Fires on:** {code.fires or '(no example)'}",
                "",
                f"**Passes:** {code.passes or '(no example)'}",
            ]
        if code.fix:
            lines += ["", f"**Fix:** {code.fix}"]
        for option in code.options:
            lines += ["", f"**Option** `{option.name}` (default `{option.default!r}`): {option.help}"]
    return "\n".join(lines) + "\n"

"""degree-requirement: a degree, diploma or academic credential asked for or preferred, named the way any
country names it (credentials.yaml beside this module: B.Tech and MCA, Bac+5, Licenciatura, HND, a 2:1, "any
graduate"), wherever the post asks it. "Or equivalent experience" still counts: the degree stays the yardstick."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.framework_data import level_behaviours
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule

# Capitalised words after "MS" or "BA" that name a product or a tool, not a field of study ("MS Office").
_NOT_FIELDS = "(?:Office|Teams|Excel|Word|Access|Project|Outlook|Dynamics|Azure|Windows|Visio|SharePoint|Paint)"


@cache
def _vocabulary() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The credentials (case-insensitive), the ambiguous abbreviations (capitals, beside a field or another
    credential) and the senses that are not credentials, compiled once."""
    from mobility_cli.features.lint.rules.catalogue_rules import entries

    (data,) = entries("credentials.yaml")
    names = [p for group in data["groups"] for p in group["patterns"]]
    words = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in names) + r")(?![\w-])", re.IGNORECASE)
    short = "|".join(a.upper() for a in data["ambiguous"])
    ambiguous = re.compile(
        rf"(?<![\w./-])(?:{short})(?=\s*/\s*[A-Z]|\s+in\s|\s+or\s+[A-Z]|\s+degree\b|\s*\((?:Hons|hons)\)"
        rf"|\s+(?!{_NOT_FIELDS}\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b)"
        rf"|(?<=/)\s*(?:{short})(?![\w-])"
    )
    unless = re.compile("|".join(f"(?:{p})" for p in data["not"]), re.IGNORECASE)
    return words, ambiguous, unless


@lru_cache(maxsize=65536)  # requirement lines recur across a program's posts
def credential_in(text: str) -> re.Match[str] | None:
    """The first credential named in the text (not inside a sense that is not one), or None."""
    words, ambiguous, unless = _vocabulary()
    cancelled = [m.span() for m in unless.finditer(text)]
    for pattern in (words, ambiguous):
        for match in pattern.finditer(text):
            if not any(a <= match.start() < b for a, b in cancelled):
                return match
    return None


_FIELD = re.compile(r"\s+in\s+[^,;.]*", re.IGNORECASE)


def without_credentials(text: str) -> str:
    """The requirement less its credentials and their fields: "a master's in interaction design" asks for a
    credential, and the field's words must not make it look like a behaviour of the framework."""
    while (match := credential_in(text)) is not None:
        field = _FIELD.match(text, match.end())
        text = text[: match.start()] + " " + text[field.end() if field else match.end() :]
    return text


@rule(
    "degree-requirement",
    Severity.WARNING,
    "requirements",
    "A degree or diploma requirement the framework does not state.",
    "Degrees screen out capable people who learned on the job, which internal candidates often did.",
    "Drop the degree, or state the competency it stands for.",
    Example(requirements=("Bachelor's degree in Computer Science",)),
    Example(requirements=("Creates RFCs that receive meaningful async feedback",)),
    folds=("untraceable-requirement",),  # the degree is the mistake; the field asked beside it is another
)
def degree_requirement(ctx: RuleContext) -> Iterator[Finding]:
    from mobility_cli.features.reading.asks import asked

    stated = ctx.once(  # once per level per run, not once per post
        ("framework-states-a-degree", ctx.post.level_key),
        lambda: any(credential_in(b) for b in level_behaviours(ctx)),
    )
    if stated:
        return
    framework = f" the framework of {ctx.post.level_key} does not state" if level_behaviours(ctx) else ""
    for passage in ctx.passages():
        match = credential_in(passage.text) if passage.kind != "heading" else None
        if match and asked(passage, *match.span()):
            yield Finding(
                f'"{match.group(0).strip()}": a degree requirement{framework}',
                *passage.position(match.start()),
                None,
                "drop it, or state the competency it stands for",
            )


__all__: list[Any] = ["credential_in", "without_credentials"]

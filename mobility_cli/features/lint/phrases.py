"""Phrase rules: patterns of words that a post should not use, as data. The machinery the shipped catalogue
(rules/catalogue.yaml) and a program's own `lint: phrases:` share: compiling patterns (RE2 for a program's own,
so every pattern runs in linear time), finding hits outside exceptions, and the rules a program declares."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, cast

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import RULES, Example, Finding, Rule, RuleContext
from mobility_cli.features.reading.passage import EQUAL_OPPORTUNITY, Passage


class Matcher(Protocol):
    """A compiled pattern: Python's `re` for the shipped catalogue, RE2 for a program's own phrases."""

    def search(self, text: str) -> Any: ...

    def finditer(self, text: str) -> Iterator[Any]: ...


@dataclass(frozen=True, slots=True)
class Phrases:
    patterns: Matcher
    exceptions: Matcher | None
    message: str


class PatternError(ValueError):
    """A program's pattern that cannot be compiled to run in linear time (or at all)."""


def _alternation(items: list[str]) -> str:
    return r"\b(?:" + "|".join(f"(?:{p})" for p in items) + r")\b"


def compile_patterns(items: list[str], untrusted: bool = False) -> Matcher | None:
    """The catalogue's patterns are ours and reviewed (some need lookarounds); a program's own patterns come
    from a pull request, so they run on RE2, whose time is linear in the text whatever the pattern."""
    if not items:
        return None
    if not untrusted:
        try:  # RE2 runs a large alternation as one automaton, several times faster than Python's engine
            return compile_patterns(items, untrusted=True)
        except PatternError:  # a shipped pattern that needs a lookaround: ours, reviewed, run by Python
            return re.compile(_alternation(items), re.IGNORECASE)
    import re2

    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    try:
        return cast(Matcher, re2.compile(_alternation(items), options))
    except re2.error as exc:
        raise PatternError(str(exc.args[0].decode() if isinstance(exc.args[0], bytes) else exc)) from None


def pattern_problem(pattern: str) -> str | None:
    """Why a program's phrase pattern cannot be used, or None."""
    try:
        compile_patterns([pattern], untrusted=True)
    except PatternError as exc:
        return str(exc)
    return None


def phrases_of(entry: Mapping[str, Any], untrusted: bool = False) -> Phrases | None:
    try:
        pattern = compile_patterns([str(p) for p in entry.get("patterns", [])], untrusted)
        exceptions = compile_patterns([str(p) for p in entry.get("exceptions", [])], untrusted)
    except (re.error, PatternError):
        return None
    if pattern is None:
        return None
    return Phrases(pattern, exceptions, str(entry.get("message", '"{phrase}"')))


def hits(phrases: Phrases, passages: Iterator[Passage], whole: str | None = None) -> Iterator[tuple[Passage, Any]]:
    """Matches passage by passage; `whole` (all passages joined) lets a post with no match cost one search.
    An equal-opportunity promise is never held against a post."""
    if whole is not None and not phrases.patterns.search(whole):
        return
    for passage in passages:
        if passage.role == EQUAL_OPPORTUNITY or not phrases.patterns.search(passage.text):
            continue  # most passages have nothing: skip the exception scan
        text = passage.text
        cancelled = [m.span() for m in phrases.exceptions.finditer(text)] if phrases.exceptions else []
        for match in phrases.patterns.finditer(text):
            if not any(a <= match.start() < b for a, b in cancelled):
                yield passage, match


def phrase_check(phrases: Phrases) -> Any:
    def check(ctx: RuleContext) -> Iterator[Finding]:
        for passage, match in hits(phrases, iter(ctx.passages()), ctx.prose_text()):
            # replace, not str.format: a program's message is text, never a format that reaches into objects
            message = phrases.message.replace("{phrase}", match.group(0))
            yield Finding(message, *passage.position(match.start()))

    return check


_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def program_phrase_rules(entries: tuple[Mapping[str, Any], ...]) -> list[Rule]:
    """A program's own banned phrases (mobility.yaml lint.phrases), same shape as the catalogue."""
    rules = []
    for entry in entries:
        compiled = phrases_of(entry, untrusted=True)
        code = str(entry.get("id", "banned-phrase"))
        if compiled is None or code in RULES or code in _declared_codes():
            continue
        level = entry.get("severity", "warning")
        severity = Severity(level) if level in ("error", "warning", "info") else Severity.WARNING
        text = str(entry.get("rationale", "A phrase this program chose not to use."))
        fires, passes = Example(prose=str(entry.get("fires", ""))), Example(prose=str(entry.get("passes", "")))
        check = phrase_check(compiled)
        rules.append(
            Rule(code, severity, "wording", text, text, str(entry.get("fix", "")), fires, passes, check, (), True)
        )
    return rules


def _declared_codes() -> Mapping[str, object]:
    """Every code mobility itself declares: a program's phrase rule may not take one of them."""
    from mobility_cli.codes import every_code

    return every_code()

"""Wording rules, read from the shipped catalogue (and a program's own phrases): data, not code."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol, cast

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.gendered_rule import gendered_rule
from mobility_cli.features.lint.rule import RULES, Example, Finding, Option, Rule, RuleContext, add
from mobility_cli.features.lint.sections import WORK, is_an_ask
from mobility_cli.located import TextLine
from mobility_cli.model import normalise_title


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


def _compile(items: list[str], untrusted: bool = False) -> Matcher | None:
    """The catalogue's patterns are ours and reviewed (some need lookarounds); a program's own patterns come
    from a pull request, so they run on RE2, whose time is linear in the text whatever the pattern."""
    if not items:
        return None
    if not untrusted:
        try:  # RE2 runs a large alternation as one automaton, several times faster than Python's engine
            return _compile(items, untrusted=True)
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
        _compile([pattern], untrusted=True)
    except PatternError as exc:
        return str(exc)
    return None


def phrases_of(entry: Mapping[str, Any], untrusted: bool = False) -> Phrases | None:
    try:
        pattern = _compile([str(p) for p in entry.get("patterns", [])], untrusted)
        exceptions = _compile([str(p) for p in entry.get("exceptions", [])], untrusted)
    except (re.error, PatternError):
        return None
    if pattern is None:
        return None
    return Phrases(pattern, exceptions, str(entry.get("message", '"{phrase}"')))


def hits(phrases: Phrases, lines: Iterator[TextLine], whole: str | None = None) -> Iterator[tuple[TextLine, Any]]:
    """Matches line by line; `whole` (all lines joined) lets a post with no match at all cost one search."""
    if whole is not None and not phrases.patterns.search(whole):
        return
    for line in lines:
        if not phrases.patterns.search(line.text):
            continue  # most lines have nothing: skip the exception scan
        cancelled = [m.span() for m in phrases.exceptions.finditer(line.text)] if phrases.exceptions else []
        for match in phrases.patterns.finditer(line.text):
            if not any(a <= match.start() < b for a, b in cancelled):
                yield line, match


def phrase_check(phrases: Phrases) -> Any:
    def check(ctx: RuleContext) -> Iterator[Finding]:
        for line, match in hits(phrases, iter(ctx.prose()), ctx.prose_text()):
            # replace, not str.format: a program's message is text, never a format that reaches into objects
            yield Finding(phrases.message.replace("{phrase}", match.group(0)), line.line, match.start() + 1)

    return check


@cache
def catalogue() -> list[dict[str, Any]]:
    from importlib.resources import files

    import yaml

    text = files("mobility_cli.features.lint").joinpath("catalogue.yaml").read_text(encoding="utf-8")
    entries: list[dict[str, Any]] = yaml.safe_load(text)
    return entries


def _register_catalogue() -> None:
    for entry in catalogue():
        if entry["id"] == "gendered-wording":
            add(gendered_rule(entry, _compile(entry.get("exceptions", []))))
            continue
        compiled = phrases_of(entry)
        assert compiled is not None, entry["id"]
        add(
            Rule(
                entry["id"],
                Severity(entry["severity"]),
                entry["category"],
                entry["rationale"].split(".")[0] + ".",
                entry["rationale"],
                entry["fix"],
                Example(prose=f"- {entry['fires']}"),
                Example(prose=f"- {entry['passes']}"),
                phrase_check(compiled),
            )
        )


_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def program_phrase_rules(entries: tuple[Mapping[str, Any], ...]) -> list[Rule]:
    """A program's own banned phrases (mobility.yaml lint.phrases), same shape as the catalogue."""
    rules = []
    for entry in entries:
        compiled = phrases_of(entry, untrusted=True)
        code = str(entry.get("id", "banned-phrase"))
        if compiled is None or code in RULES:
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


_WORK_TITLES = frozenset(normalise_title(t) for t in WORK)
INTERNAL_TOOLS = Option("internal_tools", tuple, (), "Names of the company's own internal systems.")


# A team's own systems even where they are not named: "our in-house deployment tooling".
_UNNAMED_TOOL = re.compile(
    r"\b(?:our|the\s+company's|the\s+team's)\s+(?:own\s+)?(?:in-house|internal|home-?grown|proprietary|bespoke"
    r"|custom[- ]built)\s+(?:[\w-]+\s+){0,2}?(?:tool(?:s|ing)?|systems?|platforms?|frameworks?|stack|console"
    r"|pipelines?|scheduler|orchestrator|services|librar(?:y|ies)|sdks?|cli|dashboards?|admin|portal|engine"
    r"|infrastructure|software|apps?|databases?|crm|dsl|language|editor|monorepo|codebase|apis?)\b",
    re.IGNORECASE,
)


def tool_rule_check(ctx: RuleContext) -> Iterator[Finding]:
    """An ask for experience with the team's own systems, in the requirements or in the post's prose (not in
    What You'll Work On, which says what the person will use, and not in a line saying it is not needed)."""
    tools = ctx.option("internal_tools")
    # case-sensitive: a tool is a proper name ("Conduit"), and the word in lower case ("a conduit between") is not it
    named = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in tools) + r")\b") if tools else None
    whole = ctx.prose_text()
    named_there = bool(named) and any(tool in whole for tool in tools)
    unnamed_there = ctx.mentions("in-house", "internal", "homegrown", "home-grown", "proprietary", "bespoke", "custom")
    if not ((named_there and named and named.search(whole)) or (unnamed_there and _UNNAMED_TOOL.search(whole))):
        return  # one search of the whole post: most posts name no internal system
    work = {ln.line for s in ctx.post.sections if normalise_title(s.title) in _WORK_TITLES for ln in s.lines}
    for line in ctx.prose():
        match = (named.search(line.text) if named else None) or _UNNAMED_TOOL.search(line.text)
        if match and line.line not in work and is_an_ask(line.text):
            yield Finding(
                f'"{match.group(0)}" is an internal system: only people already on that team can have used it',
                line.line,
                match.start() + 1,
                None,
                "ask for the underlying skill, and teach the tool after the move",
            )


_register_catalogue()
add(
    Rule(
        "internal-tool-experience",
        Severity.WARNING,
        "wording",
        "A requirement of experience with a team's own internal systems.",
        "Only people already on that team can have used its internal tools: the most hidden of hidden "
        "requirements for internal candidates.",
        "Ask for the underlying skill and teach the tool after the move.",
        Example(requirements=("Experience with Shipyard",), settings={"internal_tools": ["Shipyard"]}),
        Example(requirements=("Experience with continuous delivery",), settings={"internal_tools": ["Shipyard"]}),
        tool_rule_check,
        (INTERNAL_TOOLS,),
    )
)

"""internal-tool-experience: an ask for experience with a team's own systems, named (`lint.internal_tools`) or
not ("our in-house deployment tooling")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mobility_cli.codes import Option
from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, Rule, RuleContext, add

INTERNAL_TOOLS = Option(
    "internal_tools",
    tuple,
    (),
    "Names of the company's own internal systems.",
    {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 200}},
)


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
    from mobility_cli.features.reading.asks import asked

    for passage in ctx.passages():
        match = (named.search(passage.text) if named else None) or _UNNAMED_TOOL.search(passage.text)
        if match and not _inside_a_longer_name(passage.text, match) and asked(passage, *match.span()):
            yield Finding(
                f'"{match.group(0)}" is an internal system: only people already on that team can have used it',
                *passage.position(match.start()),
                None,
                "ask for the underlying skill, and teach the tool after the move",
            )


def _inside_a_longer_name(text: str, match: re.Match[str]) -> bool:
    """ "Lantern Festival": the tool's name as part of another proper name (a capitalised word follows)."""
    after = text[match.end() :].lstrip()
    return bool(after[:1].isupper()) and text[match.end() : match.end() + 1] == " " and not after.startswith("I ")


INTERNAL_TOOL_EXPERIENCE = add(
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
        folds=("untraceable-requirement",),  # no framework names a team's own tool: the tool is the mistake
    )
)

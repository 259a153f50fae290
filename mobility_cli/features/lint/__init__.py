"""The posting linter: every rule over every post, configured by mobility.yaml and inline comments."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date

from mobility_cli.codes import Code, declare
from mobility_cli.diagnostics import Cause, Diagnostic, Severity
from mobility_cli.features.lint import phrases as phrase_rules
from mobility_cli.features.lint.config import LintSettings, lint_settings
from mobility_cli.features.lint.rule import RULES, Finding, History, PostVersion, Rule, RuleContext
from mobility_cli.features.lint.suppression import UNUSED_SUPPRESSION, Suppressions
from mobility_cli.located import Origin, escape
from mobility_cli.model import Posting, Program
from mobility_cli.suggest import did_you_mean

UNKNOWN_RULE = declare(
    "unknown-rule",
    "settings",
    Severity.ERROR,
    "mobility.yaml names a lint rule that does not exist.",
    "A misspelt rule in select, ignore or severity silently does nothing.",
    "Use a code from `mobility lint --list`; the hint suggests the closest one.",
)
INVALID_PATTERN = declare(
    "invalid-pattern",
    "settings",
    Severity.ERROR,
    "A pattern in `lint: phrases:` that cannot be compiled to run in linear time.",
    "A program's own patterns come from pull requests; one that backtracks could hang CI for everyone.",
    "Use plain words, alternatives, classes and simple repeats; lookarounds and backreferences are refused.",
)


__all__ = [
    "RULES",
    "History",
    "LintSettings",
    "PostVersion",
    "Rule",
    "check_settings",
    "lint_posts",
    "lint_settings",
    "program_codes",
    "registry",
]


def check_settings(program: Program) -> list[Diagnostic]:
    """Rule codes named in `lint:` that no rule has: a typo there silently does nothing otherwise."""
    raw = program.settings.lint
    known = [*registry(lint_settings(raw)), UNUSED_SUPPRESSION.code]
    origin = program.settings.origin.at("/lint")
    return [
        Diagnostic.at(
            origin.at(pointer),
            UNKNOWN_RULE.code,
            f'no rule is called "{code}"',
            did_you_mean(code, known) or "see `mobility lint --list`",
            key=at_key,
        )
        for pointer, code, at_key in _named_codes(raw)
        if code not in known
    ] + list(_phrase_problems(raw, origin))


def _phrase_problems(raw: Mapping[str, object], origin: Origin) -> Iterator[Diagnostic]:
    """A program's own phrases: patterns that cannot run in linear time, ids taken by built-in rules."""
    phrases = raw.get("phrases")
    for index, entry in enumerate(phrases if isinstance(phrases, list) else []):
        if not isinstance(entry, dict):
            continue
        if entry.get("id") in RULES or _is_declared(entry.get("id")):
            message = f'"{entry["id"]}" is already the code of one of mobility\'s own checks'
            hint = "give the phrase rule an id of its own (see `mobility explain --list`)"
            yield Diagnostic.at(origin.at(f"/phrases/{index}/id"), "duplicate-id", message, hint)
        for field in ("patterns", "exceptions"):
            for number, pattern in enumerate(entry.get(field) or []):
                problem = phrase_rules.pattern_problem(str(pattern))
                if problem:
                    yield Diagnostic.at(
                        origin.at(f"/phrases/{index}/{field}/{number}"),
                        INVALID_PATTERN.code,
                        f"this pattern cannot be used: {problem}",
                        "use plain words, alternatives (a|b), classes [ab] and ? * +; lookarounds and "
                        "backreferences are not supported, so every pattern runs in time linear in the post",
                    )


def _is_declared(code: object) -> bool:
    from mobility_cli.codes import every_code

    return isinstance(code, str) and code in every_code()


def _named_codes(raw: Mapping[str, object]) -> Iterator[tuple[str, str, bool]]:
    """(pointer, code, whether the code is a mapping key) for every rule code the settings name."""
    for key in ("select", "ignore"):
        value = raw.get(key)
        for index, code in enumerate(value if isinstance(value, list) else []):
            if isinstance(code, str):
                yield f"/{key}/{index}", code, False
    severity = raw.get("severity")
    for code in severity if isinstance(severity, dict) else {}:
        yield f"/severity/{escape(str(code))}", str(code), True


def program_codes(program: Program) -> dict[str, Code]:
    """The declarations of the program's own phrase rules, by code: what the registry cannot know."""
    rules = phrase_rules.program_phrase_rules(lint_settings(program.settings.lint).phrases)
    return {r.code: r.info() for r in rules}


def registry(settings: LintSettings) -> dict[str, Rule]:
    """Every rule for a program: the built-in ones and the program's own phrase rules."""
    return RULES | {r.code: r for r in phrase_rules.program_phrase_rules(settings.phrases)}


def lint_posts(
    program: Program,
    today: date,
    settings: LintSettings | None = None,
    files: set[str] | None = None,
    history: History | None = None,
    jobs: int = 1,
) -> list[Diagnostic]:
    """Every post (or those in `files`) through every enabled rule, in the program's order of posts; over
    `jobs` workers for a large program (each post is linted on its own, so the result is the same)."""
    from mobility_cli.workers import ordered_map

    settings = settings or lint_settings(program.settings.lint)
    rules = [r for r in registry(settings).values() if settings.enabled(r.code)]
    shared: dict[object, object] = {}  # work done once per run (per worker)
    posts = [post for post in program.postings.values() if files is None or post.file in files]

    def one(post: Posting) -> list[Diagnostic]:
        return list(lint_post(RuleContext(program, post, settings, today, history, shared), rules))

    return [found for post_found in ordered_map(one, posts, jobs, least=100) for found in post_found]


def lint_post(context: RuleContext, rules: list[Rule]) -> Iterator[Diagnostic]:
    """One post through the given rules, one finding per mistake (`most_specific`), with its inline
    suppressions applied."""
    post, settings = context.post, context.settings
    quiet = Suppressions.of(post.suppressions)
    found = [(current, finding) for current in rules for finding in current.check(context)]
    made: list[tuple[Rule, Diagnostic]] = []
    passage_of = {line: p.line for p in context.passages() for _, line, _ in p.anchors}  # a wrapped item is one
    for current, finding, kept in most_specific(found, passage_of):
        if quiet.covers(finding.line, current.code) or not kept:
            continue  # (a suppression of a finding another one stands for is used, not stale)
        severity = settings.severity.get(current.code) or finding.severity or current.severity
        made.append(
            (
                current,
                Diagnostic(
                    current.code,
                    severity,
                    finding.message,
                    post.file,
                    finding.line,
                    finding.column,
                    finding.pointer,
                    finding.hint,
                ),
            )
        )
    yield from folded(made, passage_of)
    if settings.enabled(UNUSED_SUPPRESSION.code):
        for line, code in quiet.unused():
            message = f"the suppression of {code} suppresses nothing"
            yield Diagnostic(
                UNUSED_SUPPRESSION.code, Severity.INFO, message, post.file, line, 1, None, "remove the comment"
            )


def most_specific(
    found: list[tuple[Rule, Finding]], passage_of: dict[int, int] | None = None
) -> Iterator[tuple[Rule, Finding, bool]]:
    """Each finding, and whether it is kept: not where a rule that takes precedence over its rule (`overrides`)
    found something on the same line. A time-zone preference on a requirement line is one mistake, a place
    asked for; that the line also matches no behaviour of the framework is the same mistake seen from further
    away."""
    where = passage_of or {}
    outranked = {
        (where.get(finding.line, finding.line), code)
        for rule, finding in found
        if finding.line and (finding.severity or rule.severity) != Severity.INFO  # an info outranks nothing
        for code in rule.overrides
    }
    for rule, finding in found:
        yield rule, finding, (where.get(finding.line or 0, finding.line), rule.code) not in outranked


def folded(made: list[tuple[Rule, Diagnostic]], passage_of: dict[int, int]) -> Iterator[Diagnostic]:
    """The diagnostics, each general one that a more specific rule's finding on its line `folds` naming that
    finding as its cause: people read "5+ years of Go" as one finding (the rest folded under it), while JSON and
    SARIF keep both, since Go is asked too and no behaviour states it."""
    causes: dict[tuple[int | None, str], Diagnostic] = {}
    for rule, d in made:
        for general in rule.folds if d.severity != Severity.INFO else ():
            causes.setdefault((passage_of.get(d.line or 0, d.line), general), d)
    for rule, d in made:
        cause = causes.get((passage_of.get(d.line, d.line), d.code)) if d.line else None
        said = rule.summary.rstrip(".")  # what the folded finding says, in its rule's words
        lost = f"{said[:1].lower()}{said[1:]}"
        yield d.following(Cause.of(cause, lost) if cause is not None else None)


def _load_rules() -> None:
    """Every module of `rules/` declares its rules when imported: a new rule is a new module there (and its cases
    beside it), found here without a list to keep."""
    import importlib
    import pkgutil

    from mobility_cli.features.lint import rules

    for found in sorted(pkgutil.iter_modules(rules.__path__), key=lambda m: m.name):
        importlib.import_module(f"{rules.__name__}.{found.name}")


_load_rules()

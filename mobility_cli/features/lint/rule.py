"""What a lint rule is: a self-contained unit with a stable code, its metadata, its options, examples that
fire and pass, and a check that yields findings for one post.

Modelled on ruff's rule registry and yamllint's `rules/`: each rule lives in its own module under `rules/` (a
family module may group tiny ones), declared once with `@rule` (or as one entry of `rules/catalogue.yaml`), with
its cases beside it. `add` puts the rule's code into the one registry of codes (`mobility_cli.codes`), so
`explain`, `lint --list`, SARIF and docs/codes.md all read one source. A rule sees only what it needs
(`RuleContext`): the program, the post, the settings, today and history.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from mobility_cli.codes import Code, Option
from mobility_cli.codes import add as declare_code
from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.config import LintSettings
from mobility_cli.located import Origin
from mobility_cli.model import Posting, Program

if TYPE_CHECKING:
    from mobility_cli.features.reading.passage import Passage


@dataclass(frozen=True, slots=True)
class PostVersion:
    """A post as it stood in one commit (None where that version could not be built)."""

    commit: str
    date: str
    posting: Posting | None
    cut: bool = False  # at the edge of a shallow clone: what came before this version is unknown


History = Callable[[str], list[PostVersion]]  # file -> its versions, oldest first


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict on one spot of a post; the engine turns it into a diagnostic."""

    message: str
    line: int | None = None
    column: int | None = None
    pointer: str | None = None
    hint: str | None = None
    severity: Severity | None = None  # None: the rule's (configured) severity

    @classmethod
    def at(cls, origin: Origin, message: str, hint: str | None = None) -> Finding:
        """A finding at a front-matter field: its line and column where the field was written, else none."""
        position = origin.position() if origin.written() else None
        line, column = position if position else (None, None)
        return cls(message, line, column, origin.pointer or None, hint)


Shared = TypeVar("Shared")


@dataclass(slots=True)
class RuleContext:
    """Everything a rule may look at for one post; `shared` holds work computed once per lint run."""

    program: Program
    post: Posting
    settings: LintSettings
    today: date
    history: History | None = None
    shared: dict[object, object] = field(default_factory=dict)
    _prose_text: str | None = None
    _lowered: str | None = None
    _requirements: tuple[Passage, ...] | None = None
    _passages: tuple[Passage, ...] | None = None

    def once(self, key: object, compute: Callable[[], Shared]) -> Shared:
        """`compute()`, worked out once per lint run (per worker) for `key` and kept in `shared`: what depends
        only on a level or a track, not on the post, is not computed again for every post."""
        if key not in self.shared:
            self.shared[key] = compute()
        return self.shared[key]  # type: ignore[return-value]

    def option(self, name: str) -> Any:
        """A rule option's configured value, or its default where it is unset or of the wrong type."""
        declared = OPTIONS[name]
        value = self.settings.options.get(name, declared.default)
        if declared.type is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if declared.type is tuple and isinstance(value, list):
            return tuple(str(v) for v in value)
        return value if isinstance(value, declared.type) else declared.default

    def passages(self) -> tuple[Passage, ...]:
        """The post as a reader reads it (features/reading): list items, sentences, table rows and field lines,
        each with its role (requirements, benefits ...) and the way back to its line and column. Read once."""
        if self._passages is None:
            from mobility_cli.features.reading.post import read_post

            self._passages = read_post(self.post)
        return self._passages

    def requirements(self) -> tuple[Passage, ...]:
        """The post's requirements (reading/asks.requirements_of), read once and shared by every requirements rule."""
        if self._requirements is None:
            from mobility_cli.features.reading.asks import requirements_of

            self._requirements = requirements_of(self.passages())
        return self._requirements

    def prose_text(self) -> str:
        """Every passage's text in one string (HTML decoded, markers removed): what a rule searches once to
        learn that a post has nothing for it, before it reads passage by passage."""
        if self._prose_text is None:
            self._prose_text = "\n".join(p.text for p in self.passages())
        return self._prose_text

    def mentions(self, *words: str) -> bool:
        """Whether the post's prose contains any of these (lower-case) words: a substring test in C, the cheap
        first question a rule asks before any pattern runs."""
        if self._lowered is None:
            self._lowered = self.prose_text().lower()
        return any(word in self._lowered for word in words)


@dataclass(frozen=True, slots=True)
class Example:
    """A post for a rule's example: the example program's base post (engineering/ic3, clean for every rule),
    changed as said here. `tests/lint_examples.py` writes it out; the tests run every rule on both of its
    examples, so an example cannot drift from what the rule does."""

    requirements: tuple[str, ...] | None = None  # the bullets of What We're Looking For (None: the base post's)
    front: Mapping[str, Any] = field(default_factory=dict)  # front-matter fields set (None removes one)
    prose: str = ""  # a line added to What You'll Work On
    omit: tuple[str, ...] = ()  # section titles left out
    settings: Mapping[str, Any] = field(default_factory=dict)  # the `lint:` settings it runs with
    earlier: tuple[tuple[str, ...], ...] = ()  # requirements of earlier, open versions (for history rules)
    says: str = ""  # what it shows, in words, for --explain

    def describe(self) -> str:
        if self.says:
            return self.says
        if self.requirements:
            return "- " + "; - ".join(self.requirements)
        if self.prose:
            return self.prose
        if self.front:
            return ", ".join(f"{k}: {v}" for k, v in self.front.items())
        return "the base post"


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    category: str  # requirements, wording or policy
    summary: str
    rationale: str
    fix: str
    fires: Example
    passes: Example
    check: Callable[[RuleContext], Iterator[Finding]] = field(repr=False)
    options: tuple[Option, ...] = ()
    program_defined: bool = False  # from the program's own `lint: phrases:`
    declared_in: str = ""  # the module that declares it
    # the more general rules this one takes precedence over on the same line: one mistake, one finding (the
    # engine keeps this rule's finding and drops theirs, `features.lint.lint_post`)
    overrides: tuple[str, ...] = ()
    # the more general rules whose finding on the same line follows from this one's ("5+ years of Go": asking for
    # years, and Go, which no behaviour states): both are kept, the general one naming this one as its cause, so
    # people read one finding per line (the other folded under it) and JSON and SARIF keep both
    folds: tuple[str, ...] = ()

    def info(self) -> Code:
        """The rule as the code registry describes it (explain, SARIF, docs)."""
        return Code(
            self.code,
            self.category,
            self.severity,
            self.summary,
            self.rationale,
            self.fix,
            self.options,
            self.fires.describe(),
            self.passes.describe(),
            self.declared_in,
            self.program_defined,
        )


RULES: dict[str, Rule] = {}
OPTIONS: dict[str, Option] = {}


def add(new: Rule) -> Rule:
    """Register a built-in rule, and its code in the one registry of codes. Two rules may share an option (the
    same `Option`), never two different options under one name."""
    if not new.declared_in:
        new = replace(new, declared_in=str(sys._getframe(1).f_globals.get("__name__", "")))
    RULES[new.code] = new
    for option in new.options:
        assert OPTIONS.setdefault(option.name, option) == option, f"two different options are called {option.name}"
    declare_code(new.info())
    return new


def rule(
    code: str,
    severity: Severity,
    category: str,
    summary: str,
    rationale: str,
    fix: str,
    fires: Example,
    passes: Example,
    options: tuple[Option, ...] = (),
    overrides: tuple[str, ...] = (),
    folds: tuple[str, ...] = (),
) -> Callable[[Callable[[RuleContext], Iterator[Finding]]], Callable[[RuleContext], Iterator[Finding]]]:
    """Register the decorated check as a rule (`overrides`: the more general rules it takes precedence over on
    the same line; `folds`: those whose finding on the same line follows from its own)."""

    def decorate(check: Callable[[RuleContext], Iterator[Finding]]) -> Callable[[RuleContext], Iterator[Finding]]:
        add(
            Rule(
                code,
                severity,
                category,
                summary,
                rationale,
                fix,
                fires,
                passes,
                check,
                options,
                False,
                check.__module__,
                overrides,
                folds,
            )
        )
        return check

    return decorate

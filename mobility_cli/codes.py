"""The one registry of every code mobility can emit: reading, schema, reference, value and settings checks, lint
rules (built-in, catalogue and a program's own phrase rules), and the report's pitfalls.

Each code is declared next to the code that emits it (`declare(...)` at the top of that module), so what a code
means and where it is made never drift apart. Everything that describes codes reads them from here: `mobility
explain`, `lint --list`, SARIF `rules`, the schema's `lint` section and `docs/codes.md`. Looking up a code
nobody declared is an error (`UnknownCode`), never a made-up default: a test runs every emitting module and
checks that each code it can emit is declared.

Declarations are found without a hand-kept list: `every_code()` imports the modules of the stages that emit
codes (parse, checks, assembly, loading, features) and collects what they declared.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mobility_cli.diagnostics import Severity
from mobility_cli.errors import UnknownName

# Families in the order people meet them: a file is read, checked against its schema, its names resolved, its
# values judged; then the settings, the posts (lint) and the program's history (report).
FAMILIES = (
    "reading",
    "schema",
    "references",
    "values",
    "settings",
    "requirements",
    "wording",
    "policy",
    "suppressions",
    "pitfalls",
)


@dataclass(frozen=True, slots=True)
class Option:
    """A setting of one code, read from mobility.yaml (`lint: options: CODE: NAME: value`)."""

    name: str
    type: type
    default: Any
    help: str
    schema: Mapping[str, Any] = field(default_factory=dict)  # JSON Schema of the value

    def json_schema(self) -> dict[str, Any]:
        shown = dict(self.schema)
        shown.setdefault("description", self.help)
        return shown


@dataclass(frozen=True, slots=True)
class Code:
    """One code: what it means, why it matters, how to fix it, its options and an example that fires and one
    that passes (in words, for `explain`; lint rules also run theirs as tests)."""

    code: str
    family: str
    severity: Severity
    summary: str
    why: str
    fix: str
    options: tuple[Option, ...] = ()
    fires: str = ""
    passes: str = ""
    declared_in: str = ""  # the module that declares (and emits) it
    program_defined: bool = False  # a program's own phrase rule, from its mobility.yaml


_DECLARED: dict[str, Code] = {}

# The packages and modules whose import declares codes (what emits them): every other stage only reports.
_EMITTING_PACKAGES = ("parse", "check", "assemble", "features")
_EMITTING_MODULES = ("source", "revision", "load", "cache")


def declare(
    code: str,
    family: str,
    severity: Severity,
    summary: str,
    why: str,
    fix: str,
    *,
    options: tuple[Option, ...] = (),
    fires: str = "",
    passes: str = "",
) -> Code:
    """Declare a code where it is emitted; declaring one code twice with different words is a bug."""
    assert family in FAMILIES, f"{code}: unknown family {family}"
    module = str(sys._getframe(1).f_globals.get("__name__", ""))
    made = Code(code, family, severity, summary, why, fix, options, fires, passes, module)
    earlier = _DECLARED.get(code)
    assert earlier is None or earlier == made, f"{code} is declared twice: in {earlier.declared_in} and {module}"
    _DECLARED[code] = made
    return made


def add(made: Code) -> Code:
    """Register a code built elsewhere (a lint rule's, from its own declaration or a catalogue entry)."""
    earlier = _DECLARED.get(made.code)
    assert earlier is None or earlier == made, f"{made.code} is declared twice"
    _DECLARED[made.code] = made
    return made


class UnknownCode(UnknownName):
    """A code that no module declares (and that is not one of the program's phrase rules)."""


def lookup(code: str, extra: Mapping[str, Code] | None = None) -> Code:
    """The code's declaration (`extra`: a program's own phrase rules), loading every declaring module if it has
    not been loaded yet (a cached run reports codes whose emitting modules never ran)."""
    if extra and code in extra:
        return extra[code]
    if code not in _DECLARED:
        every_code()
    if code in _DECLARED:
        return _DECLARED[code]
    from mobility_cli.suggest import did_you_mean

    known = [*_DECLARED, *(extra or {})]
    raise UnknownCode(f'no code is called "{code}"', did_you_mean(code, known) or "see `mobility explain --list`")


def every_code(extra: Mapping[str, Code] | None = None) -> dict[str, Code]:
    """Every declared code, by family and then name (with `extra`, a program's own phrase rules)."""
    _load_declaring_modules()
    found = {**_DECLARED, **(extra or {})}
    rank = {family: index for index, family in enumerate(FAMILIES)}
    return dict(sorted(found.items(), key=lambda item: (rank[item[1].family], item[0])))


_loaded: list[bool] = []


def _load_declaring_modules() -> None:
    if _loaded:
        return
    import importlib
    import pkgutil

    import mobility_cli

    for name in _EMITTING_MODULES:
        importlib.import_module(f"mobility_cli.{name}")
    for package in _EMITTING_PACKAGES:
        imported = importlib.import_module(f"mobility_cli.{package}")
        for info in pkgutil.walk_packages(imported.__path__, f"{imported.__name__}."):
            if ".fast_schemas" not in info.name:
                importlib.import_module(info.name)
    _loaded.append(bool(mobility_cli))

"""The global options, declared once (`GLOBAL_OPTIONS`) and accepted by the main command and by every
subcommand, on either side of it: `mobility validate --repo ../program` means what
`mobility --repo ../program validate` means (as in gh, and git -C).

Each command gets its own click options built from the table (`global_params`); they are not passed to the
command's function (`expose_value=False`): their callback keeps the value in the run's `State`
(cli/state.py), which the whole command tree shares. The main command's options are read first, then the
subcommand's, then a group's subcommand's: so a value given after the subcommand replaces one given before
it (`mobility --today 2026-01-01 report --today 2026-02-01` judges by February), a value given once is kept
whichever side it is on, and a flag (--debug, --no-cache) is on if it is given on either side. Within one
side, the last of a repeated option wins. `--` ends the options as always.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from functools import cache
from typing import Any

import typer

from mobility_cli.cli.state import options


@dataclass(frozen=True, slots=True)
class GlobalOption:
    name: str  # the attribute of `State` it sets
    flags: tuple[str, ...]
    kind: type  # str or int for an option with a value, bool for a flag
    help: str
    metavar: str | None = None
    example: str | None = None  # a value, for the example given when the value is missing
    minimum: int | None = None


GLOBAL_OPTIONS: tuple[GlobalOption, ...] = (
    GlobalOption(
        "repo",
        ("--repo",),
        str,
        "The program's folder (default: MOBILITY_REPO, else the nearest folder up with mobility.yaml or careers/).",
        "DIR",
        "../program",
    ),
    GlobalOption("ref", ("--ref",), str, "Read the program from this git revision.", "REVISION", "origin/main"),
    GlobalOption("debug", ("--debug",), bool, "Show tracebacks."),
    GlobalOption(
        "no_cache",
        ("--no-cache",),
        bool,
        "Parse every file afresh (also MOBILITY_NO_CACHE=1); the cache is never needed.",
    ),
    GlobalOption(
        "today",
        ("--today",),
        str,
        "Judge dates as of this day (also MOBILITY_TODAY).",
        "YYYY-MM-DD",
        "2026-11-24",
    ),
    GlobalOption(
        "jobs",
        ("--jobs", "-j"),
        int,
        "Workers that parse and lint a large program (also MOBILITY_JOBS; default: the usable cores). "
        "The output is the same for any number.",
        "N",
        "2",
        minimum=1,
    ),
)
GLOBAL_NAMES = frozenset(option.name for option in GLOBAL_OPTIONS)


def _keep(name: str) -> Any:
    """The callback that keeps a given value in the run's `State` (a default is no value: it keeps nothing)."""

    def keep(ctx: typer.Context, value: Any) -> None:
        if value is not None and value is not False:
            setattr(options(ctx), name, value)

    return keep


def _declared(**given: Any) -> None:
    """Stands for a command that takes exactly the global options (its signature is set by `_built`)."""


def _signature() -> inspect.Signature:
    """The global options as the signature of a function, the form typer builds options from."""
    parameters = []
    for option in GLOBAL_OPTIONS:
        declared = typer.Option(
            False if option.kind is bool else None,
            *option.flags,
            help=option.help,
            metavar=option.metavar,
            min=option.minimum,
            callback=_keep(option.name),
            expose_value=False,
        )
        annotation = bool if option.kind is bool else option.kind | None
        kind = inspect.Parameter.KEYWORD_ONLY
        parameters.append(inspect.Parameter(option.name, kind, default=declared, annotation=annotation))
    return inspect.Signature(parameters)


@cache
def _built() -> tuple[Any, ...]:
    """The options typer builds from the table (once: every command shares them; they keep no state)."""
    signature = _signature()
    _declared.__signature__ = signature  # type: ignore[attr-defined]  # what inspect.signature (so typer) reads
    _declared.__annotations__ = {p.name: p.annotation for p in signature.parameters.values()}
    holder = typer.Typer(add_completion=False)
    holder.command()(_declared)
    return tuple(typer.main.get_command(holder).params)


def global_params() -> list[Any]:
    """The click options of the global options, ready to add to a command's `params`."""
    return list(_built())


def is_global(param: Any) -> bool:
    return param in _built()


def add_global_options(command: Any) -> Any:
    """The command, and every command under it, accepting the global options (returned for chaining)."""
    if not any(is_global(p) for p in command.params):
        command.params.extend(global_params())
    for sub in getattr(command, "commands", {}).values():
        add_global_options(sub)
    return command


def missing_value(option_name: str | None) -> tuple[str, str] | None:
    """What to say when a global option that takes a value was given none: the message and an example."""
    for option in GLOBAL_OPTIONS:
        if option_name in option.flags and option.example is not None:
            return f"{option_name} needs a value", f"e.g. {option_name} {option.example}"
    return None

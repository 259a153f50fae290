"""Shell completion of the program's own names: levels, tracks, time zones (`mobility --install-completion`).

Completion runs on every Tab, so it reads only the career tracks, never posts or frameworks, and it never
fails loudly: a program that cannot be read completes nothing rather than printing an error into the prompt.
Names are offered from their start, as typed (typer keeps only the candidates that start with what was typed).
"""

from __future__ import annotations

from typing import Any

import typer


def _program(ctx: typer.Context) -> object | None:
    import contextlib
    import io

    from mobility_cli.application.workspace import CAREERS, Workspace
    from mobility_cli.cli.state import options

    given = options(ctx)  # the global options typed so far, on either side of the subcommand
    try:  # nothing may reach the prompt: not the built-in-example note (no `notice`), not an error
        with contextlib.redirect_stderr(io.StringIO()):
            return Workspace(given.repo, ref=given.ref).load(CAREERS).program
    except Exception:
        return None


def _starting(names: list[str], incomplete: str) -> list[str]:
    return sorted({n for n in names if n.startswith(incomplete)})


def levels(ctx: typer.Context, incomplete: str) -> list[str]:
    """TRACK/LEVEL for every level, and the bare LEVEL where it is unique to one track."""
    from mobility_cli.model import Program

    program = _program(ctx)
    if not isinstance(program, Program):
        return []
    from collections import Counter

    every = list(program.levels())
    tracks_with = Counter(lv.id for lv in every)
    bare = [lv.id for lv in every if tracks_with[lv.id] == 1]
    return _starting([lv.key for lv in every] + bare, incomplete)


def tracks(ctx: typer.Context, incomplete: str) -> list[str]:
    from mobility_cli.model import Program

    program = _program(ctx)
    return _starting(list(program.tracks), incomplete) if isinstance(program, Program) else []


def levels_or_tracks(ctx: typer.Context, incomplete: str) -> list[str]:
    return sorted(set(levels(ctx, incomplete)) | set(tracks(ctx, incomplete)))


def zones(incomplete: str) -> list[str]:
    """IANA zone names (Europe/Berlin, America/New_York ...)."""
    from mobility_cli.zones import zone_names

    return _starting(list(zone_names()), incomplete)


def level_argument(metavar: str, help: str) -> Any:
    """A required level argument (FROM) that completes level ids."""
    return typer.Argument(..., metavar=metavar, autocompletion=levels, help=help)


def destination_argument(help: str) -> Any:
    """A required TO argument: a level or a whole track."""
    return typer.Argument(..., metavar="TO", autocompletion=levels_or_tracks, help=help)

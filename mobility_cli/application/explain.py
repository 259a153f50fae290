"""`mobility explain`: what a code means, for any code mobility can emit (and the program's own phrase rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mobility_cli.application.workspace import Workspace
    from mobility_cli.codes import Code


def program_codes(workspace: Workspace | None) -> dict[str, Code]:
    """The program's own phrase rules. A program whose settings cannot be read has none here: mobility's own
    codes are still explained (`validate` says what is wrong with the settings)."""
    if workspace is None:
        return {}
    from mobility_cli.application.workspace import SETTINGS
    from mobility_cli.errors import MobilityError
    from mobility_cli.features.lint import program_codes as declared_by

    try:
        program = workspace.load(SETTINGS).program
    except MobilityError:
        return {}
    return declared_by(program)


def explain_code(workspace: Workspace | None, code: str) -> Code:
    """One code's declaration; an unknown code is an `UnknownCode` error with a did-you-mean."""
    from mobility_cli.codes import UnknownCode, lookup

    try:
        return lookup(code)  # mobility's own codes need no program
    except UnknownCode:
        return lookup(code, program_codes(workspace))


def every_code(workspace: Workspace | None) -> list[Code]:
    """Every code, by family and then name, the program's own phrase rules among the wording rules."""
    from mobility_cli.codes import every_code as registry

    return list(registry(program_codes(workspace)).values())

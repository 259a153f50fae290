"""Errors a user can cause that stop a command (exit 2), as opposed to findings about the program."""

from __future__ import annotations


class MobilityError(Exception):
    """A problem that ends the command with exit code 2: one clear line, and a hint where one helps."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(MobilityError):
    """The command line asks for something that cannot be done."""


class ProgramNotFound(MobilityError):
    """No readable program where the user pointed."""


class ProgramUnreadable(MobilityError):
    """A file the command needs could not be read: working on the rest would give a wrong answer."""


class ProgramDataError(MobilityError):
    """A value in a program file that a command cannot use (one `validate` reports too): named with its place."""


class UnknownName(MobilityError):
    """A track, level or other name the program does not define (or defines more than once)."""

    def __init__(self, message: str, hint: str | None = None, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message, hint)
        self.candidates = candidates


class NoResult(MobilityError):
    """The question was valid but has no answer (no route, say): exit 1, with the reason in a sentence."""

    exit_code = 1

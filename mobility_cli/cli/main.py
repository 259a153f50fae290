"""Entry point: runs the typer app and turns every failure into one clear line (a traceback only with --debug).

The app runs with click's standalone mode off, so that nothing is swallowed on the way: Ctrl-C says it was
interrupted (exit 130), and an error of the environment (a full disk, a read-only folder, a permission, a
closed output) is one line naming the path, exit 2, never "internal error".
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from typing import Any

INTERRUPTED = 130  # the shell's code for a command ended by Ctrl-C
# Loading a program allocates millions of small objects and frees almost none of them until the process ends;
# the cycle collector's default thresholds run it over and over on that growing heap, a fifth of the time of a
# cold validate at scale M. A short-lived command collects rarely instead (mypy does the same).
_GC_THRESHOLDS = (200_000, 30, 30)


def _debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("MOBILITY_DEBUG", "") not in ("", "0")


def _fail(message: str, hint: str | None, code: int) -> None:
    """The error and its hint, wrapped at spaces to a terminal (each continuing under its own text), then exit."""
    from contextlib import suppress

    from mobility_cli.cli.console import err

    with suppress(OSError, ValueError):  # nowhere left to say it: the exit code still does
        err(f"mobility: error: {message}\n" + (f"  hint: {hint}\n" if hint else ""))
    sys.exit(code)


_ENVIRONMENT_HINTS = {
    errno.ENOSPC: "free some disk space and run it again",
    errno.EROFS: "the file system is read-only: choose a folder you can write to",
    errno.EACCES: "you lack permission for it: check its owner and mode",
    errno.EPERM: "you lack permission for it: check its owner and mode",
    errno.ELOOP: "a symbolic link points back into itself: remove or fix the link",
    errno.EBADF: "the output was closed before mobility could write to it",
}


def _environment_error(exc: OSError) -> None:
    where = exc.filename or ""
    what = exc.strerror or str(exc)
    _fail(f"{what}: {where}" if where else what, _ENVIRONMENT_HINTS.get(exc.errno or 0), 2)


def _internal_error(exc: Exception, debug: bool) -> None:
    if debug:
        raise exc
    _fail(
        f"internal error: {type(exc).__name__}: {exc}",
        "this is a bug in mobility; run again with --debug for the traceback",
        2,
    )


def _usage_error(exc: Any) -> None:
    """A usage error found by click (an unknown option, a missing argument, a value of the wrong kind): said
    in the product's words, with click's usage line and help hint, exit 2. A global option given without its
    value says how the value is written."""
    from mobility_cli.cli.global_options import missing_value

    missing = missing_value(getattr(exc, "option_name", None))
    if missing is not None:
        _fail(*missing, 2)
    from mobility_cli.cli.help import plain_error

    exc.message = plain_error(exc.message)
    exc.show()
    sys.exit(exc.exit_code)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    gc.set_threshold(*_GC_THRESHOLDS)
    debug = _debug_requested(args)
    if sys.stdout is None:  # started with its output closed (`>&-`)
        _fail("the standard output is closed", _ENVIRONMENT_HINTS[errno.EBADF], 2)
    import typer

    from mobility_cli.errors import MobilityError

    try:
        from mobility_cli.cli.app import app
        from mobility_cli.cli.help import plain_help

        command = plain_help(typer.main.get_command(app))
        code = command.main(args=args, prog_name="mobility", standalone_mode=False)
    except MobilityError as exc:
        if debug:
            raise
        _fail(exc.message, exc.hint, exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        code = INTERRUPTED
    except typer.TyperException as exc:  # click's errors (typer carries its own click) can show themselves
        if not hasattr(exc, "show"):
            _internal_error(exc, debug)
        _usage_error(exc)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except OSError as exc:
        if debug:
            raise
        _environment_error(exc)
    except Exception as exc:
        _internal_error(exc, debug)
    if code == INTERRUPTED:  # typer turns Ctrl-C into a silent exit 130: say what happened
        sys.stderr.write("mobility: interrupted\n")
    sys.exit(code if isinstance(code, int) else 0)

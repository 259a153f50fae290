"""Entry point: runs the typer app and turns every failure into one clear line (a traceback only with --debug)."""

from __future__ import annotations

import os
import sys


def _debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("MOBILITY_DEBUG", "") not in ("", "0")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    debug = _debug_requested(args)
    from mobility_cli.errors import MobilityError

    try:
        from mobility_cli.cli.app import app

        app(args=args, prog_name="mobility")
    except MobilityError as exc:
        if debug:
            raise
        sys.stderr.write(f"mobility: error: {exc.message}\n")
        if exc.hint:
            sys.stderr.write(f"  hint: {exc.hint}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("mobility: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:
        if debug:
            raise
        sys.stderr.write(
            f"mobility: internal error: {type(exc).__name__}: {exc}\n"
            "  hint: this is a bug in mobility; run again with --debug for the traceback\n"
        )
        sys.exit(2)

"""The typer application: the main command, with --version; the global options every command shares are
declared in cli/global_options.py, and each command lives in its own module, loaded when it is asked for
(cli/lazy.py)."""

from __future__ import annotations

import typer

from mobility_cli import __version__
from mobility_cli.cli.lazy import TYPER_SETTINGS, LazyGroup

app = typer.Typer(
    name="mobility",
    cls=LazyGroup,
    help="An internal-mobility program for remote teams, kept as code.",
    no_args_is_help=True,
    add_completion=True,
    **TYPER_SETTINGS,
)


def _version(value: bool) -> None:
    if value:
        print(f"mobility {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """The global options were kept by their own callbacks (cli/global_options.py): nothing is left to do."""

"""Commands loaded when they are asked for: `mobility path` imports the path command and what it uses, not
the modules of eighteen other commands (and their typer signatures). The main group knows each command's
module; `--help` and shell completion, which list every command, load them all."""

from __future__ import annotations

import importlib
from typing import Any

from mobility_cli.cli.global_options import add_global_options
from mobility_cli.cli.help import PlainCommand, PlainGroup

# What every command shares with the main group: plain help (no rich boxes), -h, no pretty tracebacks.
TYPER_SETTINGS: dict[str, Any] = {
    "rich_markup_mode": None,
    "pretty_exceptions_enable": False,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}

# command name -> (module, attribute): a function to register as a command, or a Typer app for a group
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("mobility_cli.cli.validate_cmd", "validate"),
    "tracks": ("mobility_cli.cli.tracks_cmd", "tracks"),
    "levels": ("mobility_cli.cli.tracks_cmd", "levels"),
    "schema": ("mobility_cli.cli.schema_cmd", "schema"),
    "path": ("mobility_cli.cli.path_cmd", "path"),
    "gap": ("mobility_cli.cli.gap_cmd", "gap"),
    "graph": ("mobility_cli.cli.graph_cmd", "graph"),
    "lint": ("mobility_cli.cli.lint_cmd", "lint"),
    "explain": ("mobility_cli.cli.explain_cmd", "explain"),
    "render": ("mobility_cli.cli.render_cmd", "render"),
    "diff": ("mobility_cli.cli.diff_cmd", "diff"),
    "init": ("mobility_cli.cli.init_cmd", "init"),
    "post": ("mobility_cli.cli.post_cmd", "app"),
    "codeowners": ("mobility_cli.cli.codeowners_cmd", "codeowners"),
    "report": ("mobility_cli.cli.report_cmd", "report"),
    "board": ("mobility_cli.cli.board_cmd", "board"),
    "mentors": ("mobility_cli.cli.mentors_cmd", "app"),
    "plan": ("mobility_cli.cli.plan_cmd", "plan"),
}


class LazyGroup(PlainGroup):
    """The main command group: each command is built from its module the first time it is asked for, with
    the global options added to it (and to every command of a group)."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        add_global_options(self)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)  # in the order of the table: the order `--help` lists them

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.commands[cmd_name] = _load(cmd_name)
        return super().get_command(ctx, cmd_name)


def _load(name: str) -> Any:
    import typer

    from mobility_cli.cli.help import plain_help

    module, attribute = COMMANDS[name]
    target = getattr(importlib.import_module(module), attribute)
    command: Any
    if isinstance(target, typer.Typer):  # a group of commands (mentors, post), kept a group even with one command
        from typer.core import TyperCommand

        target.info.cls = PlainGroup  # typer's classes, with plain help and a section for the global options
        for info in target.registered_commands:
            if info.cls in (None, TyperCommand):
                info.cls = PlainCommand
        command = typer.main.get_group(target)
        command.name = name
    else:
        single = typer.Typer(add_completion=False, **TYPER_SETTINGS)  # --install-completion: the main command's
        single.command(name, cls=PlainCommand)(target)
        command = typer.main.get_command(single)
    return plain_help(add_global_options(command))

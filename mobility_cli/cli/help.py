"""Help that reads like the product, not like Python: every value is named by what it is (LEVEL, ZONE, DATE,
N), never by a Python type (`<str>`, `<list[Path]>`, `<int range>`), and arguments are written as the usage
line of any Unix tool (`mobility path FROM TO`, not `{FROM} {TO}`).

Applied once to the click command tree typer builds, so a new option gets a plain placeholder without anyone
remembering to write one: from the table below, else its choices, else its own name in capitals. Every
command is a `PlainCommand` or `PlainGroup` (typer's public classes, cli/lazy.py chooses them): they write the
usage line and the sections of the help (arguments, options, then the global options apart) with click's
public methods, so nothing of typer is patched.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

from mobility_cli.cli.global_options import is_global

# An option's or argument's name -> what its value is.
METAVARS = {
    "timezone": "ZONE",
    "hours": "HH:MM-HH:MM",
    "track": "TRACK",
    "team": "TEAM",
    "repo": "DIR",
    "ref": "REVISION",
    "base": "REVISION",
    "head": "REVISION",
    "select": "CODE",
    "ignore": "CODE",
    "explain": "CODE",
    "avoid": "LEVEL",
    "via": "LEVEL",
    "current": "LEVEL",
    "target": "LEVEL",
    "level": "LEVEL",
    "top": "N",
    "alternatives": "K",
    "max_lateral": "N",
    "out": "PATH",
    "output": "PATH",
    "start": "DATE",
    "today": "DATE",
    "since": "DATE",
    "until": "DATE",
    "role": "TITLE",
    "name": "NAME",
    "post_id": "ID",
    "location": "TEXT",
    "kind": "KIND",
    "mentee_file": "FILE",
    "async_percent": "PERCENT",
    "base_url": "URL",
    "posts": "POST",
    "directory": "DIR",
}


def plain_error(message: str) -> str:
    """A usage error in the product's words: typer 0.2x passes on its validator's wording ("Value error, 'xml'
    is not one of ...", "Input should be less than or equal to 50")."""
    text = message.removeprefix("Value error, ")
    if text.startswith("Input should be "):
        text = "it should be " + text.removeprefix("Input should be ")
    return text


# Two or three examples per command, shown under its --help (a test runs every one on the example program).
EXAMPLES = {
    "validate": ["mobility validate", "mobility validate --strict", "mobility validate --changed-since origin/main"],
    "tracks": ["mobility tracks", "mobility tracks --format json"],
    "levels": ["mobility levels engineering", "mobility levels"],
    "schema": ["mobility schema posting", "mobility schema tracks > tracks.schema.json"],
    "path": [
        "mobility path ic2 staff",
        "mobility path ic3 em1 --alternatives 2",
        "mobility path ic1 engineering-manager",
    ],
    "gap": ["mobility gap ic2 ic3", "mobility gap ic3 em1 --format markdown"],
    "graph": ["mobility graph", "mobility graph --track engineering --format dot"],
    "lint": [
        "mobility lint",
        "mobility lint postings/senior-backend-engineer.md",
        "mobility lint --explain years-of-experience",
    ],
    "explain": ["mobility explain schema", "mobility explain years-of-experience", "mobility explain --list"],
    "render": [
        "mobility render --out site",
        "mobility render --out site --base-url https://example.github.io/careers/",
    ],
    "diff": ["mobility diff HEAD", "mobility diff origin/main HEAD --format markdown"],
    "init": ["mobility init careers", 'mobility init careers --name "Acme Internal Mobility"'],
    "codeowners": ["mobility codeowners", "mobility codeowners --check"],
    "report": ["mobility report", "mobility report --since 2026-01-01 --format json"],
    "board": ["mobility board --timezone Europe/Berlin", "mobility board --track engineering"],
    "plan": [
        "mobility plan --current ic3 --target em1 --timezone Europe/London",
        "mobility plan --current ic2 --target staff --timezone America/New_York --out plan.md",
    ],
    "new": [
        'mobility post new --level ic3 --role "Senior Engineer, Payments" --team Payments',
        'mobility post new --level pm --role "Product Manager, Search" --team Search --async 80',
    ],
    "import": [
        "mobility post import postings/senior-backend-engineer.md --id backend-engineer-copy",
    ],
    "suggest": [
        "mobility mentors suggest --current ic1 --target ic3 --timezone Europe/Paris",
        "mobility mentors suggest --current ic3 --target em1 --timezone Asia/Kolkata --top 3 --format json",
    ],
    "match": ["mobility mentors match cohort.yaml", "mobility mentors match cohort.yaml --format json > pairs.json"],
    "confirm": [
        "mobility mentors confirm pairs.json --start 2027-01-04",
        "mobility mentors confirm pairs.json --start 2027-01-04 --out cohort-checkins.ics",
    ],
}


def plain_help(command: Any) -> Any:
    """The command tree with plain placeholders on every parameter, and each command's examples under its help
    (returned for chaining)."""
    examples = EXAMPLES.get(command.name or "")
    if examples and not getattr(command, "commands", None):
        command.epilog = "\b\nExamples:\n" + "\n".join(f"  {line}" for line in examples)
    for param in getattr(command, "params", []):
        if getattr(param, "is_flag", False) or param.metavar is not None:
            continue
        choices = _choices(param)
        if choices and param.param_type_name == "option":
            param.metavar = "|".join(str(getattr(c, "value", c)) for c in choices)
        else:
            param.metavar = METAVARS.get(param.name or "", (param.name or "value").upper())
    for sub in getattr(command, "commands", {}).values():
        plain_help(sub)
    return command


def _choices(param: Any) -> list[Any]:
    """The values an option takes from a fixed list (typer 0.2x describes them; older click types list them)."""
    described = getattr(param, "type_descriptor", None)
    if described is not None:
        return list(described.choices or ()) if described.is_choice else []
    return list(getattr(getattr(param, "type", None), "choices", None) or ())


class PlainCommand(TyperCommand):
    """A command whose help lists arguments as the usage line of any Unix tool (FROM, [TRACK], POST...), its
    own options, and then the global options in a section of their own."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            plain = param.param_type_name == "argument"
            pieces.extend([_usage_name(param)] if plain else param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        format_sections(self, ctx, formatter)

    def invoke(self, ctx: Any) -> Any:
        """The command run, its output wrapped to the terminal where it is text for people: a --format, where
        the command has one, of text (never JSON, CSV, Markdown or a diagram, which programs read)."""
        from mobility_cli.cli.console import writing_for_people

        chosen = ctx.params.get("format")
        with writing_for_people(chosen is None or str(getattr(chosen, "value", chosen)) == "text"):
            return super().invoke(ctx)


class PlainGroup(TyperGroup):
    """A group of commands (mentors, post, the main command): its options, the global options, its commands."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        format_sections(self, ctx, formatter)
        self.format_commands(ctx, formatter)


def _usage_name(param: Any) -> str:
    """An argument in the usage line: FROM, [TRACK], POST... (not typer's {FROM})."""
    name = param.metavar or (param.name or "").upper()
    shown = name if param.required else f"[{name}]"
    return shown + ("..." if param.nargs != 1 else "")


def format_sections(command: Any, ctx: Any, formatter: Any) -> None:
    """Arguments (named without typer's type label, `FROM` not `FROM <str>`), options, global options."""
    sections: dict[str, list[tuple[str, str]]] = {"Arguments": [], "Options": [], "Global options": []}
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None:
            continue
        if param.param_type_name == "argument":
            sections["Arguments"].append((record[0].split(" <", 1)[0], record[1]))
        else:
            sections["Global options" if is_global(param) else "Options"].append(record)
    for title, rows in sections.items():
        if rows:
            with formatter.section(title):
                formatter.write_dl(rows)

"""Global options where people type them: `mobility validate --repo ../program` means what
`mobility --repo ../program validate` means (as in gh and git -C). The options of the main command that
appear after the subcommand are moved in front of it before click reads the line, so every command accepts
them on either side without declaring them again."""

from __future__ import annotations

# The main command's options: those that take a value, and flags.
WITH_VALUE = frozenset({"--repo", "--ref", "--today", "--jobs"})
FLAGS = frozenset({"--debug", "--no-cache"})
_EXAMPLES = {
    "--repo": "e.g. --repo ../program",
    "--ref": "e.g. --ref origin/main",
    "--today": "e.g. --today 2026-11-24",
    "--jobs": "e.g. --jobs 2",
}


def hoist_global_options(args: list[str]) -> list[str]:
    """The command line with global options after the subcommand moved before it. Arguments after `--`, and
    the value of an option that takes one, are never taken for options."""
    first = _subcommand_index(args)
    if first is None:
        return list(args)
    head, rest, hoisted = list(args[:first]), [], []
    index = first
    while index < len(args):
        word = args[index]
        if word == "--":
            rest.extend(args[index:])
            break
        name = word.split("=", 1)[0]
        if (name in WITH_VALUE and "=" in word) or name in FLAGS:
            hoisted.append(word)
        elif name in WITH_VALUE:
            if index + 1 >= len(args):
                from mobility_cli.errors import UsageError

                raise UsageError(f"{word} needs a value", _EXAMPLES[word])
            hoisted.extend(args[index : index + 2])
            index += 1
        else:
            rest.append(word)
        index += 1
    return head + hoisted + rest


def _subcommand_index(args: list[str]) -> int | None:
    """Where the subcommand is: the first word that is neither an option nor the value of one."""
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--":
            return None
        if word in WITH_VALUE:
            index += 2
            continue
        if not word.startswith("-"):
            return index
        index += 1
    return None

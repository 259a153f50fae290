"""`mobility lint`: the posting rules alone, on every post or the ones named."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mobility_cli.cli.choices import FindingsFormat
from mobility_cli.cli.console import out, show_table
from mobility_cli.cli.emit import chosen_format, emit
from mobility_cli.cli.state import SETTINGS, history, load, locate, state

if TYPE_CHECKING:
    from mobility_cli.features.lint import Rule
    from mobility_cli.model import Posting


def lint(
    ctx: typer.Context,
    posts: list[Path] | None = typer.Argument(None, help="Posts to lint (default: all)."),
    format: FindingsFormat | None = typer.Option(None, "--format", "-f", help="text, json, github or sarif."),
    select: list[str] = typer.Option([], "--select", help="Run only this rule (repeatable)."),
    ignore: list[str] = typer.Option([], "--ignore", help="Skip this rule (repeatable)."),
    explain: str | None = typer.Option(None, "--explain", metavar="CODE", help="Explain a rule and exit."),
    list_rules: bool = typer.Option(False, "--list", help="List every rule and exit."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too, not only errors (infos never fail)."),
) -> None:
    """Check job posts for hidden requirements, exclusionary wording and posting policy."""
    from mobility_cli.diagnostics import Findings
    from mobility_cli.features.lint import lint_posts, lint_settings, registry

    st = state(ctx)
    location = locate(st)
    if explain is not None or list_rules:
        rules = registry(lint_settings(load(st, location, SETTINGS).program.settings.lint))
        _describe(rules, explain)
        return
    loaded = load(st, location)
    settings = lint_settings(loaded.program.settings.lint).with_cli(select, ignore)
    rules = registry(settings)
    for code in [*select, *ignore]:
        _rule(rules, code)
    files = {_post_file(p, location.root, loaded.program.postings) for p in posts} if posts else None
    versions, _ = history(st, location)
    found = lint_posts(loaded.program, st.today, settings, files, versions, st.jobs)
    findings = Findings(found, len(files or loaded.program.postings))
    emit(findings, chosen_format(format), location)
    raise typer.Exit(findings.exit_code(strict))


def _describe(rules: dict[str, Rule], explain: str | None) -> None:
    from mobility_cli.formats.rules import RULE_HEADERS, explain_text, rule_rows

    if explain is not None:
        out(explain_text(_rule(rules, explain)))
    else:
        show_table(RULE_HEADERS, rule_rows(rules.values()), "Posting rules")


def _rule(rules: dict[str, Rule], code: str) -> Rule:
    from mobility_cli.errors import UnknownName
    from mobility_cli.suggest import did_you_mean

    if code not in rules:
        raise UnknownName(f'unknown rule "{code}"', did_you_mean(code, rules) or "see `mobility lint --list`")
    return rules[code]


def _post_file(path: Path, root: Path, postings: Mapping[str, Posting]) -> str:
    """A post named on the command line, as a program-relative path; anything else is a usage error."""
    from mobility_cli.errors import UsageError

    full = path.resolve()
    try:
        rel = full.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(f"{path} is not a post of the program at {root}", "use --repo to choose the program") from None
    if not full.is_file():
        raise UsageError(f"{path}: no such file", "name a file in postings/, or give no file to lint every post")
    if rel not in {p.file for p in postings.values()}:
        raise UsageError(f"{path} is not a post the program could read", "run `mobility validate` to see why")
    return rel

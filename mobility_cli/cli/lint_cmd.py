"""`mobility lint`: the posting rules alone, on every post or the ones named."""

from __future__ import annotations

from pathlib import Path

import typer

from mobility_cli.cli.choices import FindingsFormat
from mobility_cli.cli.console import out
from mobility_cli.cli.emit import chosen_format, emit
from mobility_cli.cli.state import history, load, locate, state


def lint(
    ctx: typer.Context,
    posts: list[Path] | None = typer.Argument(None, metavar="[POSTING]...", help="Posts to lint (default: all)."),
    format: FindingsFormat | None = typer.Option(None, "--format", "-f", help="text, json, github or sarif."),
    select: list[str] = typer.Option([], "--select", help="Run only this rule (repeatable)."),
    ignore: list[str] = typer.Option([], "--ignore", help="Skip this rule (repeatable)."),
    explain: str | None = typer.Option(None, "--explain", metavar="CODE", help="Explain a rule and exit."),
    list_rules: bool = typer.Option(False, "--list", help="List every rule and exit."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on any finding, not only errors."),
) -> None:
    """Check job posts for hidden requirements, exclusionary wording and posting policy."""
    from mobility_cli.features.lint import RULES, lint_posts, lint_settings

    if explain is not None:
        out(_explain(explain))
        return
    if list_rules:
        from mobility_cli.cli.console import show_table

        order = {"requirements": 0, "wording": 1, "policy": 2}
        ranked = sorted(RULES.values(), key=lambda r: order.get(r.category, 3))
        rows = [[r.code, r.severity.value, r.category, r.summary] for r in ranked]
        show_table(["code", "severity", "category", "what"], rows, "Posting rules")
        return
    unknown = [code for code in [*select, *ignore] if code not in RULES]
    if unknown:
        from mobility_cli.errors import UnknownName

        raise UnknownName(f"unknown rule {unknown[0]}", "see `mobility lint --list`")
    st = state(ctx)
    location = locate(st)
    loaded = load(st, location)
    files = {_relative(p, location.root) for p in posts} if posts else None
    settings = lint_settings(loaded.program.settings.lint).with_cli(select, ignore)
    versions, _ = history(st, location)
    from mobility_cli.diagnostics import Findings

    findings = Findings(
        lint_posts(loaded.program, st.today, settings, files, versions), len(files or loaded.program.postings)
    )
    emit(findings, chosen_format(format), location)
    raise typer.Exit(findings.exit_code(strict))


def _relative(path: Path, root: Path) -> str:
    from mobility_cli.errors import UsageError

    full = path.resolve()
    try:
        return full.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(f"{path} is not a post of the program at {root}", "use --repo to choose the program") from None


def _explain(code: str) -> str:
    from mobility_cli.errors import UnknownName
    from mobility_cli.features.lint import RULES

    rule = RULES.get(code)
    if rule is None:
        import difflib

        close = difflib.get_close_matches(code, list(RULES), n=3)
        raise UnknownName(f"unknown rule {code}", f"did you mean {' or '.join(close)}?" if close else None)
    return (
        f"{rule.code} ({rule.severity.value}, {rule.category})\n\n{rule.summary}\n\n"
        f"Why: {rule.rationale}\n\nFires on:   {rule.fires}\nPasses:     {rule.passes}\n\nFix: {rule.fix}\n"
    )

"""`mobility explain CODE`: what any code mobility emits means, why it matters and how to fix it."""

from __future__ import annotations

import typer

from mobility_cli.cli.console import out, show_table
from mobility_cli.cli.state import workspace

LINT_FAMILIES = frozenset({"requirements", "wording", "policy", "suppressions"})


def explain(
    ctx: typer.Context,
    code: str | None = typer.Argument(None, metavar="CODE", help="A code, as validate, lint or report print it."),
    list_codes: bool = typer.Option(False, "--list", help="List every code and exit."),
) -> None:
    """Explain a code: reading, schema, reference, value and settings checks, posting rules (the program's own
    phrase rules too) and the report's pitfalls."""
    if list_codes or code is None:
        show_codes(ctx, None)
        return
    show_code(ctx, code)


def show_code(ctx: typer.Context, code: str) -> None:
    """One code's page (shared with `lint --explain`)."""
    from mobility_cli.application.explain import explain_code
    from mobility_cli.formats.code_text import explain_text

    out(explain_text(explain_code(workspace(ctx), code)))


def show_codes(ctx: typer.Context, families: frozenset[str] | None) -> None:
    """The table of codes (shared with `lint --list`, which shows the posting rules alone)."""
    from mobility_cli.application.explain import every_code
    from mobility_cli.formats.code_text import CODE_HEADERS, code_rows

    codes = [c for c in every_code(workspace(ctx)) if families is None or c.family in families]
    show_table(CODE_HEADERS, code_rows(codes), "Posting rules" if families else "Codes")

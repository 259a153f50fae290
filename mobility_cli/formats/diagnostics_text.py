"""Diagnostics as `file:line:col: severity code message`, grouped by file, with hints underneath."""

from __future__ import annotations

from mobility_cli.diagnostics import Diagnostic, Findings


def location(d: Diagnostic) -> str:
    where = d.file or "<program>"
    if d.line is not None:
        where += f":{d.line}"
        if d.column is not None:
            where += f":{d.column}"
    return where


def excerpt(d: Diagnostic) -> list[str]:
    """The source line with a caret under the column, as rustc and ruff show a syntax error."""
    if d.source is None or d.line is None:
        return []
    gutter = " " * len(str(d.line))
    source = d.source.replace("\t", " ")
    caret = " " * max(0, (d.column or 1) - 1) + "^"
    return [f"  {d.line} | {source}", f"  {gutter} | {caret}"]


def format_text(findings: Findings) -> str:
    lines: list[str] = []
    for _, group in findings.by_file():
        if lines:
            lines.append("")
        for d in group:
            lines.append(f"{location(d)}: {d.severity.value} {d.code} {d.message}")
            lines += excerpt(d)
            if d.hint:
                lines.append(f"    hint: {d.hint}")
    if lines:
        lines.append("")
    lines.append(findings.summary().sentence())
    return "\n".join(lines) + "\n"


def print_rich(findings: Findings) -> None:
    """The same text, coloured, for a terminal; rich is imported only when one is there."""
    from rich.console import Console
    from rich.markup import escape

    colours = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    console = Console(highlight=False, soft_wrap=True)
    first = True
    for file, group in findings.by_file():
        if not first:
            console.print()
        first = False
        console.print(f"[bold underline]{escape(file or '<program>')}[/]")
        for d in group:
            colour = colours[d.severity.value]
            console.print(
                f"  [dim]{escape(location(d))}:[/] [{colour}]{d.severity.value}[/] "
                f"[magenta]{d.code}[/] {escape(d.message)}"
            )
            for line in excerpt(d):
                console.print(f"  [blue]{escape(line)}[/]")
            if d.hint:
                console.print(f"      [green]hint:[/] {escape(d.hint)}")
    summary = findings.summary()
    style = "bold red" if summary.errors else "yellow" if summary.warnings else "bold green"
    if findings.diagnostics:
        console.print()
    console.print(f"[{style}]{summary.sentence()}[/]")

"""GitHub Actions workflow commands (annotations) and a Markdown job summary.

GitHub shows at most ten annotations of each level per step, so the step summary lists every finding. A finding
that follows from another of the run (`Diagnostic.cause`) is not annotated: its cause's annotation counts it
(as the text output does), and the step summary lists it with the place it follows from.
"""

from __future__ import annotations

from mobility_cli.diagnostics import Diagnostic, Findings
from mobility_cli.formats.diagnostics_text import folded_sentence

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic, prefix: str = "", following: list[Diagnostic] | None = None) -> str:
    props = []
    if d.file:
        props.append(f"file={_property(prefix + d.file)}")
    if d.line is not None:
        props.append(f"line={d.line}")
        if d.column is not None:
            props.append(f"col={d.column}")
    props.append(f"title={_property(f'mobility {d.code}')}")
    message = d.message + (f"\n\nhint: {d.hint}" if d.hint else "")
    if following:
        message += f"\n\n{folded_sentence(d, following)}"
    return f"::{_LEVEL[d.severity.value]} {','.join(props)}::{_data(message)}"


def format_github(findings: Findings, prefix: str = "") -> str:
    folded = findings.following()
    hidden = {id(d) for found in folded.values() for d in found}
    lines = [annotation(d, prefix, folded.pop(d.key, None)) for d in findings.sorted() if id(d) not in hidden]
    lines.append(findings.summary(people=True).sentence())
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def step_summary(findings: Findings, prefix: str = "") -> str:
    summary = findings.summary(people=True)
    icon = ":x:" if summary.errors else ":warning:" if summary.warnings else ":white_check_mark:"
    out = [f"### {icon} mobility validate: {summary.sentence()}", ""]
    if findings.diagnostics:
        out += ["| Location | Severity | Code | Message |", "|---|---|---|---|"]
        for d in findings.sorted():
            where = f"{prefix}{d.file or ''}" + (f":{d.line}" if d.line else "")
            message = d.message + (f" (hint: {d.hint})" if d.hint else "")
            if d.cause is not None:
                message += f" (follows from {d.cause.code} at {prefix}{d.cause.file or ''}:{d.cause.line or ''})"
            out.append(f"| `{_cell(where)}` | {d.severity.value} | `{d.code}` | {_cell(message)} |")
    return "\n".join(out) + "\n"

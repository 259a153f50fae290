"""A value YAML 1.1 and YAML 1.2 read differently (parse/yaml_versions.py) is reported, so the editor's
schema check and `validate` never contradict each other in silence. A value the schema already reports
(`implicit-type`, `schema`) is not reported twice: that finding is its root cause."""

from __future__ import annotations

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.parse.yaml_document import YamlDoc

YAML_VERSION = declare(
    "yaml-version",
    "schema",
    Severity.WARNING,
    "A value YAML 1.1 (mobility) and YAML 1.2 (most editors) read differently.",
    "mobility reads YAML 1.1 and most editors YAML 1.2: on a value like yes, 1:30 or 012 they disagree, so "
    "the editor and validate can say opposite things about the same line.",
    "Write the value so both read it alike: true or false, a plain decimal number, or text in quotes.",
)


def check_yaml_versions(doc: YamlDoc, reported: list[Diagnostic]) -> list[Diagnostic]:
    """One warning per value the two versions read differently, less values already reported."""
    if not doc.versions:
        return []
    taken = {d.pointer for d in reported}
    found = []
    for pointer, (text, old, new) in doc.versions.items():
        if pointer in taken:
            continue
        found.append(
            Diagnostic.at(
                doc.origin(pointer),
                YAML_VERSION.code,
                f"YAML 1.1 (mobility) reads {text} as {old}, YAML 1.2 (most editors) as {new}",
                _hint(text, old, new),
                Severity.WARNING,
            )
        )
    return found


def _hint(text: str, old: str, new: str) -> str:
    if old in ("true", "false"):
        return f'write {old} if you mean yes or no, or "{text}" in quotes for text'
    if old == "text":
        return f'put it in quotes ("{text}") if you mean text, or write the number in plain digits'
    if old.endswith("(octal)"):
        return f'write {new.split()[2]} without the leading zero, or "{text}" in quotes for text'
    return f'write {old.split()[2]} if you mean that number, or "{text}" in quotes for text'

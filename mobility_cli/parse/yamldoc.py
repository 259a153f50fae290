"""YAML into plain data that can say where every value came from.

PyYAML's composer (the C one where present) builds a node tree that carries line and column marks;
turning that tree into data ourselves costs about what PyYAML's own constructor costs, and lets us catch
what PyYAML hides: repeated keys, values YAML 1.1 silently retyped, unsafe tags and alias bombs. Positions
are not kept while parsing: a document's `SourceMap` walks the same tree again, with the same code, the
first time one of its values is reported (`Positions`).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import yaml

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Position, SourceMap, Tables, escape
from mobility_cli.parse.quotes import quote_findings
from mobility_cli.parse.reparse import Loader as _Loader
from mobility_cli.parse.yaml_document import YamlDate, YamlDoc
from mobility_cli.parse.yaml_errors import dashes_without_space, diagnostic_at, syntax_error
from mobility_cli.parse.yaml_versions import disagreement

DUPLICATE_KEY = declare(
    "duplicate-key",
    "reading",
    Severity.ERROR,
    "A key appears twice in one mapping.",
    "YAML keeps only the last value of a repeated key, so an earlier edit is lost without a word.",
    "Remove one of the two keys or merge their values.",
)
YAML_TAG = declare(
    "yaml-tag",
    "reading",
    Severity.ERROR,
    "A YAML tag that mobility does not construct.",
    "Only plain YAML is read; tags such as !!python/object could run code in other tools.",
    "Remove the tag.",
)
YAML_LIMIT = declare(
    "yaml-limit",
    "reading",
    Severity.ERROR,
    "The file exceeds a parsing limit (aliases, nesting or nodes).",
    "Limits keep a hostile or broken file from exhausting memory or time in CI.",
    "Simplify the file; expand anchors and aliases by hand.",
)


_TAG = "tag:yaml.org,2002:"
_NUMBER_START = frozenset("0123456789+-.")  # how a YAML 1.2 number starts
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
MAX_NODES = 2_000_000


class _LimitExceeded(Exception):
    def __init__(self, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.node = node


_IMPLICIT_NAMES = {"bool": "a boolean", "int": "a number", "float": "a number", "timestamp": "a date"}


@dataclass(frozen=True, slots=True)
class Positions:
    """A document's positions, recomputed from its text when first asked for (see SourceMap)."""

    text: str
    line_offset: int

    def __call__(self) -> Tables:
        node, _ = _compose(self.text, "", self.line_offset)
        builder = _Builder(YamlDoc(""), self.line_offset, located=({}, {}))
        if node is not None:
            # what was located before a limit stays; the limit itself was reported when the file was parsed
            with suppress(_LimitExceeded, RecursionError):
                builder.build(node, "", 0)
        assert builder.located is not None
        return builder.located


class _Builder:
    """Walks a composed node tree once; each method call handles one node. With `located` tables it also
    records where each value and mapping key is (only `Positions` asks for that)."""

    def __init__(self, doc: YamlDoc, line_offset: int, located: Tables | None = None) -> None:
        self.doc = doc
        self.located = located
        self.offset = line_offset
        self.seen: set[int] = set()
        self.nodes = 0
        self.alias_nodes = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def mark(self, node: yaml.Node) -> Position:
        return (node.start_mark.line + 1 + self.offset, node.start_mark.column + 1)

    def build(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        self.nodes += 1
        if id(node) in self.seen:
            self.alias_nodes += 1
            if self.alias_nodes > MAX_ALIAS_NODES:
                raise _LimitExceeded(f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes", node)
        else:
            self.seen.add(id(node))
        if self.nodes > MAX_NODES:
            raise _LimitExceeded(f"more than {MAX_NODES:,} nodes", node)
        if depth > MAX_DEPTH:
            raise _LimitExceeded(f"nesting deeper than {MAX_DEPTH} levels", node)
        if self.located is not None:
            self.located[0].setdefault(pointer, self.mark(node))
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, pointer, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _TAG + "seq":
                self.bad_tag(node, pointer)
            return [self.build(item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node, pointer)

    def mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        if node.tag != _TAG + "map":
            self.bad_tag(node, pointer)
        result: dict[str, Any] = {}
        merges: list[dict[str, Any]] = []
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                merged = self.build(value_node, pointer, depth + 1)
                for part in merged if isinstance(merged, list) else [merged]:
                    if isinstance(part, dict):
                        merges.append(part)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.doc.diagnostics.append(
                    Diagnostic(
                        "yaml-syntax",
                        Severity.ERROR,
                        "a mapping key must be plain text, not a list or mapping",
                        self.doc.file,
                        *self.mark(key_node),
                        pointer,
                        "write the key as a single word",
                    )
                )
                continue
            key = str(key_node.value)
            child = f"{pointer}/{escape(key)}"
            if key in result:
                first = next(k for k, _ in node.value if isinstance(k, yaml.ScalarNode) and str(k.value) == key)
                where = f" (first at line {self.mark(first)[0]})"
                self.doc.diagnostics.append(
                    Diagnostic(
                        DUPLICATE_KEY.code,
                        Severity.ERROR,
                        f'key "{key}" appears more than once in this mapping{where}',
                        self.doc.file,
                        *self.mark(key_node),
                        child,
                        "YAML keeps only the last one; remove or merge the repeated key",
                    )
                )
            if self.located is not None:
                self.located[1][child] = self.mark(key_node)
                self.located[0].pop(child, None)
            result[key] = self.build(value_node, child, depth + 1)
        for part in merges:
            for key, value in part.items():
                result.setdefault(key, value)
        return result

    def scalar(self, node: yaml.ScalarNode, pointer: str) -> Any:
        tag = node.tag
        if not tag.startswith(_TAG):
            self.bad_tag(node, pointer)
            return node.value
        kind = tag[len(_TAG) :]
        if kind == "str":
            if not node.style:
                self.versions(node.value, kind, pointer)
            return node.value
        if kind == "null":
            return None
        plain = not node.style
        if kind in _IMPLICIT_NAMES and plain:
            self.doc.implicit[pointer] = (node.value, _IMPLICIT_NAMES[kind])
        if plain:
            self.versions(node.value, kind, pointer)
        if kind == "timestamp":
            return YamlDate(node.value)
        try:
            if kind == "bool":
                return self.constructor.construct_yaml_bool(node)
            if kind == "int":
                return self.constructor.construct_yaml_int(node)
            if kind == "float":
                return self.constructor.construct_yaml_float(node)
        except (ValueError, yaml.YAMLError):
            return node.value
        self.bad_tag(node, pointer)
        return node.value

    def versions(self, text: str, kind: str, pointer: str) -> None:
        if kind == "str" and (not text or text[0] not in _NUMBER_START):
            return  # most values are words: YAML 1.2 reads a word as text too
        found = disagreement(text, kind)
        if found is not None:
            self.doc.versions[pointer] = (text, *found)

    def bad_tag(self, node: yaml.Node, pointer: str) -> None:
        self.doc.diagnostics.append(
            Diagnostic(
                YAML_TAG.code,
                Severity.ERROR,
                f'the tag "{node.tag}" is not allowed; only plain YAML is read',
                self.doc.file,
                *self.mark(node),
                pointer,
                "remove the tag; nothing is ever constructed from it",
            )
        )


def parse_yaml(text: str, file: str, line_offset: int = 0) -> YamlDoc:
    """Parse one YAML document; never raises for bad input, reports diagnostics instead."""
    doc = YamlDoc(file)
    node, problem = _compose(text, file, line_offset)
    if problem is None:
        doc.diagnostics += [diagnostic_at(found, text, file, line_offset) for found in dashes_without_space(text)]
        doc.diagnostics += quote_findings(text, file, line_offset)
    if problem is None and node is not None:
        doc.source_map = SourceMap(file, Positions(text, line_offset))
        builder = _Builder(doc, line_offset)
        try:
            doc.data = builder.build(node, "", 0)
        except _LimitExceeded as exc:
            message = f"the YAML is too large to read safely: {exc}"
            line, column = builder.mark(exc.node)
            problem = _limit(message, file, line, column, "expand anchors by hand and keep nesting shallow")
        except RecursionError:
            problem = _limit("the YAML nests too deeply to read", file, None, None, "keep nesting shallow")
    if problem is not None:
        doc.diagnostics.append(problem)
        doc.data = None
        doc.ok = False
    return doc


def _limit(message: str, file: str, line: int | None, column: int | None, hint: str) -> Diagnostic:
    return Diagnostic(YAML_LIMIT.code, Severity.ERROR, message, file, line, column, None, hint)


def _compose(text: str, file: str, line_offset: int) -> tuple[yaml.Node | None, Diagnostic | None]:
    """PyYAML's node tree (None for an empty document), or the syntax error that stopped it."""
    try:
        return yaml.compose(text, Loader=_Loader), None
    except yaml.MarkedYAMLError as exc:
        return None, syntax_error(exc, text, file, line_offset)
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        return None, Diagnostic(
            "yaml-syntax",
            Severity.ERROR,
            f"invalid YAML: character {exc.character!r} is not allowed in YAML",
            file,
            before.count("\n") + 1 + line_offset,
            exc.position - (before.rfind("\n") + 1) + 1,
            None,
            "remove the control character (it is often invisible: retype the line)",
        )
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        message = f"invalid YAML: {exc}"
        return None, Diagnostic(
            "yaml-syntax", Severity.ERROR, message, file, None, None, None, "check the file's syntax"
        )

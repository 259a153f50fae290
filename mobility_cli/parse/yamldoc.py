"""YAML into plain data that remembers where every value came from.

PyYAML's composer (the C one where present) builds a node tree that carries line and column marks;
turning that tree into data ourselves costs about what PyYAML's own constructor costs, and lets us catch
what PyYAML hides: repeated keys, values YAML 1.1 silently retyped, unsafe tags and alias bombs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import Origin, Position, SourceMap, escape
from mobility_cli.parse.yaml_errors import Explained, dashes_without_space, explain, line_of
from mobility_cli.parse.yaml_versions import disagreement

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_TAG = "tag:yaml.org,2002:"
_NUMBER_START = frozenset("0123456789+-.")  # how a YAML 1.2 number starts
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
MAX_NODES = 2_000_000


@dataclass
class YamlDoc:
    """One parsed document: the data, positions by JSON pointer, and what YAML retyped on the way."""

    file: str
    data: Any = None
    positions: dict[str, Position] = field(default_factory=dict)
    key_positions: dict[str, Position] = field(default_factory=dict)
    implicit: dict[str, tuple[str, str]] = field(default_factory=dict)
    # plain values YAML 1.1 (read here) and YAML 1.2 (editors) read differently: pointer -> (text, 1.1, 1.2)
    versions: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    ok: bool = True

    @property
    def source_map(self) -> SourceMap:
        """The positions, for the model: shared, not copied."""
        return SourceMap(self.file, self.positions, self.key_positions)

    def origin(self, pointer: str = "") -> Origin:
        return Origin(self.source_map, pointer)


class YamlDate(str):
    """A plain scalar YAML 1.1 reads as a date, kept as its text: schemas decide whether a date was meant."""

    __slots__ = ()


class _LimitExceeded(Exception):
    def __init__(self, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.node = node


_IMPLICIT_NAMES = {"bool": "a boolean", "int": "a number", "float": "a number", "timestamp": "a date"}


class _Builder:
    """Walks a composed node tree once; each method call handles one node."""

    def __init__(self, doc: YamlDoc, line_offset: int) -> None:
        self.doc = doc
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
        self.doc.positions.setdefault(pointer, self.mark(node))
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
                first = self.doc.key_positions.get(child)
                where = f" (first at line {first[0]})" if first else ""
                self.doc.diagnostics.append(
                    Diagnostic(
                        "duplicate-key",
                        Severity.ERROR,
                        f'key "{key}" appears more than once in this mapping{where}',
                        self.doc.file,
                        *self.mark(key_node),
                        child,
                        "YAML keeps only the last one; remove or merge the repeated key",
                    )
                )
            self.doc.key_positions[child] = self.mark(key_node)
            self.doc.positions.pop(child, None)
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
                "yaml-tag",
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
        doc.diagnostics += [_at(found, text, file, line_offset) for found in dashes_without_space(text)]
    if problem is None and node is not None:
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
    return Diagnostic("yaml-limit", Severity.ERROR, message, file, line, column, None, hint)


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, file: str, line_offset: int) -> Diagnostic:
    """The parser's error in plain words where it is a known mistake, with the line it is on."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return Diagnostic("yaml-syntax", Severity.ERROR, str(exc.problem or "invalid YAML"), file)
    opened = (exc.context_mark.line, exc.context_mark.column) if exc.context_mark else None
    explained = explain(exc.problem or "", exc.context or "", (mark.line, mark.column), opened, text)
    if explained is None:
        problem = exc.problem or "invalid YAML"
        problem = f"{problem} ({exc.context})" if exc.context else problem
        explained = Explained(problem, "check indentation, colons and quotes around this line", mark.line, mark.column)
    return _at(explained, text, file, line_offset)


def _at(explained: Explained, text: str, file: str, line_offset: int) -> Diagnostic:
    line, column = explained.line + 1 + line_offset, explained.column + 1
    source = line_of(text, explained.line)
    return Diagnostic(
        "yaml-syntax", Severity.ERROR, explained.message, file, line, column, None, explained.hint, source
    )


def _compose(text: str, file: str, line_offset: int) -> tuple[yaml.Node | None, Diagnostic | None]:
    """PyYAML's node tree (None for an empty document), or the syntax error that stopped it."""
    try:
        return yaml.compose(text, Loader=_Loader), None
    except yaml.MarkedYAMLError as exc:
        return None, _syntax_error(exc, text, file, line_offset)
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

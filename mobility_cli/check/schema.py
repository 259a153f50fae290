"""JSON Schema validation with messages an HR editor can act on, positioned at the offending value."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity
from mobility_cli.located import escape
from mobility_cli.parse import value_words as words
from mobility_cli.parse.quotes import TYPOGRAPHIC_QUOTES
from mobility_cli.parse.yaml_document import YamlDate, YamlDoc
from mobility_cli.resources import load_schema, schemas_dir
from mobility_cli.suggest import close_names

if TYPE_CHECKING:  # jsonschema is imported only when a document fails the fast check (it costs ~30 ms)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA = declare(
    "schema",
    "schema",
    Severity.ERROR,
    "The document does not match its schema.",
    "Every tool that reads the program relies on the documented shape of each file.",
    "Change the value as the message says; `mobility schema KIND` shows the full schema.",
)
IMPLICIT_TYPE = declare(
    "implicit-type",
    "schema",
    Severity.ERROR,
    "YAML turned a value into something other than the text that was meant.",
    "YAML 1.1 reads no, on, yes, off as booleans, 1.10 as a number and 2026-11-01 as a date.",
    "Put the value in quotes.",
)


_DATE_FORMATS = ("date", "date-time")
_IMPLICIT_DATE = "implicit date"


def _type(checker: Any, types: Any, instance: Any, schema: dict[str, Any]) -> Any:
    """JSON Schema's `type`, plus: a bare YAML date is not text unless the schema asks for a date."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

    yield from Draft202012Validator.VALIDATORS["type"](checker, types, instance, schema)
    wanted = [types] if isinstance(types, str) else types
    if isinstance(instance, YamlDate) and "string" in wanted and schema.get("format") not in _DATE_FORMATS:
        yield ValidationError(_IMPLICIT_DATE)


@cache
def validator(kind: str) -> Draft202012Validator:
    """Validators are built once per kind: building one costs far more than using it."""
    from jsonschema import Draft202012Validator, validators

    extended = validators.extend(Draft202012Validator, {"type": _type})
    schema = load_schema(kind)
    built: Draft202012Validator = extended(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return built


# only "valid or not" is asked of a compiled schema (jsonschema explains the rest): exceptions without the schema
# in them, which halves the code to import
DETAILED_EXCEPTIONS = False


def schema_digest(kind: str) -> str:
    """A checksum of the schema file, to tell a stale module (not a defence against tampering: whoever can edit
    the package can edit the module too). CRC-32, since zlib is loaded anyway and hashlib costs 2 ms."""
    return f"{zlib.crc32((schemas_dir() / f'{kind}.schema.json').read_bytes()):08x}"


@cache
def _fast(kind: str) -> tuple[Callable[[Any], Any], type[Exception]]:
    """A schema compiled to Python by fastjsonschema, and the exception it raises: about four times faster than
    jsonschema on valid documents, which are nearly all of them. It only answers "valid or not"; jsonschema
    explains the rest. Compiled ahead of time (tools/compile_schemas.py) where the module matches the schema."""
    from importlib import import_module

    try:
        module = import_module(f"mobility_cli.check.fast_schemas.{kind}_schema")
    except ImportError:
        module = None
    if module is not None and schema_digest(kind) == module.SCHEMA_DIGEST:
        return module.validate, module.JsonSchemaValueException
    import fastjsonschema

    compiled = fastjsonschema.compile(load_schema(kind), detailed_exceptions=DETAILED_EXCEPTIONS)
    return compiled, fastjsonschema.JsonSchemaException


@cache
def _date_paths(kind: str) -> tuple[tuple[str, ...], ...]:
    """Pointers (with * for any key or index) where the schema asks for a date: there a bare YAML date is right."""
    schema = load_schema(kind)
    found: list[tuple[str, ...]] = []

    def walk(node: Any, path: tuple[str, ...], depth: int) -> None:
        if not isinstance(node, dict) or depth > 12:
            return
        if "$ref" in node and str(node["$ref"]).startswith("#/$defs/"):
            walk(schema.get("$defs", {}).get(node["$ref"].split("/")[-1]), path, depth + 1)
        if node.get("format") in _DATE_FORMATS:
            found.append(path)
        for name, sub in node.get("properties", {}).items():
            walk(sub, (*path, name), depth + 1)
        for keyword in ("items", "additionalProperties"):
            walk(node.get(keyword), (*path, "*"), depth + 1)
        for keyword in ("anyOf", "oneOf", "allOf"):
            for sub in node.get(keyword, []):
                walk(sub, path, depth + 1)

    walk(schema, (), 0)
    return tuple(found)


def _dates_expected(kind: str, doc: YamlDoc) -> bool:
    """True when every bare YAML date in the document sits where the schema wants a date, so the fast
    validator (which sees dates as plain strings) decides exactly as the full one would."""
    patterns = _date_paths(kind)
    for pointer, (_, became) in doc.implicit.items():
        if became != "a date":
            continue
        parts = tuple(pointer.split("/")[1:])
        if not any(
            len(p) == len(parts) and all(a in ("*", b) for a, b in zip(p, parts, strict=True)) for p in patterns
        ):
            return False
    return True


def _is_valid_fast(kind: str, data: Any) -> bool:
    validate, invalid = _fast(kind)
    try:
        validate(data)
    except invalid:
        return False
    return True


def _pointer(path: Any) -> str:
    return "".join(f"/{escape(str(p))}" for p in path)


def _where(pointer: str) -> str:
    if not pointer:
        return "the document"
    return "`" + pointer.strip("/").replace("/", ".") + "`"


def check_schema(doc: YamlDoc, kind: str) -> list[Diagnostic]:
    """All schema problems of one document, each at the line of the value that is wrong."""
    data = {} if doc.data is None and kind != "tracks" else doc.data
    if _dates_expected(kind, doc) and _is_valid_fast(kind, data):
        return []
    checker = validator(kind)
    quoted = {d.line for d in doc.diagnostics if d.code == TYPOGRAPHIC_QUOTES.code}  # the cause, reported there
    found: list[Diagnostic] = []
    for error in checker.iter_errors(data):
        curly = words.curly(error.instance)
        found += [d for d in _diagnostics(doc, checker, error) if d.line not in quoted or not curly]
    return found


def _fields(error: ValidationError) -> dict[str, Any]:
    """The fields of the mapping the schema wants here (of any mapping, where it allows several shapes)."""
    schemas = [error.schema] if error.validator not in ("anyOf", "oneOf") else [e.schema for e in error.context or ()]
    return {k: v for schema in schemas if isinstance(schema, dict) for k, v in schema.get("properties", {}).items()}


def _branch_errors(error: ValidationError) -> list[ValidationError] | None:
    """For anyOf/oneOf: the errors of the one branch whose type the value has, so all of them are reported."""
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return None
    branches: dict[int, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    typed = [errs for errs in branches.values() if not any(e.validator == "type" and not e.relative_path for e in errs)]
    return typed[0] if len(typed) == 1 else None


def _diagnostics(doc: YamlDoc, checker: Draft202012Validator, error: ValidationError) -> list[Diagnostic]:
    pointer = _pointer(error.absolute_path)
    colon = _missing_colon(doc, error, pointer)
    if colon is not None:
        return [colon]
    if words.colonless_required(str(error.validator), error.instance, _fields(error), error.validator_value):
        return []  # the field is there without its colon, and reported as that
    if pointer not in doc.implicit:
        branch = _branch_errors(error)
        if branch:
            return [d for sub in branch for d in _diagnostics(doc, checker, sub)]
    return [_diagnostic(doc, checker, error)]


def _diagnostic(doc: YamlDoc, checker: Draft202012Validator, error: ValidationError) -> Diagnostic:
    pointer = _pointer(error.absolute_path)
    implicit = doc.implicit.get(pointer)
    if implicit is not None:
        raw, became = implicit
        if error.message == _IMPLICIT_DATE or checker.evolve(schema=error.schema).is_valid(raw):
            return Diagnostic.at(
                doc.origin(pointer),
                IMPLICIT_TYPE.code,
                f"YAML read {raw} as {became}, but text is expected at {_where(pointer)}",
                f'put it in quotes: "{raw}"',
            )
    from jsonschema.exceptions import best_match

    error = best_match([error])
    pointer = _pointer(error.absolute_path)
    message, hint, at = _explain(error, pointer)
    return Diagnostic.at(doc.origin(at), SCHEMA.code, message, hint, key=at != pointer)


def _missing_colon(doc: YamlDoc, error: ValidationError, pointer: str) -> Diagnostic | None:
    """`- id ic1` where a mapping goes, or `{grade 2}`: a field written without its colon, at the mistake."""
    shape = "type" if error.validator in ("anyOf", "oneOf") else str(error.validator)  # text where a mapping goes
    colonless = words.without_colon(shape, error.instance, _fields(error))
    if colonless is None:
        return None
    said, key = colonless
    at = pointer if key is None else f"{pointer}/{escape(key)}"
    found = Diagnostic.at(doc.origin(at), SCHEMA.code, said.message, said.hint, key=key is not None)
    column = found.column if found.column is None else found.column + said.column
    return replace(found, column=column, pointer=pointer or None)  # about the mapping that lacks the field


def _close(word: str, options: list[str]) -> str | None:
    match = close_names(word, options, n=1)
    return match[0] if match else None


def _explain(error: ValidationError, pointer: str) -> tuple[str, str | None, str]:
    """A message, a hint and the pointer to put the diagnostic at (a key rather than its mapping where apt)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    where = _where(pointer)
    hint: str | None = schema.get("x-hint")
    kind = error.validator
    value = error.instance
    said = words.as_typed(str(kind), value, error.validator_value)  # why text is not the number or date wanted
    reason, hint = (f": {said[0]}", said[1]) if said else ("", hint)
    if kind == "type":
        wanted = error.validator_value
        typed = " or ".join(words.TYPE_WORDS.get(t, t) for t in ([wanted] if isinstance(wanted, str) else wanted))
        return f"{where} should be {typed}, not {words.describe(value)}{reason}", hint or f"write {typed} here", pointer
    if kind == "required" and isinstance(value, dict):
        missing = [k for k in error.validator_value if k not in value]
        field = missing[0] if missing else "?"
        return f"{where} is missing the required field `{field}`", f"add `{field}: ...`", pointer
    if kind == "additionalProperties" and isinstance(value, dict):
        known = list(schema.get("properties", {}))
        extra = [k for k in value if k not in known]
        field = extra[0] if extra else "?"
        comma = words.decimal_comma(value, field, schema)
        if comma is not None:
            return comma[0], comma[1], f"{pointer}/{escape(field)}"
        guess = _close(field, known)
        advice = f"did you mean `{guess}`?" if guess else f"known fields: {', '.join(known)}"
        return f"unknown field `{field}` in {where}", advice, f"{pointer}/{escape(field)}"
    if kind == "enum":
        options = [str(o) for o in error.validator_value]
        guess = _close(str(value), options)
        suggestion = f"did you mean `{guess}`?" if guess else None
        return f"{where} must be one of {', '.join(options)}; not {words.describe(value)}", suggestion, pointer
    if kind == "pattern":
        return f"{words.describe(value)} is not a valid value for {where}", hint, pointer
    if kind == "format":
        return f"{words.describe(value)} is not a valid {error.validator_value} for {where}{reason}", hint, pointer
    if kind in ("minItems", "minLength", "minProperties"):
        return f"{where} should not be empty", hint, pointer
    if kind in ("maxLength", "maxItems"):
        size = len(value) if isinstance(value, str | list) else 0
        return f"{where} is too long ({size:,}; at most {error.validator_value})", hint or "shorten it", pointer
    if kind in ("minimum", "exclusiveMinimum"):
        return f"{where} should be at least {error.validator_value}, not {words.describe(value)}", hint, pointer
    if kind in ("maximum", "exclusiveMaximum"):
        return f"{where} should be at most {error.validator_value}, not {words.describe(value)}", hint, pointer
    if kind == "propertyNames":
        return f"{words.describe(value)} is not a valid name in {where}", hint, f"{pointer}/{escape(str(value))}"
    return f"{where}: {error.message}", hint, pointer

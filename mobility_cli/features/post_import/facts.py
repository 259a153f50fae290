"""The post's fields, taken from what the imported text says: its role (the title), team, location, level,
closing date and share of async work. Each is taken from the command line first, then from a `Name: value` line,
then from what the page's markup named, then from the text itself (the first heading, a sentence about closing);
a `Name: value` line that gave a field leaves the text (the field says it once, in the header or front matter),
every other line stays. What could not be filled is said, with what to do."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Severity
from mobility_cli.errors import UsageError
from mobility_cli.features.names import resolve_level
from mobility_cli.features.new_post import post_id_from
from mobility_cli.features.post_import.blocks import clean, promote_headings
from mobility_cli.features.post_import.fields import async_share, closing_date, field_named, find_date, named_value
from mobility_cli.features.post_import.intake import Converted, refuse
from mobility_cli.features.post_import.levels import level_from_title, level_from_value
from mobility_cli.features.post_import.sections import heading_kind
from mobility_cli.model import Level, Program
from mobility_cli.parse.markdown import heading_of
from mobility_cli.parse.posting import HEADER_FIELDS

IMPORT_NO_TITLE = declare(
    "import-no-title",
    "reading",
    Severity.ERROR,
    "The text given to `post import` names no job title to make the post's role from.",
    "Every post needs a role; guessing one from a sentence would put a wrong title on the board.",
    'Put the job title on the first line (or as the page\'s heading), or give it: --role "Senior Engineer".',
    fires="a text that starts with a paragraph about the company",
    passes="a text whose first line is the job title",
)
MAX_ROLE = 120
# The most words a field's value has: "Team: you will join a group of five designers" is a sentence, not a team.
_MOST_WORDS = {"role": 12, "team": 8, "location": 16, "level": 6, "track": 4, "closes": 8, "work_style": 12}
_POST_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ASYNC_KEY = re.compile(r"\basync\W{0,3}(\d{1,3})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the command line says, over anything the text says."""

    role: str | None = None
    team: str | None = None
    location: str | None = None
    level: str | None = None
    post_id: str | None = None


@dataclass(frozen=True, slots=True)
class Filled:
    """One field filled: its name, the value written and where it came from, in words."""

    name: str
    value: str
    source: str


@dataclass(slots=True)
class Facts:
    """What the text says of the post's fields, the text without the lines that said it, and how each field was
    filled or why it could not be."""

    role: str
    post_id: str
    body: list[str] = field(default_factory=list)  # the text's Markdown, less the lines that gave a field
    team: str | None = None
    location: str | None = None
    level: Level | None = None
    closes: date | None = None
    async_percent: int | None = None
    filled: list[Filled] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Named:
    """Every `Name: value` line that names a field, by field; the lines that leave the text (a value taken, or
    a field set anew); the lines that name nothing a post has, before the first heading."""

    lines: list[str]
    values: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # field -> [(value, line index)]
    used: set[int] = field(default_factory=set)
    kept: list[str] = field(default_factory=list)

    def first(self, name: str) -> tuple[str, str] | None:
        """The first value given for a field, and its line as written."""
        found = self.values.get(name)
        return (found[0][0], clean(self.lines[found[0][1]])) if found else None

    def take(self, name: str, value: str) -> None:
        """The field took `value`: every line that gave it leaves the text (a line saying another value stays)."""
        wanted = clean(value).casefold()
        self.used.update(i for said, i in self.values.get(name, []) if clean(said).casefold() == wanted)


def _named_lines(lines: list[str]) -> _Named:
    found = _Named(lines)
    heading_seen = False
    for index, line in enumerate(lines):
        if heading_of(line):
            heading_seen = True
            continue
        named = named_value(line)
        target = field_named(named[0]) if named else None
        if named is None:
            continue
        if target == "renewed":
            found.used.add(index)
        elif target is not None and target != "opened" and len(named[1].split()) <= _MOST_WORDS[target]:
            found.values.setdefault(target, []).append((named[1], index))
        elif target is not None and target != "opened":
            continue  # a sentence that starts like a field: text
        elif not heading_seen:
            found.kept.append(clean(line))
    return found


def read_facts(converted: Converted, program: Program, today: date, given: Overrides, file: str) -> Facts:
    """The post's fields from the converted text, with what could not be filled said in `unmapped`."""
    lines = promote_headings(converted.lines)
    named = _named_lines(lines)
    hints = converted.hints
    role, source, title_line = _role(lines, named, hints, given, converted.hinted_by)
    if not role:
        raise refuse(
            IMPORT_NO_TITLE.code,
            "no job title was found (no heading, title line or `Job title:` line)",
            file,
            'put the job title on the first line, or give it: --role "Senior Engineer"',
        )
    facts = Facts(role, _post_id(given.post_id, role))
    facts.filled.append(Filled("role", role, source))
    named.take("role", role)
    for name in ("team", "location"):
        _text_field(facts, name, getattr(given, name), named, hints, converted.hinted_by)
    _level(facts, program, given, named, hints, converted.hinted_by)
    _closes(facts, named, hints, today, converted.hinted_by)
    _work_style(facts, named, hints)
    facts.body = [_plain_header(line) for i, line in enumerate(lines) if i not in named.used and i != title_line]
    facts.unmapped += [f'kept in the text, not a field of the post: "{line}"' for line in named.kept]
    facts.unmapped += converted.notes
    return facts


def _role(
    lines: list[str], named: _Named, hints: dict[str, str], given: Overrides, hinted_by: str
) -> tuple[str, str, int]:
    """The role, where it came from, and the line of the heading that was the title (-1: none left the text)."""
    title, title_line = _first_heading(lines)
    said = named.first("role") or ("", "")
    for value, source in (
        (given.role, "--role"),
        (said[0], f'"{said[1]}"'),
        (hints.get("role"), hinted_by),
        (title, "the title"),
    ):
        role = clean(value or "").replace("**", "")
        if role and len(role) <= MAX_ROLE:
            same = title is not None and clean(title).casefold() == role.casefold()
            return role, source, title_line if same else -1
    return "", "", -1


def _first_heading(lines: list[str]) -> tuple[str | None, int]:
    """A heading before any text that names no section of a post ("Requirements"): the post's title."""
    for index, line in enumerate(lines):
        heading = heading_of(line)
        if heading is not None:
            return (heading[1], index) if heading_kind(heading[1]) is None else (None, -1)
        if line.strip() and named_value(line) is None:
            return None, -1
    return None, -1


def _plain_header(line: str) -> str:
    """A bold `**Name**: value` line left in the text whose name is a header field of the program (a work style
    it could not read, say) is unbolded: the program would otherwise read it as the post's field."""
    named = named_value(line)
    if named is None or not named[2] or named[0].replace(" ", "_") not in HEADER_FIELDS:
        return line
    return line.replace("**", "")


def _post_id(given: str | None, role: str) -> str:
    ident = given or post_id_from(role)
    if not _POST_ID.fullmatch(ident):
        raise UsageError(f'"{ident}" is not a valid post id', "use lowercase letters, digits and hyphens: --id ID")
    return ident


def _text_field(
    facts: Facts, name: str, given: str | None, named: _Named, hints: dict[str, str], hinted_by: str
) -> None:
    said = named.first(name)
    choices = [(given, f"--{name}"), (said and said[0], f'"{said and said[1]}"'), (hints.get(name), hinted_by)]
    for value, source in choices:
        if value and clean(value):
            setattr(facts, name, clean(value))
            facts.filled.append(Filled(name, clean(value), source))
            named.take(name, value)
            other = hints.get(name)
            if other and clean(other).casefold() != clean(value).casefold() and source != hinted_by:
                facts.unmapped.append(f'{name}: {hinted_by} says "{clean(other)}"; {source} was used')
            return
    facts.unmapped.append(f"{name}: the text does not say it; add **{name.title()}**: to the post's header")


def _level(
    facts: Facts, program: Program, given: Overrides, named: _Named, hints: dict[str, str], hinted_by: str
) -> None:
    if given.level:
        facts.level = resolve_level(program, given.level)
        facts.filled.append(Filled("level", facts.level.key, "--level"))
        return
    said = named.first("level") or ((hints["level"], hinted_by) if "level" in hints else None)
    track = (named.first("track") or ("", ""))[0] or hints.get("track")
    level, how = level_from_value(program, said[0], track) if said else level_from_title(program, facts.role)
    if level is None:
        facts.unmapped.append(f"level: {how}")
        return
    facts.level = level
    facts.filled.append(Filled("level", f"{level.key} ({level.title})", how))
    for name in ("level", "track"):
        for value, _ in named.values.get(name, []):
            named.take(name, value)


def _closes(facts: Facts, named: _Named, hints: dict[str, str], today: date, hinted_by: str) -> None:
    said = named.first("closes")
    candidates = [(said[0], f'"{said[1]}"')] if said else []
    candidates += [(hints["closes"], hinted_by)] if "closes" in hints else []
    for value, source in candidates:
        day, note = find_date(value, today)
        if day is not None:
            _closing_day(facts, day, source, note)
            named.take("closes", value)
            return
        facts.unmapped.append(f"closing date: {note or f'no date could be read in {source}'}; closes: is from policy")
    for line in named.lines:
        day, note = closing_date(line, today)
        if day is not None and named_value(line) is None:
            _closing_day(facts, day, f'"{clean(line)}" (the sentence is kept: keep both in step)', note)
            return


def _closing_day(facts: Facts, day: date, source: str, note: str) -> None:
    facts.closes = day
    facts.filled.append(Filled("closes", day.isoformat(), source + (f"; {note}" if note else "")))


def _work_style(facts: Facts, named: _Named, hints: dict[str, str]) -> None:
    said = [value for value, _ in named.values.get("work_style", [])]
    for text in [*said, *([hints["work_style"]] if "work_style" in hints else [])]:
        key = _ASYNC_KEY.search(text)
        share = async_share(text)
        share = share if share is not None else (int(key.group(1)) if key and int(key.group(1)) <= 100 else None)
        if share is not None:
            _share(facts, share, f'"{text}"')
            named.take("work_style", text)
            return
    for line in named.lines:
        share = async_share(line)
        if share is not None and named_value(line) is None:
            _share(facts, share, f'"{clean(line)}"')
            return
    given = f'"{said[0]}" (kept in the text) gives' if said else "the text gives"
    facts.unmapped.append(f"work style: {given} no share of async work; add **Work Style**: 70% async, ...")


def _share(facts: Facts, share: int, source: str) -> None:
    facts.async_percent = share
    facts.filled.append(Filled("work style", f"{share}% async", source))

"""The imported post in the program's own shape: the program's post template (the one `post new` renders, with
the fields the import found) gives the front matter, the header and the sections a post must have; the
imported text gives everything else, in its own order.

A field the import could not fill is rendered as `UNFILLED` and every line holding it is left out, so the post
says nothing rather than something made up (no default location, no 70% async), whatever the template does
with the value. The template's requirements, work and how-to-apply sections are replaced by the imported
sections of those kinds (their headings take the template's titles); a kind the text lacks keeps the
template's section (its placeholder says what to write), placed where a reader looks for it. A heading of the
template's own that the text repeats with nothing under it (a post made from this template, imported again) is
not written twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mobility_cli.features.new_post import PLACEHOLDERS, REQUIREMENTS_PLACEHOLDER, WORK_PLACEHOLDER, PostFields
from mobility_cli.features.new_post import post_context as new_post_context
from mobility_cli.features.post_import.blocks import tidy
from mobility_cli.features.post_import.facts import Facts
from mobility_cli.features.post_import.sections import APPLY, REQUIREMENTS, WORK, cue
from mobility_cli.located import Origin
from mobility_cli.model import Level, Program, normalise_title
from mobility_cli.parse.markdown import heading_of

UNFILLED = "\ue000unfilled\ue000"  # a private-use character no post contains
_SAYS = {REQUIREMENTS: "what is asked of candidates", WORK: "what the person will work on", APPLY: "how to apply"}


class UnfilledNumber(int):
    """A number the import could not fill: prints as `UNFILLED`, and stays unfilled through a template's
    arithmetic (`{{ 100 - async_percent }}`)."""

    def __new__(cls) -> UnfilledNumber:
        return super().__new__(cls, 0)

    def __str__(self) -> str:
        return UNFILLED

    def __repr__(self) -> str:
        return UNFILLED

    def __format__(self, spec: str) -> str:
        return UNFILLED

    def __add__(self, other: Any) -> UnfilledNumber:
        return UnfilledNumber()

    __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __add__


def template_context(program: Program, facts: Facts, today: date) -> dict[str, object]:
    """The context `post new` renders its template with, from the imported fields: dates from policy (the
    closing date from the text where it gave one), no requirement the text did not state."""
    level = facts.level or Level(UNFILLED, UNFILLED, "", 0, 0, 0, Origin.of_file(""))
    share = facts.async_percent if facts.async_percent is not None else UnfilledNumber()
    fields = PostFields(
        facts.post_id, facts.role, facts.team or UNFILLED, level, facts.location or UNFILLED, share, today
    )
    context = new_post_context(program, fields)
    context["requirements"] = [REQUIREMENTS_PLACEHOLDER]
    context["work_on"] = [WORK_PLACEHOLDER]
    if facts.closes is not None:
        context["closes"] = facts.closes.isoformat()
    return context


@dataclass(slots=True)
class _Section:
    level: int
    title: str
    lines: list[str]
    kind: str | None = None
    strength: int = 0
    was: str = ""  # the heading the original gave it, where it took the template's

    def text(self) -> list[str]:
        return [f"{'#' * self.level} {self.title}", *tidy(self.lines), ""]


@dataclass(slots=True)
class Assembled:
    text: str
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (the original heading, the template's)
    added: list[str] = field(default_factory=list)  # what was added from the template, in words


def assemble(skeleton: str, body: list[str]) -> Assembled:
    """The rendered template (`skeleton`) with the imported Markdown (`body`) in place of its sections."""
    lines = [line for line in skeleton.split("\n") if UNFILLED not in line]
    front, rest = _front_matter(lines)
    preamble, template = _template_sections(rest)
    intro, imported = _sections(body)
    own = {normalise_title(h[1]) for line in preamble if (h := heading_of(line))}
    imported = [s for s in imported if normalise_title(s.title) not in own or any(x.strip() for x in s.lines)]
    result = Assembled("")
    _take_titles(imported, template, result)
    _relevel(imported, min((s.level for s in template), default=3))
    ordered = _with_missing(imported, template, result)
    text = [*tidy(preamble), "", *tidy(intro), ""] + [line for s in ordered for line in s.text()]
    result.text = "\n".join([*front, *tidy(text)]) + "\n"
    return result


def _front_matter(lines: list[str]) -> tuple[list[str], list[str]]:
    if not lines or lines[0].strip() != "---":
        return [], lines
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
    return lines[: end + 1], lines[end + 1 :]


def _sections(lines: list[str]) -> tuple[list[str], list[_Section]]:
    """The lines before the first heading, and a section for every heading."""
    intro: list[str] = []
    found: list[_Section] = []
    for line in lines:
        heading = heading_of(line)
        if heading is not None:
            kind = cue(heading[1])
            found.append(_Section(heading[0], heading[1], [], *(kind or (None, 0))))
        elif found:
            found[-1].lines.append(line)
        else:
            intro.append(line)
    return intro, found


def _template_sections(lines: list[str]) -> tuple[list[str], list[_Section]]:
    """The template's text before its first section of a known kind, and those sections (each with the
    headings below its own level inside it)."""
    start = next((i for i, line in enumerate(lines) if (h := heading_of(line)) and cue(h[1])), len(lines))
    sections: list[_Section] = []
    for line in lines[start:]:
        heading = heading_of(line)
        if heading is not None and (not sections or heading[0] <= sections[0].level):
            kind = cue(heading[1])
            sections.append(_Section(heading[0], heading[1], [], *(kind or (None, 0))))
        else:
            sections[-1].lines.append(line)
    return lines[:start], sections


def _take_titles(imported: list[_Section], template: list[_Section], result: Assembled) -> None:
    """The imported section most surely of each kind takes the title the template gives that kind."""
    for kind in (REQUIREMENTS, WORK, APPLY):
        mine = next((s for s in template if s.kind == kind), None)
        theirs = [s for s in imported if s.kind == kind]
        if mine is None or not theirs:
            continue
        best = max(theirs, key=lambda s: (s.strength, -imported.index(s)))
        for other in theirs:
            other.kind = None if other is not best else kind
        if best.title != mine.title:
            result.renamed.append((best.title, mine.title))
            best.was, best.title = best.title, mine.title


def _relevel(imported: list[_Section], level: int) -> None:
    """The imported headings moved as a whole so the shallowest is at the template's level for sections."""
    shift = level - min((s.level for s in imported), default=level)
    for section in imported:
        section.level = max(1, min(6, section.level + shift))


def _with_missing(imported: list[_Section], template: list[_Section], result: Assembled) -> list[_Section]:
    """The imported sections, and the template's for each kind the text lacks: requirements and work before the
    how-to-apply section, how to apply last."""
    present = {s.kind for s in imported if s.kind}
    ordered = list(imported)
    for section in template:
        if section.kind is None or section.kind in present:
            continue
        apply_at = next((i for i, s in enumerate(ordered) if s.kind == APPLY), len(ordered))
        ordered.insert(len(ordered) if section.kind == APPLY else apply_at, section)
        present.add(section.kind)
        placeholder = any(p in line for line in section.lines for p in PLACEHOLDERS)
        says = _SAYS[section.kind]
        result.added.append(
            f'the text has no section on {says}: the template\'s "{section.title}" was added'
            + (" with a placeholder to replace" if placeholder else "")
        )
    return ordered

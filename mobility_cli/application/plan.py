"""A career plan: route, gaps, mentors, fitting posts and 30/60/90-day check-ins for one conversation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mobility_cli.application.program_templates import TEMPLATES, ProgramTemplates, template_folders

if TYPE_CHECKING:
    from pathlib import Path

    from mobility_cli.application.workspace import Workspace


@dataclass(frozen=True, slots=True)
class PlanRequest:
    current: str  # TRACK/LEVEL, or a LEVEL unique to one track
    target: str
    timezone: str  # the person's IANA zone
    hours: str = "09:00-17:00"  # the person's working hours


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """What to render: `template` from the first of `templates` that has it, with `context`."""

    templates: tuple[Path | ProgramTemplates, ...]
    template: str
    context: dict[str, Any]


def plan(workspace: Workspace, request: PlanRequest) -> PlanDraft:
    """Everything the plan document says, with the program's own templates before the built-in ones; a
    NoResult when no route leads to the target."""
    from mobility_cli.errors import NoResult
    from mobility_cli.features.mentees import mentee_from_options
    from mobility_cli.features.paths import NoRoute
    from mobility_cli.features.plan import plan_context
    from mobility_cli.resources import templates_dir

    loaded = workspace.load()
    program = loaded.program
    person = mentee_from_options(program, request.current, request.target, request.timezone, request.hours)
    try:
        context = plan_context(program, person, workspace.today, request.hours)
    except NoRoute as exc:
        raise NoResult(f"no route from {person.current.key} to {person.target.key}: {exc}") from None
    return PlanDraft(template_folders(loaded, TEMPLATES, templates_dir()), "plan.md.j2", context)

"""Job posts: the internal job board, and a new post written from the program's template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mobility_cli.application.program_templates import TEMPLATES, ProgramTemplates, template_folders
from mobility_cli.application.workspace import POSTS

if TYPE_CHECKING:
    from pathlib import Path

    from mobility_cli.application.workspace import Workspace
    from mobility_cli.features.board import BoardRow
    from mobility_cli.load import Loaded
    from mobility_cli.model import Program
    from mobility_cli.source import Location


@dataclass(frozen=True, slots=True)
class BoardRequest:
    timezone: str | None = None  # the person's IANA zone, for the overlap with each post's hours
    hours: str = "09:00-17:00"  # the person's working hours
    track: str | None = None  # only posts in this track (id or name)
    team: str | None = None  # only posts of this team


def board(workspace: Workspace, request: BoardRequest) -> list[BoardRow]:
    """Open posts, those that fit the person's working day first."""
    from mobility_cli.features.board import board_rows
    from mobility_cli.features.names import resolve_team, resolve_track
    from mobility_cli.features.timezones import person

    program = workspace.load(POSTS).program
    track = resolve_track(program, request.track).id if request.track else None
    teams = [p.team for p in program.postings.values() if p.team]
    team = resolve_team(teams, request.team) if request.team else None
    me = person(request.timezone, request.hours) if request.timezone else None
    return board_rows(program, me, workspace.today, track, team)


@dataclass(frozen=True, slots=True)
class PostDesk:
    """The user's own program, read whole, that a post is added to."""

    location: Location
    loaded: Loaded

    @property
    def program(self) -> Program:
        return self.loaded.program


def post_desk(workspace: Workspace) -> PostDesk:
    """The program to add a post to: the user's own, never the built-in example."""
    location = workspace.own_location("to add a post to")
    return PostDesk(location, workspace.load())


@dataclass(frozen=True, slots=True)
class PostRequest:
    level: str  # TRACK/LEVEL, or a LEVEL unique to one track
    role: str
    team: str
    post_id: str | None = None  # the post's id and file name (default: from the role)
    location: str = "Remote"
    async_percent: int = 70


@dataclass(frozen=True, slots=True)
class PostDraft:
    """What to render (`template` from the first of `templates` that has it, with `context`) and where the
    post goes."""

    target: Path
    relative: str  # the target, relative to the program
    templates: tuple[Path | ProgramTemplates, ...]
    template: str
    context: dict[str, object]


def draft_post(workspace: Workspace, desk: PostDesk, request: PostRequest) -> PostDraft:
    """The new post's fields: dates from policy, requirements from the level's framework."""
    import re

    from mobility_cli.errors import UsageError
    from mobility_cli.features.names import resolve_level
    from mobility_cli.features.new_post import PostFields, post_context, post_id_from
    from mobility_cli.resources import templates_dir

    chosen = resolve_level(desk.program, request.level)
    ident = request.post_id or post_id_from(request.role)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident):
        raise UsageError(f'"{ident}" is not a valid post id', "use lowercase letters, digits and hyphens")
    fields = PostFields(
        ident, request.role, request.team, chosen, request.location, request.async_percent, workspace.today
    )
    context = post_context(desk.program, fields)
    root = desk.location.root
    templates = template_folders(desk.loaded, TEMPLATES, templates_dir())
    relative = f"postings/{ident}.md"
    return PostDraft(root / "postings" / f"{ident}.md", relative, templates, "job-post.md.j2", context)


def save_post(draft: PostDraft, text: str) -> None:
    """The rendered post, written where the draft says: never over an existing post."""
    from mobility_cli.output import write_atomic

    hint = "choose another id with --id, or edit the existing post"
    write_atomic(draft.target, text.encode("utf-8"), exists_hint=hint)

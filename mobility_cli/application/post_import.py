"""`post import`: a job post written elsewhere, read from a file or standard input, written as a draft post of the
user's own program through the program's post template (as `post new` writes one), then checked as `validate`
and `lint` would check it.

The input is read here (no more than the size a post may have, plus one byte to tell it is over); what it says
is turned into a post by `features.post_import`, which never touches a file. The template is rendered by the
caller's `render` (the CLI's sandboxed Jinja environment, as for `post new`). The post is written atomically
and never over an existing one without `force`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mobility_cli.application.posts import PostDraft, post_desk
from mobility_cli.application.program_templates import TEMPLATES, template_folders

if TYPE_CHECKING:
    from mobility_cli.application.workspace import Workspace
    from mobility_cli.diagnostics import Findings
    from mobility_cli.features.post_import import Filled, Overrides
    from mobility_cli.source import Location

STDIN = "-"
Render = Callable[[PostDraft], str]  # the program's post template rendered with a draft's context


@dataclass(frozen=True, slots=True)
class ImportRequest:
    source: str  # a file's path, or "-" for standard input
    kind: str | None = None  # html, markdown, text or docx (default: from the file's name, else its content)
    role: str | None = None  # what the command line says, over what the text says
    team: str | None = None
    location: str | None = None
    level: str | None = None  # TRACK/LEVEL, a unique LEVEL or a level's title
    post_id: str | None = None  # the post's id and file name (default: from the role)
    force: bool = False  # replace an existing post of the same id

    def overrides(self) -> Overrides:
        from mobility_cli.features.post_import import Overrides

        return Overrides(self.role, self.team, self.location, self.level, self.post_id)


@dataclass(frozen=True, slots=True)
class Imported:
    """The post written, what filled its fields, what could not be mapped, and its findings (`validate` and
    `lint` on the new post alone)."""

    relative: str
    source: str  # the input as messages name it
    kind: str
    filled: tuple[Filled, ...]
    unmapped: tuple[str, ...]
    renamed: tuple[tuple[str, str], ...]
    added: tuple[str, ...]
    findings: Findings
    location: Location = field(compare=False)

    @property
    def exit_code(self) -> int:
        """0: written (findings at most warnings); 1: written, but the checks found errors to fix."""
        return self.findings.exit_code()


@dataclass(frozen=True, slots=True)
class NotImported:
    """Nothing was written: the finding that says why (its code is declared where it is made)."""

    findings: Findings
    location: Location = field(compare=False)
    exit_code: int = 2


def import_post(workspace: Workspace, request: ImportRequest, render: Render) -> Imported | NotImported:
    """Read, convert, write and check one post; bad input is a `NotImported`, never a half-written post."""
    from mobility_cli.diagnostics import Findings
    from mobility_cli.features import post_import as convert
    from mobility_cli.resources import templates_dir

    if workspace.ref is not None:
        from mobility_cli.errors import UsageError

        raise UsageError("post import writes a new post into the work tree: --ref cannot be used with it")
    desk = post_desk(workspace)
    program = desk.program
    shown = "standard input" if request.source == STDIN else request.source
    try:
        data = _read(request.source, shown)
        converted = convert.convert(data, Path(request.source).name, request.kind, shown)
        facts = convert.read_facts(converted, program, workspace.today, request.overrides(), shown)
        context = convert.template_context(program, facts, workspace.today)
        relative = f"postings/{facts.post_id}.md"
        templates = template_folders(desk.loaded, TEMPLATES, templates_dir())
        draft = PostDraft(desk.location.root / relative, relative, templates, "job-post.md.j2", context)
        made = convert.assemble(render(draft), facts.body)
        convert.check_post_size(made.text, program.settings.max_file_bytes, shown)
    except convert.ImportRefused as refused:
        return NotImported(Findings([refused.diagnostic], files=1), desk.location)
    _save(draft, made.text, request.force)
    findings = _checked(workspace, relative)
    return Imported(
        relative,
        shown,
        convert.KIND_NAMES[converted.kind],
        tuple(facts.filled),
        tuple(facts.unmapped),
        tuple(made.renamed),
        tuple(made.added),
        findings,
        desk.location,
    )


def _read(source: str, shown: str) -> bytes:
    """The input's bytes, up to one more than any input may have (so an oversized one is told, not read whole)."""
    from mobility_cli.features.post_import import MAX_INPUT_BYTES, refuse
    from mobility_cli.source import UNREADABLE

    wanted = MAX_INPUT_BYTES + 1
    try:
        if source == STDIN:
            stream = getattr(sys.stdin, "buffer", None)
            return stream.read(wanted) if stream is not None else sys.stdin.read(wanted).encode("utf-8")
        with open(source, "rb") as handle:
            return handle.read(wanted)
    except FileNotFoundError:
        raise refuse(UNREADABLE.code, "no such file", shown, "check the file's name and folder") from None
    except IsADirectoryError:
        raise refuse(UNREADABLE.code, "this is a folder, not a file", shown, "name the file to import") from None
    except OSError as exc:
        raise refuse(
            UNREADABLE.code, f"the file cannot be read ({exc.strerror or exc})", shown, "check its permissions"
        ) from None


def _save(draft: PostDraft, text: str, force: bool) -> None:
    from mobility_cli.output import write_atomic

    hint = "pass --force to replace it, or choose another id with --id"
    write_atomic(draft.target, text.encode("utf-8"), force=force, exists_hint=hint)


def _checked(workspace: Workspace, relative: str) -> Findings:
    """What `validate` says of the new post: the reading, schema and reference checks, and the posting rules."""
    from mobility_cli.diagnostics import Findings
    from mobility_cli.features.lint import lint_posts, lint_settings, program_codes
    from mobility_cli.load import load_program

    loaded = load_program(workspace.source(), jobs=workspace.jobs)
    own = [d for d in loaded.findings.diagnostics if d.file == relative]
    settings = lint_settings(loaded.program.settings.lint)
    linted = lint_posts(loaded.program, workspace.today, settings, {relative}, None, workspace.jobs)
    return Findings(own + linted, 1, program_codes(loaded.program))

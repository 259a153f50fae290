"""A program's own templates, read through the Source its files come from (the work tree, or the revision
--ref names) by the rules its files follow: no link followed out of the program (none at all from a revision),
the program's file size limit, UTF-8. So `render`, `plan` and `post new` use the revision's templates under
--ref, never the work tree's; the built-in templates come after them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from mobility_cli.load import Loaded
    from mobility_cli.source import FileEntry, Source

TEMPLATES = "templates"  # the program's own templates, beside its careers/ and postings/


def template_folders(loaded: Loaded, folder: str, built_in: Path) -> tuple[Path | ProgramTemplates, ...]:
    """Where a template is looked for: the program's own folder (as its source holds it), then the built-in."""
    return (ProgramTemplates(loaded.source, folder, loaded.program.settings.max_file_bytes), built_in)


class ProgramTemplates:
    """One template folder of a program as its Source holds it (`formats.templates.TemplateFiles`): listed
    when made, each file read when a template asks for it. What the source refuses to list (a link, a folder
    that cannot be read) stops the render rather than letting a built-in template stand in unannounced."""

    def __init__(self, source: Source, folder: str, limit: int) -> None:
        before = len(source.diagnostics)
        listed = source.files_under(folder)
        refused = source.diagnostics[before:]
        if refused:
            from mobility_cli.errors import ProgramUnreadable

            more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
            raise ProgramUnreadable(
                f"{refused[0].message}{more}, so nothing was rendered (the program's templates at {source.label})",
                refused[0].hint,
            )
        self.source, self.limit = source, limit
        self.files = {entry.path[len(folder) + 1 :]: entry for entry in listed}

    def template(self, name: str) -> tuple[str, str] | None:
        entry = self.files.get(name)
        return None if entry is None else (_text(self.source, entry, self.limit), entry.path)


def _text(source: Source, entry: FileEntry, limit: int) -> str:
    """A template's text, read as a program file is: under the size limit, UTF-8, or a stop that says why."""
    from mobility_cli.errors import ProgramUnreadable

    data = b""
    if entry.size <= limit:
        try:
            data = source.read(entry.path)
        except OSError as exc:
            raise ProgramUnreadable(f"{entry.path} cannot be read ({exc.strerror or exc})") from None
    if entry.size > limit or len(data) > limit:
        raise ProgramUnreadable(
            f"{entry.path} is over the limit of {limit:,} bytes; it was not read",
            "make it smaller, or raise limits.max_file_bytes in mobility.yaml",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ProgramUnreadable(f"{entry.path} is not UTF-8 text", "save it as UTF-8") from None

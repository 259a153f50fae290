"""The one Jinja environment factory. Every template, a program's own included, runs sandboxed: a template
can format what it is given, never reach Python internals, files or the shell. A template that fails
(bad syntax, a missing value, an attempt to escape the sandbox) becomes one usage error naming the
template and its line, and nothing is written.

A program's own templates come through the same Source as its files (`TemplateFiles`: the work tree, or a
revision under --ref), never from the disk beside it; only the built-in templates are folders on disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from mobility_cli.errors import UsageError

if TYPE_CHECKING:
    from jinja2 import BaseLoader
    from jinja2.sandbox import SandboxedEnvironment


class TemplateFiles(Protocol):
    """A folder of templates read through a program's Source (application/render.py: `ProgramTemplates`)."""

    def template(self, name: str) -> tuple[str, str] | None:
        """(text, the file as messages name it) of the template `name` (relative to the folder), or None where
        the folder has no such file; a file that cannot be read safely is a usage error."""


TemplateFolder = Path | TemplateFiles  # a folder on disk (the built-in templates), or one read through a Source


def environment(template_dirs: Sequence[TemplateFolder], html: bool) -> SandboxedEnvironment:
    """Program templates first, built-in ones second; autoescaped when the output is HTML or XML."""
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    loader = ChoiceLoader(
        [
            FileSystemLoader(str(d)) if isinstance(d, Path) else _files_loader(d)
            for d in template_dirs
            if not isinstance(d, Path) or d.is_dir()
        ]
    )
    return SandboxedEnvironment(loader=loader, autoescape=html, undefined=StrictUndefined, keep_trailing_newline=True)


def _files_loader(files: TemplateFiles) -> BaseLoader:
    """A Jinja loader over template files read through a Source. Names are checked as Jinja checks a folder's
    (no "..", no absolute path), and only files the source listed can be found."""
    from jinja2 import BaseLoader, Environment, TemplateNotFound
    from jinja2.loaders import split_template_path

    class FilesLoader(BaseLoader):
        def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, Any]:
            found = files.template("/".join(split_template_path(template)))
            if found is None:
                raise TemplateNotFound(template)
            text, shown = found
            return text, shown, lambda: True

    return FilesLoader()


def render(env: SandboxedEnvironment, name: str, context: dict[str, Any]) -> str:
    """A template rendered, or a usage error that says which template, which line and what went wrong."""
    import jinja2
    from jinja2.exceptions import SecurityError

    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise UsageError(f"template {exc.name} not found", "restore it, or remove the program's copy") from None
    except jinja2.TemplateSyntaxError as exc:
        where = _where(exc.filename or exc.name or name, exc.lineno)
        raise UsageError(f"{where}: template syntax error: {exc.message}", "fix the template") from None
    except SecurityError as exc:
        where = _where(*_template_frame(exc, name))
        raise UsageError(
            f"{where}: the template tried something templates may not do ({exc})",
            "templates can only format the values they are given; remove that expression",
        ) from None
    except jinja2.UndefinedError as exc:
        where = _where(*_template_frame(exc, name))
        raise UsageError(f"{where}: {exc.message}", "use only the values the template is given") from None


def static_text(env: SandboxedEnvironment, name: str) -> str:
    """A file from the template folders copied as it is (a stylesheet, a script), or "" where there is none."""
    from jinja2 import TemplateNotFound

    if env.loader is None:
        return ""
    try:
        return env.loader.get_source(env, name)[0]
    except TemplateNotFound:
        return ""


def _where(file: str, line: int | None) -> str:
    return f"{file}:{line}" if line else file


def _template_frame(exc: BaseException, name: str) -> tuple[str, int | None]:
    """Jinja rewrites tracebacks so that template frames carry the template's file and line."""
    found: tuple[str, int | None] = (name, None)
    tb = exc.__traceback__
    while tb is not None:
        file = tb.tb_frame.f_code.co_filename
        if file.endswith((".j2", ".jinja", ".html", ".md", ".xml", ".css", ".js")):
            found = (file, tb.tb_lineno)
        tb = tb.tb_next
    return found

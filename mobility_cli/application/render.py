"""`render`: the site of the program as it was read (the work tree, or the revision --ref names) and the
templates to render it with. The program's own templates (`templates/site/`) are read through the same Source
as its files, by the same rules (no link followed out of the program, none at all from a revision, the
program's file size limit), so under --ref they are the revision's and never the work tree's; the built-in
templates come after them. Nothing here formats or writes: the CLI renders the draft and writes the files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mobility_cli.application.program_templates import ProgramTemplates

if TYPE_CHECKING:
    from pathlib import Path

    from mobility_cli.application.workspace import Workspace
    from mobility_cli.features.site import SiteData

SITE_TEMPLATES = "templates/site"  # the program's own site templates, beside its careers/ and postings/


@dataclass(frozen=True, slots=True)
class SiteRequest:
    html: bool = True  # False: the Markdown twin of the site, which needs no templates
    base_url: str | None = None  # where the site is published (default: site.base_url in mobility.yaml)


@dataclass(frozen=True, slots=True)
class SiteDraft:
    """What to render: the site's data, the template folders to look in (the program's own first; none for
    Markdown) and where the site is published, where known."""

    site: SiteData
    templates: tuple[Path | ProgramTemplates, ...]
    base_url: str | None


def checked_address(base_url: str | None) -> str | None:
    """A --base-url as the site's address, or a usage error when it is not an http(s) address (checked before
    anything is read)."""
    from mobility_cli.assemble.settings import site_address
    from mobility_cli.errors import UsageError

    address = site_address(base_url) if base_url is not None else None
    if base_url is not None and address is None:
        raise UsageError(
            f"--base-url {base_url!r} is not an http or https address",
            "give the address the site is published at, like https://example.github.io/careers/",
        )
    return address


def site(workspace: Workspace, request: SiteRequest) -> SiteDraft:
    """The site of the program at --ref (else the work tree), with the templates from the same place."""
    from mobility_cli.features.site import site_data
    from mobility_cli.history import last_changed
    from mobility_cli.resources import templates_dir

    address = checked_address(request.base_url)
    location = workspace.location
    loaded = workspace.load()
    settings = loaded.program.settings
    changed = {} if location.embedded else last_changed(location.root, workspace.ref)
    templates: tuple[Path | ProgramTemplates, ...] = ()
    if request.html:
        own = ProgramTemplates(loaded.source, SITE_TEMPLATES, settings.max_file_bytes)
        templates = (own, templates_dir() / "site")
    return SiteDraft(site_data(loaded.program, changed), templates, address or settings.base_url)

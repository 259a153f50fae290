"""`mobility render`: the published docs site (or its Markdown twin), built whole and swapped into place."""

from __future__ import annotations

from pathlib import Path

import typer

from mobility_cli.cli.choices import SiteFormat
from mobility_cli.cli.state import load, locate, state


def render(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", "-o", help="The folder to write the site to (replaced as a whole)."),
    format: SiteFormat = typer.Option(
        SiteFormat.html, "--format", "-f", help="html, or markdown with Mermaid diagrams."
    ),
    force: bool = typer.Option(False, "--force", help="Replace a non-empty folder that mobility did not make."),
    base_url: str | None = typer.Option(
        None,
        "--base-url",
        metavar="URL",
        help="Where the site is published, e.g. https://example.github.io/careers/ (default: site.base_url in "
        "mobility.yaml): makes the feed's links absolute.",
    ),
) -> None:
    """Render the program as a static site: tracks, levels, job board, path explorer, feed and CSV."""
    import sys

    from mobility_cli.features.site import site_data
    from mobility_cli.history import last_changed
    from mobility_cli.output import check_target, locked, replace_directory
    from mobility_cli.resources import templates_dir

    address = _address(base_url)
    st = state(ctx)
    location = locate(st)
    check_target(out, location.root, force)
    loaded = load(st, location)
    changed = {} if location.embedded else last_changed(location.root, st.ref)
    site = site_data(loaded.program, changed)
    if format is SiteFormat.markdown:
        from mobility_cli.formats.site_markdown import render_markdown

        files = render_markdown(site)
    else:
        from mobility_cli.formats.site_html import render_html

        dirs = [location.root / "templates" / "site", templates_dir() / "site"]
        if st.ref is not None:
            dirs = dirs[1:]  # a revision's own templates are not in the work tree; use the built-in ones
        files = render_html(site, dirs, address or loaded.program.settings.base_url)
    with locked(out):
        check_target(out, location.root, force)
        replace_directory(out, files)
    sys.stderr.write(f"mobility: wrote {len(files)} files to {out}\n")


def _address(base_url: str | None) -> str | None:
    from mobility_cli.build.settings import site_address
    from mobility_cli.errors import UsageError

    address = site_address(base_url) if base_url is not None else None
    if base_url is not None and address is None:
        raise UsageError(
            f"--base-url {base_url!r} is not an http or https address",
            "give the address the site is published at, like https://example.github.io/careers/",
        )
    return address

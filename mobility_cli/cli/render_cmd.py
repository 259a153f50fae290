"""`mobility render`: the published docs site (or its Markdown twin), built whole and swapped into place."""

from __future__ import annotations

from pathlib import Path

import typer

from mobility_cli.cli.choices import SiteFormat
from mobility_cli.cli.state import workspace


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

    from mobility_cli.application.render import SiteRequest, checked_address, site
    from mobility_cli.output import check_target, locked, replace_directory

    checked_address(base_url)
    ws = workspace(ctx)
    location = ws.location
    check_target(out, location.root, force)
    draft = site(ws, SiteRequest(html=format is SiteFormat.html, base_url=base_url))
    if format is SiteFormat.markdown:
        from mobility_cli.formats.site_markdown import render_markdown

        files = render_markdown(draft.site)
    else:
        from mobility_cli.formats.site_html import render_html

        files = render_html(draft.site, draft.templates, draft.base_url)
    with locked(out):
        check_target(out, location.root, force)
        replace_directory(out, files)
    sys.stderr.write(f"mobility: wrote {len(files)} files to {out}\n")

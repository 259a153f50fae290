"""The site as files: Jinja2 templates (autoescaped, sandboxed) over the site data, Markdown via
markdown-it-py with raw HTML off, and nh3 as a second line of defence on everything from the program."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mobility_cli.features.site import SiteData
from mobility_cli.formats.templates import environment, render, static_text
from mobility_cli.model import Level, Posting
from mobility_cli.parse.masking import without_comments

STATIC = ("style.css", "board.js", "paths.js")
_HEADER_LINE = re.compile(r"^\*\*[^*\n]+\*\*\s*:.*$", re.MULTILINE)
_TEMPLATE_HEADING = re.compile(r"^##\s+Internal Job Post Template\s*$", re.MULTILINE)
_SAFE_SCHEMES = {"http", "https", "mailto"}


def markdown_html(text: str) -> str:
    import nh3
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": False}).render(text)
    return str(nh3.clean(html, url_schemes=_SAFE_SCHEMES, link_rel="noopener noreferrer"))


def post_body(post: Posting) -> str:
    """The post's Markdown without the parts shown in the page header (the template heading, bold keys)."""
    body = without_comments(_TEMPLATE_HEADING.sub("", post.body, count=1))
    return markdown_html(_HEADER_LINE.sub("", body))


def frameworks_csv(site: SiteData) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["track", "level", "title", "grade", "area", "behaviour"])
    for page in site.levels.values():
        for area, behaviours in page.areas:
            for behaviour in behaviours:
                writer.writerow([page.level.track, page.level.id, page.level.title, page.level.grade, area, behaviour])
    return buffer.getvalue()


def render_html(site: SiteData, template_dirs: Sequence[Path]) -> dict[str, bytes]:
    """Every file of the site by its path; the same program always gives the same bytes."""
    from mobility_cli.formats.career_map_svg import career_map_svg
    from mobility_cli.formats.program_report import report_html

    feed_id = site.program.settings.name
    report_page = report_html(site.report, feed_id).encode() if site.report else None

    env = environment(template_dirs, html=True)
    program = site.program
    files: dict[str, bytes] = {}

    def page(path: str, template: str, changed_from: Sequence[str | None] = (), **context: Any) -> None:
        depth = path.count("/")
        dates = [site.changed[f] for f in changed_from if f and f in site.changed]
        text = render(
            env,
            template,
            {
                "program": program,
                "site": site,
                "root": "../" * depth,
                "changed": max(dates) if dates else None,
                "report_page": report_page is not None,
                **context,
            },
        )
        files[path] = text.encode("utf-8")

    def level_href(depth: int) -> Any:
        return lambda lv: f"{'../' * depth}levels/{lv.track}/{lv.id}.html"

    every_source = sorted(site.changed)
    career_map = career_map_svg(site.graph, level_href(0))
    page(
        "index.html",
        "index.html.j2",
        every_source,
        career_map=career_map,
        level_count=sum(len(t.levels) for t in program.tracks.values()),
    )
    for track in program.tracks.values():
        moves_in = [t for t in program.tracks.values() if any(m.to == track.id for m in t.lateral_moves)]
        page(f"tracks/{track.id}.html", "track.html.j2", [track.origin.file], track=track, moves_in=moves_in)
    for key, level_page in site.levels.items():
        framework = program.frameworks.get(key)
        page(
            f"levels/{key}.html",
            "level.html.j2",
            [level_page.framework_file, level_page.level.origin.file],
            page=level_page,
            summary=framework.summary if framework else "",
        )
    for post in program.postings.values():
        level: Level | None = program.level(post.level_key) if post.level_key else None
        page(f"postings/{post.id}.html", "posting.html.j2", [post.file], post=post, level=level, body=post_body(post))
    entries = site.board_json()
    page(
        "board.html",
        "board.html.j2",
        [p.file for p in site.open_posts],
        entries=entries,
        tracks=sorted({e["track"] for e in entries if e["track"]}),
        teams=sorted({e["team"] for e in entries if e["team"]}),
    )
    levels = list(program.levels())
    default_from = "engineering/ic2" if program.level("engineering/ic2") else (levels[0].key if levels else "")
    default_to = "engineering/staff" if program.level("engineering/staff") else (levels[-1].key if levels else "")
    page(
        "paths.html",
        "paths.html.j2",
        every_source,
        levels=levels,
        graph_json=site.graph_json(),
        default_from=default_from,
        default_to=default_to,
    )
    dates = [p.opened.isoformat() for p in site.open_posts if p.opened]
    page("feed.xml", "feed.xml.j2", (), feed_id=feed_id, updated=max(dates) if dates else "1970-01-01")
    files["frameworks.csv"] = frameworks_csv(site).encode("utf-8")
    if report_page is not None:
        files["report.html"] = report_page
    for name in STATIC:
        files[name] = static_text(env, name).encode("utf-8")
    return files

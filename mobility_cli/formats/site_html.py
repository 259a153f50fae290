"""The site as files: Jinja2 templates (autoescaped, sandboxed) over the site data, Markdown via
markdown-it-py with raw HTML off, and nh3 as a second line of defence on everything from the program."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from mobility_cli.features.site import SiteData
from mobility_cli.formats.templates import TemplateFolder, environment, render, static_text
from mobility_cli.model import Level, Posting
from mobility_cli.parse.masking import without_comments

STATIC = ("style.css", "board.js", "paths.js", "map.js", "search.js", "favicon.svg")
_HEADER_LINE = re.compile(r"^\*\*[^*\n]+\*\*\s*:.*$", re.MULTILINE)
_TEMPLATE_HEADING = re.compile(r"^##\s+Internal Job Post Template\s*$", re.MULTILINE)
_SAFE_SCHEMES = {"http", "https", "mailto"}
_HEADING = re.compile(r"(#{1,6})(?=\s)")


@cache
def _markdown() -> Any:
    """One CommonMark parser for the whole render: building one costs as much as parsing a post."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def markdown_html(text: str) -> str:
    import nh3

    html = _markdown().render(text)
    return str(nh3.clean(html, url_schemes=_SAFE_SCHEMES, link_rel="noopener noreferrer"))


def _headings_from(body: str, level: int) -> str:
    """The body's headings shifted so its highest is `level`: a post's "### What We're Looking For" sits under
    the page's h1 as an h2, and headings never skip a level (WCAG, the Nu checker). Code blocks are left alone."""
    from mobility_cli.parse.masking import unfenced

    lines = body.split("\n")
    headings = {ln.line: m for ln in unfenced(body, 0) if (m := _HEADING.match(ln.text))}
    if not headings:
        return body
    shift = level - min(len(m.group(1)) for m in headings.values())
    for number, match in headings.items():
        depth = max(1, min(6, len(match.group(1)) + shift))
        lines[number] = "#" * depth + lines[number][match.end() :]
    return "\n".join(lines)


def post_body(post: Posting) -> str:
    """The post's Markdown without the parts shown in the page header (the template heading, bold keys)."""
    body = without_comments(_TEMPLATE_HEADING.sub("", post.body, count=1))
    return markdown_html(_headings_from(_HEADER_LINE.sub("", body), 2))


def frameworks_csv(site: SiteData) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["track", "level", "title", "grade", "area", "behaviour"])
    for page in site.levels.values():
        for area, behaviours in page.areas:
            for behaviour in behaviours:
                writer.writerow([page.level.track, page.level.id, page.level.title, page.level.grade, area, behaviour])
    return buffer.getvalue()


def search_index(site: SiteData) -> str:
    """What the site's search box looks through: tracks, levels, every behaviour (found on its level's page)
    and open posts; `t` the text matched and shown, `s` the context shown beside it, `u` the page."""
    import json

    program = site.program
    entries = [
        {"k": "track", "t": t.name, "s": f"{len(t.levels)} levels", "u": f"tracks/{t.id}.html"}
        for t in program.tracks.values()
    ]
    for page in site.levels.values():
        level, track = page.level, program.tracks[page.level.track].name
        url = f"levels/{level.track}/{level.id}.html"
        entries.append({"k": "level", "t": level.title, "s": f"{track}, grade {level.grade}", "u": url})
        entries += [{"k": "behaviour", "t": b, "s": level.title, "u": url} for _, found in page.areas for b in found]
    for post in site.open_posts:
        context = ", ".join(x for x in (post.team, post.level_key) if x)
        entries.append({"k": "post", "t": post.role, "s": context, "u": f"postings/{post.id}.html"})
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"))


def render_html(
    site: SiteData, template_dirs: Sequence[TemplateFolder], base_url: str | None = None
) -> dict[str, bytes]:
    """Every file of the site by its path; the same program always gives the same bytes. `base_url`, where the
    site is published, makes the feed's links absolute and its ids addresses."""
    from mobility_cli.formats.atom_feed import feed_of

    pages = _Pages(site, environment(template_dirs, html=True))
    pages.program_pages()
    pages.board()
    pages.paths()
    pages.page("feed.xml", "feed.xml.j2", (), feed=feed_of(site, base_url))
    pages.files["frameworks.csv"] = frameworks_csv(site).encode("utf-8")
    pages.files["search.json"] = search_index(site).encode("utf-8")
    if site.report is not None:
        flows = sorted(site.report.flows.items(), key=lambda item: (-item[1], item[0]))
        pages.page("report.html", "report.html.j2", pages.every_source, report=site.report, flows=flows)
    for static in STATIC:
        pages.files[static] = static_text(pages.env, static).encode("utf-8")
    return pages.files


class _Pages:
    """The site's pages, each rendered from one template with the context every page shares."""

    def __init__(self, site: SiteData, env: Any) -> None:
        self.site, self.env, self.program = site, env, site.program
        self.files: dict[str, bytes] = {}
        self.every_source = sorted(site.changed)

    def page(self, path: str, template: str, changed_from: Sequence[str | None] = (), **context: Any) -> None:
        dates = [self.site.changed[f] for f in changed_from if f and f in self.site.changed]
        shared = {
            "program": self.program,
            "site": self.site,
            "root": "../" * path.count("/"),
            "changed": max(dates) if dates else None,
            "report_page": self.site.report is not None,
        }
        self.files[path] = render(self.env, template, shared | context).encode("utf-8")

    def program_pages(self) -> None:
        program = self.program
        count = sum(len(t.levels) for t in program.tracks.values())
        self.page("index.html", "index.html.j2", self.every_source, level_count=count)
        for track in program.tracks.values():
            moves_in = [t for t in program.tracks.values() if any(m.to == track.id for m in t.lateral_moves)]
            moves_out = [(m, program.tracks.get(m.to)) for m in track.lateral_moves]
            context = {"track": track, "moves_in": moves_in, "moves_out": moves_out}
            self.page(f"tracks/{track.id}.html", "track.html.j2", [track.origin.file], **context)
        for key, level_page in self.site.levels.items():
            framework = program.frameworks.get(key)
            sources = [level_page.framework_file, level_page.level.origin.file]
            summary = framework.summary if framework else ""
            self.page(f"levels/{key}.html", "level.html.j2", sources, page=level_page, summary=summary)
        for post in program.postings.values():
            level: Level | None = program.level(post.level_key) if post.level_key else None
            path = f"postings/{post.id}.html"
            self.page(path, "posting.html.j2", [post.file], post=post, level=level, body=post_body(post))

    def board(self) -> None:
        entries = self.site.board_json()
        self.page(
            "board.html",
            "board.html.j2",
            [p.file for p in self.site.open_posts],
            entries=entries,
            tracks=sorted({e["track"] for e in entries if e["track"]}),
            teams=sorted({e["team"] for e in entries if e["team"]}),
        )

    def paths(self) -> None:
        program = self.program
        levels = list(program.levels())
        default_from = "engineering/ic2" if program.level("engineering/ic2") else (levels[0].key if levels else "")
        default_to = "engineering/staff" if program.level("engineering/staff") else (levels[-1].key if levels else "")
        self.page(
            "paths.html",
            "paths.html.j2",
            self.every_source,
            levels=levels,
            graph_json=self.site.graph_json(),
            default_from=default_from,
            default_to=default_to,
        )

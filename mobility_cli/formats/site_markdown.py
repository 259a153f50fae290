"""The site as Markdown with Mermaid diagrams, for a wiki or a repository's docs folder."""

from __future__ import annotations

from mobility_cli.features.site import SiteData
from mobility_cli.formats.graph_formats import graph_mermaid
from mobility_cli.words import counted


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(site: SiteData) -> dict[str, bytes]:
    program = site.program
    files: dict[str, str] = {}
    lines = [f"# {program.settings.name}", "", "## Tracks", ""]
    lines += [f"- [{t.name}](tracks/{t.id}.md): {counted(len(t.levels), 'level')}" for t in program.tracks.values()]
    lines += ["", "## Career map", "", "```mermaid", graph_mermaid(site.graph).rstrip(), "```", ""]
    lines += ["## Open posts", ""]
    lines += [f"- [{p.role}](postings/{p.id}.md) ({p.level_key or 'no level'})" for p in site.open_posts]
    files["index.md"] = "\n".join(lines) + "\n"
    for track in program.tracks.values():
        rows = ["| Level | Title | Grade | Months |", "|---|---|---|---|"]
        rows += [
            f"| [{lv.id}](../levels/{lv.key}.md) | {_cell(lv.title)} | {lv.grade} | {lv.months} |"
            for lv in track.levels
        ]
        files[f"tracks/{track.id}.md"] = "\n".join([f"# {track.name}", "", *rows, ""]) + "\n"
    for key, page in site.levels.items():
        out = [f"# {page.level.title}", "", f"`{key}`, grade {page.level.grade}, about {page.level.months} months", ""]
        for area, behaviours in page.areas:
            out += [f"## {area}", "", *[f"- {b}" for b in behaviours], ""]
        if page.next_moves:
            out += ["## Where you can go next", ""]
            out += [f"- {m.kind}: [{m.level.title}](../{m.level.key}.md) ({m.months} months)" for m in page.next_moves]
        files[f"levels/{key}.md"] = "\n".join(out) + "\n"
    for post in program.postings.values():
        files[f"postings/{post.id}.md"] = f"# {post.role}\n\nStatus: {post.status}\n\n" + post.body
    return {path: text.encode("utf-8") for path, text in files.items()}

"""Requirement drift: what the post asks now, against what it asked when it first opened (from git history)."""

from __future__ import annotations

from collections.abc import Iterator

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Finding, PostContext, rule
from mobility_cli.features.lint.sections import requirements
from mobility_cli.parse.markdown import parse_markdown


def _version(file: str, text: str) -> tuple[str | None, list[str]]:
    from mobility_cli.build import build_posting, posting_fields

    md = parse_markdown(text, file)
    posting_fields(md)
    post = build_posting(md)
    if post is None:
        return None, []
    return post.status, [ln.text for ln in requirements(post)]


@rule(
    "requirement-drift",
    Severity.WARNING,
    "requirements",
    "The posted requirements changed after the post opened.",
    "Candidates applied against the requirements as first posted; changing them afterwards moves the bar "
    "for some applicants and not others.",
    "Re-open the post with the new requirements, or restore the ones it opened with.",
    "a requirement added in a commit after status became open",
    "requirements edited while the post was still a draft",
)
def requirement_drift(ctx: PostContext) -> Iterator[Finding]:
    if ctx.history is None or ctx.post.status != "open":
        return
    versions = ctx.history(ctx.post.file)
    opened_with: list[str] | None = None
    for _commit, _when, text in versions:
        status, reqs = _version(ctx.post.file, text)
        if status == "open":
            opened_with = reqs
            break
    if opened_with is None:
        return
    now = [ln.text for ln in requirements(ctx.post)]
    added = [r for r in now if r not in opened_with]
    removed = [r for r in opened_with if r not in now]
    if not added and not removed:
        return
    changed_in = _first_change(ctx, versions, opened_with)
    parts = []
    if added:
        parts.append("added " + "; ".join(f'"{r}"' for r in added))
    if removed:
        parts.append("removed " + "; ".join(f'"{r}"' for r in removed))
    line = next((ln.line for ln in requirements(ctx.post) if ln.text in added), None)
    yield Finding(
        f"the requirements changed after the post opened ({', '.join(parts)}){changed_in}",
        line,
        1 if line else None,
        None,
        "re-open the post with the new requirements, or restore the ones it opened with",
    )


def _first_change(ctx: PostContext, versions: list[tuple[str, str, str]], opened_with: list[str]) -> str:
    seen_open = False
    for commit, when, text in versions:
        status, reqs = _version(ctx.post.file, text)
        seen_open = seen_open or status == "open"
        if seen_open and reqs != opened_with:
            return f" in commit {commit[:10]} ({when})"
    return " in the working tree (not yet committed)"

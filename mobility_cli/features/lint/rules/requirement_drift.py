"""Requirement drift: what the post asks now, against what it asked when it first opened (from git history).

The history gives earlier versions already built by the same pipeline as the program (`load.posting_from_text`),
so this rule never parses anything itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, PostVersion, RuleContext, rule
from mobility_cli.features.lint.sections import requirements


def _asked(version: PostVersion) -> list[str] | None:
    """The requirements of a version that was open, or None."""
    post = version.posting
    if post is None or post.status != "open":
        return None
    return [ln.text for ln in requirements(post)]


@rule(
    "requirement-drift",
    Severity.WARNING,
    "requirements",
    "The posted requirements changed after the post opened.",
    "Candidates applied against the requirements as first posted; changing them afterwards moves the bar "
    "for some applicants and not others.",
    "Re-open the post with the new requirements, or restore the ones it opened with.",
    Example(
        earlier=(("Designs complex systems with multiple failure modes",),), says="a requirement added after opening"
    ),
    Example(
        earlier=(
            (
                "Designs complex systems with multiple failure modes",
                "Mentors junior engineers through code review and pairing",
                "Creates RFCs that receive meaningful async feedback",
            ),
        ),
        says="the requirements it opened with",
    ),
)
def requirement_drift(ctx: RuleContext) -> Iterator[Finding]:
    if ctx.history is None or ctx.post.status != "open":
        return
    versions = ctx.history(ctx.post.file)
    if versions and versions[0].cut and _asked(versions[0]) is not None:
        yield Finding(
            "requirement drift could not be checked: the history is shallow, so what the post opened with is "
            "not in this clone",
            None,
            None,
            None,
            "fetch the history with `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout",
            Severity.INFO,
        )
        return
    opened_with = next((asked for asked in map(_asked, versions) if asked is not None), None)
    if opened_with is None:
        return
    now = [ln.text for ln in ctx.requirements()]
    added = [r for r in now if r not in opened_with]
    removed = [r for r in opened_with if r not in now]
    if not added and not removed:
        return
    parts = []
    if added:
        parts.append("added " + "; ".join(f'"{r}"' for r in added))
    if removed:
        parts.append("removed " + "; ".join(f'"{r}"' for r in removed))
    line = next((ln.line for ln in ctx.requirements() if ln.text in added), None)
    yield Finding(
        f"the requirements changed after the post opened ({', '.join(parts)}){_first_change(versions, opened_with)}",
        line,
        1 if line else None,
        None,
        "re-open the post with the new requirements, or restore the ones it opened with",
    )


def _first_change(versions: list[PostVersion], opened_with: list[str]) -> str:
    seen_open = False
    for version in versions:
        post = version.posting
        asked = [ln.text for ln in requirements(post)] if post else []
        seen_open = seen_open or (post is not None and post.status == "open")
        if seen_open and asked != opened_with:
            return f" in commit {version.commit[:10]} ({version.date})"
    return " in the working tree (not yet committed)"

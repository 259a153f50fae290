"""Posting policy: the template's sections, work style, the internal-only window, and windows too short or stale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule
from mobility_cli.features.lint.sections import APPLY, REQUIREMENTS, WORK
from mobility_cli.features.new_post import PLACEHOLDERS
from mobility_cli.features.reading.passage import Passage
from mobility_cli.located import TextLine
from mobility_cli.model import plausible
from mobility_cli.parse.masking import CommentMasker

E, W = Severity.ERROR, Severity.WARNING


def _visible(lines: tuple[TextLine, ...]) -> bool:
    """True when a reader sees something: a section of HTML comments only is empty to them."""
    comments = CommentMasker()
    return any(comments.mask(line.text).strip() for line in lines)


def _plus(day: date, days: int) -> date:
    """A date some days later, never past the last date there is (a post dated 9999-12-25 is reported by
    validate as implausible; the rules must still not fail on it)."""
    return day + timedelta(days=days) if (date.max - day).days >= days else date.max


@rule(
    "missing-section",
    E,
    "policy",
    "One of the post template's sections is absent or empty.",
    "Every post answers the same three questions, so candidates can compare posts and know how to apply.",
    "Add the section with at least one line: What We're Looking For, What You'll Work On, How to Apply.",
    Example(omit=("How to Apply",), says="a post without ### How to Apply"),
    Example(says="a post with all three sections filled in"),
)
def missing_section(ctx: RuleContext) -> Iterator[Finding]:
    for titles in (REQUIREMENTS, WORK, APPLY):
        section = ctx.post.section(*titles)
        if section is None and not _headed_otherwise(ctx, titles):
            yield Finding(
                f'the post has no "{titles[0]}" section',
                ctx.post.body_line,
                1,
                None,
                f"add `### {titles[0]}` with at least one line",
            )
        elif section is not None and not _visible(section.lines) and not _visible(_below(ctx, section.line)):
            yield Finding(f'the "{section.title}" section is empty', section.line, 1, None, "write at least one line")


def _headed_otherwise(ctx: RuleContext, titles: tuple[str, ...]) -> bool:
    """The section under a heading that is not Markdown's (a bold, capitalised or HTML heading, "Requirements:"
    pasted from another system), with something under it: the reader (features/reading) knows those headings."""
    from mobility_cli.features.reading.passage import HEADING
    from mobility_cli.model import normalise_title

    wanted = {normalise_title(t) for t in titles}
    passages = ctx.passages()
    for index, passage in enumerate(passages):
        if passage.kind == HEADING and normalise_title(passage.text) in wanted:
            for after in passages[index + 1 :]:  # something before the next heading of its level (or above)
                if after.kind != HEADING:
                    return True
                if after.level < passage.level or (after.level == passage.level and _closes(after, passage)):
                    return False
    return False


def _closes(after: Passage, heading: Passage) -> bool:
    """Whether a heading of the same level ends the section: a Markdown one always; of two bold or capitalised
    lines, whose level is unknown, only one that opens another of the template's sections."""
    from mobility_cli.model import normalise_title

    template = {normalise_title(t) for t in (*REQUIREMENTS, *WORK, *APPLY)}
    return heading.level < 7 or normalise_title(after.text) in template


def _below(ctx: RuleContext, line: int) -> tuple[TextLine, ...]:
    """The lines of a section's sub-sections ("#### Must-haves" under "### What We're Looking For"): up to the
    next heading of the section's own level or above, so a section that opens with a sub-heading is not empty."""
    from mobility_cli.parse.markdown import heading_of
    from mobility_cli.parse.masking import unfenced

    lines = list(unfenced(ctx.post.body, ctx.post.body_line))
    own = next((heading_of(ln.text) for ln in lines if ln.line == line), None)
    if own is None:
        return ()
    below: list[TextLine] = []
    for ln in lines:
        found = heading_of(ln.text) if ln.line > line else None
        if found is not None and found[0] <= own[0]:
            break
        if ln.line > line and found is None:
            below.append(ln)
    return tuple(below)


@rule(
    "work-style",
    E,
    "policy",
    "`work_style` percentages are missing or do not add up to 100.",
    "Remote candidates decide on the balance of async and synchronous work; it must be stated and consistent.",
    "Write `work_style: {async: 70, sync: 30}` (or **Work Style**: 70% async, 30% synchronous).",
    Example(front={"work_style": {"async": 70, "sync": 20}}),
    Example(front={"work_style": {"async": 70, "sync": 30}}),
)
def work_style(ctx: RuleContext) -> Iterator[Finding]:
    style = ctx.post.work_style
    if ctx.post.status == "draft" and style is None:
        return
    if not style:
        yield Finding(
            "the post does not state its work style",
            ctx.post.body_line,
            1,
            "/work_style",
            "add work_style: {async: 70, sync: 30}",
        )
        return
    total = sum(v for v in style.values() if isinstance(v, int))
    if total != 100:
        yield Finding.at(
            ctx.post.origin.at("/work_style"),
            f"work style adds up to {total}%, not 100%",
            "make async and sync add up to 100",
        )


@rule(
    "internal-window",
    E,
    "policy",
    "The post opens externally before the internal-only window ends, or has no internal window.",
    "Internal candidates need a fair chance before external recruiting starts (policy.internal_window_days).",
    "Set internal_until and external_from at least policy.internal_window_days after opened.",
    Example(front={"opened": "2026-11-02", "internal_until": "2026-11-04", "external_from": "2026-11-04"}),
    Example(front={"opened": "2026-11-02", "internal_until": "2026-11-12", "external_from": "2026-11-12"}),
)
def internal_window(ctx: RuleContext) -> Iterator[Finding]:
    post, days = ctx.post, ctx.program.settings.policy.internal_window_days
    opened = plausible(post.opened)
    if post.status not in ("open", "filled") or opened is None:
        return
    external = plausible(post.external_from) or plausible(post.internal_until)
    if external is None:
        if post.status == "open":
            yield Finding.at(
                post.origin.at("/opened"),
                "the open post has no internal-only window",
                f"add internal_until and external_from, {days} days after opened",
            )
        return
    earliest = _plus(opened, days)
    if external < earliest:
        pointer = "/external_from" if post.external_from else "/internal_until"
        yield Finding.at(
            post.origin.at(pointer),
            f"external candidates are considered from {external}, before the {days}-day internal window ends "
            f"on {earliest}",
            f"move it to {earliest} or later",
        )


@rule(
    "stale-posting",
    W,
    "policy",
    "An open post past its closing date, or open longer than policy.max_open_days.",
    "Stale posts mislead candidates and make the board look unmaintained.",
    "Close, fill or re-date the post.",
    Example(front={"closes": "2026-11-19"}),
    Example(front={"closes": "2026-12-31"}),
)
def stale_posting(ctx: RuleContext) -> Iterator[Finding]:
    post, policy = ctx.post, ctx.program.settings.policy
    if post.status != "open":
        return
    opened, closes = plausible(post.opened), plausible(post.closes)
    if closes is not None and closes < ctx.today:
        yield Finding.at(
            post.origin.at("/closes"),
            f"the post is open but closed on {closes}",
            "set status: closed or filled, or a new closing date",
        )
    elif opened is not None and (ctx.today - opened).days > policy.max_open_days:
        yield Finding.at(
            post.origin.at("/opened"),
            f"the post has been open {(ctx.today - opened).days} days (over {policy.max_open_days})",
            "close it, or re-post it with what was learned",
        )


@rule(
    "short-window",
    W,
    "policy",
    "An open post's whole window, from opening to closing, is shorter than policy.min_open_days.",
    "A very short window is a sign of a post written for a pre-picked candidate.",
    "Give people at least policy.min_open_days days to apply.",
    Example(front={"opened": "2026-11-16", "closes": "2026-11-24"}, says="opened 2026-11-16, closes 2026-11-24"),
    Example(front={"closes": "2026-11-24"}, says="opened 2026-11-02, closes 2026-11-24: nearly over, not short"),
)
def short_window(ctx: RuleContext) -> Iterator[Finding]:
    post, days = ctx.post, ctx.program.settings.policy.min_open_days
    opened, closes = plausible(post.opened), plausible(post.closes)
    if post.status != "open" or closes is None:
        return
    start = opened or ctx.today  # the whole window, from opening: a post near the end of a long one is fine
    window = (closes - start).days
    if 0 <= window < days:
        yield Finding.at(
            post.origin.at("/closes"),
            f"a window of {window} days to apply (policy: at least {days})",
            f"close on {_plus(start, days)} or later",
        )


@rule(
    "template-placeholder",
    E,
    "policy",
    "A post that is no longer a draft still carries the template's placeholder text.",
    "`mobility post new` writes placeholders for what only a person can say; published, they tell candidates "
    "nothing about the work.",
    "Replace the placeholder with what the person will really do, or keep the post a draft.",
    Example(prose="- (what the person will work on)"),
    Example(prose="- (what the person will work on)", front={"status": "draft"}),
)
def template_placeholder(ctx: RuleContext) -> Iterator[Finding]:
    if ctx.post.status == "draft":
        return
    for section in ctx.post.sections:
        for line in section.lines:
            text = line.text.lstrip("-*+ ").strip()
            if text in PLACEHOLDERS:
                yield Finding(
                    f'"{text}" is the template\'s placeholder, still in a {ctx.post.status} post',
                    line.line,
                    1,
                    None,
                    "write what the post really says here",
                )

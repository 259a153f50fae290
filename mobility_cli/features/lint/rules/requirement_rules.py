"""Hidden requirements: what interviewers score, or what a post asks, that the program never said counts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mobility_cli.codes import Option
from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint.framework_data import (
    coincidental,
    generic_words,
    level_behaviours,
    track_behaviours,
)
from mobility_cli.features.lint.meaning import best_match
from mobility_cli.features.lint.rule import Example, Finding, RuleContext, rule
from mobility_cli.features.lint.rules.degree_requirement import credential_in, without_credentials
from mobility_cli.features.lint.rules.years_of_experience import time_asked
from mobility_cli.features.reading.passage import Passage
from mobility_cli.model import Level

E, W = Severity.ERROR, Severity.WARNING
MATCH_THRESHOLD = Option(
    "match_threshold",
    float,
    60.0,
    "How alike (0-100) a requirement and a framework behaviour must be to count as the same statement.",
    {"type": "number", "minimum": 0, "maximum": 100},
)


@rule(
    "undisclosed-criterion",
    E,
    "requirements",
    "Interviewers score something the post does not ask for.",
    "If internal candidates consistently lose to external hires, the actual requirements differ from the posted "
    "ones; candidates can only show what they were told counts.",
    "Add the criterion to What We're Looking For, or stop scoring it.",
    Example(front={"evaluation": ["Solves whiteboard algorithm puzzles"]}),
    Example(front={"evaluation": ["Designs complex systems"]}),
    (MATCH_THRESHOLD,),
)
def undisclosed_criterion(ctx: RuleContext) -> Iterator[Finding]:
    posted = [ln.text for ln in ctx.requirements()]
    for index, criterion in enumerate(ctx.post.evaluation):
        score, closest = best_match(criterion, posted)
        if score < ctx.option("match_threshold"):
            hint = f'closest posted requirement: "{closest}"' if closest else "the post lists no requirements"
            yield Finding.at(
                ctx.post.origin.at(f"/evaluation/{index}"),
                f'interviewers score "{criterion}", which no posted requirement covers',
                hint,
            )


@rule(
    "untraceable-requirement",
    W,
    "requirements",
    "A requirement matches no behaviour of the level's competency framework.",
    "Requirements the framework does not state are invisible to internal candidates preparing for the move.",
    "Restate the requirement as the framework behaviour it stands for, or add the behaviour to the framework.",
    Example(requirements=("Experience with distributed systems",)),
    Example(requirements=("Has designed complex systems with multiple failure modes",)),
    (MATCH_THRESHOLD,),
)
def untraceable_requirement(ctx: RuleContext) -> Iterator[Finding]:
    pool = level_behaviours(ctx)
    if not pool:
        return
    for line in ctx.requirements():
        score, closest = _traced(ctx, line.text, pool)
        if score < ctx.option("match_threshold"):
            yield Finding(
                f'"{line.text}" matches no behaviour in the framework of {ctx.post.level_key} or below',
                *line.position(0),
                None,
                f'closest behaviour: "{closest}"'
                if closest and score >= 50
                else f"restate it as a behaviour of the framework of {ctx.post.level_key}",
            )


def _traced(ctx: RuleContext, text: str, pool: list[str]) -> tuple[float, str | None]:
    """The closest behaviour of the post's level (or below) to a requirement, and its score; once per level and
    requirement text in a lint run, since posts at one level often share their requirement lines."""

    def compute() -> tuple[float, str | None]:
        asked = without_credentials(text)
        score, closest = best_match(asked, pool)
        return (0.0 if coincidental(asked, closest, generic_words(ctx)) else score), closest

    return ctx.once(("traced", ctx.post.level_key, text), compute)


_SENIORITY = ("junior", "associate", "senior", "staff", "principal", "lead", "head", "director", "vp", "chief")


@rule(
    "level-mismatch",
    W,
    "requirements",
    "A requirement or the title belongs to a higher level than the post's.",
    "A post that asks for a higher level's behaviours (or says Senior on a junior level) hides its real bar.",
    "Post at the level the requirements describe, or ask for what the posted level's framework states.",
    Example(front={"role": "Staff Backend Engineer"}),
    Example(front={"role": "Senior Backend Engineer"}),
    (MATCH_THRESHOLD,),
    overrides=("untraceable-requirement",),  # a higher level's behaviour is not also "matches nothing"
)
def level_mismatch(ctx: RuleContext) -> Iterator[Finding]:
    post, program = ctx.post, ctx.program
    track = program.tracks.get(post.track or "")
    level = track.level(post.level or "") if track else None
    if track is None or level is None:
        return
    # the title proper: "Data Engineer, Staff Scheduling" names an area after the comma, not a seniority
    from mobility_cli.features.reading.normal import normal_form

    # in its normal form, so "Sr." is "senior" (features/reading/normal.py's abbreviations)
    role_words = set(re.findall(r"[a-z]+", normal_form(re.split(r"[,(–—:|]| - ", post.role)[0]).text))
    title_words = set(re.findall(r"[a-z]+", level.title.lower()))
    for word in _SENIORITY:
        if word in role_words and word not in title_words:
            higher = [lv for lv in track.levels if word in lv.title.lower().split()]
            if higher and all(lv.index != level.index for lv in higher):
                yield Finding.at(
                    post.origin.at("/role"),
                    f'the title "{post.role}" says {word}, but {level.key} is "{level.title}" '
                    f"({word} is {higher[0].key})",
                    f"post at {higher[0].key}, or drop the word from the title",
                )
                break
    for line in ctx.requirements():
        found = first_expected_above(ctx, line)
        if found is not None:
            above, closest = found
            yield Finding(
                f'"{line.text}" is first expected at {above.key} ("{closest}"), above the post\'s {level.key}',
                *line.position(0),
                None,
                f"post at {above.key}, or ask for what {level.key} states",
            )


def first_expected_above(ctx: RuleContext, line: Passage) -> tuple[Level, str] | None:
    """The higher level of the post's track whose behaviour a requirement states, and that behaviour; None
    when it states the post's own level (or one below) as well, or nothing a higher level says.

    Computed once per level and requirement text in a run: posts at one level often share requirement lines.
    """
    return ctx.once(("first-expected-above", ctx.post.level_key, line.text), lambda: _first_expected_above(ctx, line))


def _first_expected_above(ctx: RuleContext, line: Passage) -> tuple[Level, str] | None:
    from mobility_cli.features.lint.meaning import scores

    track = ctx.program.tracks.get(ctx.post.track or "")
    level = track.level(ctx.post.level or "") if track else None
    if track is None or level is None or level.index + 1 >= len(track.levels):
        return None
    if time_asked(line.text) or credential_in(line.text):
        return None  # a years or degree line is judged as such, not as a higher level's behaviour
    texts, owners = track_behaviours(ctx, track.id)
    mine = 0.0
    best_of: dict[int, tuple[float, int]] = {}
    for n, (s, i) in enumerate(zip(scores(line.text, texts), owners, strict=True)):
        if i <= level.index:
            mine = max(mine, s)
        elif i not in best_of or s > best_of[i][0]:
            best_of[i] = (s, n)
    generic = generic_words(ctx)
    for lv in track.levels[level.index + 1 :]:
        best, where = best_of.get(lv.index, (0.0, -1))
        if best >= max(ctx.option("match_threshold"), mine + 15) and not coincidental(line.text, texts[where], generic):
            return lv, texts[where]
    return None

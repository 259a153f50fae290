"""What the requirement rules compare a post with: the behaviours of its level and track, and the words too
common in the program's frameworks to count as a match. Each is computed once per lint run (`ctx.once`)."""

from __future__ import annotations

from mobility_cli.features.lint.meaning import content_words
from mobility_cli.features.lint.rule import RuleContext
from mobility_cli.model import Framework, Level


def frameworks_up_to(ctx: RuleContext, inclusive: bool = True) -> list[tuple[Level, Framework]]:
    """Frameworks of the post's level and every level below it in its track, lowest first."""
    post, program = ctx.post, ctx.program
    track = program.tracks.get(post.track or "")
    level = track.level(post.level or "") if track else None
    if track is None or level is None:
        return []
    found = []
    for lv in track.levels[: level.index + (1 if inclusive else 0)]:
        framework = program.frameworks.get(lv.key)
        if framework:
            found.append((lv, framework))
    return found


def track_behaviours(ctx: RuleContext, track_id: str) -> tuple[list[str], list[int]]:
    """Every behaviour of a track with the index of its level, computed once per lint run."""

    def compute() -> tuple[list[str], list[int]]:
        texts: list[str] = []
        owners: list[int] = []
        for lv in ctx.program.tracks[track_id].levels:
            framework = ctx.program.frameworks.get(lv.key)
            for _, b in framework.behaviours() if framework else ():
                texts.append(b.text)
                owners.append(lv.index)
        return texts, owners

    return ctx.once(("track-behaviours", track_id), compute)


def generic_words(ctx: RuleContext) -> frozenset[str]:
    """Words that say nothing about a behaviour: so common across the program's frameworks ("team",
    "production") that sharing one is chance, and the words of the track's level titles ("a seasoned product
    designer" restates the job, not a behaviour). A requirement traces by what is specific in it."""

    def compute() -> frozenset[str]:
        track = ctx.program.tracks.get(ctx.post.track or "")
        titles = {word for lv in (track.levels if track else ()) for word in content_words(lv.title)}
        return _common_words(ctx) | titles

    return ctx.once(("generic-words", ctx.post.track), compute)


def _common_words(ctx: RuleContext) -> frozenset[str]:
    def compute() -> frozenset[str]:
        from collections import Counter

        statements = [b.text for fw in ctx.program.frameworks.values() for _, b in fw.behaviours()]
        counts = Counter(word for text in statements for word in set(content_words(text)))
        limit = max(5, len(statements) // 8)  # in more than one behaviour in eight
        return frozenset(word for word, n in counts.items() if n > limit)

    return ctx.once("common-words", compute)


def coincidental(text: str, closest: str | None, generic: frozenset[str]) -> bool:
    """A match that rests on words that say nothing: only generic words in common ("team", "product"), one
    specific word among several ("BS/MS in a technical field" against "Sets technical direction"), or a bare
    skill that is one word of a longer behaviour ("Excellent presentation skills" against "Presents findings to
    senior leaders with a recommended decision"): the behaviour is more than the word."""
    mine = set(content_words(text))
    theirs = set(content_words(closest or ""))
    shared = mine & theirs
    specific = shared - generic
    if not shared:
        return False
    bare = len(mine) == 1 and len(theirs - generic - shared) >= 3
    return not specific or bare or (len(shared) == 1 and len(mine - generic) >= 3)


def behaviours(pairs: list[tuple[Level, Framework]]) -> list[str]:
    return [b.text for _, fw in pairs for _, b in fw.behaviours()]


def level_behaviours(ctx: RuleContext) -> list[str]:
    """Behaviours of the post's level and the levels below it, computed once per level per lint run."""
    return ctx.once(("behaviours-up-to", ctx.post.level_key), lambda: behaviours(frameworks_up_to(ctx)))

"""What the Atom feed of open posts says (RFC 4287): ids that are valid IRIs and never change when the program
is renamed, an author, and absolute links where the site's address is known.

With a base URL (`site.base_url` or `render --base-url`), a post's id is the address of its page, the feed's
id the address of the feed: unique, stable and followable. Without one, ids are `urn:uuid:` names derived from
the post's id (stable across renames and reruns), links stay relative to the feed, and there is no self link,
since a relative self link names no address a reader can poll.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from mobility_cli.features.site import SiteData

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:mobility:open-posts")


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    link: str
    published: str
    updated: str
    summary: str


@dataclass(frozen=True)
class Feed:
    id: str
    title: str
    author: str
    updated: str
    self_link: str | None
    board_link: str
    entries: list[FeedEntry]


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def feed_of(site: SiteData, base_url: str | None) -> Feed:
    """The feed of the site's open posts, newest first; the same program always gives the same feed."""
    program = site.program
    base = base_url or ""
    entries = []
    for post in site.open_posts:
        page = f"postings/{post.id}.html"
        opened = post.opened.isoformat() if post.opened else "1970-01-01"
        changed = max(opened, site.changed.get(post.file, opened))
        facts = [post.level_key or ""]
        if post.internal_until:
            facts.append(f"internal candidates only until {post.internal_until}")
        if post.closes:
            facts.append(f"closes {post.closes}")
        entries.append(
            FeedEntry(
                id=base + page if base_url else uuid.uuid5(_NAMESPACE, post.id).urn,
                title=f"{post.role} ({post.team})" if post.team else post.role,
                link=base + page,
                published=_stamp(opened),
                updated=_stamp(changed),
                summary="; ".join(f for f in facts if f),
            )
        )
    newest = max((e.updated for e in entries), default=_stamp("1970-01-01"))
    return Feed(
        id=base + "feed.xml" if base_url else _NAMESPACE.urn,
        title=f"{program.settings.name}: open posts",
        author=program.settings.name,
        updated=newest,
        self_link=base + "feed.xml" if base_url else None,
        board_link=base + "board.html",
        entries=entries,
    )

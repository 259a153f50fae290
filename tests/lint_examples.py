"""Rule examples as real posts: the example program's base post (engineering/ic3), changed as each
`Example` says, so every rule's examples can be run, not just read."""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

from mobility_cli.features.lint.rule import Example

TODAY = date(2026, 11, 20)
FILE = "postings/example.md"
BASE_FRONT: dict[str, Any] = {
    "role": "Senior Backend Engineer",
    "team": "Payments",
    "track": "engineering",
    "level": "ic3",
    "location": "Remote",
    "timezone": {"with": "Europe/Berlin", "core_hours": "10:00-14:00", "overlap_hours": 3},
    "work_style": {"async": 70, "sync": 30},
    "status": "open",
    "opened": "2026-11-02",
    "internal_until": "2026-11-16",
    "external_from": "2026-11-16",
    "closes": "2026-12-31",
    "evaluation": ["Designs complex systems with multiple failure modes"],
}
BASE_REQUIREMENTS = (
    "Designs complex systems with multiple failure modes",
    "Mentors junior engineers through code review and pairing",
    "Creates RFCs that receive meaningful async feedback",
)
BASE_WORK = "- The payments API and its move to a new database"
BASE_APPLY = "- Write a short note in #internal-mobility about a project you are proud of"


def front_matter(example: Example) -> dict[str, Any]:
    front = dict(BASE_FRONT)
    for name, value in example.front.items():
        if value is None:
            front.pop(name, None)
        else:
            front[name] = value
    return front


def example_post(example: Example, requirements: tuple[str, ...] | None = None) -> str:
    """The post's whole text (front matter and body)."""
    wanted = requirements if requirements is not None else example.requirements
    sections = {
        "What You'll Work On": "\n".join(filter(None, [BASE_WORK, example.prose])),
        "What We're Looking For": "\n".join(f"- {r}" for r in (BASE_REQUIREMENTS if wanted is None else wanted)),
        "How to Apply": BASE_APPLY,
    }
    body = "".join(f"### {title}\n{text}\n\n" for title, text in sections.items() if title not in example.omit)
    front = yaml.safe_dump(front_matter(example), sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n## Internal Job Post Template\n\n{body}"


def earlier_posts(example: Example) -> list[str]:
    """Earlier versions of the post (open, with the requirements the example gives), oldest first."""
    return [example_post(example, requirements) for requirements in example.earlier]


def example_context(program: Any, example: Example) -> Any:
    """A `RuleContext` for the example's post in `program`, with its earlier versions as the post's history."""
    from mobility_cli.features.lint import lint_settings
    from mobility_cli.features.lint.rule import PostVersion, RuleContext
    from mobility_cli.load import posting_from_text

    post = posting_from_text(FILE, example_post(example))
    assert post is not None, example_post(example)
    versions = [
        PostVersion(f"c{n}", "2026-11-02", posting_from_text(FILE, text))
        for n, text in enumerate(earlier_posts(example))
    ]
    settings = lint_settings(dict(example.settings))
    return RuleContext(program, post, settings, TODAY, (lambda _file: versions) if versions else None)

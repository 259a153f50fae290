"""A new post from the program's post template, with dates from policy and requirements from the level's framework."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from mobility_cli.model import Level, Program

WORK_PLACEHOLDER = "(what the person will work on)"
REQUIREMENTS_PLACEHOLDER = "(state the behaviours of the level's competency framework)"
PLACEHOLDERS = (WORK_PLACEHOLDER, REQUIREMENTS_PLACEHOLDER)  # text a new post carries until someone writes it


@dataclass(frozen=True, slots=True)
class PostFields:
    id: str
    role: str
    team: str
    level: Level
    location: str
    async_percent: int
    opened: date


def post_id_from(role: str) -> str:
    """A post's id from its role, transliterated (python-slugify: "Ingénieur données" -> ingenieur-donnees,
    "Инженер данных" -> inzhener-dannykh) rather than stripped to what is left of it in ASCII."""
    from slugify import slugify

    return str(slugify(role, max_length=60, word_boundary=True))


def post_context(program: Program, fields: PostFields) -> dict[str, object]:
    policy = program.settings.policy
    internal_until = fields.opened + timedelta(days=policy.internal_window_days)
    closes = internal_until + timedelta(days=max(policy.min_open_days, 28))
    framework = program.frameworks.get(fields.level.key)
    requirements = [b.text for _, b in framework.behaviours()][:4] if framework else []
    return {
        "id": fields.id,
        "role": one_line(fields.role),  # the header's lines hold these: each is written once, where people read it
        "team": one_line(fields.team),
        "track": fields.level.track,
        "level": fields.level.id,
        "location": one_line(fields.location),
        "async_percent": fields.async_percent,
        "opened": fields.opened.isoformat(),
        "internal_until": internal_until.isoformat(),
        "closes": closes.isoformat(),
        "requirements": requirements or [REQUIREMENTS_PLACEHOLDER],
        "work_on": [WORK_PLACEHOLDER],
    }


def one_line(text: str) -> str:
    """A value for a `**Role**:` header line: one line, its spaces collapsed."""
    return " ".join(text.split())

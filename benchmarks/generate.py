"""Writes a valid, realistic program at a chosen scale, the same bytes for the same seed.

    python benchmarks/generate.py OUT --scale S|M|L [--seed N] [--force]

A share of the posts carry the flaws the posting linter looks for (years of experience, a vague time-zone
preference, hype words, evaluation criteria that differ from the posted requirements), as real programs do.
The first track is the seed's engineering track, so `mobility path ic2 staff` means the same at every scale.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True)
class Scale:
    tracks: int
    levels: int
    posts: int
    frameworks: int
    mentors: int
    moves: int
    laterals: int = 3


SCALES = {
    "S": Scale(tracks=10, levels=6, posts=500, frameworks=60, mentors=50, moves=2_000),
    "M": Scale(tracks=50, levels=8, posts=5_000, frameworks=400, mentors=500, moves=20_000),
    "L": Scale(tracks=200, levels=10, posts=20_000, frameworks=2_000, mentors=2_000, moves=100_000, laterals=5),
}

SEED_LEVELS = ["ic1", "ic2", "ic3", "ic4", "staff", "principal"]
SEED_TITLES = ["Engineer I", "Engineer II", "Senior Engineer", "Engineer IV", "Staff Engineer", "Principal Engineer"]
FAMILIES = [
    "platform",
    "data",
    "security",
    "mobile",
    "growth",
    "billing",
    "support",
    "research",
    "infra",
    "design",
    "finance",
    "legal",
    "people",
    "sales",
    "marketing",
    "content",
    "quality",
    "devrel",
    "analytics",
    "ops",
]
RANKS = ["Associate", "", "Senior", "Lead", "Staff", "Principal", "Distinguished", "Fellow", "Chief", "Head"]
ZONES = [
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Warsaw",
    "Africa/Lagos",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
]
VERBS = [
    "Designs",
    "Writes",
    "Runs",
    "Reviews",
    "Leads",
    "Documents",
    "Mentors",
    "Plans",
    "Measures",
    "Improves",
    "Shares",
    "Coordinates",
    "Builds",
    "Presents",
    "Owns",
    "Automates",
]
OBJECTS = [
    "async design proposals for the team",
    "runbooks that other time zones can follow",
    "incident reviews without blame",
    "quarterly plans with clear trade-offs",
    "onboarding guides for new hires",
    "dashboards that show customer impact",
    "code reviews within one working day",
    "experiments with a clear metric",
    "decisions in writing before meetings",
    "cross-team projects across time zones",
    "tools that save the team time",
    "feedback sessions with peers",
    "migration plans that avoid downtime",
    "written status updates each week",
]
AREAS = ["Craft", "Communication", "Impact"]
FLAWS = [
    "5+ years of backend development experience",
    "US time zones preferred",
    "A rockstar who thrives under pressure",
    "Bachelor's degree in Computer Science required",
    "Native English speaker",
    "Experience with our internal deploy tool Shipyard",
]
STATUSES = ["open"] * 3 + ["filled"] * 5 + ["closed"] * 2 + ["draft"]


def level_ids(track_index: int, track: str, count: int) -> list[str]:
    return SEED_LEVELS if track_index == 0 else [f"{track}-l{n}" for n in range(1, count + 1)]


def track_names(scale: Scale) -> list[str]:
    names = ["engineering"]
    for i in range(1, scale.tracks):
        names.append(f"{FAMILIES[i % len(FAMILIES)]}-{i:03d}")
    return names


def tracks_yaml(names: list[str], start: int, rnd: random.Random, scale: Scale) -> str:
    lines = ["career_tracks:"]
    for index in range(start, min(start + 10, len(names))):
        track = names[index]
        ids = level_ids(index, track, scale.levels)
        lines.append(f"  {track}:")
        lines.append(f"    name: {track.replace('-', ' ').title()}")
        lines.append("    levels:")
        for n, level in enumerate(ids):
            title = SEED_TITLES[n] if index == 0 else f"{RANKS[n % len(RANKS)]} {track.split('-')[0].title()}".strip()
            months = rnd.choice([12, 18, 18, 24])
            lines.append(f"      - {{id: {level}, title: {title} {n + 1}, grade: {n + 1}, months: {months}}}")
        targets = rnd.sample([t for t in names if t != track], k=min(scale.laterals, len(names) - 1))
        lines.append(f"    lateral_moves: [{', '.join(targets)}]")
    return "\n".join(lines) + "\n"


def behaviours(rnd: random.Random, n: int) -> list[str]:
    return [f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}" for _ in range(n)]


def framework_md(title: str, rnd: random.Random) -> tuple[str, list[str]]:
    body = [
        f"---\ntitle: {title}\nsummary: What a {title} does, in plain words.\n---",
        f"## {title} Competency Framework",
    ]
    every: list[str] = []
    for area in AREAS:
        items = behaviours(rnd, 3)
        every += items
        body.append(f"### {area}\n" + "\n".join(f"- {b}" for b in items))
    return "\n\n".join(body) + "\n", every


def post_md(number: int, track: str, level: str, title: str, reqs: list[str], rnd: random.Random, today: date) -> str:
    status = rnd.choice(STATUSES)
    flawed = rnd.random() < 0.15
    requirements = rnd.sample(reqs, k=min(3, len(reqs)))
    if flawed:
        requirements.append(rnd.choice(FLAWS))
    opened = today - timedelta(days=rnd.randint(5, 400) if status != "open" else rnd.randint(1, 40))
    internal = opened + timedelta(days=10)
    closes = (
        max(opened + timedelta(days=rnd.randint(30, 80)), today + timedelta(days=12))
        if status == "open"
        else (opened + timedelta(days=rnd.randint(30, 80)))
    )
    zone = rnd.choice(ZONES)
    evaluation = (
        requirements[:2] if not flawed or rnd.random() < 0.5 else ["Whiteboard algorithm puzzles", "Culture fit"]
    )
    front = [
        "---",
        f"id: post-{number:05d}",
        f"role: {title}",
        f"team: {track.replace('-', ' ').title()}",
        f"track: {track}",
        f"level: {level}",
        "location: Remote",
        f'timezone: {{with: {zone}, core_hours: "10:00-14:00", overlap_hours: {rnd.choice([2, 3, 4])}}}',
        "work_style: {async: 70, sync: 30}",
        f"status: {status}",
        f"opened: {opened.isoformat()}",
        f"internal_until: {internal.isoformat()}",
        f"external_from: {internal.isoformat()}",
        f"closes: {closes.isoformat()}",
        "evaluation:",
        *[f"  - {e}" for e in evaluation],
        f"applicants: {{internal: {rnd.randint(0, 6)}, external: {rnd.randint(0, 20)}}}",
    ]
    if status == "filled":
        source = "internal" if rnd.random() < 0.4 else "external"
        front.append(
            f"filled: {{source: {source}, date: {(opened + timedelta(days=rnd.randint(20, 60))).isoformat()}}}"
        )
    front.append("---")
    body = [
        "## Internal Job Post Template",
        f"**Role**: {title}\n**Team**: {track.replace('-', ' ').title()}\n**Location**: Remote\n"
        "**Work Style**: 70% async, 30% synchronous",
        "### What We're Looking For\n" + "\n".join(f"- {r}" for r in requirements),
        "### What You'll Work On\n" + "\n".join(f"- {b}" for b in behaviours(rnd, 3)),
        "### How to Apply\nReply in #internal-mobility with your interest. Include:\n"
        "1. Brief explanation of why this role interests you\n2. Relevant projects you've worked on\n"
        "3. Any questions about the role or team",
    ]
    return "\n".join(front) + "\n" + "\n\n".join(body) + "\n"


def mentor_yaml(number: int, track: str, level: str, past: list[str], rnd: random.Random) -> str:
    start = rnd.choice([7, 8, 9, 10])
    history = "".join(
        f"\n  - {{year: {2022 + i}, outcome: {rnd.choice(['moved', 'progressing', 'stalled'])}, "
        f"rating: {rnd.randint(2, 5)}}}"
        for i in range(rnd.randint(0, 3))
    )
    return (
        f"id: mentor-{number:05d}\nname: Mentor {number}\ntrack: {track}\nlevel: {level}\n"
        f"past_levels: [{', '.join(past)}]\ntimezone: {rnd.choice(ZONES)}\n"
        f'working_hours: "{start:02d}:00-{start + 8:02d}:00"\ncapacity: {rnd.randint(1, 4)}\nopt_in: true\n'
        f"history:{history if history else ' []'}\n"
    )


def moves_files(
    names: list[str], levels: list[tuple[str, str, int]], scale: Scale, rnd: random.Random, today: date
) -> dict[str, str]:
    """Move records, one file per month; teams are named after tracks, people are pseudonyms."""
    kinds = ["promotion"] * 5 + ["lateral"] * 3 + ["temporary", "return"] + ["departure"] * 2
    months: dict[str, list[str]] = {}
    for _ in range(scale.moves):
        when = today - timedelta(days=rnd.randint(0, 729))
        kind = rnd.choice(kinds)
        (t1, l1, _), (t2, l2, _) = rnd.choice(levels), rnd.choice(levels)
        record = f"  - {{person: p-{rnd.randint(1, scale.moves // 3):06d}, date: {when.isoformat()}, kind: {kind}, "
        record += f"from: {{team: {t1}, level: {t1}/{l1}}}"
        record += "}" if kind == "departure" else f", to: {{team: {t2}, level: {t2}/{l2}}}}}"
        months.setdefault(when.strftime("%Y-%m"), []).append(record)
    head = f"headcount: {scale.moves}\nteams:\n" + "".join(
        f"  {t}: {max(5, scale.moves // len(names) // 3)}\n" for t in names
    )
    return {
        f"moves/{month}.yaml": (head if i == 0 else "") + "moves:\n" + "\n".join(records) + "\n"
        for i, (month, records) in enumerate(sorted(months.items()))
    }


def generate(out: Path, scale: Scale, seed: int) -> dict[str, int]:
    rnd = random.Random(seed)
    today = date(2026, 11, 24)
    names = track_names(scale)
    files: dict[str, str] = {
        "mobility.yaml": "name: Generated Program\npolicy:\n  default_months_in_level: 18\n  lateral_months: 6\n"
    }
    for start in range(0, len(names), 10):
        files[f"careers/tracks-{start // 10:03d}.yaml"] = tracks_yaml(names, start, rnd, scale)
    levels = [(t, lv, i) for i, t in enumerate(names) for lv in level_ids(i, t, scale.levels)]
    requirements: dict[tuple[str, str], list[str]] = {}
    for track, level, index in levels[: scale.frameworks]:
        n = level_ids(index, track, scale.levels).index(level)
        title = SEED_TITLES[n] if index == 0 else f"{RANKS[n % len(RANKS)]} {track.split('-')[0].title()}".strip()
        text, reqs = framework_md(f"{title} {n + 1}", rnd)
        files[f"careers/{track}/{level}.md"] = text
        requirements[(track, level)] = reqs
    with_framework = list(requirements)
    for number in range(scale.posts):
        track, level = rnd.choice(with_framework)
        title = f"{track.split('-')[0].title()} role {number}"
        files[f"postings/post-{number:05d}.md"] = post_md(
            number, track, level, title, requirements[(track, level)], rnd, today
        )
    for number in range(scale.mentors):
        track, level, _ = rnd.choice(levels)
        past = [f"{t}/{lv}" for t, lv, _ in rnd.sample(levels, k=2)]
        files[f"mentors/mentor-{number:05d}.yaml"] = mentor_yaml(number, track, level, past, rnd)
    files.update(moves_files(names, levels, scale, rnd, today))
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return {
        "files": len(files),
        "posts": scale.posts,
        "frameworks": len(requirements),
        "mentors": scale.mentors,
        "moves": scale.moves,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", choices=sorted(SCALES), default="M")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        if not args.force:
            print(f"{args.out} exists and is not empty; pass --force to replace it", file=sys.stderr)
            return 2
        shutil.rmtree(args.out)
    counts = generate(args.out, SCALES[args.scale], args.seed)
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A small program and a post builder shared by the tests that lint posts (not the lint corpus itself)."""

from __future__ import annotations

from tests.conftest import framework

TODAY = "2026-11-24"
FRAMEWORKS = {
    "careers/engineering/ic1.md": framework(
        "Engineer I", "Ships small changes with tests", "Writes clear pull request descriptions"
    ),
    "careers/engineering/ic2.md": framework(
        "Engineer II", "Owns features end to end", "Reviews teammates' code within one working day"
    ),
    "careers/engineering/ic3.md": framework(
        "Senior Engineer",
        "Designs complex systems with multiple failure modes",
        "Mentors junior engineers through code review and pairing",
        "Creates RFCs that receive meaningful async feedback",
    ),
    "careers/product/pm.md": framework("Product Manager", "Writes product briefs with a success metric"),
    "careers/product/senior-pm.md": framework("Senior Product Manager", "Sets product strategy for an area"),
}


def post(
    requirements: list[str],
    *,
    role: str = "Backend Engineer",
    level: str = "ic3",
    track: str = "engineering",
    evaluation: list[str] | None = None,
    extra: str = "",
    work: str = "- Our data pipeline",
    front: str = "",
    timezone: bool = True,
) -> str:
    evaluation = requirements[:1] if evaluation is None else evaluation
    tz = 'timezone: {with: Europe/Berlin, core_hours: "10:00-14:00", overlap_hours: 3}\n' if timezone else ""
    lines = "\n".join(f"- {r}" for r in requirements)
    evals = "".join(f"\n  - {e}" for e in evaluation) or " []"
    return (
        f"---\nrole: {role}\nteam: Platform\ntrack: {track}\nlevel: {level}\n{tz}"
        "work_style: {async: 70, sync: 30}\nstatus: open\nopened: 2026-11-10\ninternal_until: 2026-11-20\n"
        f"external_from: 2026-11-20\ncloses: 2027-01-10\nevaluation:{evals}\n{front}---\n"
        f"## Internal Job Post Template\n\n**Role**: {role}\n\n### What We're Looking For\n{lines}\n\n"
        f"### What You'll Work On\n{work}\n\n### How to Apply\nReply in #internal-mobility with your interest.\n"
        f"{extra}"
    )


GOOD = ["Designs complex systems with multiple failure modes", "Mentors junior engineers through code review"]

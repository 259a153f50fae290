"""Time-zone overlap across DST, mentor ranking, cohort matching (checked by brute force) and check-ins."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from mobility_cli.features.mentoring import Mentee, match, score, success
from mobility_cli.features.names import resolve_level
from mobility_cli.features.timezones import overlap_on, overlap_over, person
from mobility_cli.load import load_program
from mobility_cli.model import Mentor, PastMentorship
from mobility_cli.source import WorkTreeSource
from tests.conftest import SMALL_TRACKS, run_cli, write_files

TODAY = ("--today", "2026-11-24")
NY, BERLIN = person("America/New_York", "09:00-17:00"), person("Europe/Berlin", "09:00-17:00")


@pytest.mark.parametrize(
    ("day", "hours"),
    [
        (date(2026, 3, 2), 2.0),  # both on standard time
        (date(2026, 3, 10), 3.0),  # New York has moved its clocks (8 March), Berlin not yet (29 March)
        (date(2026, 3, 30), 2.0),  # both on summer time
        (date(2026, 10, 27), 3.0),  # Berlin is back (25 October), New York not yet (1 November)
        (date(2026, 11, 3), 2.0),
    ],
)
def test_new_york_and_berlin_across_daylight_saving_changes(day: date, hours: float) -> None:
    assert overlap_on(NY, BERLIN, day) == hours
    assert overlap_on(BERLIN, NY, day) == hours


def test_half_hour_offsets_and_overnight_shifts() -> None:
    kolkata = person("Asia/Kolkata", "09:00-17:00")
    assert overlap_on(kolkata, BERLIN, date(2026, 1, 12)) == 3.5  # 03:30-11:30 UTC with 08:00-16:00 UTC
    assert overlap_on(kolkata, BERLIN, date(2026, 7, 13)) == 4.5  # Berlin on summer time
    night = person("America/Los_Angeles", "22:00-06:00")  # 06:00-14:00 UTC in winter
    assert overlap_on(night, BERLIN, date(2026, 1, 12)) == 6.0
    assert overlap_on(BERLIN, night, date(2026, 1, 12)) == 6.0


def test_overlap_summary_lists_the_dates_where_it_changes() -> None:
    summary = overlap_over(NY, BERLIN, date(2026, 3, 1), 60)
    assert summary.minimum == 2.0 and summary.typical == 2.0
    assert summary.changes == ((date(2026, 3, 8), 3.0), (date(2026, 3, 29), 2.0))


MENTORS = {
    "mentors/held.yaml": "id: held\nname: Held Target\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Berlin\n"
    'working_hours: "09:00-17:00"\ncapacity: 1\nopt_in: true\n',
    "mentors/adjacent.yaml": "id: adjacent\nname: Adjacent\ntrack: engineering\nlevel: ic2\ntimezone: Europe/Berlin\n"
    'working_hours: "09:00-17:00"\ncapacity: 2\nopt_in: true\n',
    "mentors/grade.yaml": "id: grade\nname: Same Grade\ntrack: product\nlevel: senior-pm\ntimezone: Europe/Berlin\n"
    'working_hours: "09:00-17:00"\ncapacity: 2\nopt_in: true\n',
    "mentors/away.yaml": "id: away\nname: Not Opted In\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Berlin\n"
    'working_hours: "09:00-17:00"\ncapacity: 2\nopt_in: false\n',
    "mentors/full.yaml": "id: full\nname: At Capacity\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Berlin\n"
    'working_hours: "09:00-17:00"\ncapacity: 1\nactive_mentees: 1\nopt_in: true\n',
}


def small(tmp_path: Path, extra: dict[str, str] | None = None):
    root = write_files(tmp_path / "p", {"careers/tracks.yaml": SMALL_TRACKS, **MENTORS, **(extra or {})})
    loaded = load_program(WorkTreeSource(root))
    assert not loaded.has_errors, loaded.findings.diagnostics
    return root, loaded.program


def test_ranking_grades_experience_and_skips_the_unavailable(tmp_path: Path) -> None:
    root, _ = small(tmp_path)
    result = run_cli(
        "--repo",
        str(root),
        *TODAY,
        "mentors",
        "suggest",
        "--current",
        "ic1",
        "--target",
        "ic3",
        "--timezone",
        "Europe/Paris",
        "--format",
        "json",
    )
    suggestions = result.json()["suggestions"]
    assert [s["mentor"] for s in suggestions] == ["held", "adjacent", "grade"]
    assert [s["components"]["experience"] for s in suggestions] == [1.0, 0.6, 0.3]
    assert all(s["reason"] for s in suggestions)


def test_previous_success_is_smoothed() -> None:
    def mentor(ratings: list[int]) -> Mentor:
        history = tuple(PastMentorship(2025, "moved", r) for r in ratings)
        return Mentor("m", "M", "engineering", "ic3", (), "UTC", "09:00-17:00", 2, True, history, None, "f")

    assert success(mentor([4] * 20), 3.5) > success(mentor([5]), 3.5)
    assert success(mentor([]), 3.5) == pytest.approx((3.5 - 1) / 4)


def brute_force(program, mentees, start) -> float:
    mentors = [m for m in program.mentors.values() if m.opt_in and m.remaining > 0]
    options = [[None] + [m for m in mentors if score(program, m, e, start, 3.5) is not None] for e in mentees]
    best = 0.0
    for choice in itertools.product(*options):
        used: dict[str, int] = {}
        total = 0.0
        for mentee, mentor in zip(mentees, choice, strict=True):
            if mentor is None:
                continue
            used[mentor.id] = used.get(mentor.id, 0) + 1
            total += score(program, mentor, mentee, start, 3.5).total
        if all(used[m] <= program.mentors[m].remaining for m in used):
            best = max(best, total)
    return best


def test_match_is_optimal_on_small_cohorts(tmp_path: Path) -> None:
    _, program = small(tmp_path)
    zones = ["Europe/Paris", "Asia/Tokyo", "America/New_York", "Europe/London"]
    levels = [("ic1", "ic3"), ("ic2", "ic3"), ("pm", "senior-pm"), ("ic1", "ic2")]
    for size in (2, 3, 4):
        mentees = [
            Mentee(
                f"p-{i}",
                resolve_level(program, levels[i][0]),
                resolve_level(program, levels[i][1]),
                person(zones[(i + size) % 4], "09:00-17:00"),
            )
            for i in range(size)
        ]
        result = match(program, mentees, date(2026, 11, 24))
        total = sum(a.suggestion.total for a in result if a.suggestion)
        assert total == pytest.approx(brute_force(program, mentees, date(2026, 11, 24)))
        counts: dict[str, int] = {}
        for a in result:
            if a.suggestion:
                counts[a.suggestion.mentor.id] = counts.get(a.suggestion.mentor.id, 0) + 1
        assert all(n <= program.mentors[m].remaining for m, n in counts.items())
        assert "away" not in counts and "full" not in counts


def test_match_and_confirm_write_a_calendar_that_parses_back(tmp_path: Path) -> None:
    from icalendar import Calendar

    root, _ = small(tmp_path)
    cohort = {
        "mentees": [
            {
                "id": "p-1",
                "current": "ic1",
                "target": "ic3",
                "timezone": "Asia/Kolkata",
                "working_hours": "09:00-17:00",
            },
            {"id": "p-2", "current": "pm", "target": "senior-pm", "timezone": "Europe/Paris", "opt_in": False},
        ]
    }
    (tmp_path / "cohort.yaml").write_text(yaml.safe_dump(cohort))
    matched = run_cli(
        "--repo", str(root), *TODAY, "mentors", "match", str(tmp_path / "cohort.yaml"), "--format", "json"
    )
    data = matched.json()
    assert [p["mentee"] for p in data["pairs"]] == ["p-1"]
    assert data["unmatched"][0]["reason"] == "has not opted in"
    (tmp_path / "pairs.json").write_text(json.dumps(data))
    ics = tmp_path / "checkins.ics"
    args = (
        "--repo",
        str(root),
        "mentors",
        "confirm",
        str(tmp_path / "pairs.json"),
        "--start",
        "2027-01-04",
        "--out",
        str(ics),
    )
    assert run_cli(*args).code == 0
    assert run_cli(*args).code == 2  # never overwrites without --force
    events = [c for c in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")]
    starts = [e.decoded("dtstart") for e in events]
    # day 30 is 3 February 2027, a Wednesday; Kolkata 09:00 is 03:30 UTC, Berlin 09:00 is 08:00 UTC
    assert starts[0] == datetime(2027, 2, 3, 8, 0, tzinfo=UTC)
    assert [s.date() for s in starts] == [date(2027, 2, 3), date(2027, 3, 5), date(2027, 4, 5)]  # 4 April is a Sunday
    assert all((e.decoded("dtend") - e.decoded("dtstart")).seconds == 1800 for e in events)


def test_board_marks_posts_that_do_not_fit() -> None:
    rows = json.loads(run_cli(*TODAY, "board", "--timezone", "Europe/Berlin", "--format", "json").stdout)
    fits = {r["id"]: r["fits"] for r in rows}
    assert fits["staff-platform-engineer"] is True and fits["product-manager-growth"] is False
    assert fits["senior-backend-engineer"] is None
    assert rows[-1]["fits"] is False  # the ones that do not fit come last


def test_plan_is_one_markdown_document() -> None:
    result = run_cli(*TODAY, "plan", "--current", "ic3", "--target", "em1", "--timezone", "Europe/London")
    text = result.stdout
    assert result.code == 0 and text.startswith("# Career plan: Senior Engineer → Engineering Manager")
    for part in (
        "## 1. The route",
        "about **42 months**",
        "- [ ] Holds weekly one-on-ones",
        "Amara Okafor",
        "| Day 30 | 2026-12-24 |",
        "| Day 90 | 2027-02-22 |",
    ):
        assert part in text, part


def test_check_ins_skip_weekends_and_public_holidays_of_both_people() -> None:
    from mobility_cli.features.checkins import checkins
    from mobility_cli.features.working_days import country_of, day_off

    london, berlin = person("Europe/London", "09:00-17:00"), person("Europe/Berlin", "09:00-17:00")
    found = checkins(london, berlin, date(2026, 11, 25))  # day 30 is Christmas Day, a Friday
    days = [c.start.date() for c in found]
    # 26 and 27 December are a weekend, 28 December is Boxing Day (substitute) in England
    assert days[0] == date(2026, 12, 29) and days[1] == date(2027, 1, 25)  # 24 January 2027 is a Sunday
    assert all(day_off(p.zone, d) is None for d in days for p in (london, berlin))
    assert country_of("Asia/Calcutta") == "IN" and day_off("Etc/UTC", date(2026, 12, 25)) is None


def test_a_friday_saturday_weekend_is_respected() -> None:
    from mobility_cli.features.checkins import checkins

    dubai = person("Asia/Dubai", "09:00-17:00")
    found = checkins(dubai, dubai, date(2026, 11, 2))  # day 30 is Wednesday 2 December, UAE National Day
    assert all(c.start.astimezone(ZoneInfo("Asia/Dubai")).weekday() not in (5, 6) for c in found)
    assert found[0].start.date() != date(2026, 12, 2)


def test_the_plan_moves_check_ins_off_christmas_and_sundays() -> None:
    text = run_cli("--today", "2026-11-25", "plan", "--current", "ic3", "--target", "em1", "--timezone", "London")
    assert text.code == 0
    assert "| Day 30 | 2026-12-29 |" in text.stdout and "| Day 60 | 2027-01-25 |" in text.stdout

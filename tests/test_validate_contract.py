"""`validate` is the contract: when it passes, every other command works on the program; when it fails, the
first thing the user reads is the root cause, in plain words, at the right line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mobility_cli.resources import default_program_root
from tests.conftest import CLEAN_POST, SMALL_FRAMEWORKS, SMALL_TRACKS, diagnostics, run_cli, write_files

TODAY = "2026-11-20"


def example_copy(tmp_path: Path) -> Path:
    root = tmp_path / "program"
    shutil.copytree(default_program_root(), root)
    return root


def validate(root: Path, *extra: str) -> list[dict]:
    return diagnostics(run_cli("--repo", str(root), "--today", TODAY, *extra, "validate", "--format", "json"))


def text_of(root: Path) -> str:
    return run_cli("--repo", str(root), "--today", TODAY, "validate").stdout


# 1. One broken file: its error first and alone; commands refuse; render publishes nothing.


def test_a_syntax_error_is_the_first_and_only_error(tmp_path: Path) -> None:
    root = example_copy(tmp_path)
    tracks = root / "careers" / "seed-tracks.yaml"
    tracks.write_text(tracks.read_text().replace("grade: 3}", "grade: 3", 1), encoding="utf-8")
    found = validate(root)
    errors = [d for d in found if d["severity"] == "error"]
    assert [d["code"] for d in errors] == ["yaml-syntax"]
    assert errors[0]["file"] == "careers/seed-tracks.yaml" and "never closed" in errors[0]["message"]
    (info,) = [d for d in found if d["code"] == "unchecked-references"]
    assert "careers/seed-tracks.yaml could not be read" in info["message"]
    assert text_of(root).startswith("careers/seed-tracks.yaml:")
    for args in (["path", "ic2", "staff"], ["board"], ["render", "--out", str(tmp_path / "site")]):
        result = run_cli("--repo", str(root), *args)
        assert result.code == 2 and "careers/seed-tracks.yaml could not be read" in result.stderr, args
    assert not (tmp_path / "site").exists()


def test_render_keeps_the_last_good_site(tmp_path: Path) -> None:
    root = example_copy(tmp_path)
    site = tmp_path / "site"
    assert run_cli("--repo", str(root), "render", "--out", str(site)).code == 0
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    (root / "careers" / "seed-tracks.yaml").write_text("<<<<<<< HEAD\ncareer_tracks: {}\n", encoding="utf-8")
    assert run_cli("--repo", str(root), "render", "--out", str(site)).code == 2
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before


# 2. Values other commands rely on.


MENTOR = (
    "id: pat\nname: Pat\ntrack: engineering\nlevel: ic3\ntimezone: {zone}\nworking_hours: '{hours}'\nopt_in: true\n"
)


@pytest.mark.parametrize(
    ("zone", "suggestion"),
    [("Lagos", "Africa/Lagos"), ("europe/berlin", "Europe/Berlin"), ("Asia/Calcuta", "Asia/Kolkata")],
)
def test_an_unknown_time_zone_is_an_error_with_a_suggestion(program, zone: str, suggestion: str) -> None:
    root = program({"mentors/pat.yaml": MENTOR.format(zone=zone, hours="09:00-17:00")})
    (found,) = [d for d in validate(root) if d["code"] == "unknown-timezone"]
    assert found["file"] == "mentors/pat.yaml" and found["line"] == 5 and suggestion in found["hint"]


def test_a_post_time_zone_is_checked(program) -> None:
    post = POST.replace("Europe/Berlin", "Berlin")
    (found,) = [d for d in validate(program({"postings/p.md": post})) if d["code"] == "unknown-timezone"]
    assert found["pointer"] == "/timezone/with" and "Europe/Berlin" in found["hint"]


@pytest.mark.parametrize(("hours", "ok"), [("22:00-06:00", True), ("09:00-09:00", False), ("10:00-24:30", False)])
def test_working_hours_are_a_span_of_the_day(program, hours: str, ok: bool) -> None:
    root = program({"mentors/pat.yaml": MENTOR.format(zone="Europe/Berlin", hours=hours)})
    assert bool([d for d in validate(root) if d["code"] == "invalid-hours"]) is not ok


def test_a_posts_dates_run_in_order(program) -> None:
    post = POST.replace("closes: 2027-01-10", "closes: 2026-11-12")
    (found,) = [d for d in validate(program({"postings/p.md": post})) if d["code"] == "date-order"]
    assert found["pointer"] == "/closes" and "internal_until" in found["message"]


def test_a_command_meeting_a_bad_value_names_its_file_and_line(program) -> None:
    root = program({"mentors/pat.yaml": MENTOR.format(zone="Lagos", hours="09:00-17:00").replace("ic3", "ic2")})
    result = run_cli(
        "--repo", str(root), "mentors", "suggest", "--current", "ic1", "--target", "ic3", "--timezone", "Europe/Berlin"
    )
    assert result.code == 2 and "mentors/pat.yaml:5" in result.stderr and "Africa/Lagos" in result.stderr


# 3. Removed and retired levels.


def test_a_removed_level_is_reported_as_removed_and_grouped(git_repo) -> None:
    repo = git_repo()
    moves = "moves:\n  - {person: p-0001, date: 2026-03-01, kind: promotion, from: {level: engineering/ic2}, to: {level: engineering/ic3}}\n"
    repo.commit(
        "base",
        {
            "mobility.yaml": "name: T\n",
            "careers/tracks.yaml": SMALL_TRACKS,
            **SMALL_FRAMEWORKS,
            "moves/2026.yaml": moves,
            "postings/p.md": POST,
        },
    )
    (repo.path / "careers" / "tracks.yaml").write_text(
        SMALL_TRACKS.replace("      - {id: ic3, title: Senior Engineer, grade: 3}\n", "")
    )
    found = [d for d in validate(repo.path) if d["code"] == "removed-level"]
    assert {d["file"] for d in found} == {"moves/2026.yaml", "postings/p.md", "careers/engineering/ic3.md"}
    assert not [d for d in validate(repo.path) if d["code"] == "unresolved-reference"]
    (move,) = [d for d in found if d["file"] == "moves/2026.yaml"]
    assert "retired: true" in move["hint"] and "did you mean" not in move["hint"]
    text = text_of(repo.path)
    assert text.count("level engineering/ic3 was removed") == 1 and "3 places still name it" in text


def test_a_retired_level_is_kept_for_history_and_closed_to_new_posts(program) -> None:
    tracks = SMALL_TRACKS.replace(
        "{id: ic2, title: Engineer II, grade: 2}", "{id: ic2, title: Engineer II, grade: 2, retired: true}"
    )
    moves = "moves:\n  - {person: p-0001, date: 2026-03-01, kind: promotion, from: {level: engineering/ic1}, to: {level: engineering/ic2}}\n"
    root = program(
        {
            "careers/tracks.yaml": tracks,
            "moves/2026.yaml": moves,
            "postings/p.md": POST.replace("level: ic3", "level: ic2"),
        }
    )
    found = [(d["code"], d["file"]) for d in validate(root) if d["severity"] == "error"]
    assert found == [("retired-level", "postings/p.md")]
    route = run_cli("--repo", str(root), "path", "ic1", "ic3", "--format", "json").json()
    assert [s["to"] for s in route["steps"]] == ["engineering/ic3"]
    assert run_cli("--repo", str(root), "path", "ic2", "ic3").code == 1


# 4. YAML errors in plain words, with the line and a caret.


@pytest.mark.parametrize(
    ("text", "words", "line", "column"),
    [
        ("id: pat\nname: Pat\n\ttrack: x\n", "a tab is used", 3, 1),
        ("id: pat\nname: [Pat, Sam\ntrack: x\n", "[ opened here is never closed", 2, 7),
        ('id: pat\nname: "Pat\ntrack: x\n', 'starts with " here is never closed', 2, 7),
        ("id: pat\nname: Amara: Platform lead\n", 'put the whole value in quotes: name: "Amara: Platform lead"', 2, 12),
        ("id: pat\npast_levels:\n  -engineering/ic1\n", "a dash needs a space", 3, 3),
    ],
)
def test_yaml_mistakes_in_plain_words(program, text: str, words: str, line: int, column: int) -> None:
    root = program({"mentors/pat.yaml": text})
    (found,) = [d for d in validate(root) if d["code"] == "yaml-syntax"]
    assert words in found["message"] + " " + (found["hint"] or "")
    assert (found["line"], found["column"]) == (line, column)
    shown = text_of(root)
    assert f"  {line} | " in shown and "^" in shown


# 5. Settings are checked.


@pytest.mark.parametrize(
    ("settings", "code", "suggestion"),
    [
        ("lint: {ignroe: [jargon-hype]}", "schema", "ignore"),
        ("lint: {severity: {jargon-hyp: error}}", "unknown-rule", "jargon-hype"),
        ("mentoring: {weights: {experiance: 0.5}}", "schema", "experience"),
    ],
)
def test_settings_are_checked(program, settings: str, code: str, suggestion: str) -> None:
    root = program({"mobility.yaml": f"name: T\n{settings}\n"})
    (found,) = [d for d in validate(root) if d["severity"] == "error"]
    assert (found["code"], found["file"]) == (code, "mobility.yaml") and suggestion in found["hint"]


# 6. Usage errors.


def test_a_route_to_where_you_are_is_one_line(program) -> None:
    result = run_cli("--repo", str(program()), "path", "ic2", "ic2")
    assert result.code == 0 and result.stdout.strip().count("\n") == 0 and "no steps" in result.stdout


def test_post_new_twice_does_not_suggest_an_option_it_lacks(program) -> None:
    root = program()
    args = ["--repo", str(root), "post", "new", "--level", "ic3", "--role", "Backend Engineer", "--team", "Core"]
    assert run_cli(*args).code == 0
    again = run_cli(*args)
    assert again.code == 2 and "already exists" in again.stderr and "--force" not in again.stderr


# 7. Program templates never run code.


ESCAPE = "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}"


def test_a_program_template_that_tries_to_escape_is_refused(program, tmp_path: Path) -> None:
    root = program({"templates/plan.md.j2": f"# Plan\n\n{ESCAPE}\n"})
    out = tmp_path / "plan.md"
    result = run_cli(
        "--repo",
        str(root),
        "plan",
        "--current",
        "ic1",
        "--target",
        "ic3",
        "--timezone",
        "Europe/Berlin",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert result.code == 2 and "plan.md.j2:3" in result.stderr and "internal error" not in result.stderr
    assert not out.exists() and not (tmp_path / "PWNED").exists()


def test_a_site_template_that_tries_to_escape_is_a_clear_error(program, tmp_path: Path) -> None:
    root = program({"templates/site/index.html.j2": ESCAPE})
    result = run_cli("--repo", str(root), "render", "--out", str(tmp_path / "site"), cwd=tmp_path)
    assert result.code == 2 and "index.html.j2" in result.stderr and "internal error" not in result.stderr
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / "site").exists()


def test_post_new_templates_are_sandboxed_too(program, tmp_path: Path) -> None:
    root = program({"templates/job-post.md.j2": ESCAPE})
    args = ["--repo", str(root), "post", "new", "--level", "ic3", "--role", "Backend Engineer", "--team", "Core"]
    result = run_cli(*args, cwd=tmp_path)
    assert result.code == 2 and "job-post.md.j2" in result.stderr
    assert not list((root / "postings").glob("*.md")) and not (tmp_path / "PWNED").exists()


# 8. Shallow clones.


def test_a_shallow_clone_says_what_is_missing(git_repo, tmp_path: Path) -> None:
    repo = git_repo()
    base = {"mobility.yaml": "name: T\n", "careers/tracks.yaml": SMALL_TRACKS, **SMALL_FRAMEWORKS}
    repo.commit("one", {**base, "postings/p.md": POST})
    repo.commit(
        "two", {"postings/p.md": POST.replace("- Designs systems across teams", "- Designs systems across many teams")}
    )
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone)], check=True)
    for args in (
        ["validate", "--changed-since", "HEAD~1"],
        ["diff", "HEAD~1"],
        ["--ref", "HEAD~1", "path", "ic1", "ic3"],
    ):
        result = run_cli("--repo", str(clone), *args)
        assert result.code == 2 and "shallow" in result.stderr and "fetch-depth: 0" in result.stderr, args
        assert "internal error" not in result.stderr
    drift = [d for d in validate(clone) if d["code"] == "requirement-drift"]
    assert drift and drift[0]["severity"] == "info" and "could not be checked" in drift[0]["message"]
    site = tmp_path / "site"
    assert run_cli("--repo", str(clone), "render", "--out", str(site)).code == 0
    assert "Last changed" not in (site / "levels" / "engineering" / "ic3.html").read_text()


# 9. CI never goes green on nothing.


def test_in_ci_no_program_is_an_error(tmp_path: Path) -> None:
    result = run_cli("validate", cwd=tmp_path, env={"CI": "true"})
    assert result.code == 2 and "no program" in result.stderr
    assert run_cli("validate", cwd=tmp_path).code == 0  # on a laptop, the built-in example, with a note


# 10. No quiet loss of content.


def test_a_framework_in_prose_is_a_warning_with_the_expected_shape(program) -> None:
    prose = "---\ntitle: Senior Engineer\n---\n## Senior Engineer\n\n### Craft\nDesigns systems across teams and mentors others.\n"
    found = [d for d in validate(program({"careers/engineering/ic3.md": prose})) if d["code"] == "framework-shape"]
    assert found and found[0]["file"] == "careers/engineering/ic3.md" and "- " in found[0]["hint"]


def test_an_open_post_with_the_templates_placeholder_is_an_error(program) -> None:
    post = POST.replace(
        "### What You'll Work On\n- Our data pipeline", "### What You'll Work On\n- (what the person will work on)"
    )
    (found,) = [d for d in validate(program({"postings/p.md": post})) if d["code"] == "template-placeholder"]
    assert found["severity"] == "error"
    draft = post.replace("status: open", "status: draft")
    assert not [d for d in validate(program({"postings/p.md": draft})) if d["code"] == "template-placeholder"]


POST = CLEAN_POST


# The property: when validate passes, every read command works.

MENTOR_DATA = {
    "id": "pat",
    "name": "Pat",
    "track": "engineering",
    "level": "ic3",
    "timezone": "Europe/Berlin",
    "working_hours": "09:00-17:00",
    "capacity": 2,
    "opt_in": True,
    "past_levels": ["engineering/ic2"],
}
POST_FRONT = yaml.safe_load(POST.split("---")[1])
MOVES = {
    "headcount": 50,
    "moves": [
        {
            "person": "p-0001",
            "date": "2026-03-01",
            "kind": "promotion",
            "from": {"level": "engineering/ic2"},
            "to": {"level": "engineering/ic3"},
        }
    ],
}
ZONES = st.sampled_from(["Europe/Berlin", "Asia/Kolkata", "Lagos", "europe/berlin", "UTC", "Mars/Olympus", ""])
HOURS = st.sampled_from(["09:00-17:00", "22:00-06:00", "09:00-09:00", "10:00-24:30", "9-5", "00:00-24:00"])
DATES = st.sampled_from(["2026-11-01", "2026-11-30", "2027-02-01", "9999-12-25", "2026-02-30", "soon"])
LEVELS = st.sampled_from(["ic1", "ic3", "engineering/ic2", "product/pm", "ic9", "engineering/nope", ""])
MUTATIONS = st.one_of(
    st.tuples(st.just("mentors/pat.yaml"), st.sampled_from(["timezone"]), ZONES),
    st.tuples(st.just("mentors/pat.yaml"), st.sampled_from(["working_hours"]), HOURS),
    st.tuples(st.just("mentors/pat.yaml"), st.sampled_from(["level", "past_levels"]), LEVELS),
    st.tuples(st.just("mentors/pat.yaml"), st.sampled_from(["capacity"]), st.sampled_from([0, 3, -1, "two"])),
    st.tuples(
        st.just("postings/p.md"), st.sampled_from(["opened", "internal_until", "external_from", "closes"]), DATES
    ),
    st.tuples(st.just("postings/p.md"), st.sampled_from(["level"]), LEVELS),
    st.tuples(
        st.just("postings/p.md"),
        st.sampled_from(["timezone"]),
        st.builds(lambda z, h: {"with": z, "core_hours": h, "overlap_hours": 2}, ZONES, HOURS),
    ),
    st.tuples(st.just("moves/2026.yaml"), st.sampled_from(["to"]), LEVELS),
    st.tuples(
        st.sampled_from(["careers/engineering/ic3.md", "postings/p.md", "mentors/pat.yaml"]),
        st.just("*remove*"),
        st.none(),
    ),
)
READ_COMMANDS = [
    ["path", "ic1", "ic3"],
    ["gap", "ic1", "ic3"],
    ["graph"],
    ["board", "--timezone", "Europe/Berlin"],
    ["mentors", "suggest", "--current", "engineering/ic1", "--target", "engineering/ic3", "--timezone", "Asia/Tokyo"],
    ["mentors", "match", "cohort.yaml"],
    ["plan", "--current", "ic1", "--target", "ic3", "--timezone", "Europe/Berlin"],
    ["report"],
    ["lint"],
    ["render", "--out", "site"],
]
COHORT = "mentees:\n  - {id: m1, current: engineering/ic1, target: engineering/ic3, timezone: Europe/Berlin}\n"


def _mutated(root: Path, file: str, field: str, value: object) -> None:
    files: dict[str, str | bytes] = {
        "mobility.yaml": "name: T\n",
        "careers/tracks.yaml": SMALL_TRACKS,
        **SMALL_FRAMEWORKS,
    }
    mentor, front, moves = dict(MENTOR_DATA), dict(POST_FRONT), yaml.safe_load(yaml.safe_dump(MOVES))
    target = {"mentors/pat.yaml": mentor, "postings/p.md": front, "moves/2026.yaml": moves["moves"][0]}.get(file)
    if target is not None and field != "*remove*":
        target[field] = {"level": value} if file.startswith("moves") else value
    files["mentors/pat.yaml"] = yaml.safe_dump(mentor)
    files["postings/p.md"] = "---\n" + yaml.safe_dump(front) + "---" + POST.split("---", 2)[2]
    files["moves/2026.yaml"] = yaml.safe_dump(moves)
    if field == "*remove*":
        files.pop(file)
    write_files(root, files)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(MUTATIONS)
@example(("postings/p.md", "opened", "9999-12-25"))
@example(("mentors/pat.yaml", "timezone", "Lagos"))
@example(("postings/p.md", "timezone", {"with": "UTC", "core_hours": "22:00-06:00", "overlap_hours": 2}))
def test_when_validate_passes_every_read_command_works(tmp_path_factory, mutation: tuple[str, str, object]) -> None:
    root = tmp_path_factory.mktemp("p")
    _mutated(root, *mutation)
    (root / "cohort.yaml").write_text(COHORT, encoding="utf-8")
    checked = run_cli("--repo", str(root), "--today", TODAY, "validate", "--format", "json")
    assert checked.code in (0, 1) and "internal error" not in checked.stderr, checked.stderr
    if checked.code == 1:
        errors = [d for d in checked.json()["diagnostics"] if d["severity"] == "error"]
        file, field, _ = mutation
        if field != "*remove*":
            assert any(d["file"] == file for d in errors), (mutation, errors)
        return
    for args in READ_COMMANDS:
        result = run_cli("--repo", str(root), "--today", TODAY, *args, cwd=root)
        assert result.code in (0, 1) and "internal error" not in result.stderr, (mutation, args, result.stderr)


# Every new code: one case that fires and a near miss beside it.

NEAR_MISSES = [
    (
        "unknown-timezone",
        {"mentors/pat.yaml": MENTOR.format(zone="Lagos", hours="09:00-17:00")},
        {"mentors/pat.yaml": MENTOR.format(zone="Africa/Lagos", hours="09:00-17:00")},
    ),
    (
        "invalid-hours",
        {"mentors/pat.yaml": MENTOR.format(zone="UTC", hours="17:00-17:00")},
        {"mentors/pat.yaml": MENTOR.format(zone="UTC", hours="17:00-01:00")},
    ),
    (
        "date-order",
        {"postings/p.md": POST.replace("internal_until: 2026-11-20", "internal_until: 2026-11-09")},
        {"postings/p.md": POST.replace("internal_until: 2026-11-20", "internal_until: 2026-11-10")},
    ),
    (
        "implausible-date",
        {"postings/p.md": POST.replace("closes: 2027-01-10", "closes: 9999-01-10")},
        {"postings/p.md": POST.replace("closes: 2027-01-10", "closes: 2099-01-10")},
    ),
    (
        "invalid-value",
        {"mentors/pat.yaml": MENTOR.format(zone="UTC", hours="09:00-17:00") + "capacity: 1\nactive_mentees: 2\n"},
        {"mentors/pat.yaml": MENTOR.format(zone="UTC", hours="09:00-17:00") + "capacity: 2\nactive_mentees: 2\n"},
    ),
    (
        "unknown-rule",
        {"mobility.yaml": "name: T\nlint: {ignore: [jargon-hyp]}\n"},
        {"mobility.yaml": "name: T\nlint: {ignore: [jargon-hype]}\n"},
    ),
    (
        "framework-shape",
        {"careers/engineering/ic1.md": "---\ntitle: E\n---\n### Craft\nShips small changes.\n"},
        {"careers/engineering/ic1.md": "---\ntitle: E\n---\n### Craft\n- Ships small changes.\n"},
    ),
    (
        "unchecked-references",
        {"careers/tracks.yaml": SMALL_TRACKS + "  broken: [\n", "postings/p.md": POST},
        {"careers/tracks.yaml": SMALL_TRACKS, "postings/p.md": POST},
    ),
    (
        "retired-level",
        {"postings/p.md": POST, "careers/tracks.yaml": SMALL_TRACKS.replace("grade: 3}", "grade: 3, retired: true}")},
        {
            "postings/p.md": POST.replace("status: open", "status: filled"),
            "careers/tracks.yaml": SMALL_TRACKS.replace("grade: 3}", "grade: 3, retired: true}"),
        },
    ),
    ("invalid-id", {"postings/Senior_Post.md": POST}, {"postings/senior-post.md": POST}),
]


@pytest.mark.parametrize(("code", "fires", "passes"), NEAR_MISSES, ids=[c for c, _, _ in NEAR_MISSES])
def test_each_new_code_fires_and_its_near_miss_passes(program, code: str, fires: dict, passes: dict) -> None:
    assert code in [d["code"] for d in validate(program(fires))]
    assert code not in [d["code"] for d in validate(program(passes))]


def test_a_level_that_is_still_there_is_not_removed(git_repo) -> None:
    repo = git_repo()
    repo.commit(
        "base",
        {"mobility.yaml": "name: T\n", "careers/tracks.yaml": SMALL_TRACKS, **SMALL_FRAMEWORKS, "postings/p.md": POST},
    )
    retitled = SMALL_TRACKS.replace("title: Senior Engineer", "title: Senior Software Engineer")
    (repo.path / "careers" / "tracks.yaml").write_text(retitled)
    assert not [d for d in validate(repo.path) if d["code"] in ("removed-level", "unresolved-reference")]

"""A new user's first hour (issue 26, items 5-8): a file in the wrong place is named, not lost; a post states each
fact once and is told when its two places disagree; `init` works in a fresh git repository and on its branch; one
mistake is one finding, and hints speak of the user's own program. Each test asserts what a person sees first:
the first line printed, where it points (file:line:column) and the exit code."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import Result, run_cli

TODAY = "2026-11-24"
FRONT = {
    "role": "Senior Engineer",
    "team": "Platform",
    "track": "engineering",
    "level": "ic3",
    "location": "Remote",
    "work_style": {"async": 70, "sync": 30},
    "status": "open",
    "opened": "2026-11-10",
    "internal_until": "2026-11-20",
    "external_from": "2026-11-20",
    "closes": "2026-12-30",
}


def post(requirements: tuple[str, ...] = ("Designs systems across teams",), header: str = "", **front: Any) -> str:
    """A post of the conftest program (engineering/ic3), its front matter changed as given (None drops a field)
    and `header` (bold-key lines) written above its sections."""
    fields = {k: v for k, v in {**FRONT, **front}.items() if v is not None}
    head = "".join(f"{k}: {json.dumps(v) if isinstance(v, str | dict) else v}\n" for k, v in fields.items())
    body = "".join(f"- {r}\n" for r in requirements)
    return (
        f"---\n{head}---\n## Internal Job Post Template\n\n{header}\n"
        f"### What We're Looking For\n{body}\n### What You'll Work On\n- The deploy pipeline\n\n"
        "### How to Apply\nReply in #moves.\n"
    )


def first_line(result: Result) -> str:
    return (result.stdout or result.stderr).splitlines()[0]


def validate(root: Path, *args: str) -> Result:
    return run_cli("--repo", str(root), "--today", TODAY, *args, "validate")


def found(root: Path, *args: str) -> list[dict[str, Any]]:
    result = run_cli("--repo", str(root), "--today", TODAY, *args, "validate", "--format", "json")
    data: list[dict[str, Any]] = result.json()["diagnostics"]
    return data


# 5. A file in the wrong place is named, with where it belongs


@pytest.mark.parametrize(
    "where",
    ["posting/backend.md", "Postings/backend.md", "post/backend.md", "backend.md", "job-posts/2026/backend.md"],
)
def test_a_post_outside_postings_is_named_with_where_posts_belong(program, where: str) -> None:
    root = program({where: post()})
    result = validate(root)
    assert first_line(result) == (
        f"{where}:1:1: warning misplaced-file this looks like a job post; posts belong in postings/ as .md files, "
        "so it was not read"
    )
    assert "hint: move it to postings/backend.md" in result.stdout
    assert result.code == 0  # a warning: --strict fails on it
    assert run_cli("--repo", str(root), "--today", TODAY, "validate", "--strict").code == 1


@pytest.mark.parametrize("name", ["backend.markdown", "backend.txt", "backend.MARKDOWN"])
def test_a_post_saved_under_another_extension_is_told_to_be_renamed(program, name: str) -> None:
    root = program({f"postings/{name}": post()})
    result = validate(root)
    assert first_line(result).startswith(f"postings/{name}:1:1: warning misplaced-file this looks like a job post;")
    assert "hint: rename it to postings/backend.md" in result.stdout
    assert result.code == 0


def test_a_seed_style_post_without_front_matter_is_recognised_by_its_header(program) -> None:
    text = (
        "## Internal Job Post Template\n\n**Role**: Senior Engineer\n**Team**: Platform\n\n### What We're Looking For\n"
    )
    root = program({"posting/seed.md": text})
    assert first_line(validate(root)).startswith(
        "posting/seed.md:1:1: warning misplaced-file this looks like a job post"
    )


def test_a_post_in_careers_is_one_finding_instead_of_schema_and_duplicate_id_noise(program) -> None:
    root = program({"careers/backend.md": post(), "careers/engineering/backend-post.md": post()})
    listed = found(root)
    assert [(d["code"], d["file"], d["line"], d["column"]) for d in listed] == [
        ("misplaced-file", "careers/backend.md", 1, 1),
        ("misplaced-file", "careers/engineering/backend-post.md", 1, 1),
    ]
    assert listed[0]["message"].startswith("this looks like a job post, not a competency framework; posts belong in")
    assert validate(root).code == 0


@pytest.mark.parametrize(
    ("where", "text", "says", "hint"),
    [
        (
            "postings/tracks.yaml",
            "career_tracks:\n  sales:\n    levels: [rep]\n",
            "career tracks",
            "move it to careers/tracks.yaml",
        ),
        (
            "mentor/ana.yaml",
            "id: ana\nname: Ana\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Lisbon\n",
            "a mentor's profile",
            "move it to mentors/ana.yaml",
        ),
        (
            "postings/ana.yaml",
            "id: ana\nname: Ana\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Lisbon\n",
            "a mentor's profile",
            "move it to mentors/ana.yaml",
        ),
        (
            "move/2026.yaml",
            "moves:\n  - {person: p-1, date: 2026-01-02, kind: departure}\n",
            "move records",
            "move it to moves/2026.yaml",
        ),
        (
            "careers/ana.yaml",
            "id: ana\nname: Ana\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Lisbon\n",
            "a mentor's profile",
            "move it to mentors/ana.yaml",
        ),
    ],
)
def test_other_kinds_in_the_wrong_place_are_named_by_what_they_hold(program, where, text, says, hint) -> None:
    root = program({where: text})
    listed = found(root)
    assert [(d["code"], d["file"], d["line"], d["column"]) for d in listed] == [("misplaced-file", where, 1, 1)]
    assert listed[0]["message"].startswith(f"this looks like {says}")
    assert listed[0]["hint"] == hint


def test_what_is_accepted_today_is_not_reported(program) -> None:
    """.yml is a YAML extension the program reads (mentors/, careers/, mobility.yml); README files, notes without
    a post's keys, hidden folders and folders with other names are nobody's business."""
    mentor = "id: bo\nname: Bo\ntrack: engineering\nlevel: ic3\ntimezone: Europe/Lisbon\n"
    root = program(
        {
            "mentors/bo.yml": mentor,
            "careers/more.yml": "career_tracks:\n  sales:\n    levels: [rep]\n",
            "README.md": post(),
            "posting/notes.md": "# Notes\n\nIdeas for next quarter's posts.\n",
            ".drafts/backend.md": post(),
            "posting/.old/backend.md": post(),
            "drafts/backend.md": post(),
            "docs/posting-guide.md": post(),
        }
    )
    assert [d for d in found(root) if d["code"] == "misplaced-file"] == []


def test_a_link_that_leads_out_of_the_program_is_not_read_to_tell_what_it_is(program, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text(post())
    root = program({})
    (root / "posting").mkdir()
    (root / "posting" / "linked.md").symlink_to(outside)
    (root / "linked.md").symlink_to(outside)
    assert [d for d in found(root) if d["code"] == "misplaced-file"] == []


def test_a_misplaced_file_added_after_a_clean_run_is_reported_though_results_are_cached(program) -> None:
    root = program({})
    assert validate(root).code == 0
    (root / "posting").mkdir()
    (root / "posting" / "backend.md").write_text(post())
    assert first_line(validate(root)).startswith("posting/backend.md:1:1: warning misplaced-file")


def test_a_revision_says_the_same_as_the_work_tree(git_repo, program) -> None:
    files = {k: v for k, v in _files_of(program({})).items()}
    repo = git_repo()
    repo.commit("program", {**files, "posting/backend.md": post(), "careers/backend.md": post(), "x.txt": post()})
    for path in ("posting/backend.md", "careers/backend.md", "x.txt"):
        repo.remove(path)
    at_head = found(repo.path, "--ref", "HEAD")
    assert [(d["code"], d["file"], d["line"]) for d in at_head] == [
        ("misplaced-file", "careers/backend.md", 1),
        ("misplaced-file", "posting/backend.md", 1),
        ("misplaced-file", "x.txt", 1),
    ]
    assert found(repo.path) == []  # the work tree no longer has them


def _files_of(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*") if p.is_file()}


# 6. One fact, one place


def test_post_new_writes_each_fact_once_and_the_header_is_what_counts(program) -> None:
    root = program()
    made = run_cli(
        "--repo", str(root), "--today", TODAY, "post", "new", "--level", "ic3", "--role", "Data Engineer",
        "--team", "Data", "--location", "Remote (Lisbon overlap)", "--async", "60",
    )  # fmt: skip
    assert made.code == 0, made.stderr
    text = (root / "postings" / "data-engineer.md").read_text()
    front = yaml.safe_load(text.split("---\n")[1])
    assert not {"role", "team", "location", "work_style"} & set(front)
    assert "**Role**: Data Engineer\n**Team**: Data\n**Location**: Remote (Lisbon overlap)\n" in text
    assert "**Work Style**: 60% async, 40% synchronous\n" in text
    assert validate(root).code == 0
    edited = text.replace("**Role**: Data Engineer", "**Role**: Data Lead").replace("status: draft", "status: open")
    (root / "postings" / "data-engineer.md").write_text(edited)  # an edit of the line people read counts
    board = run_cli("--repo", str(root), "--today", TODAY, "board", "--format", "json").json()
    assert [(row["id"], row["role"], row["team"]) for row in board] == [("data-engineer", "Data Lead", "Data")]


def test_init_writes_its_example_post_with_each_fact_once(tmp_path: Path) -> None:
    target = tmp_path / "careers"
    assert run_cli("init", str(target)).code == 0
    text = (target / "postings" / "senior-engineer-platform.md").read_text()
    front = yaml.safe_load(text.split("---\n")[1])
    assert "role" not in front and "**Role**: Senior Engineer, Platform" in text


@pytest.mark.parametrize(
    ("front", "header", "line", "column", "says"),
    [
        (
            {"role": "Senior Engineer"},
            "**Role**: Staff Engineer",
            16,
            11,
            '**Role** says "Staff Engineer", but `role:` in the front matter (line 2) says "Senior Engineer"',
        ),
        (
            {"team": "Platform"},
            "**Team**: Payments",
            16,
            11,
            '**Team** says "Payments", but `team:` in the front matter (line 3)',
        ),
        (
            {"location": "Remote"},
            "**Location:** Remote (EU time zones)",
            16,
            15,
            '**Location** says "Remote (EU time zones)", but `location:`',
        ),
        (
            {"level": "ic3"},
            "**Level**: ic2",
            16,
            12,
            '**Level** says "ic2", but `level:` in the front matter (line 5) says "ic3"',
        ),
        ({"status": "open"}, "**Status**: Closed", 16, 13, '**Status** says "Closed", but `status:`'),
        (
            {"closes": "2026-12-30"},
            "**Closes**: 2027-01-15",
            16,
            13,
            '**Closes** says "2027-01-15", but `closes:` in the front matter (line 12) says "2026-12-30"',
        ),
        ({"opened": "2026-11-10"}, "**Opened**: 12 November 2026", 16, 13, '**Opened** says "12 November 2026"'),
        (
            {},
            "**Work Style**: 60% async, 40% synchronous",
            16,
            17,
            '**Work Style** says "60% async, 40% synchronous", but `work_style:` in the front matter (line 7) says 70% async, 30% sync',
        ),
    ],
)
def test_a_fact_whose_two_places_disagree_is_an_error_at_the_header_naming_the_front_matter(
    program, front, header, line, column, says
) -> None:
    root = program({"postings/backend.md": post(header=header + "\n", **front)})
    result = validate(root)
    assert first_line(result).startswith(f"postings/backend.md:{line}:{column}: error conflicting-fields {says}")
    assert "only the front matter counts" in result.stdout
    assert result.code == 1


@pytest.mark.parametrize(
    "header",
    [
        "**Role**: senior  engineer",  # case and spacing
        "**Level**: engineering/ic3",  # the level as TRACK/LEVEL
        "**Level**: Senior Engineer",  # a title: not comparable before the program is known
        "**Work Style**: mostly async",  # no percentages to compare
        "**Work Style**: 70% async",  # one share, the same
        "**Opened**: November 10, 2026",  # the same day, in words
        "**Closes**: when filled",  # no date to compare
        "**Track**: Engineering",
    ],
)
def test_the_same_fact_said_another_way_is_no_conflict(program, header: str) -> None:
    root = program({"postings/backend.md": post(header=header + "\n")})
    assert [d["code"] for d in found(root) if d["code"] == "conflicting-fields"] == []


# 7. init in a fresh git repository, on its branch


def git(*args: str, cwd: Path | None = None) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def workflow(target: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((target / ".github" / "workflows" / "mobility.yml").read_text())
    return data


@pytest.mark.parametrize("branch", ["trunk", "master", "release/hr"])
def test_init_in_a_fresh_repository_commits_on_its_branch_and_the_workflow_runs_there(
    tmp_path: Path, branch: str
) -> None:
    target = tmp_path / "careers"
    git("init", "-q", "-b", branch, str(target))
    result = run_cli("init", str(target))
    assert result.code == 0, result.stderr
    assert first_line(result) == f"mobility: created 23 files in {target} and committed them on branch {branch}"
    assert f"git push -u origin {branch}" in result.stderr
    assert git("rev-parse", "--abbrev-ref", "HEAD", cwd=target).strip() == branch
    assert (
        git("log", "--format=%s", branch, cwd=target).strip() == "Start the internal mobility program (mobility init)"
    )
    flow = workflow(target)
    assert flow[True]["push"]["branches"] == [branch]  # YAML 1.1 reads the key `on` as True
    assert flow["jobs"]["site"]["if"].endswith(f"github.ref == 'refs/heads/{branch}'")
    assert run_cli("--repo", str(target), "validate").code == 0


def test_init_keeps_the_branch_that_init_default_branch_names(tmp_path: Path) -> None:
    target = tmp_path / "careers"
    git("-c", "init.defaultBranch=develop", "init", "-q", str(target))
    result = run_cli("init", str(target))
    assert result.code == 0 and first_line(result).endswith("committed them on branch develop")
    assert workflow(target)[True]["push"]["branches"] == ["develop"]


def test_a_repository_with_a_readme_and_a_gitignore_is_empty_enough_and_keeps_them(tmp_path: Path) -> None:
    target = tmp_path / "careers"
    git("init", "-q", "-b", "main", str(target))
    (target / "README.md").write_text("# Careers\n")
    (target / ".gitignore").write_text(".DS_Store\n")
    (target / "LICENSE").write_text("MIT\n")
    result = run_cli("init", str(target))
    assert result.code == 0, result.stderr
    assert (target / "README.md").read_text() == "# Careers\n" and (target / ".gitignore").read_text() == ".DS_Store\n"
    assert "add _site/ and mobility-diff.md to your .gitignore" in result.stderr


def test_a_cloned_repository_with_a_first_commit_gets_the_files_staged(tmp_path: Path) -> None:
    target = tmp_path / "careers"
    git("init", "-q", "-b", "main", str(target))
    (target / "README.md").write_text("# Careers\n")
    git("add", "README.md", cwd=target)
    git("-c", "user.name=T", "-c", "user.email=t@e", "commit", "-qm", "Initial commit", cwd=target)
    result = run_cli("init", str(target))
    assert result.code == 0
    assert first_line(result) == f"mobility: created 23 files in {target} and staged them on branch main"
    assert "git commit" in result.stderr
    assert "mobility.yaml" in git("diff", "--cached", "--name-only", cwd=target)


@pytest.mark.parametrize("kind", ["program", "notes", "readme"])
def test_a_folder_that_holds_something_else_is_still_refused(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "careers"
    if kind == "program":
        assert run_cli("init", str(target)).code == 0  # an existing program, in a git repository
    else:
        target.mkdir()  # a folder that is no repository must be empty, as before
        (target / ("notes.txt" if kind == "notes" else "README.md")).write_text("ideas\n")
    result = run_cli("init", str(target))
    assert result.code == 2
    assert first_line(result) == f"mobility: error: {target} exists and is not empty"
    forced = run_cli("init", str(target), "--force")
    assert forced.code == 0


@pytest.mark.parametrize("exists", [False, True])
def test_a_new_folder_becomes_a_repository_on_main_as_before(tmp_path: Path, exists: bool) -> None:
    target = tmp_path / "careers"
    if exists:
        target.mkdir()  # an empty folder that is no repository
    result = run_cli("init", str(target))
    assert first_line(result) == f"mobility: created 23 files in {target} and committed them on branch main"
    assert "git push -u origin main" in result.stderr
    assert workflow(target)[True]["push"]["branches"] == ["main"]


# 8. One mistake, one finding; hints from the user's own program


@pytest.mark.parametrize(
    ("requirement", "code"),
    [
        ("5+ years of experience in Go", "years-of-experience"),
        ("Bachelor's degree in Computer Science", "degree-requirement"),
        ("Native English speaker", "exclusionary-language"),
        ("Candidates based in CET strongly preferred", "timezone-preference"),
    ],
)
def test_a_hidden_requirement_is_one_finding_not_also_untraceable(program, requirement: str, code: str) -> None:
    text = post((requirement, "Designs systems across teams"))
    root = program({"postings/backend.md": text})
    line = text.split("\n").index(f"- {requirement}") + 1
    result = run_cli("--repo", str(root), "--today", TODAY, "lint")
    assert first_line(result).startswith(f"postings/backend.md:{line}:")
    assert [
        row.split(" ")[2] for row in result.stdout.splitlines() if row.startswith(f"postings/backend.md:{line}:")
    ] == [code]
    assert result.code == 0


def test_the_seeds_post_gets_one_finding_per_mistake() -> None:
    result = run_cli("lint", "postings/senior-backend-engineer.md")
    assert first_line(result).startswith(
        "postings/senior-backend-engineer.md:24:37: warning timezone-preference "
        '"**Location**: Remote (US time zones preferred)" states a vague time-zone preference'
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("postings/")]
    assert [line.split(" ")[0] + " " + line.split(" ")[2] for line in lines] == [
        "postings/senior-backend-engineer.md:24:37: timezone-preference",
        "postings/senior-backend-engineer.md:28:3: years-of-experience",
        "postings/senior-backend-engineer.md:29:3: untraceable-requirement",
    ]
    assert "0 errors, 3 warnings" in result.stdout


def test_a_suppression_of_the_finding_a_more_specific_one_stands_for_is_not_stale(program) -> None:
    text = post(("5+ years of experience in Go",)).replace(
        "- 5+ years", "<!-- mobility: disable=untraceable-requirement -->\n- 5+ years"
    )
    root = program({"postings/backend.md": text})
    listed = run_cli("--repo", str(root), "--today", TODAY, "lint", "--format", "json").json()["diagnostics"]
    assert [d["code"] for d in listed] == ["years-of-experience"]


SUPPORT = {
    "mobility.yaml": "name: Support Co\n",
    "careers/tracks.yaml": "career_tracks:\n  support:\n    levels:\n      - {id: associate, title: Support Associate}\n"
    "      - {id: specialist, title: Support Specialist}\n      - {id: lead, title: Support Lead}\n",
    **{
        f"careers/support/{level}.md": f"---\ntitle: Support {level.title()}\n---\n### Craft\n- {behaviour}\n"
        for level, behaviour in (
            ("associate", "Answers tickets from the help centre's articles"),
            ("specialist", "Resolves tickets in writing"),
            ("lead", "Plans the rota across time zones"),
        )
    },
}


def support_post(**front: Any) -> str:
    fields = {"track": "support", "level": "specialist", "role": "Support Specialist", **front}
    return post(("Resolves tickets in writing",), **fields)


@pytest.mark.parametrize(
    ("location", "mentor_zone", "zone"),
    [
        ("Ideally based in Europe", None, "Europe/"),
        ("Ideally based in Europe", "Europe/Madrid", "Europe/Madrid"),
        ("Remote, US time zones preferred", None, "America/New_York"),
        ("Remote, US time zones preferred", "America/Denver", "America/Denver"),
        ("Remote (APAC preferred)", None, "Asia/"),
        ("Remote, Lisbon preferred", "Europe/Madrid", "Europe/Lisbon"),
    ],
)
def test_a_location_preference_hint_names_a_zone_near_the_place_written(program, location, mentor_zone, zone) -> None:
    files: dict[str, str | bytes | None] = {**SUPPORT, "postings/help.md": support_post(location=location)}
    if mentor_zone:
        files["mentors/ana.yaml"] = (
            f"id: ana\nname: Ana\ntrack: support\nlevel: lead\ntimezone: {mentor_zone}\nworking_hours: 09:00-17:00\n"
        )
    root = program(files, base=False)
    result = validate(root)
    assert first_line(result).startswith(f'postings/help.md:6:11: warning timezone-preference "{location}"')
    (hint,) = [line for line in result.stdout.splitlines() if "timezone: {with:" in line]
    assert f"timezone: {{with: {zone}" in hint
    assert "America/New_York" not in hint or zone == "America/New_York"


@pytest.mark.parametrize("level", ["Specialist", "Senior Specialist"])
def test_a_level_hint_names_a_level_of_the_program_not_the_examples(program, level: str) -> None:
    root = program({**SUPPORT, "postings/help.md": support_post(level=level)}, base=False)
    result = validate(root)
    assert first_line(result) == f'postings/help.md:5:8: error schema "{level}" is not a valid value for `level`'
    assert "like support/specialist" in result.stdout and "engineering/ic3" not in result.stdout
    assert result.code == 1


def test_a_moves_level_hint_names_the_programs_first_level(program) -> None:
    moves = "moves:\n  - {person: p-1, date: 2026-01-02, kind: promotion, from: {level: Associate}, to: {level: support/lead}}\n"
    root = program({**SUPPORT, "moves/2026.yaml": moves}, base=False)
    text = validate(root).stdout
    assert "engineering/ic3" not in text and "support/associate" in text


def test_a_file_path_in_a_hint_is_never_rewritten() -> None:
    """Only the example level as a name is replaced: a path that happens to hold it names a real file."""
    from mobility_cli.check.own_examples import _NAMED

    assert _NAMED.sub("support/lead", "name a level like engineering/ic3.") == "name a level like support/lead."
    for kept in ("delete careers/engineering/ic3.md too", "see careers/engineering/ic3", "engineering/ic3-old"):
        assert _NAMED.sub("support/lead", kept) == kept


def test_every_schema_hint_that_names_a_level_names_the_one_replaced_by_the_programs_own() -> None:
    from mobility_cli.check.own_examples import EXAMPLE_LEVEL
    from tests.conftest import ROOT

    hints = [
        value
        for path in (ROOT / "schemas").glob("*.schema.json")
        for value in _values(json.loads(path.read_text()), "x-hint")
        if "TRACK/LEVEL" in value
    ]
    assert hints and all(EXAMPLE_LEVEL in hint or ("e.g." not in hint and "like" not in hint) for hint in hints)


def _values(node: Any, key: str) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == key and isinstance(v, str)] + [
            x for v in node.values() for x in _values(v, key)
        ]
    return [x for v in node for x in _values(v, key)] if isinstance(node, list) else []


def test_every_rule_takes_precedence_only_over_rules_that_exist() -> None:
    from mobility_cli.features.lint import RULES

    overrides = {code: rule.overrides for code, rule in RULES.items() if rule.overrides}
    assert overrides and all(general in RULES for generals in overrides.values() for general in generals)
    assert all(code not in generals for code, generals in overrides.items())

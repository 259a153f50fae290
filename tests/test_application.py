"""The use cases called directly, without the command line: a request in, a result out (mobility_cli/application).
Each works on real programs in temporary folders, and real git repositories where history matters."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mobility_cli.application.careers import RouteRequest, gap, graph, levels, path, tracks
from mobility_cli.application.checks import LintRequest, ValidateRequest, lint, validate
from mobility_cli.application.codeowners import codeowners
from mobility_cli.application.diff import diff
from mobility_cli.application.new_program import InitRequest, init
from mobility_cli.application.posts import BoardRequest, PostRequest, board, draft_post, post_desk, save_post
from mobility_cli.application.report import ReportRequest, report
from mobility_cli.application.schemas import schema
from mobility_cli.application.workspace import CAREERS, Workspace
from mobility_cli.errors import NoResult, ProgramNotFound, ProgramUnreadable, UnknownName, UsageError
from tests.conftest import ROOT, SMALL_FRAMEWORKS, SMALL_TRACKS
from tests.posts import FRAMEWORKS, GOOD, post

DAY = date(2026, 11, 24)
BASE = {"mobility.yaml": "name: Test Program\n", "careers/tracks.yaml": SMALL_TRACKS}


def at(root: Path, **given: object) -> Workspace:
    return Workspace(str(root), today=DAY, no_cache=True, **given)  # type: ignore[arg-type]


@pytest.fixture
def posts_program(program):
    """The small program with two open posts: one asks for years of experience, one is clean."""
    return program(
        {
            **FRAMEWORKS,
            "postings/backend.md": post(["5+ years of Python", *GOOD]),
            "postings/clean.md": post(GOOD, role="Platform Engineer"),
        }
    )


# The workspace


def test_a_workspace_reads_its_options_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MOBILITY_TODAY", raising=False)
    monkeypatch.delenv("MOBILITY_JOBS", raising=False)
    lazy = Workspace(str(tmp_path / "nowhere"), today="someday", jobs=3)
    assert lazy.jobs == 3 and lazy.repo == str(tmp_path / "nowhere")
    with pytest.raises(UsageError, match='"someday" is not a date'):
        _ = lazy.today
    with pytest.raises(ProgramNotFound, match="no such directory"):
        _ = lazy.location
    assert Workspace(today="2026-02-03").today == date(2026, 2, 3)
    assert Workspace(today="2026-02-03").now.isoformat() == "2026-02-03T00:00:00+00:00"
    monkeypatch.setenv("MOBILITY_TODAY", "2026-05-06")
    assert Workspace().today == date(2026, 5, 6)


def test_the_built_in_example_is_a_notice_and_never_used_in_ci(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("MOBILITY_REPO", raising=False)
    monkeypatch.chdir(tmp_path)
    for name in ("CI", "GITHUB_ACTIONS"):
        monkeypatch.delenv(name, raising=False)
    said: list[str] = []
    assert Workspace(notice=said.append).location.embedded
    assert said == ["no program here; using the built-in example program (see --repo)"]
    assert Workspace().location.embedded  # no one to tell: nothing said
    with pytest.raises(UsageError, match="no program here to add a post to"):
        Workspace().own_location("to add a post to")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(ProgramNotFound, match=f"no program in {tmp_path}"):
        _ = Workspace(notice=said.append).location
    assert len(said) == 1


def test_a_use_case_never_works_on_a_partial_program(program) -> None:
    root = program({"careers/product/pm.md": b"---\ntitle: \xff\n---\n"})
    with pytest.raises(ProgramUnreadable, match=r"careers/product/pm\.md could not be read"):
        at(root).load()
    assert set(at(root).load(CAREERS).program.tracks) == {"engineering", "product"}  # frameworks not read


def test_the_workspace_is_located_once_and_a_folder_can_be_swapped(program) -> None:
    one, two = program(), program()
    workspace = at(one)
    assert workspace.location is workspace.location and workspace.location.root == one.resolve()
    assert workspace.with_repo(str(two)).location.root == two.resolve()
    assert workspace.with_repo(str(two)).today == DAY


# Checks


def test_validate_finds_a_broken_reference_at_its_line_and_column(program) -> None:
    broken = SMALL_TRACKS.replace("lateral_moves: [product]", "lateral_moves: [product, nowhere]")
    root = program({"careers/tracks.yaml": broken})
    (finding,) = validate(at(root), ValidateRequest()).findings.diagnostics
    assert (finding.code, finding.file, finding.line, finding.column) == (
        "unresolved-reference",
        "careers/tracks.yaml",
        7,
        30,
    )
    assert finding.pointer == "/career_tracks/engineering/lateral_moves/1"
    assert finding.message == 'lateral move from "engineering" to "nowhere", which is not a defined track'


def test_validate_narrows_to_the_paths_asked_for(posts_program: Path) -> None:
    workspace = at(posts_program)
    everything = validate(workspace, ValidateRequest()).findings.diagnostics
    assert {d.file for d in everything} == {"postings/backend.md"}
    assert validate(workspace, ValidateRequest((posts_program / "careers",))).findings.diagnostics == []
    only = validate(workspace, ValidateRequest((posts_program / "postings" / "backend.md",))).findings
    assert only.diagnostics == everything
    with pytest.raises(UsageError, match="no such file or folder"):
        validate(workspace, ValidateRequest((posts_program / "nope.md",)))


def test_a_program_folder_given_as_the_only_path_is_the_program(program, tmp_path: Path, monkeypatch) -> None:
    root = program({"careers/tracks.yaml": SMALL_TRACKS.replace("[product]", "[nowhere]")})
    monkeypatch.chdir(tmp_path)
    checked = validate(Workspace(today=DAY, no_cache=True), ValidateRequest((root,)))
    assert checked.location.root == root.resolve()
    assert [d.code for d in checked.findings.diagnostics] == ["unresolved-reference"]


def test_validate_since_a_revision_reports_only_what_the_change_brought(git_repo) -> None:
    repo = git_repo()
    old_post = post(["5+ years of Python", *GOOD], role="Data Engineer")
    repo.commit("program", {**BASE, **FRAMEWORKS, "postings/data.md": old_post})
    base = repo.repo.head.commit.hexsha
    repo.commit("a new post", {"postings/backend.md": post(["3+ years of Go", *GOOD])})
    findings = validate(at(repo.path), ValidateRequest(changed_since=base)).findings.diagnostics
    assert {(d.code, d.file, d.line, d.column) for d in findings} == {
        ("years-of-experience", "postings/backend.md", 21, 3),
        ("untraceable-requirement", "postings/backend.md", 21, 3),  # Go, asked beside the years
    }
    assert {d.code: d.cause.code if d.cause else None for d in findings} == {  # folded under the years for people
        "years-of-experience": None,
        "untraceable-requirement": "years-of-experience",
    }
    every = validate(at(repo.path), ValidateRequest()).findings.diagnostics
    assert {d.file for d in every} == {"postings/backend.md", "postings/data.md"}


def test_lint_selects_and_narrows_and_refuses_an_unknown_rule(posts_program: Path) -> None:
    workspace = at(posts_program)
    found = lint(workspace, LintRequest()).findings
    assert [(d.code, d.file, d.line, d.column) for d in found.diagnostics] == [
        ("years-of-experience", "postings/backend.md", 21, 3),
        ("untraceable-requirement", "postings/backend.md", 21, 3),  # what the years are of: folded under them
    ]
    assert found.files == 2
    (years,) = lint(workspace, LintRequest(select=("years-of-experience",))).findings.diagnostics
    assert years.message == '"5+ years" asks for years of experience'
    (general,) = lint(workspace, LintRequest(ignore=("years-of-experience",))).findings.diagnostics
    assert general.code == "untraceable-requirement"  # with the specific rule off, the general one speaks
    assert (
        lint(workspace, LintRequest(ignore=("years-of-experience", "untraceable-requirement"))).findings.diagnostics
        == []
    )
    clean = lint(workspace, LintRequest(posts=(posts_program / "postings" / "clean.md",))).findings
    assert clean.diagnostics == [] and clean.files == 1
    with pytest.raises(UnknownName, match='unknown rule "years-of-experiance"') as caught:
        lint(workspace, LintRequest(select=("years-of-experiance",)))
    assert "years-of-experience" in (caught.value.hint or "")
    with pytest.raises(UsageError, match="is not a post of the program"):
        lint(workspace, LintRequest(posts=(ROOT / "README.md",)))


# Careers


def test_path_takes_the_cheapest_route_step_by_step(program) -> None:
    root = program(SMALL_FRAMEWORKS)
    found = path(at(root), RouteRequest("ic1", "senior-pm"))
    (route,) = found.routes
    assert found.start.key == "engineering/ic1" and not found.at_start
    assert [(s.source.key, s.target.key, s.kind, s.months) for s in route.steps] == [
        ("engineering/ic1", "engineering/ic2", "promotion", 18),
        ("engineering/ic2", "engineering/ic3", "promotion", 18),
        ("engineering/ic3", "product/senior-pm", "lateral", 24),
    ]
    assert route.months == 60


def test_path_alternatives_avoid_via_and_the_start_itself(program) -> None:
    workspace = at(program())
    two = path(workspace, RouteRequest("ic1", "senior-pm", alternatives=1)).routes
    assert [[lv.key for lv in r.levels()] for r in two] == [
        ["engineering/ic1", "engineering/ic2", "engineering/ic3", "product/senior-pm"],
        ["engineering/ic1", "engineering/ic2", "product/pm", "product/senior-pm"],
    ]
    (avoiding,) = path(workspace, RouteRequest("ic1", "senior-pm", avoid=("ic3",))).routes
    (through,) = path(workspace, RouteRequest("ic1", "senior-pm", via="pm")).routes
    assert (
        [lv.key for lv in avoiding.levels()]
        == [lv.key for lv in through.levels()]
        == [
            "engineering/ic1",
            "engineering/ic2",
            "product/pm",
            "product/senior-pm",
        ]
    )
    assert path(workspace, RouteRequest("ic2", "ic2", stop_at_start=True)).at_start
    with pytest.raises(UsageError, match="--alternatives cannot be combined with --via"):
        path(workspace, RouteRequest("ic1", "senior-pm", via="pm", alternatives=1))
    with pytest.raises(UsageError, match="--avoid engineering/ic1 is also where the route starts"):
        path(workspace, RouteRequest("ic1", "senior-pm", avoid=("ic1",)))
    with pytest.raises(NoResult, match="no route from engineering/ic3 to ic1"):
        path(workspace, RouteRequest("ic3", "ic1"))


def test_gap_says_what_each_step_asks(program) -> None:
    found = gap(at(program(SMALL_FRAMEWORKS)), "ic1", "ic3")
    assert [(s.source.key, s.target.key, [(a.area, a.behaviours) for a in s.areas]) for s in found.steps] == [
        ("engineering/ic1", "engineering/ic2", [("Craft", ("Owns features end to end",))]),
        ("engineering/ic2", "engineering/ic3", [("Craft", ("Designs systems across teams",))]),
    ]
    assert found.route.months == 36


def test_tracks_levels_and_the_graph(program) -> None:
    workspace = at(program(SMALL_FRAMEWORKS))
    assert list(tracks(workspace).tracks) == ["engineering", "product"]
    product = levels(workspace, "product")
    assert product.one_track and [lv.key for lv in product.levels] == ["product/pm", "product/senior-pm"]
    every = levels(workspace)
    assert not every.one_track and len(every.levels) == 5 and len(every.tracks) == 2
    view = graph(workspace)
    assert [(e.source.key, e.target.key, e.kind) for e in view.edges if e.kind == "lateral"] == [
        ("engineering/ic2", "product/pm", "lateral"),
        ("engineering/ic3", "product/senior-pm", "lateral"),
    ]
    with pytest.raises(UnknownName):
        levels(workspace, "sales")


# Posts


def test_the_board_sorts_by_fit(posts_program: Path) -> None:
    workspace = at(posts_program)
    rows = board(workspace, BoardRequest("Europe/Paris"))
    assert [(r.post.id, r.overlap, r.fits) for r in rows] == [("backend", 4.0, True), ("clean", 4.0, True)]
    far = board(workspace, BoardRequest("Asia/Tokyo"))
    assert [(r.post.id, r.overlap, r.fits) for r in far] == [("backend", 0.0, False), ("clean", 0.0, False)]
    assert board(workspace, BoardRequest(track="product")) == []


def test_a_new_post_is_drafted_from_the_template_and_never_replaces_one(posts_program: Path) -> None:
    from mobility_cli.formats.templates import environment, render

    workspace = at(posts_program)
    desk = post_desk(workspace)
    draft = draft_post(workspace, desk, PostRequest("ic2", "Engineer, Payments", "Payments"))
    assert draft.relative == "postings/engineer-payments.md"
    assert draft.context["opened"] == "2026-11-24" and draft.context["level"] == "ic2"
    assert draft.context["requirements"] == [
        "Owns features end to end",
        "Reviews teammates' code within one working day",
    ]
    text = render(environment(list(draft.templates), html=False), draft.template, draft.context)
    save_post(draft, text)
    assert (posts_program / draft.relative).read_text(encoding="utf-8") == text
    with pytest.raises(UsageError, match="already exists"):
        save_post(draft, text)
    with pytest.raises(UsageError, match='"Bad Id" is not a valid post id'):
        draft_post(workspace, desk, PostRequest("ic2", "Role", "Team", post_id="Bad Id"))


def test_codeowners_checks_then_writes_its_section(git_repo) -> None:
    repo = git_repo()
    owned = SMALL_TRACKS.replace(
        "    lateral_moves: [product]", "    owners: ['@acme/eng']\n    lateral_moves: [product]"
    )
    repo.commit("program", {**BASE, "careers/tracks.yaml": owned})
    workspace = at(repo.path)
    checked = codeowners(workspace, write=False)
    assert checked.target == repo.path / ".github" / "CODEOWNERS"
    assert (checked.up_to_date, checked.written, checked.target.exists()) == (False, False, False)
    assert codeowners(workspace).written
    assert "@acme/eng" in checked.target.read_text()
    assert codeowners(workspace) == type(checked)(checked.target, True, False)


# Program files, reports, changes


def test_init_writes_a_program_that_validates_and_refuses_a_full_folder(tmp_path: Path) -> None:
    target = tmp_path / "careers"
    written = init(InitRequest(target, name="Acme", today=DAY)).written
    assert "mobility.yaml" in written and all((target / rel).is_file() for rel in written)
    assert "opened: 2026-11-24" in next((target / rel).read_text() for rel in written if rel.startswith("postings/"))
    checked = validate(at(target), ValidateRequest())
    assert checked.findings.exit_code(False) == 0
    with pytest.raises(UsageError, match="exists and is not empty"):
        init(InitRequest(target))
    assert init(InitRequest(target, force=True)).written == []  # nothing replaced


def test_schema_of_a_kind_and_an_unknown_kind() -> None:
    assert schema("posting")["$schema"] == json.loads((ROOT / "schemas" / "posting.schema.json").read_text())["$schema"]
    with pytest.raises(UnknownName, match='unknown document kind "postings"'):
        schema("postings")


def test_report_measures_the_window_asked_for(posts_program: Path) -> None:
    workspace = at(posts_program)
    default = report(workspace, ReportRequest())
    assert (default.window.since, default.window.until) == (date(2025, 11, 24), DAY)
    asked = report(workspace, ReportRequest(date(2026, 1, 1), date(2026, 6, 30)))
    assert (asked.window.since, asked.window.until) == (date(2026, 1, 1), date(2026, 6, 30))
    assert asked.program_name == "Test Program"


def test_diff_between_two_revisions_and_the_work_tree(git_repo) -> None:
    repo = git_repo()
    first = repo.commit("program", {**BASE, **SMALL_FRAMEWORKS})
    renamed = SMALL_TRACKS.replace("title: Senior Engineer,", "title: Senior Software Engineer,")
    second = repo.commit("rename", {"careers/tracks.yaml": renamed})
    changes = diff(at(repo.path), first, second)
    assert [(c.kind, c.subject, c.before, c.after) for c in changes] == [
        ("level-retitled", "engineering/ic3", "Senior Engineer", "Senior Software Engineer")
    ]
    assert diff(at(repo.path), second) == []  # the work tree is the last commit
    with pytest.raises(ProgramUnreadable):
        repo.write({"careers/product/pm.md": b"---\ntitle: \xff\n---\n"})
        diff(at(repo.path), first)

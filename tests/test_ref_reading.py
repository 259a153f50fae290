"""Under `--ref REV` every byte a command uses comes from REV, through the same Source as the program: the
site's own templates (`render`) and the lines SARIF counts its columns on (`validate`, `lint`), never the
work tree beside the revision. Real git repositories, with work trees changed after the commit."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SMALL_FRAMEWORKS, SMALL_TRACKS, GitRepo, Result, run_cli

SARIF_SCHEMA = Path(__file__).resolve().parent / "vendor" / "sarif" / "sarif-schema-2.1.0.json"
TODAY = "2026-11-24"
POST = "postings/senior-backend-engineer.md"  # the example's post with findings in the middle of a line
PAGE = '{% extends "base.html.j2" %}{% block main %}<h1>MARK</h1>{% endblock %}\n'
ESCAPE = "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}"
# A finding after an emoji on line 4 (a grade that is no number) and one on a line without (line 6).
TRACKS = """\
career_tracks:
  engineering:
    levels:
      - {id: ic1, title: "🚀 Engineer I", grade: one}
      - {id: ic2, title: Engineer II, grade: 2}
    lateral_moves: [product, nowhere]
  product:
    levels:
      - {id: pm, title: Product Manager, grade: 2}
"""


def page(mark: str) -> str:
    return PAGE.replace("MARK", mark)


def example_repo(git_repo: Callable[..., GitRepo], files: dict[str, str | bytes] | None = None) -> GitRepo:
    """The example program committed in a fresh repository, with `files` added."""
    repo = git_repo()
    for folder in ("careers", "postings", "mentors", "moves"):
        shutil.copytree(ROOT / folder, repo.path / folder)
    shutil.copy(ROOT / "mobility.yaml", repo.path / "mobility.yaml")
    repo.commit("the program", files)
    return repo


def small_repo(git_repo: Callable[..., GitRepo], files: dict[str, str | bytes], under: str = "") -> GitRepo:
    """A small program (in the folder `under` of the repository, where given) committed with `files`."""
    repo = git_repo()
    base: dict[str, str | bytes] = {"mobility.yaml": "name: Ref Test\n", **SMALL_FRAMEWORKS, **files}
    repo.commit("the program", {f"{under}{rel}": text for rel, text in base.items()})
    return repo


def render(root: Path, out: Path, *ref: str) -> Result:
    return run_cli("--repo", str(root), "--today", TODAY, *ref, "render", "--out", str(out))


# Templates: render --ref REV renders with REV's templates.


def test_render_under_ref_uses_the_committed_templates(git_repo, tmp_path: Path) -> None:
    """The committed index page and stylesheet, not the work tree's edits of them (nor its edited post);
    without --ref the work tree's, as before."""
    committed = {
        "templates/site/index.html.j2": page("COMMITTED INDEX"),
        "templates/site/style.css": "/* committed */\n",
    }
    repo = example_repo(git_repo, committed)
    repo.write({"templates/site/index.html.j2": page("WORK TREE INDEX"), "templates/site/style.css": "/* edited */\n"})
    post = repo.path / POST
    post.write_text(post.read_text(encoding="utf-8").replace("Senior Backend Engineer", "Edited Role"), "utf-8")
    at_ref, here = tmp_path / "at-ref", tmp_path / "here"
    assert render(repo.path, at_ref, "--ref", "HEAD").code == 0
    index = (at_ref / "index.html").read_text(encoding="utf-8")
    assert "COMMITTED INDEX" in index and "WORK TREE" not in index
    assert (at_ref / "style.css").read_text(encoding="utf-8") == "/* committed */\n"
    for made_from_the_program in ("postings/senior-backend-engineer.html", "search.json", "feed.xml", "board.html"):
        assert "Edited Role" not in (at_ref / made_from_the_program).read_text(encoding="utf-8")
    assert render(repo.path, here).code == 0
    assert "WORK TREE INDEX" in (here / "index.html").read_text(encoding="utf-8")
    assert (here / "style.css").read_text(encoding="utf-8") == "/* edited */\n"
    for made_from_the_program in ("postings/senior-backend-engineer.html", "search.json", "feed.xml", "board.html"):
        assert "Edited Role" in (here / made_from_the_program).read_text(encoding="utf-8")


def test_a_template_only_in_the_work_tree_is_not_used_under_ref(git_repo, tmp_path: Path) -> None:
    repo = small_repo(git_repo, {"careers/tracks.yaml": TRACKS.replace("grade: one", "grade: 1")})
    repo.write({"templates/site/track.html.j2": page("WORK TREE TRACK")})
    assert render(repo.path, tmp_path / "at-ref", "--ref", "HEAD").code == 0
    track = (tmp_path / "at-ref" / "tracks" / "engineering.html").read_text(encoding="utf-8")
    assert "WORK TREE TRACK" not in track and "Engineer II" in track  # the built-in template
    assert render(repo.path, tmp_path / "here").code == 0
    assert "WORK TREE TRACK" in (tmp_path / "here" / "tracks" / "engineering.html").read_text(encoding="utf-8")


def test_a_template_deleted_in_the_work_tree_is_still_used_under_ref(git_repo, tmp_path: Path) -> None:
    tracks = TRACKS.replace("grade: one", "grade: 1")
    repo = small_repo(git_repo, {"careers/tracks.yaml": tracks, "templates/site/board.html.j2": page("OUR BOARD")})
    shutil.rmtree(repo.path / "templates")
    assert render(repo.path, tmp_path / "at-ref", "--ref", "HEAD").code == 0
    assert "OUR BOARD" in (tmp_path / "at-ref" / "board.html").read_text(encoding="utf-8")
    assert render(repo.path, tmp_path / "here").code == 0
    assert "OUR BOARD" not in (tmp_path / "here" / "board.html").read_text(encoding="utf-8")


def test_templates_of_a_program_in_a_subfolder_come_from_the_revision(git_repo, tmp_path: Path) -> None:
    tracks = TRACKS.replace("grade: one", "grade: 1")
    repo = small_repo(git_repo, {"careers/tracks.yaml": tracks, "templates/site/index.html.j2": page("HR")}, "hr/")
    (repo.path / "hr" / "templates" / "site" / "index.html.j2").write_text(page("EDITED"), encoding="utf-8")
    assert render(repo.path / "hr", tmp_path / "site", "--ref", "HEAD").code == 0
    assert "<h1>HR</h1>" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("link", "target", "named"),
    [
        ("templates/site/style.css", "SECRET", "templates/site/style.css is a symbolic link"),
        ("templates/site/style.css", "../../careers/tracks.yaml", "templates/site/style.css is a symbolic link"),
        ("templates/site", "../elsewhere", "templates/site is a symbolic link"),
        ("templates", "SECRET_FOLDER", "templates is a symbolic link"),
    ],
)
def test_a_committed_template_link_is_refused(git_repo, tmp_path: Path, link: str, target: str, named: str) -> None:
    """A revision's link is never followed, even to a file inside the program: the render stops, says which
    link, and writes nothing (rather than rendering with a built-in template in its place)."""
    secret = tmp_path / "secret"
    (secret / "site").mkdir(parents=True)
    (secret / "site" / "style.css").write_text("TOP SECRET\n", encoding="utf-8")
    (secret / "secret.txt").write_text("TOP SECRET\n", encoding="utf-8")
    target = target.replace("SECRET_FOLDER", str(secret)).replace("SECRET", str(secret / "secret.txt"))
    tracks = TRACKS.replace("grade: one", "grade: 1")
    repo = small_repo(git_repo, {"careers/tracks.yaml": tracks, "elsewhere/index.html.j2": page("ELSEWHERE")})
    (repo.path / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, repo.path / link)
    repo.commit("a link")
    assert repo.repo.head.commit.tree[link].mode == 0o120000
    out = tmp_path / "site"
    result = render(repo.path, out, "--ref", "HEAD")
    assert result.code == 2 and named in result.stderr and "HEAD" in result.stderr, result.stderr
    assert "hint: replace the link with the file itself" in result.stderr and "internal error" not in result.stderr
    assert not out.exists()


def test_a_work_tree_template_link_out_of_the_program_is_refused(program, tmp_path: Path) -> None:
    """Without --ref, a link inside the program is followed as before, but one that leads out of it is not:
    the site's templates are read by the rules the program's files are (a stylesheet that links to a key file
    once copied the key into the site)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET\n", encoding="utf-8")
    root = program({"careers/site.css": "/* inside */\n", "templates/site/index.html.j2": page("OURS")})
    os.symlink("../../careers/site.css", root / "templates" / "site" / "style.css")
    assert render(root, tmp_path / "inside").code == 0
    assert (tmp_path / "inside" / "style.css").read_text(encoding="utf-8") == "/* inside */\n"
    (root / "templates" / "site" / "style.css").unlink()
    os.symlink(secret, root / "templates" / "site" / "style.css")
    result = render(root, tmp_path / "outside")
    assert result.code == 2 and "templates/site/style.css is a link that leads outside the program" in result.stderr
    assert not (tmp_path / "outside").exists()


def test_a_committed_template_runs_in_the_sandbox(git_repo, tmp_path: Path) -> None:
    tracks = TRACKS.replace("grade: one", "grade: 1")
    repo = small_repo(git_repo, {"careers/tracks.yaml": tracks, "templates/site/index.html.j2": ESCAPE})
    (repo.path / "templates" / "site" / "index.html.j2").write_text(page("HARMLESS"), encoding="utf-8")
    result = run_cli("--repo", str(repo.path), "--ref", "HEAD", "render", "--out", str(tmp_path / "site"), cwd=tmp_path)
    assert result.code == 2 and "templates/site/index.html.j2" in result.stderr, result.stderr
    assert "internal error" not in result.stderr
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / "site").exists()


def test_a_committed_template_over_the_size_limit_is_not_read(git_repo, tmp_path: Path) -> None:
    tracks = TRACKS.replace("grade: one", "grade: 1")
    big = page("BIG").replace("<h1>", "<h1>" + "x" * 3000)
    files = {"careers/tracks.yaml": tracks, "templates/site/index.html.j2": big}
    repo = small_repo(git_repo, {**files, "mobility.yaml": "name: T\nlimits:\n  max_file_bytes: 1024\n"})
    result = render(repo.path, tmp_path / "site", "--ref", "HEAD")
    assert result.code == 2 and "templates/site/index.html.j2" in result.stderr and "1,024" in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_committed_template_that_is_not_utf8_is_a_clear_error(git_repo, tmp_path: Path) -> None:
    tracks = TRACKS.replace("grade: one", "grade: 1")
    repo = small_repo(git_repo, {"careers/tracks.yaml": tracks, "templates/site/index.html.j2": b"\xff\xfe<h1>"})
    result = render(repo.path, tmp_path / "site", "--ref", "HEAD")
    assert result.code == 2 and "templates/site/index.html.j2 is not UTF-8 text" in result.stderr
    assert "internal error" not in result.stderr


# SARIF: columns counted on the revision's lines.


def sarif(root: Path, *args: str) -> dict[str, Any]:
    import jsonschema

    result = run_cli("--repo", str(root), "--today", TODAY, *args, "--format", "sarif")
    assert result.code in (0, 1), result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(document)
    return document


def regions(document: dict[str, Any]) -> list[tuple[str, str, int, int | None]]:
    """(rule, file, line, column) of every result with a place."""
    found = []
    for r in document["runs"][0]["results"]:
        for location in r.get("locations", []):
            physical = location["physicalLocation"]
            region = physical.get("region", {})
            if "startLine" in region:
                uri = physical["artifactLocation"]["uri"]
                found.append((r["ruleId"], uri, region["startLine"], region.get("startColumn")))
    return sorted(found)


def utf16(line: str, column: int) -> int:
    """A 1-based code-point column as GitHub counts it."""
    return len(line[: column - 1].encode("utf-16-le")) // 2 + 1


EDITS: dict[str, Callable[[str], str | None]] = {
    "the emoji before a column removed": lambda text: text.replace('"🚀 Engineer I"', '"Engineer I"'),
    "an accent where the emoji was": lambda text: text.replace('"🚀 Engineer I"', '"é Engineer I"'),
    "emoji added before a column": lambda text: text.replace("[product, nowhere]", '["🚀🚀", product, nowhere]'),
    "a tab added before a column": lambda text: text.replace("lateral_moves: [", "lateral_moves:\t["),
    "non-ASCII text added": lambda text: text.replace("[product,", "[prodüct, ünïcödé,"),
    "lines above": lambda text: (
        "# 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀\n" * 3
        + text
    ),
    "the file deleted": lambda text: None,
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_validate_sarif_under_ref_has_the_committed_columns(git_repo, edit: str) -> None:
    """Whatever happened to the work tree since, the regions are those of the committed file: the same as
    SARIF of the clean work tree, and after the emoji the column is one UTF-16 unit further."""
    repo = small_repo(git_repo, {"careers/tracks.yaml": TRACKS})
    tracks = repo.path / "careers" / "tracks.yaml"
    clean = regions(sarif(repo.path, "validate"))
    changed = EDITS[edit](TRACKS)
    if changed is None:
        tracks.unlink()
    else:
        tracks.write_text(changed, encoding="utf-8")
    at_ref = regions(sarif(repo.path, "--ref", "HEAD", "validate"))
    assert at_ref == clean
    grade_line = TRACKS.splitlines()[3]
    grade = next(r for r in at_ref if r[0] == "schema" and r[2] == 4)
    assert grade[3] == utf16(grade_line, grade_line.index("one") + 1) == grade_line.index("one") + 2


def test_sarif_under_ref_reads_a_program_in_a_subfolder_from_the_revision(git_repo) -> None:
    repo = small_repo(git_repo, {"careers/tracks.yaml": TRACKS}, "hr/")
    clean = regions(sarif(repo.path / "hr", "validate"))
    (repo.path / "hr" / "careers" / "tracks.yaml").write_text(EDITS["lines above"](TRACKS) or "", encoding="utf-8")
    at_ref = regions(sarif(repo.path / "hr", "--ref", "HEAD", "validate"))
    assert at_ref == clean and all(uri.startswith("hr/") for _, uri, _, _ in at_ref)


def test_lint_sarif_under_ref_counts_columns_on_the_committed_post(git_repo) -> None:
    """A post edited after the commit (emoji at the start of every line, so before every finding's column;
    then lines added above too) does not move the committed findings' columns."""
    repo = example_repo(git_repo)
    clean = regions(sarif(repo.path, "lint"))
    assert any(uri == POST and column and column > 1 for _, uri, _, column in clean)
    post = repo.path / POST
    lines = post.read_text(encoding="utf-8").split("\n")
    post.write_text("\n".join(["🚀🚀 " + line for line in lines]), encoding="utf-8")
    assert regions(sarif(repo.path, "--ref", "HEAD", "lint")) == clean
    post.write_text("---\n" * 3 + "\n".join(["🚀🚀 " + line for line in lines]), encoding="utf-8")
    assert regions(sarif(repo.path, "--ref", "HEAD", "lint")) == clean


def test_other_formats_under_ref_name_the_committed_places(git_repo) -> None:
    """GitHub annotations, JSON and text take their places from the findings, which come from the revision;
    the text format's source line under a syntax error is the revision's too."""
    broken = TRACKS.replace("lateral_moves: [product, nowhere]", "lateral_moves: [product, nowhere")
    repo = small_repo(git_repo, {"careers/tracks.yaml": broken})
    (repo.path / "careers" / "tracks.yaml").write_text("# 🚀\n" * 5 + TRACKS, encoding="utf-8")
    args = ("--repo", str(repo.path), "--ref", "HEAD", "validate", "--format")
    text = run_cli(*args, "text").stdout
    assert "yaml-syntax" in text and "lateral_moves: [product, nowhere" in text and "# 🚀" not in text
    annotations = run_cli(*args, "github").stdout
    wanted = next(d for d in run_cli(*args, "json").json()["diagnostics"] if d["code"] == "yaml-syntax")
    assert f"file=careers/tracks.yaml,line={wanted['line']},col={wanted['column']}" in annotations


# The sources themselves.


def test_sources_list_a_template_folder_by_the_rules_of_program_files(git_repo, tmp_path: Path) -> None:
    """`files_under` lists what `read` reads: hidden files left out, links reported and never read; the same
    answer from a work tree and from a revision."""
    from mobility_cli.revision import git_source
    from mobility_cli.source import WorkTreeSource

    files: dict[str, str | bytes] = {
        "templates/site/a.html.j2": "a",
        "templates/site/deep/b.css": "b",
        "templates/site/.hidden": "h",
        "templates/site/.git-like/c": "c",
    }
    repo = small_repo(git_repo, {"careers/tracks.yaml": TRACKS, **files})
    os.symlink(tmp_path, repo.path / "templates" / "site" / "out")
    repo.commit("a link out")
    for source in (WorkTreeSource(repo.path), git_source(repo.path, "HEAD")):
        listed = [e.path for e in source.files_under("templates/site")]
        assert listed == ["templates/site/a.html.j2", "templates/site/deep/b.css"], source.label
        assert source.read("templates/site/deep/b.css") == b"b"
        assert [d.code for d in source.diagnostics] == ["unsafe-path"]
        assert source.diagnostics[0].file == "templates/site/out"
        assert source.files_under("templates/none") == []


def test_a_revision_reads_a_program_file_it_has_not_listed_but_never_a_link(git_repo) -> None:
    """The lines SARIF needs are read from the revision by path, without listing the whole program first."""
    from mobility_cli.revision import git_source

    repo = small_repo(git_repo, {"careers/tracks.yaml": TRACKS})
    os.symlink("tracks.yaml", repo.path / "careers" / "link.yaml")
    repo.commit("a link")
    source = git_source(repo.path, "HEAD")
    assert source.read("careers/tracks.yaml") == TRACKS.encode("utf-8")
    for missing in ("careers/link.yaml", "careers/none.yaml", "careers", "../outside.yaml"):
        with pytest.raises(OSError):
            source.read(missing)


# The rest of the class: every command that reads the program under --ref reads all of it from REV.


def test_plan_under_ref_uses_the_revisions_templates(git_repo, tmp_path: Path) -> None:
    repo = example_repo(git_repo, {"templates/plan.md.j2": "COMMITTED PLAN\n"})
    repo.write({"templates/plan.md.j2": "WORK TREE PLAN\n"})
    plan = ["plan", "--current", "ic2", "--target", "ic3", "--timezone", "Europe/Berlin"]
    at_ref = run_cli("--repo", str(repo.path), "--today", TODAY, "--ref", "HEAD", *plan)
    assert at_ref.code == 0, at_ref.stderr
    assert "COMMITTED PLAN" in at_ref.stdout and "WORK TREE" not in at_ref.stdout
    here = run_cli("--repo", str(repo.path), "--today", TODAY, *plan)
    assert "WORK TREE PLAN" in here.stdout


def test_diff_under_ref_compares_with_the_revision_not_the_work_tree(git_repo) -> None:
    repo = small_repo(git_repo, {"careers/tracks.yaml": SMALL_TRACKS})
    base = repo.repo.head.commit.hexsha
    repo.commit("a level retitled", {"careers/tracks.yaml": SMALL_TRACKS.replace("Engineer II", "Engineer Two")})
    repo.write({"careers/tracks.yaml": SMALL_TRACKS.replace("Engineer II", "Work Tree Title")})
    shown = run_cli("--repo", str(repo.path), "--ref", "HEAD", "diff", base, "--format", "json")
    assert shown.code == 0, shown.stderr
    assert "Engineer Two" in shown.stdout and "Work Tree Title" not in shown.stdout


def test_changed_since_under_ref_counts_the_changes_up_to_the_revision(git_repo) -> None:
    """A post broken only in the work tree is no change of REV's; one broken in REV is."""
    repo = small_repo(git_repo, {"careers/tracks.yaml": SMALL_TRACKS})
    base = repo.repo.head.commit.hexsha
    repo.commit("a bad level", {"careers/tracks.yaml": SMALL_TRACKS.replace("grade: 2", "grade: two")})
    repo.write({"mobility.yaml": "name: [unclosed\n"})
    found = run_cli("--repo", str(repo.path), "--ref", "HEAD", "validate", "--changed-since", base, "--format", "json")
    files = {d["file"] for d in found.json()["diagnostics"]}
    assert files == {"careers/tracks.yaml"}, found.stdout


def test_codeowners_takes_no_ref_where_it_would_write(git_repo) -> None:
    repo = small_repo(git_repo, {"careers/tracks.yaml": SMALL_TRACKS})
    result = run_cli("--repo", str(repo.path), "--ref", "HEAD", "codeowners")
    assert result.code == 2 and "takes no --ref" in result.stderr
    assert not (repo.path / ".github" / "CODEOWNERS").exists()

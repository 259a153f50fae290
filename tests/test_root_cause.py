"""The cause is read first: a file that is broken (a YAML syntax error) or only partly read (a misspelt key, a
value of the wrong type, a repeated key) is the first thing `validate` prints, and what follows from it elsewhere
(a removed or unresolved level, a missing framework, a post no move can find, a rule judged by a default) is
folded under it as one line. JSON and SARIF keep every finding, each naming the finding it follows from."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from mobility_cli.assemble.broken import Break, FileBreaks
from mobility_cli.diagnostics import Cause, Diagnostic, Findings, Severity
from mobility_cli.formats.diagnostics_text import format_text
from tests.conftest import CLEAN_POST, SMALL_FRAMEWORKS, SMALL_TRACKS, Result, run_cli

TODAY = "2026-11-20"
POST = CLEAN_POST
MENTOR = (
    "id: pat\nname: Pat\ntrack: engineering\nlevel: ic3\npast_levels: [engineering/ic2]\n"
    "timezone: Europe/Berlin\nworking_hours: '09:00-17:00'\nopt_in: true\n"
)
MOVES = (
    "moves:\n  - {person: p-0001, date: 2026-03-01, kind: promotion, from: {level: engineering/ic2}, "
    "to: {level: engineering/ic3}, posting: p}\n"
)
BASE = {
    "mobility.yaml": "name: T\n",
    "careers/tracks.yaml": SMALL_TRACKS,
    **SMALL_FRAMEWORKS,
    "postings/p.md": POST,
    "mentors/pat.yaml": MENTOR,
    "moves/2026.yaml": MOVES,
}
SENIOR = "---\ntitle: Senior Engineer\n{key}: ic3\n---\n## Senior Engineer Competency Framework\n\n### Craft\n- Designs systems across teams\n"
SHORT_WINDOW = POST.replace("internal_until: 2026-11-20", "internal_until: 2026-11-13").replace(
    "external_from: 2026-11-20", "external_from: 2026-11-13"
)
YEARS = POST.replace("- Designs systems across teams\n\n###", "- Designs systems across teams\n- 5+ years of Go\n\n###")

Changes = dict[str, str | None]


@pytest.fixture
def committed(git_repo: Callable[..., object]) -> Callable[[Changes], Path]:
    """The small program, committed, with some files then changed in the work tree (None removes one)."""

    def make(changes: Changes) -> Path:
        repo = git_repo()
        repo.commit("base", BASE)  # type: ignore[attr-defined]
        root: Path = repo.path  # type: ignore[attr-defined]
        for rel, text in changes.items():
            if text is None:
                (root / rel).unlink()
            else:
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text, encoding="utf-8")
        return root

    return make


def validate(root: Path, *extra: str, cwd: Path | None = None) -> Result:
    return run_cli("--repo", str(root), "--today", TODAY, "validate", *extra, cwd=cwd)


def found(root: Path) -> list[dict]:
    data: list[dict] = validate(root, "--format", "json").json()["diagnostics"]
    return data


def tracks(old: str, new: str, count: int = 1) -> Changes:
    return {"careers/tracks.yaml": SMALL_TRACKS.replace(old, new, count)}


# (what is wrong, the change, how the first line starts, a word it holds, how many findings fold under it)
CASES = [
    ("misspelt levels", tracks("    levels:", "    levles:"), "careers/tracks.yaml:3:5: error schema", "levles", 8),
    (
        "levels as a mapping",
        {
            "careers/tracks.yaml": SMALL_TRACKS.replace("      - {id: ic1", "      ic1: {id: ic1")
            .replace("      - {id: ic2", "      ic2: {id: ic2")
            .replace("      - {id: ic3", "      ic3: {id: ic3")
        },
        "careers/tracks.yaml:4:7: error schema",
        "levels",
        8,
    ),
    (
        "a level id that is not an id",
        tracks("{id: ic3,", "{id: IC3,"),
        "careers/tracks.yaml:6:14: error schema",
        "IC3",
        4,
    ),
    (
        "misspelt career_tracks",
        tracks("career_tracks:", "career_track:"),
        "careers/tracks.yaml:1:1: error schema",
        "career_track",
        10,
    ),
    (
        "a levels block pasted twice",
        tracks(
            "    lateral_moves: [product]\n", "    lateral_moves: [product]\n    levels:\n      - {id: ic1, grade: 1}\n"
        ),
        "careers/tracks.yaml:8:5: error duplicate-key",
        "levels",
        7,
    ),
    (
        "a track pasted into a second file",
        {
            "careers/more.yaml": "career_tracks:\n  engineering:\n    levels:\n      - {id: ic1, grade: 1}\n      - {id: ic4, grade: 4}\n"
        },
        "careers/tracks.yaml:2:3: error duplicate-id",
        "engineering",
        7,
    ),
    (
        "lateral_moves as text",
        tracks("lateral_moves: [product]", "lateral_moves: product"),
        "careers/tracks.yaml:7:20: error schema",
        "lateral_moves",
        0,
    ),
    (
        "a framework whose level key is misspelt",
        {"careers/engineering/ic3.md": None, "careers/engineering/senior.md": SENIOR.format(key="levle")},
        "careers/engineering/senior.md:3:1: error schema",
        "levle",
        3,
    ),
    (
        "a framework whose level is a list",
        {
            "careers/engineering/ic3.md": None,
            "careers/engineering/senior.md": SENIOR.format(key="level").replace(": ic3", ": [ic3]"),
        },
        "careers/engineering/senior.md:3:8: error schema",
        "level",
        3,
    ),
    (
        "a post whose role is misspelt",
        {"postings/p.md": POST.replace("role:", "rolle:")},
        "postings/p.md:2:1: error schema",
        "rolle",
        1,
    ),
    (
        "a post whose level is indented under another field",
        {
            "postings/p.md": POST.replace(
                "track: engineering\nlevel: ic3\n", "track: engineering\ntimezone:\n  level: ic3\n"
            ).replace("timezone: {with", "tz: {with")
        },
        "postings/p.md:6:3: error schema",
        "timezone",
        0,
    ),
    (
        "a post whose level is indented too far",
        {"postings/p.md": POST.replace("level: ic3\n", "  level: ic3\n")},
        "postings/p.md:5:",  # where in the line is the parse stage's to say
        "error yaml-syntax",
        1,
    ),
    (
        "a closed post whose status is misspelt",
        {
            "postings/p.md": POST.replace("status: open", "stauts: closed").replace(
                "closes: 2027-01-10", "closes: 2026-11-15"
            )
        },
        "postings/p.md:8:1: error schema",
        "stauts",
        2,
    ),
    (
        "a post whose work style is misspelt",
        {"postings/p.md": POST.replace("work_style:", "work_sytle:")},
        "postings/p.md:7:1: error schema",
        "work_sytle",
        1,
    ),
    (
        "a mentor whose level is misspelt",
        {"mentors/pat.yaml": MENTOR.replace("level:", "levle:")},
        "mentors/pat.yaml:1:1: error schema",
        "level",
        0,
    ),
    (
        "a mentor whose track is misspelt",
        {"mentors/pat.yaml": MENTOR.replace("track:", "trakc:")},
        "mentors/pat.yaml:1:1: error schema",
        "track",
        0,
    ),
    (
        "misspelt lint settings",
        {"mobility.yaml": "name: T\nlnit: {ignore: [years-of-experience]}\n", "postings/p.md": YEARS},
        "mobility.yaml:2:1: error schema",
        "lnit",
        3,  # the years, and what the line asks besides them (folded under the years)
    ),
    (
        "a misspelt policy section",
        {"mobility.yaml": "name: T\npolcy:\n  internal_window_days: 3\n", "postings/p.md": SHORT_WINDOW},
        "mobility.yaml:2:1: error schema",
        "polcy",
        1,
    ),
    (
        "a misspelt policy setting",
        {"mobility.yaml": "name: T\npolicy:\n  internal_window_dayz: 3\n", "postings/p.md": SHORT_WINDOW},
        "mobility.yaml:3:3: error schema",
        "internal_window_dayz",
        1,
    ),
]


@pytest.mark.parametrize(("changes", "first", "word", "folded"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_cause_is_the_first_line(committed, changes: Changes, first: str, word: str, folded: int) -> None:
    root = committed(changes)
    result = validate(root)
    lines = result.stdout.splitlines()
    assert result.code == 1
    assert lines[0].startswith(first) and word in lines[0], result.stdout
    folds = [n for n, line in enumerate(lines) if line.startswith("    … ")]
    if not folded:
        assert not folds, result.stdout
        return
    after = next((n for n, line in enumerate(lines[1:], 1) if line and not line.startswith(" ")), len(lines))
    assert len(folds) == 1 and folds[0] < after, result.stdout  # under the first finding: the cause
    fold = lines[folds[0]]
    assert f"… and {folded} finding" in fold or f"… {folded} reference" in fold, fold
    assert fold.endswith("run again once it is fixed")
    diagnostics = found(root)
    keys = {(d["code"], d["file"], d["line"], d["column"], d["pointer"]) for d in diagnostics}
    following = [d for d in diagnostics if "cause" in d]
    assert len(following) == folded
    for d in following:
        cause = d["cause"]
        assert (cause["code"], cause["file"], cause["line"], cause["column"], cause["pointer"]) in keys


def test_without_git_the_unresolved_names_follow_from_the_misspelling(program) -> None:
    root = program({**BASE, "careers/tracks.yaml": SMALL_TRACKS.replace("    levels:", "    levles:", 1)})
    result = validate(root)
    assert result.code == 1 and result.stdout.startswith("careers/tracks.yaml:3:5: error schema")
    following = [d for d in found(root) if "cause" in d]
    assert following and {d["code"] for d in following} == {"unresolved-reference"}
    assert "unresolved-reference" not in result.stdout
    assert all(d["cause"]["lost"] == "the levels of engineering could not be read" for d in following)


def test_what_does_not_follow_from_the_cause_is_still_shown(committed) -> None:
    """Only what the broken part could have held folds: a typo in another track's level stays a cause of its
    own, and so does a name beside a level whose grade, not its id, is wrong."""
    root = committed(
        tracks("    levels:", "    levles:")
        | {"mentors/pat.yaml": MENTOR.replace("[engineering/ic2]", "[product/pmm]")}
    )
    result = validate(root)
    assert result.stdout.startswith("careers/tracks.yaml:3:5: error schema")
    (typo,) = [d for d in found(root) if "pmm" in d["message"]]
    assert "cause" not in typo and "mentors/pat.yaml:5:15: error unresolved-reference" in result.stdout
    root = committed(tracks("grade: 3}", "grade: three}") | {"postings/p.md": POST.replace("level: ic3", "level: ic9")})
    (unresolved,) = [d for d in found(root) if d["code"] == "unresolved-reference"]
    assert "cause" not in unresolved and "postings/p.md:5:8: error unresolved-reference" in validate(root).stdout
    root = committed(
        {"careers/engineering/ic3.md": SENIOR.format(key="title").replace("title: Senior", "titel: Senior")}
    )
    assert [d["code"] for d in found(root)] == ["schema"]


def test_the_json_keeps_every_finding_and_names_the_cause(committed) -> None:
    before = found(
        committed(
            tracks("{id: ic3, title: Senior Engineer, grade: 3}", "{id: ic3, title: Senior Engineer, grade: 3, x: 1}")
        )
    )
    assert all("cause" not in d for d in before)
    diagnostics = found(committed(tracks("    levels:", "    levles:")))
    assert len([d for d in diagnostics if d["severity"] == "error"]) == 10  # every finding is still there
    (cause,) = [d for d in diagnostics if "levles" in d["message"]]
    assert list(cause) == ["code", "severity", "message", "file", "line", "column", "pointer", "hint"]
    moved = [d for d in diagnostics if d["file"] == "moves/2026.yaml"]
    assert moved and all(d["code"] == "removed-level" for d in moved)
    assert moved[0]["cause"] == {
        "code": "schema",
        "file": "careers/tracks.yaml",
        "line": 3,
        "column": 5,
        "pointer": "/career_tracks/engineering/levles",
        "lost": "the levels of engineering could not be read",
    }


def test_sarif_relates_each_consequence_to_its_cause(committed) -> None:
    root = committed(tracks("    levels:", "    levles:"))
    results = validate(root, "--format", "sarif").json()["runs"][0]["results"]
    following = [r for r in results if "relatedLocations" in r]
    assert len(following) == 8 and len(results) == 10
    related = following[0]["relatedLocations"][0]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "careers/tracks.yaml"
    assert related["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 5}
    assert following[0]["properties"]["cause"]["code"] == "schema"


def test_github_annotates_the_cause_and_counts_what_follows(committed) -> None:
    root = committed(tracks("    levels:", "    levles:"))
    lines = validate(root, "--format", "github").stdout.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert len(annotations) == 2 and all("careers/tracks.yaml" in line for line in annotations)
    (cause,) = [line for line in annotations if "levles" in line]
    assert "… and 8 findings elsewhere that follow from it" in cause
    assert lines[-1].startswith("10 errors")


def test_exit_codes_strict_cache_and_changed_since_are_unchanged(committed) -> None:
    root = committed(tracks("    levels:", "    levles:"))
    first = validate(root)
    again = validate(root)  # from the cache, which pickles the findings with their causes
    assert first.stdout == again.stdout and first.code == again.code == 1
    assert validate(root, "--strict").code == 1
    changed = validate(root, "--changed-since", "HEAD")
    assert changed.code == 1 and changed.stdout.startswith("careers/tracks.yaml:3:5: error schema")


def test_a_consequence_whose_cause_is_left_out_says_where_it_comes_from(committed) -> None:
    root = committed(tracks("    levels:", "    levles:"))
    result = validate(root, "postings/", cwd=root)
    assert result.code == 1 and "careers/tracks.yaml:3:5" in result.stdout
    assert "this follows from schema at careers/tracks.yaml:3:5: fix that first" in result.stdout


def test_a_syntax_error_folds_the_references_it_left_unchecked(committed) -> None:
    root = committed({"careers/tracks.yaml": SMALL_TRACKS.replace("grade: 3}", "grade: 3", 1)})
    result = validate(root)
    assert result.code == 1 and result.stdout.startswith("careers/tracks.yaml:")
    assert "references were not checked: run again once it is fixed" in result.stdout
    assert "unchecked-references" not in result.stdout
    (info,) = [d for d in found(root) if d["code"] == "unchecked-references"]
    assert info["cause"]["code"] == "yaml-syntax"


def test_findings_with_causes_pickle_and_fold_in_a_chain() -> None:
    schema = Diagnostic("schema", Severity.ERROR, "unknown field", "careers/t.yaml", 3, 5, "/x/levles")
    repeat = Diagnostic("duplicate-id", Severity.ERROR, "again", "careers/u.yaml", 2, 3, "/x").following(
        Cause.of(schema)
    )
    named = Diagnostic("removed-level", Severity.ERROR, "gone", "moves/m.yaml", 1, 1).following(
        Cause.of(repeat, "the levels of x could not be read")
    )
    findings = Findings([named, repeat, schema], files=3)
    assert pickle.loads(pickle.dumps(findings)).diagnostics[0].cause == named.cause
    assert findings.following() == {schema.key: [named, repeat]}
    text = format_text(findings)
    assert text.startswith("careers/t.yaml:3:5: error schema unknown field\n    … and 2 findings elsewhere that follow")
    assert json.dumps(named.to_json())  # JSON-safe


@pytest.mark.parametrize(
    ("broken", "wanted", "written", "explains"),
    [
        ("/t/e/levles", "/t/e/levels/*/id", (), True),  # beside: a key spelt like it
        ("/t/e/levles", "/t/e/levels/*/id", ("/t/e/levels",), False),  # ... but `levels` is there too
        ("/t/e", "/t/e/levels/*/id", (), True),  # above: `levels` is missing
        ("/t/e", "/t/e/levels/*/id", ("/t/e/levels",), False),  # ... but it is written
        ("/t/e/levels/2/id", "/t/e/levels/*/id", ("/t/e/levels",), True),  # an item lost its id
        ("/t/e/levels/2/grade", "/t/e/levels/*/id", ("/t/e/levels",), False),  # a wrong grade loses no level
        ("/t/e/name", "/t/e/levels/*/id", (), False),  # an unrelated key
        ("/timezone/level", "/level", (), True),  # the key itself, under the wrong parent
        ("/timezone/level", "/level", ("/level",), False),
    ],
)
def test_which_break_explains_what(broken: str, wanted: str, written: tuple[str, ...], explains: bool) -> None:
    from mobility_cli.located import SourceMap

    source = SourceMap("f.yaml", lambda: ({p: (1, 1) for p in written}, {}))
    cause = Cause("schema", "f.yaml", 1, 1, broken)
    assert (FileBreaks("f.yaml", "tracks", [Break(broken, cause)], source).cause((wanted,)) is not None) is explains

"""Property-based checks: programs round-trip through the loader; any bytes give diagnostics, not exceptions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mobility_cli.features.lint import lint_posts
from mobility_cli.load import load_program
from mobility_cli.source import WorkTreeSource
from tests.conftest import SMALL_TRACKS, write_files

IDS = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
TITLES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40)


@st.composite
def programs(draw: st.DrawFn) -> dict:
    track_ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    tracks = {}
    used: set[str] = set()
    for track in track_ids:
        levels = draw(st.lists(IDS.filter(lambda x: x not in used), min_size=1, max_size=5, unique=True))
        used.update(levels)
        grades = sorted(draw(st.lists(st.integers(1, 9), min_size=len(levels), max_size=len(levels))))
        tracks[track] = {
            "levels": [
                {"id": lv, "title": draw(TITLES).strip() or "T", "grade": g, "months": draw(st.integers(1, 60))}
                for lv, g in zip(levels, grades, strict=True)
            ],
            "lateral_moves": draw(
                st.lists(st.sampled_from(track_ids).filter(lambda t, me=track: t != me), unique=True)
            ),
        }
    return {"career_tracks": tracks}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(programs())
def test_generated_programs_round_trip(tmp_path_factory, data: dict) -> None:
    root = write_files(tmp_path_factory.mktemp("p"), {"careers/tracks.yaml": yaml.safe_dump(data, allow_unicode=True)})
    loaded = load_program(WorkTreeSource(root))
    errors = [d for d in loaded.findings.diagnostics if d.severity == "error"]
    assert not errors, errors
    for track_id, spec in data["career_tracks"].items():
        track = loaded.program.tracks[track_id]
        assert [(lv.id, lv.title, lv.grade, lv.months) for lv in track.levels] == [
            (lv["id"], lv["title"], lv["grade"], lv["months"]) for lv in spec["levels"]
        ]
        assert [m.to for m in track.lateral_moves] == [t for t in spec["lateral_moves"]]


TARGETS = [
    "careers/extra.yaml",
    "careers/engineering/ic1.md",
    "postings/p.md",
    "mentors/m.yaml",
    "moves/m.yaml",
    "mobility.yaml",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(TARGETS), st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode)))
def test_any_bytes_give_diagnostics_not_exceptions(tmp_path_factory, target: str, content: bytes) -> None:
    root: Path = write_files(tmp_path_factory.mktemp("b"), {"careers/tracks.yaml": SMALL_TRACKS, target: content})
    loaded = load_program(WorkTreeSource(root))
    for diagnostic in loaded.findings.diagnostics:
        assert diagnostic.code and diagnostic.message
        assert diagnostic.file is None or not diagnostic.file.startswith("/")
    lint_posts(loaded.program, date(2026, 11, 24))

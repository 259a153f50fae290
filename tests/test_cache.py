"""The document cache makes warm runs cheap and is never wrong: every edit is seen, across files too."""

from __future__ import annotations

import pickle
from pathlib import Path

from mobility_cli.cache import DocumentCache, document_key
from mobility_cli.load import load_program
from mobility_cli.source import WorkTreeSource
from tests.conftest import SMALL_TRACKS, run_cli


def codes(root: Path, *extra: str) -> list[tuple[str, str]]:
    result = run_cli("--repo", str(root), *extra, "validate", "--format", "json")
    return sorted((d["code"], d["file"]) for d in result.json()["diagnostics"])


def test_cache_lives_outside_the_work_tree(program, own_cache: Path) -> None:
    root = program()
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    codes(root)
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
    assert list(own_cache.glob("*.pickle"))


def test_warm_run_reads_from_the_cache(program, own_cache: Path) -> None:
    root = program()
    cold = DocumentCache.for_program(str(root))
    load_program(WorkTreeSource(root), cold)
    assert cold.misses > 0 and cold.hits == 0
    warm = DocumentCache.for_program(str(root))
    loaded = load_program(WorkTreeSource(root), warm)
    assert warm.misses == 0 and warm.hits == cold.misses
    assert not loaded.has_errors


def test_an_edit_is_seen_on_the_next_run(program) -> None:
    root = program()
    assert codes(root) == []
    tracks = root / "careers" / "tracks.yaml"
    tracks.write_text(SMALL_TRACKS.replace("grade: 3}", "grade: three}", 1), encoding="utf-8")
    assert ("schema", "careers/tracks.yaml") in codes(root)
    tracks.write_text(SMALL_TRACKS, encoding="utf-8")
    assert codes(root) == []


def test_a_change_in_a_referenced_file_reaches_the_file_that_refers_to_it(program) -> None:
    post = "---\nrole: Analyst\nteam: Data\ntrack: engineering\nlevel: ic2\nstatus: draft\n---\nbody\n"
    root = program({"postings/analyst.md": post})
    assert not [c for c in codes(root) if c[0] == "unresolved-reference"]
    tracks = root / "careers" / "tracks.yaml"
    tracks.write_text(SMALL_TRACKS.replace("{id: ic2, title: Engineer II, grade: 2}", "{id: ic2b, title: X, grade: 2}"))
    assert ("unresolved-reference", "postings/analyst.md") in codes(root)


def test_same_bytes_at_another_path_are_another_entry() -> None:
    assert document_key("careers/a.yaml", b"x: 1\n") != document_key("postings/a.md", b"x: 1\n")
    assert document_key("careers/a.yaml", b"x: 1\n") != document_key("careers/a.yaml", b"x: 2\n")


def test_a_broken_cache_file_is_a_cold_start(program, own_cache: Path) -> None:
    root = program({"careers/bad.yaml": "career_tracks: [\n"})
    first = codes(root)
    for file in own_cache.glob("*.pickle"):
        file.write_bytes(b"not a pickle")
    assert codes(root) == first
    for file in own_cache.glob("*.pickle"):
        file.write_bytes(pickle.dumps((999, {b"k": "v"})))
    assert codes(root) == first


def test_no_cache_option_writes_nothing(program, own_cache: Path) -> None:
    root = program()
    codes(root, "--no-cache")
    assert not list(own_cache.iterdir())

"""The result cache makes an unchanged program validate warm, and is never wrong: every edit is seen."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

from mobility_cli.cache import ResultCache
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


def test_unchanged_program_is_a_hit_and_reads_no_file(program) -> None:
    root = program()
    first = ResultCache.for_program(str(root))
    source = WorkTreeSource(root)
    key = first.fingerprint(source, source.entries(), "ctx")
    first.put(key, "report")
    again = ResultCache.for_program(str(root))
    again.written_at = time.time() + 10  # as if the cache were written well after the files last changed
    source = WorkTreeSource(root)
    assert again.get(again.fingerprint(source, source.entries(), "ctx")) == "report"
    assert source.kept == {}  # every hash came from the remembered stamps
    source = WorkTreeSource(root)
    assert again.get(again.fingerprint(source, source.entries(), "another day")) is None


def test_an_edit_is_seen_even_with_the_same_size_and_mtime(program) -> None:
    root = program()
    assert codes(root) == []
    tracks = root / "careers" / "tracks.yaml"
    stat = tracks.stat()
    tracks.write_text(SMALL_TRACKS.replace("grade: 3}", "grade: X}", 1), encoding="utf-8")
    os.utime(tracks, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime: ctime tells
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


def test_a_new_or_removed_file_is_seen(program) -> None:
    root = program()
    assert codes(root) == []
    (root / "careers" / "broken.yaml").write_text("career_tracks: [\n", encoding="utf-8")
    assert codes(root) == [("yaml-syntax", "careers/broken.yaml")]
    (root / "careers" / "broken.yaml").unlink()
    assert codes(root) == []


def test_a_broken_cache_file_is_a_cold_start(program, own_cache: Path) -> None:
    root = program({"careers/bad.yaml": "career_tracks: [\n"})
    first = codes(root)
    for file in own_cache.glob("*.pickle"):
        file.write_bytes(b"not a pickle")
    assert codes(root) == first
    for file in own_cache.glob("*.pickle"):
        file.write_bytes(pickle.dumps((999, 0, {}, {})))
    assert codes(root) == first


def test_no_cache_option_writes_nothing(program, own_cache: Path) -> None:
    root = program()
    codes(root, "--no-cache")
    assert not list(own_cache.iterdir())

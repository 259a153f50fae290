"""The result cache makes an unchanged program validate warm, and is never wrong: every edit is seen."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mobility_cli.cache import ResultCache
from mobility_cli.diagnostics import Findings
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
    result = Findings([], 3)  # what validate keeps: an entry of another type is a miss
    first.put(key, result)
    again = ResultCache.for_program(str(root))
    again.written_at = time.time() + 10  # as if the cache were written well after the files last changed
    source = WorkTreeSource(root)
    assert again.get(again.fingerprint(source, source.entries(), "ctx"), Findings) == result
    assert source.kept == {}  # every hash came from the remembered stamps
    source = WorkTreeSource(root)
    assert again.get(again.fingerprint(source, source.entries(), "another day"), Findings) is None


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


# A cache that never lies: every doubt is a miss.


def test_a_link_leading_outside_is_seen_after_a_clean_run(program, tmp_path: Path) -> None:
    root = program()
    assert codes(root) == []
    (root / "postings").mkdir(exist_ok=True)
    outside = tmp_path / "secret.md"
    outside.write_text("secret\n")
    (root / "postings" / "leak.md").symlink_to(outside)
    assert ("unsafe-path", "postings/leak.md") in codes(root)
    (root / "postings" / "leak.md").unlink()
    assert codes(root) == []


def test_a_result_computed_while_a_file_changed_is_not_kept(program) -> None:
    from mobility_cli.application.workspace import Workspace, cached_findings
    from mobility_cli.source import Location

    root = program()
    location = Location(root, False, "test")
    tracks = root / "careers" / "tracks.yaml"

    def edit_while_computing(loaded):
        time.sleep(0.01)
        tracks.write_text(tracks.read_text() + "\n# edited during the run\n")
        return Findings([], 1)

    cached_findings(Workspace(), location, edit_while_computing, "ctx")
    calls = []

    def count(loaded):
        calls.append(1)
        return Findings([], 1)

    cached_findings(Workspace(), location, count, "ctx")
    assert calls == [1]  # recomputed: the result from during the edit was never stored


def test_a_huge_file_is_never_read_to_be_fingerprinted(program) -> None:
    root = program()
    huge = root / "postings" / "huge.md"
    huge.parent.mkdir(exist_ok=True)
    with open(huge, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    source = WorkTreeSource(root)
    cache = ResultCache(None)
    cache.fingerprint(source, source.entries(), "ctx")
    assert "postings/huge.md" not in source.kept


@pytest.mark.parametrize("damage", ["flip a bit", "wrong shape", "truncate", "garbage"])
def test_a_damaged_cache_is_a_miss_not_an_error(program, own_cache: Path, damage: str) -> None:
    root = program({"postings/p.md": "---\nrole: X\n---\n"})
    first = codes(root)
    (file,) = own_cache.glob("*.pickle")
    data = bytearray(file.read_bytes())
    if damage == "flip a bit":
        data[-10] ^= 0x01
    elif damage == "wrong shape":
        import hashlib

        payload = pickle.dumps((4, time.time(), {"x": "y"}, {b"k": "not findings"}))
        data = bytearray(b"mobility-cache 4\n" + hashlib.blake2b(payload, digest_size=32).digest() + payload)
    elif damage == "truncate":
        data = data[: len(data) // 2]
    else:
        data = bytearray(b"\x80\x04garbage")
    file.write_bytes(bytes(data))
    result = run_cli("--repo", str(root), "validate", "--format", "json")
    assert result.code in (0, 1) and "internal error" not in result.stderr
    assert sorted((d["code"], d["file"]) for d in result.json()["diagnostics"]) == first


def test_a_failed_write_leaves_no_partial_file(program, own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = program()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert run_cli("--repo", str(root), "validate").code == 0
    assert list(own_cache.iterdir()) == []


EDITS = st.lists(
    st.sampled_from(["break tracks", "fix tracks", "add post", "remove post", "touch", "bad zone", "good zone"]),
    min_size=1,
    max_size=6,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(EDITS)
def test_with_and_without_the_cache_validate_agrees(tmp_path_factory, edits: list[str]) -> None:
    from tests.conftest import SMALL_FRAMEWORKS, write_files

    root = write_files(
        tmp_path_factory.mktemp("c"),
        {"mobility.yaml": "name: T\n", "careers/tracks.yaml": SMALL_TRACKS, **SMALL_FRAMEWORKS},
    )
    mentor = "id: pat\nname: Pat\ntrack: engineering\nlevel: ic2\ntimezone: {zone}\n"
    for edit in edits:
        if edit == "break tracks":
            (root / "careers" / "tracks.yaml").write_text(SMALL_TRACKS + "  x: [\n")
        elif edit == "fix tracks":
            (root / "careers" / "tracks.yaml").write_text(SMALL_TRACKS)
        elif edit == "add post":
            write_files(root, {"postings/p.md": "---\nrole: X\nlevel: ic9\n---\n"})
        elif edit == "remove post":
            (root / "postings" / "p.md").unlink(missing_ok=True)
        elif edit == "touch":
            os.utime(root / "mobility.yaml")
        else:
            write_files(root, {"mentors/pat.yaml": mentor.format(zone="Lagos" if edit == "bad zone" else "UTC")})
        assert codes(root) == codes(root, "--no-cache"), edits

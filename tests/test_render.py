"""`mobility render` without a browser: reproducible output, safe writes, sanitising, --ref and formats."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT, SMALL_TRACKS, cli_env, run_cli
from tests.posts import FRAMEWORKS, GOOD, post

HOSTILE_POST = post(
    GOOD,
    work=(
        '- <script>window.__pwned = 1</script>\n- <img src=x onerror="window.__pwned = 2">\n'
        '- [click me](javascript:window.__pwned=3)\n- <iframe src="https://example.com"></iframe>\n'
    ),
)


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_renders_are_byte_identical(tmp_path: Path) -> None:
    assert run_cli("render", "--out", str(tmp_path / "a")).code == 0
    assert run_cli("render", "--out", str(tmp_path / "b")).code == 0
    first, second = files_of(tmp_path / "a"), files_of(tmp_path / "b")
    assert first == second
    assert {"index.html", "board.html", "paths.html", "feed.xml", "frameworks.csv", "style.css"} <= set(first)
    assert "levels/engineering/ic3.html" in first and "postings/senior-backend-engineer.html" in first
    assert "tracks/engineering.html" in first
    assert "report.html" in first and b'href="report.html"' in first["index.html"]  # the program report, linked


def test_feed_and_csv_are_well_formed(tmp_path: Path) -> None:
    run_cli("render", "--out", str(tmp_path / "s"))
    feed = ET.fromstring((tmp_path / "s" / "feed.xml").read_bytes())
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 4
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s" / "frameworks.csv").read_text())))
    assert {
        "track": "engineering",
        "level": "ic3",
        "title": "Senior Engineer",
        "grade": "3",
        "area": "Impact",
        "behaviour": "Builds tools or processes that improve team velocity",
    } in rows


def test_program_html_is_harmless(program, tmp_path: Path) -> None:
    root = program({"postings/x.md": HOSTILE_POST, **FRAMEWORKS})
    out = tmp_path / "site"
    assert run_cli("--repo", str(root), "render", "--out", str(out)).code == 0
    page = (out / "postings" / "x.html").read_text()
    assert "<script>window" not in page and "<img" not in page and "<iframe" not in page
    assert "javascript:" not in page.replace("javascript:window.__pwned=3)", "")  # shown only as text
    assert "&lt;script&gt;" in page


def test_refuses_unsafe_targets(program, tmp_path: Path) -> None:
    root = program()
    assert run_cli("--repo", str(root), "render", "--out", str(root)).code == 2
    assert run_cli("--repo", str(root), "render", "--out", str(root.parent)).code == 2
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    refused = run_cli("--repo", str(root), "render", "--out", str(foreign))
    assert refused.code == 2 and "did not make" in refused.stderr and (foreign / "notes.txt").read_text() == "mine"
    assert run_cli("--repo", str(root), "render", "--out", str(foreign), "--force").code == 0
    assert not (foreign / "notes.txt").exists() and (foreign / "index.html").exists()
    assert run_cli("--repo", str(root), "render", "--out", str(foreign)).code == 0  # ours now: replaced freely


def test_a_killed_render_leaves_the_previous_site_whole(tmp_path: Path) -> None:
    program = tmp_path / "big"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(program), "--scale", "S"],
        check=True,
        capture_output=True,
    )
    out = tmp_path / "site"
    assert run_cli("--repo", str(program), "render", "--out", str(out)).code == 0
    before = files_of(out)
    (program / "postings" / "post-00001.md").write_text(
        (program / "postings" / "post-00001.md").read_text() + "\nNew.\n"
    )
    assert run_cli("--repo", str(program), "render", "--out", str(tmp_path / "expected")).code == 0
    after = files_of(tmp_path / "expected")
    assert after != before
    for delay in (0.2, 0.5, 0.9):
        proc = subprocess.Popen(
            [sys.executable, "-m", "mobility_cli", "--repo", str(program), "render", "--out", str(out)],
            cwd=ROOT,
            env=cli_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = files_of(out)
        assert now in (before, after), "the site is neither the old one nor the new one, whole"
        assert now["index.html"] and now[".mobility-render"]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")]
    assert all(name.startswith((".site.new-", ".site.old-", ".site.lock")) for name in leftovers)


def test_a_second_render_into_the_same_folder_waits_its_turn(program, tmp_path: Path) -> None:
    import fcntl

    root = program()
    out = tmp_path / "site"
    with open(tmp_path / ".site.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        busy = run_cli("--repo", str(root), "render", "--out", str(out))
    assert busy.code == 2 and "another mobility render" in busy.stderr and not out.exists()


def test_ref_renders_an_old_revision_and_leaves_the_tree_alone(git_repo, tmp_path: Path) -> None:
    repo = git_repo()
    first = repo.commit("one", {"careers/tracks.yaml": SMALL_TRACKS, **FRAMEWORKS})
    repo.commit("two", {"careers/tracks.yaml": SMALL_TRACKS.replace("Senior Engineer", "Lead Engineer")})
    (repo.path / "careers" / "tracks.yaml").write_text("dirty: [\n")
    out = tmp_path / "site"
    assert run_cli("--repo", str(repo.path), "--ref", first, "render", "--out", str(out)).code == 0
    assert "Senior Engineer" in (out / "levels" / "engineering" / "ic3.html").read_text()
    assert (repo.path / "careers" / "tracks.yaml").read_text() == "dirty: [\n"


def test_markdown_format(tmp_path: Path) -> None:
    out = tmp_path / "md"
    assert run_cli("render", "--out", str(out), "--format", "markdown").code == 0
    index = (out / "index.md").read_text()
    assert "```mermaid" in index and "(tracks/engineering.md)" in index
    assert (out / "levels" / "engineering" / "ic3.md").read_text().startswith("# Senior Engineer")
    assert not os.path.exists(out / "index.html")

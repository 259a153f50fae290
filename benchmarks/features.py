"""Feature benchmarks the issues ask for, each in its own process (time and peak memory), on generated programs:

- the career graph on 200 tracks × 10 levels with 5 laterals each (scale L): graph construction and a path
  query, against the same query on scale S, after loading;
- `render` of scale L (200 tracks, 20,000 posts): pages per second;
- `mentors match` of 1,000 mentees onto 400 mentors of capacity 3;
- `report` over 100,000 move records and 20,000 posts (scale L).

    python benchmarks/features.py [--out benchmarks/features.md]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

GRAPH = """
import json, resource, sys, time
from pathlib import Path
from mobility_cli.load import load_program
from mobility_cli.source import WorkTreeSource
from mobility_cli.features.paths import CareerGraph, find_routes
program = load_program(WorkTreeSource(Path(sys.argv[1])), frozenset({"program", "tracks"})).program
start = time.perf_counter(); graph = CareerGraph.build(program); built = time.perf_counter() - start
from mobility_cli.features.names import resolve_level
source, target = resolve_level(program, "ic2"), resolve_level(program, "staff")
start = time.perf_counter()
for _ in range(20):
    graph.routes(source, [target])
query = (time.perf_counter() - start) / 20
start = time.perf_counter()
find_routes(program, source, [target])
whole = time.perf_counter() - start
print(json.dumps({"levels": sum(len(t.levels) for t in program.tracks.values()), "build_ms": built * 1000,
                  "query_ms": query * 1000, "whole_ms": whole * 1000,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
RENDER = """
import json, resource, sys, time
from pathlib import Path
from mobility_cli.load import load_program
from mobility_cli.source import WorkTreeSource
from mobility_cli.features.site import site_data
from mobility_cli.formats.site_html import render_html
from mobility_cli.resources import templates_dir
program = load_program(WorkTreeSource(Path(sys.argv[1]))).program
start = time.perf_counter()
files = render_html(site_data(program), [templates_dir() / "site"], "bench")
seconds = time.perf_counter() - start
pages = sum(1 for name in files if name.endswith(".html"))
print(json.dumps({"pages": pages, "seconds": seconds, "pages_per_s": pages / seconds,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
MATCH = """
import json, random, resource, time
from datetime import date
from mobility_cli.features.mentoring import Mentee, match
from mobility_cli.features.timezones import person
from mobility_cli.load import load_program
from mobility_cli.model import Mentor, PastMentorship, Program
from mobility_cli.source import WorkTreeSource
from pathlib import Path
import dataclasses
base = load_program(WorkTreeSource(Path(%r)), frozenset({"program", "tracks"})).program
rnd = random.Random(1)
levels = list(base.levels())
zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Europe/London", "America/Sao_Paulo", "Asia/Tokyo"]
mentors = {}
for n in range(400):
    lv = rnd.choice(levels)
    history = tuple(PastMentorship(2025, "moved", rnd.randint(2, 5)) for _ in range(rnd.randint(0, 4)))
    mentors[f"m{n}"] = Mentor(f"m{n}", f"M{n}", lv.track, lv.id, tuple(l.key for l in rnd.sample(levels, 2)),
                              rnd.choice(zones), "09:00-17:00", 3, True, history, None, "x")
program = dataclasses.replace(base, mentors=mentors)
mentees = []
for n in range(1000):
    a = rnd.choice(levels)
    track = base.tracks[a.track]
    b = track.levels[min(a.index + 1, len(track.levels) - 1)]
    mentees.append(Mentee(f"p-{n}", a, b, person(rnd.choice(zones), "09:00-17:00")))
start = time.perf_counter()
result = match(program, mentees, date(2026, 11, 24))
seconds = time.perf_counter() - start
print(json.dumps({"mentees": 1000, "mentors": 400, "matched": sum(1 for a in result if a.suggestion),
                  "seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
REPORT = """
import json, resource, sys, time
from datetime import date
from pathlib import Path
from mobility_cli.load import load_program
from mobility_cli.source import WorkTreeSource
from mobility_cli.features.metrics import default_window
from mobility_cli.features.program_report import program_report
start = time.perf_counter()
from mobility_cli.workers import jobs_from
program = load_program(WorkTreeSource(Path(sys.argv[1])), frozenset({"program", "tracks", "posting", "moves"}),
                       jobs=jobs_from(None), post_text=False).program  # as `mobility report` loads it
loaded = time.perf_counter() - start
start = time.perf_counter()
result = program_report(program, default_window(date(2026, 11, 24), None, None))
seconds = time.perf_counter() - start
print(json.dumps({"moves": len(program.moves.records), "posts": len(program.postings), "load_s": loaded,
                  "report_s": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, *args: str) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "features.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mobility-features-"))
    for scale in ("S", "L"):
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(work / scale), "--scale", scale],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    small, large = run(GRAPH, str(work / "S")), run(GRAPH, str(work / "L"))
    render = run(RENDER, str(work / "L"))
    mentors = run(MATCH % str(ROOT))
    report = run(REPORT, str(work / "L"))
    rows = [
        f"| career graph, scale S ({small['levels']:,} levels) | build {small['build_ms']:.1f} ms, "
        f"path query {small['query_ms']:.2f} ms on the built graph, {small['whole_ms']:.1f} ms with building |",
        f"| career graph, scale L ({large['levels']:,} levels, 5 laterals per track) | "
        f"build {large['build_ms']:.1f} ms, "
        f"path query {large['query_ms']:.2f} ms on the built graph ({large['query_ms'] / small['query_ms']:.1f}× S), "
        f"{large['whole_ms']:.1f} ms with building |",
        f"| render, scale L ({render['pages']:,} pages) | {render['seconds']:.1f} s, "
        f"{render['pages_per_s']:,.0f} pages/s, peak {render['rss_mb']:,.0f} MB |",
        f"| mentors match, 1,000 mentees onto 400 mentors × 3 places | {mentors['seconds']:.1f} s, "
        f"{mentors['matched']:,.0f} matched, peak {mentors['rss_mb']:,.0f} MB |",
        f"| report, {report['moves']:,.0f} moves and {report['posts']:,.0f} posts | load {report['load_s']:.1f} s, "
        f"metrics and pitfalls {report['report_s']:.2f} s, peak {report['rss_mb']:,.0f} MB |",
    ]
    text = "| benchmark | result |\n|---|---|\n" + "\n".join(rows) + "\n"
    print(text)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

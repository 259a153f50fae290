"""Coverage-guided fuzzing of the loader: any bytes in any program file must give diagnostics, never an exception.

Not run in CI (it runs for as long as you let it). Usage, from the repository root:

    pip install atheris
    python fuzz/fuzz_loader.py fuzz/corpus -max_total_time=1800

The first byte picks which program file the rest of the input becomes; the other files are a small valid
program, so references between files are exercised too. Crashes are written by libFuzzer as crash-* files;
each one fixed is kept as a case in tests/hostile/. Time is measured as well as crashes: an input that takes
longer than SLOW seconds is a failure (a pattern that backtracks is a hang waiting for a longer input), and
lint runs on every post too, since that is where most text is scanned.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from mobility_cli.diagnostics import Diagnostic
    from mobility_cli.features.lint import lint_posts
    from mobility_cli.features.paths import CareerGraph
    from mobility_cli.load import load_program
    from mobility_cli.source import FileEntry, Source

TRACKS = b"""career_tracks:
  engineering:
    levels:
      - {id: ic1, title: Engineer I, grade: 1}
      - {id: ic2, title: Engineer II, grade: 2}
    lateral_moves: [product]
  product:
    levels:
      - {id: pm, title: Product Manager, grade: 2}
"""
FRAMEWORK = b"---\ntitle: Engineer I\n---\n## Engineer I Competency Framework\n\n### Craft\n- Ships changes\n"
TARGETS = [
    "careers/tracks.yaml",
    "careers/more.yaml",
    "careers/engineering/ic1.md",
    "postings/post.md",
    "mentors/ada.yaml",
    "moves/2026.yaml",
    "mobility.yaml",
]


@dataclass(slots=True)
class MemorySource(Source):
    files: dict[str, bytes]
    label: str = "fuzz"
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def entries(self) -> list[FileEntry]:
        return [FileEntry(p, len(b)) for p, b in sorted(self.files.items())]

    def read(self, path: str) -> bytes:
        return self.files[path]


SLOW = 2.0  # seconds for one input of at most a few kilobytes: anything near it is super-linear
TODAY = date(2026, 11, 20)


class TooSlow(Exception):
    """An input that took far longer than its size explains."""


def one_input(data: bytes) -> None:
    if not data:
        return
    started = time.perf_counter()
    target = TARGETS[data[0] % len(TARGETS)]
    files = {"careers/tracks.yaml": TRACKS, "careers/engineering/ic1.md": FRAMEWORK}
    files[target] = data[1:]
    loaded = load_program(MemorySource(files))
    for diagnostic in loaded.findings.diagnostics:
        diagnostic.to_json()
    CareerGraph.build(loaded.program)
    lint_posts(loaded.program, TODAY)
    elapsed = time.perf_counter() - started
    if elapsed > SLOW:
        raise TooSlow(f"{elapsed:.1f} s for {len(data)} bytes into {target}")


if __name__ == "__main__":
    sys.setrecursionlimit(10_000)
    seeds = Path(__file__).resolve().parent / "corpus"
    seeds.mkdir(exist_ok=True)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()

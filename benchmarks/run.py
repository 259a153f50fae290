"""Times whole processes, like hyperfine: several runs, median and spread, with ratios from the same run.

    python benchmarks/run.py [--scale M] [--runs 5] [--out benchmarks/latest.md] [--baseline REV]

Every goal of the performance issue is printed beside its figure, with whether it is met. Compared against
what a user would otherwise pick, or what the machine allows:
- `mobility validate` cold against the parse floor (read every file, parse it with PyYAML's C loader, nothing
  else) and against check-jsonschema validating the same YAML documents against the same schemas;
- `validate` warm (nothing changed since the last run) against cold;
- `mobility render` against `mkdocs build` of the same Markdown posts (skipped if mkdocs is not installed);
- `mobility path ic2 staff` and `mobility --version` against the start-up floor: a minimal typer app with one
  command of two string arguments that prints them;
- peak memory of `validate` (the largest process: workers are forked and share what they inherit) and per
  1,000 files, so growth from scale to scale can be read off;
- `mobility report` cold and warm (scale L holds 100,000 moves and 20,000 posts);
- with `--baseline REV`, `render` by that revision of mobility in turns with this one (a git worktree).
Benchmarks, not tests: nothing here fails because the machine was slow.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PARSE_FLOOR = """
import sys, pathlib, yaml
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
root = pathlib.Path(sys.argv[1])
for path in sorted(root.rglob("*")):
    if path.suffix not in (".yaml", ".yml", ".md") or not path.is_file():
        continue
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        if not text.startswith("---"):
            continue
        text = text.split("---", 2)[1]
    yaml.load(text, Loader=loader)
"""
STARTUP_FLOOR = """
import typer
app = typer.Typer()
@app.command()
def main(a: str, b: str) -> None:
    print(a, b)
app()
"""


def timed(command: list[str], runs: int, env: dict[str, str], prepare=None) -> list[float]:
    times = []
    for _ in range(runs):
        if prepare:
            prepare()
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return times


_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_rss_mb(command: list[str], env: dict[str, str]) -> float:
    """The peak resident memory of the command's largest process, measured in a fresh parent (a parent's
    RUSAGE_CHILDREN keeps the largest child it ever waited for)."""
    out = subprocess.run([sys.executable, "-c", _PEAK, *command], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def describe(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:,.0f} ms ± {(max(times) - min(times)) * 500:,.0f}"


def extract_front_matter(program: Path, out: Path) -> dict[str, list[Path]]:
    """The same YAML documents mobility validates, as files check-jsonschema can read (not timed)."""
    kinds: dict[str, list[Path]] = {"tracks": [], "framework": [], "posting": [], "mentor": []}
    for path in sorted(program.rglob("*")):
        rel = path.relative_to(program)
        if not path.is_file():
            continue
        if rel.parts[0] == "careers" and path.suffix == ".yaml":
            kinds["tracks"].append(path)
        elif rel.parts[0] == "mentors":
            kinds["mentor"].append(path)
        elif path.suffix == ".md" and rel.parts[0] in ("careers", "postings"):
            text = path.read_text(encoding="utf-8")
            if text.startswith("---"):
                target = out / (str(rel).replace("/", "__") + ".yaml")
                target.write_text(text.split("---", 2)[1], encoding="utf-8")
                kinds["framework" if rel.parts[0] == "careers" else "posting"].append(target)
    return kinds


def peak_and_time(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    rss = peak_rss_mb(command, env)
    return rss, time.perf_counter() - start


def goal(met: bool) -> str:
    return "met" if met else "**not met**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=["S", "M", "L"], default="M")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "latest.md")
    parser.add_argument(
        "--baseline", metavar="REV", help="also time `render` with this revision of mobility, side by side"
    )
    args = parser.parse_args(argv)

    out = args.out.resolve()
    work = Path(tempfile.mkdtemp(prefix="mobility-bench-"))
    os.chdir(work)  # `python -m` puts the working folder first on the path: never a checkout of mobility
    program = work / "program"
    subprocess.run(
        [sys.executable, str(HERE / "generate.py"), str(program), "--scale", args.scale, "--seed", str(args.seed)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    files = sum(1 for p in program.rglob("*") if p.is_file())
    env = {**os.environ, "MOBILITY_CACHE_DIR": str(work / "cache"), "PYTHONPATH": str(ROOT)}
    # as installed: byte-compiled once (pip compiles a wheel's modules at install time), as typer's own are
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "mobility_cli")], env=env, check=True)
    mobility = [sys.executable, "-m", "mobility_cli", "--repo", str(program)]
    rows: list[tuple[str, str, str, str, str]] = []
    runs = args.runs if args.scale != "L" else max(1, args.runs // 2)

    floor = timed([sys.executable, "-c", PARSE_FLOOR, str(program)], runs, env)
    cold = timed([*mobility, "--no-cache", "validate"], runs, env)
    alone = timed([*mobility, "--no-cache", "--jobs", "1", "validate"], max(1, runs // 2), env)
    rows.append(("parse floor (C loader, every file)", describe(floor), "1.00×", "", ""))
    ratio = statistics.median(cold) / statistics.median(floor)
    judged = args.scale in ("M", "L")  # the goals are set for scale M; at S start-up is most of the time
    rows.append(
        (
            "validate, cold",
            describe(cold),
            f"{ratio:.2f}× the parse floor",
            "≤ 2×",
            goal(ratio <= 2) if judged else "(at M)",
        )
    )
    ratio = statistics.median(alone) / statistics.median(floor)
    rows.append(("validate, cold, `--jobs 1`", describe(alone), f"{ratio:.2f}× the parse floor", "", ""))

    checker = shutil.which("check-jsonschema")
    if checker:
        fronts = work / "fronts"
        fronts.mkdir()
        kinds = extract_front_matter(program, fronts)

        def check_all() -> None:
            for kind, files in kinds.items():
                if files:
                    subprocess.run(
                        [checker, "--schemafile", str(ROOT / "schemas" / f"{kind}.schema.json"), *map(str, files)],
                        env=env,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        check=False,
                    )

        times = []
        for _ in range(max(1, runs // 2)):
            start = time.perf_counter()
            check_all()
            times.append(time.perf_counter() - start)
        ratio = statistics.median(cold) / statistics.median(times)
        rows.append(
            ("check-jsonschema, same documents and schemas", describe(times), f"validate is {ratio:.2f}×", "", "")
        )

    subprocess.run([*mobility, "validate"], env=env, stdout=subprocess.DEVNULL, check=False)  # fill the cache
    time.sleep(2.5)  # past the racy-file window, as between two real CI runs
    warm = timed([*mobility, "validate"], runs, env)
    ratio = statistics.median(warm) / statistics.median(cold)
    rows.append(
        ("validate, warm", describe(warm), f"{ratio:.2f}× cold", "≤ 0.15×", goal(ratio <= 0.15) if judged else "(at M)")
    )

    rss = peak_rss_mb([*mobility, "--no-cache", "validate"], env)
    per = rss / files * 1000
    rows.append(
        (
            "peak memory of validate (largest process)",
            f"{rss:,.0f} MB",
            f"{per:,.0f} MB per 1,000 files",
            "< 500 MB at L",
            goal(rss < 500) if args.scale == "L" else "(at L)",
        )
    )

    rss, seconds = peak_and_time([*mobility, "--no-cache", "report"], env)
    posts = sum(1 for _ in (program / "postings").glob("*.md"))
    met = seconds < 5 and rss < 300
    rows.append(
        (
            f"report, cold ({posts:,} posts and their moves)",
            f"{seconds * 1000:,.0f} ms, {rss:,.0f} MB",
            "",
            "< 5 s and < 300 MB at L",
            goal(met) if args.scale == "L" else "(at L)",
        )
    )
    subprocess.run([*mobility, "report"], env=env, stdout=subprocess.DEVNULL, check=False)  # fill the cache
    time.sleep(2.5)
    rss, seconds = peak_and_time([*mobility, "report"], env)
    met = seconds < 5 and rss < 300
    rows.append(
        (
            "report, warm (nothing changed)",
            f"{seconds * 1000:,.0f} ms, {rss:,.0f} MB",
            "",
            "< 5 s and < 300 MB at L",
            goal(met) if args.scale == "L" else "(at L)",
        )
    )

    rows += render_rows(mobility, program, work, env, runs, args.baseline)

    startup = timed([sys.executable, "-c", STARTUP_FLOOR, "a", "b"], args.runs, env)
    rows.append(("start-up floor (typer, two arguments)", describe(startup), "1.00×", "", ""))
    default = [sys.executable, "-m", "mobility_cli"]
    path = timed([*default, "path", "ic2", "staff"], args.runs, env)
    ratio = statistics.median(path) / statistics.median(startup)
    rows.append(
        (
            "path ic2 staff (default program)",
            describe(path),
            f"{ratio:.2f}× the start-up floor",
            "≤ 1.3×",
            goal(ratio <= 1.3),
        )
    )
    version = timed([*default, "--version"], args.runs, env)
    ratio = statistics.median(version) / statistics.median(startup)
    rows.append(("--version", describe(version), f"{ratio:.2f}× the start-up floor", "", ""))
    scaled = timed([*mobility, "path", "ic2", "staff"], args.runs, env)
    rows.append((f"path ic2 staff (scale {args.scale})", describe(scaled), "", "", ""))

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    lines = [
        f"Scale {args.scale} ({files:,} files), {runs} runs each (start-up: {args.runs}), median ± half the range; "
        f"{machine}.",
        "",
        "| what | measured | ratio | goal | |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    out.write_text(text, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def render_rows(
    mobility: list[str], program: Path, work: Path, env: dict[str, str], runs: int, baseline: str | None
) -> list[tuple[str, str, str, str, str]]:
    """`render` pages per second, and with --baseline the same render by another revision of mobility, in
    turns, so that both meet the same machine."""
    site = work / "site"
    now: list[float] = []
    before: list[float] = []
    old = None
    if baseline:
        old = work / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), baseline], check=True,
                       capture_output=True)  # fmt: skip
    try:
        for _ in range(max(1, runs // 2)):
            now += timed([*mobility, "render", "--out", str(site)], 1, env)
            if old is not None:
                before += timed(
                    [*mobility, "render", "--out", str(work / "site-old")], 1, {**env, "PYTHONPATH": str(old)}
                )
    finally:
        if old is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    pages = sum(1 for _ in site.rglob("*.html"))
    rate = pages / statistics.median(now)
    rows = [(f"render ({pages:,} pages)", describe(now), f"{rate:,.0f} pages/s", "", "")]
    if before:
        old_pages = sum(1 for _ in (work / "site-old").rglob("*.html"))
        old_rate = old_pages / statistics.median(before)
        rows[0] = (*rows[0][:3], f"≥ {baseline}'s rate", goal(rate >= old_rate * 0.97))
        rows.append(
            (f"render by {baseline} ({old_pages:,} pages)", describe(before), f"{old_rate:,.0f} pages/s", "", "")
        )
    return rows


if __name__ == "__main__":
    sys.exit(main())

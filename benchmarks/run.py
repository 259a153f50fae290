"""Times whole processes, like hyperfine: several runs, median and spread, with ratios from the same run.

    python benchmarks/run.py [--scale M] [--runs 5] [--out benchmarks/latest.md]

Compared against what a user would otherwise pick, or what the machine allows:
- `mobility validate` cold against the parse floor (read every file, parse it with PyYAML's C loader, nothing
  else) and against check-jsonschema validating the same YAML documents against the same schemas;
- `validate` warm (nothing changed since the last run) against cold;
- `mobility render` against `mkdocs build` of the same Markdown posts (skipped if mkdocs is not installed);
- `mobility path ic2 staff` and `mobility --version` against the start-up floor: a minimal typer app with one
  command of two string arguments that prints them.
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


def peak_rss_mb(command: list[str], env: dict[str, str]) -> float:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=["S", "M", "L"], default="M")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "latest.md")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="mobility-bench-"))
    program = work / "program"
    subprocess.run(
        [sys.executable, str(HERE / "generate.py"), str(program), "--scale", args.scale, "--seed", str(args.seed)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    env = {**os.environ, "MOBILITY_CACHE_DIR": str(work / "cache"), "PYTHONPATH": str(ROOT)}
    mobility = [sys.executable, "-m", "mobility_cli", "--repo", str(program)]
    rows: list[tuple[str, str, str]] = []

    floor = timed([sys.executable, "-c", PARSE_FLOOR, str(program)], args.runs, env)
    cold = timed([*mobility, "--no-cache", "validate"], args.runs, env)
    rows.append(("parse floor (C loader, every file)", describe(floor), "1.00×"))
    ratio = statistics.median(cold) / statistics.median(floor)
    rows.append(("mobility validate, cold", describe(cold), f"{ratio:.2f}× the parse floor"))

    fronts = work / "fronts"
    fronts.mkdir()
    kinds = extract_front_matter(program, fronts)
    checker = shutil.which("check-jsonschema")
    if checker:

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
        for _ in range(max(1, args.runs // 2)):
            start = time.perf_counter()
            check_all()
            times.append(time.perf_counter() - start)
        ratio = statistics.median(cold) / statistics.median(times)
        rows.append(
            ("check-jsonschema, same documents and schemas", describe(times), f"validate cold is {ratio:.2f}× this")
        )

    subprocess.run([*mobility, "validate"], env=env, stdout=subprocess.DEVNULL, check=False)  # fill the cache
    time.sleep(2.5)  # past the racy-file window, as between two real CI runs
    warm = timed([*mobility, "validate"], args.runs, env)
    rows.append(
        ("mobility validate, warm", describe(warm), f"{statistics.median(warm) / statistics.median(cold):.2f}× cold")
    )

    site = work / "site"
    render = timed([*mobility, "render", "--out", str(site)], max(1, args.runs // 2), env)
    pages = sum(1 for p in site.rglob("*.html"))
    rows.append(
        (f"mobility render ({pages:,} pages)", describe(render), f"{pages / statistics.median(render):,.0f} pages/s")
    )
    mkdocs = shutil.which("mkdocs")
    if mkdocs:
        project = work / "mkdocs"
        (project / "docs").mkdir(parents=True)
        for post in (program / "postings").glob("*.md"):
            shutil.copy(post, project / "docs" / post.name)
        (project / "docs" / "index.md").write_text("# Posts\n")
        (project / "mkdocs.yml").write_text("site_name: posts\n")
        built = timed(
            [mkdocs, "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(work / "mk-site")],
            max(1, args.runs // 2),
            env,
        )
        rows.append(
            (
                "mkdocs build, same posts",
                describe(built),
                f"render is {statistics.median(built) / statistics.median(render):.2f}× faster",
            )
        )

    startup = timed([sys.executable, "-c", STARTUP_FLOOR, "a", "b"], args.runs, env)
    rows.append(("start-up floor (typer, two arguments)", describe(startup), "1.00×"))
    default = [sys.executable, "-m", "mobility_cli"]
    path = timed([*default, "path", "ic2", "staff"], args.runs, env)
    rows.append(
        (
            "mobility path ic2 staff (default program)",
            describe(path),
            f"{statistics.median(path) / statistics.median(startup):.2f}× the start-up floor",
        )
    )
    version = timed([*default, "--version"], args.runs, env)
    rows.append(
        (
            "mobility --version",
            describe(version),
            f"{statistics.median(version) / statistics.median(startup):.2f}× the start-up floor",
        )
    )
    scaled = timed([*mobility, "path", "ic2", "staff"], args.runs, env)
    rows.append((f"mobility path ic2 staff (scale {args.scale})", describe(scaled), ""))
    rss = peak_rss_mb([*mobility, "--no-cache", "validate"], env)
    rows.append((f"peak RSS of validate (scale {args.scale})", f"{rss:,.0f} MB", ""))

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    lines = [
        f"Scale {args.scale} ({sum(1 for _ in program.rglob('*') if _.is_file()):,} files), "
        f"{args.runs} runs each, median ± half the range; {machine}.",
        "",
        "| what | time | ratio |",
        "|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.write_text(text, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`mobility report`: metric definitions against hand-computed values, and each pitfall firing on the
example data and not on a healthy variant."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import yaml

from tests.conftest import ROOT, codes, run_cli
from tests.posts import FRAMEWORKS, GOOD, post

TODAY = ("--today", "2026-11-24")


def report(root: Path | None = None, *extra: str) -> dict:
    repo = ("--repo", str(root)) if root else ()
    result = run_cli(*repo, *TODAY, "report", "--format", "json", *extra)
    assert result.code == 0, result.stderr
    return result.json()


def copy_default(tmp_path: Path) -> Path:
    target = tmp_path / "program"
    for name in ("careers", "postings", "moves"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mobility.yaml", target / "mobility.yaml")
    return target


def edit_moves(root: Path, keep) -> None:
    path = root / "moves" / "2026.yaml"
    data = yaml.safe_load(path.read_text())
    data["moves"] = [m for m in data["moves"] if keep(m)]
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_each_pitfall_fires_once_on_the_example_data() -> None:
    found = report()["pitfalls"]
    assert sorted(p["code"] for p in found) == [
        "hidden-requirements",
        "manager-obstruction",
        "one-way-movement",
        "revolving-door",
    ]
    subjects = {p["code"]: p["subject"] for p in found}
    assert subjects == {
        "revolving-door": "growth",
        "hidden-requirements": "team Data Platform",
        "manager-obstruction": "team payments",
        "one-way-movement": "support -> customer-success",
    }
    assert all(p["evidence"] and p["threshold"] for p in found)


def test_healthy_variants_do_not_fire(tmp_path: Path) -> None:
    root = copy_default(tmp_path)
    growth_leavers = {
        m["person"]
        for m in yaml.safe_load((root / "moves" / "2026.yaml").read_text())["moves"]
        if m["kind"] == "departure" and m.get("from", {}).get("team") == "growth"
    }
    edit_moves(root, lambda m: not (m["kind"] == "departure" and m["person"] in growth_leavers))
    assert "revolving-door" not in {p["code"] for p in report(root)["pitfalls"]}
    edit_moves(
        root, lambda m: m.get("from", {}).get("team") != "support" or m.get("to", {}).get("team") != "customer-success"
    )
    assert "one-way-movement" not in {p["code"] for p in report(root)["pitfalls"]}
    data = yaml.safe_load((root / "moves" / "2026.yaml").read_text())
    data["moves"] += [
        {
            "person": f"p-9{i:03d}",
            "date": "2026-06-01",
            "kind": "lateral",
            "from": {"team": "payments"},
            "to": {"team": "platform"},
        }
        for i in range(2)
    ]
    data["moves"] += [
        {
            "person": "p-9100",
            "date": "2026-06-02",
            "kind": "lateral",
            "from": {"team": "payments"},
            "to": {"team": "mobile"},
        }
    ]
    (root / "moves" / "2026.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    assert "manager-obstruction" not in {p["code"] for p in report(root)["pitfalls"]}
    for file in (root / "postings").glob("*data-scientist*.md"):
        file.write_text(file.read_text().replace("source: external", "source: internal"))
    assert report(root)["pitfalls"] == []


def test_metric_definitions_on_a_hand_computed_data_set(program) -> None:
    def filled(name: str, source: str, opened: str, day: str, team: str, internal: int = 1) -> str:
        return (
            post(GOOD, role=name, front=f"filled: {{source: {source}, date: {day}}}\n")
            .replace("status: open", "status: filled")
            .replace("opened: 2026-11-10", f"opened: {opened}")
            .replace("team: Platform", f"team: {team}")
            .replace("evaluation:", f"applicants: {{internal: {internal}, external: 2}}\nevaluation:")
        )

    moves = {
        "headcount": 10,
        "teams": {"a": 5, "b": 5},
        "moves": [
            {"person": "p-1", "date": "2026-01-10", "kind": "promotion", "from": {"team": "a"}, "to": {"team": "a"}},
            {"person": "p-2", "date": "2026-02-10", "kind": "lateral", "from": {"team": "a"}, "to": {"team": "b"}},
            {"person": "p-2", "date": "2026-05-01", "kind": "departure", "from": {"team": "b"}},
            {"person": "p-3", "date": "2026-03-01", "kind": "temporary", "from": {"team": "b"}, "to": {"team": "a"}},
            {"person": "p-4", "date": "2026-04-01", "kind": "departure", "from": {"team": "b"}},
        ],
    }
    root = program(
        {
            **FRAMEWORKS,
            "postings/one.md": filled("One", "internal", "2026-01-01", "2026-01-31", "A"),
            "postings/two.md": filled("Two", "external", "2026-02-01", "2026-03-13", "A"),
            "postings/three.md": filled("Three", "internal", "2026-03-01", "2026-03-21", "B"),
            "moves/2026.yaml": yaml.safe_dump(moves),
        }
    )
    data = report(root, "--since", "2026-01-01", "--until", "2026-12-31")["metrics"]
    fill = data["internal_fill_rate"]
    assert fill["overall"] == {"value": 0.6667, "numerator": 2, "denominator": 3, "small_sample": True}
    assert fill["by_team"]["A"]["numerator"] == 1 and fill["by_team"]["A"]["denominator"] == 2
    ttf = data["time_to_fill"]
    assert ttf["internal"]["median_days"] == 25 and ttf["internal"]["n"] == 2  # 30 and 20 days
    assert ttf["internal"]["p90_days"] == 29.0 and ttf["external"]["median_days"] == 40
    rate = data["internal_mobility_rate"]
    assert rate["moves"] == 3 and rate["rate"]["value"] == 0.3
    assert rate["mix"] == {"promotion": 1, "lateral": 1, "temporary": 1, "return": 0}
    retention = data["retention_after_move"]
    assert retention["movers_6_months"]["numerator"] == 2 and retention["movers_6_months"]["denominator"] == 3
    assert retention["non_movers_over_window"]["numerator"] == 6  # 10 - 3 movers = 7, one of them left
    assert {(f["from"], f["to"]): f["moves"] for f in data["flows"]} == {("a", "b"): 1, ("b", "a"): 1}


def test_move_records_are_validated(program) -> None:
    bad = {
        "moves": [
            {"person": "Jane Doe", "date": "2026-01-01", "kind": "promotion"},
            {"person": "p-1", "date": "2026-01-01", "kind": "sideways"},
            {"person": "p-2", "date": "2026-01-01", "kind": "lateral", "to": {"level": "engineering/ic9"}},
        ]
    }
    root = program({"moves/m.yaml": yaml.safe_dump(bad)})
    result = run_cli("--repo", str(root), "validate", "--format", "json")
    found = codes(result)
    assert found.count("schema") == 2 and "unresolved-reference" in found


def test_text_html_and_explain() -> None:
    text = run_cli(*TODAY, "report").stdout
    assert "Internal fill rate" in text and "revolving-door" in text and "█" in text
    html = run_cli(*TODAY, "report", "--format", "html").stdout
    assert html.startswith("<!doctype html>") and "<svg" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    assert "revolving-door" in run_cli("report", "--explain").stdout


def test_a_second_report_comes_from_the_cache_and_an_edited_move_is_seen(tmp_path: Path) -> None:
    root = copy_default(tmp_path)
    cold = run_cli("--repo", str(root), *TODAY, "--no-cache", "report", "--format", "json").stdout
    assert report(root) == report(root) == json.loads(cold)
    assert list(Path(os.environ["MOBILITY_CACHE_DIR"]).glob("*.pickle"))
    edit_moves(root, lambda m: m.get("kind") != "departure")
    assert report(root)["metrics"] != json.loads(cold)["metrics"]
    html = run_cli("--repo", str(root), *TODAY, "report", "--format", "html").stdout
    assert run_cli("--repo", str(root), *TODAY, "report", "--format", "html").stdout == html
    assert "<title>" in html and yaml.safe_load((root / "mobility.yaml").read_text())["name"] in html

"""Career routes: the cost rule, ties, limits, unreachable targets and the commands' output."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_cli.features.names import resolve_level
from mobility_cli.features.paths import NoRoute, edges, find_routes
from mobility_cli.load import load_program
from mobility_cli.source import WorkTreeSource
from tests.conftest import run_cli, write_files


def program_from(tmp_path: Path, tracks: str) -> Path:
    return write_files(tmp_path / "p", {"careers/tracks.yaml": tracks})


def loaded(root: Path):
    result = load_program(WorkTreeSource(root))
    assert not result.has_errors, result.report.diagnostics
    return result.program


LADDERS = """\
career_tracks:
  eng:
    levels:
      - {id: e1, title: E1, grade: 1, months: 12}
      - {id: e2, title: E2, grade: 2, months: 12}
      - {id: e3, title: E3, grade: 3, months: 12}
      - {id: e4, title: E4, grade: 4}
    lateral_moves: [alpha, beta, {to: mgr, min_grade: 3}, {to: exec, grade_offset: 1}]
  alpha:
    levels:
      - {id: a2, title: A2, grade: 2, months: 6}
      - {id: a4, title: A4, grade: 4}
    lateral_moves: [eng]
  beta:
    levels:
      - {id: b2, title: B2, grade: 2, months: 6}
      - {id: b4, title: B4, grade: 4}
    lateral_moves: [eng]
  mgr:
    levels:
      - {id: m3, title: M3, grade: 3}
      - {id: m4, title: M4, grade: 4}
  exec:
    levels:
      - {id: x3, title: X3, grade: 3}
      - {id: x5, title: X5, grade: 5}
"""


def test_default_program_ic2_to_staff() -> None:
    result = run_cli("path", "ic2", "staff", "--format", "json")
    assert result.code == 0, result.stderr
    data = result.json()
    assert [s["to"] for s in data["steps"]] == ["engineering/ic3", "engineering/ic4", "engineering/staff"]
    assert data["from"] == "engineering/ic2" and data["to"] == "engineering/staff"
    assert data["months"] == 54 and data["laterals"] == 0 and data["alternatives"] == []
    assert set(data["steps"][0]) == {"from", "to", "kind", "months"}
    text = run_cli("path", "ic2", "staff").stdout
    assert "ic2 → ic3 → ic4 → staff" in text and "54 months" in text


def test_ties_break_on_name_and_laterals_cost_settling_in_time(tmp_path: Path) -> None:
    program = loaded(program_from(tmp_path, LADDERS))
    e2, e4 = resolve_level(program, "e2"), resolve_level(program, "e4")
    (route,) = find_routes(program, e2, [e4])
    assert [lv.id for lv in route.levels()] == ["e2", "e3", "e4"] and route.months == 24
    # e2 -> a2 (12+6) -> a4 (6) costs 24 too but takes a lateral; fewer laterals wins the tie
    a4 = resolve_level(program, "a4")
    (to_a4,) = find_routes(program, e2, [a4])
    assert [lv.id for lv in to_a4.levels()] == ["e2", "a2", "a4"] and to_a4.months == 12 + 6 + 6


def test_alternatives_are_distinct_and_ordered(tmp_path: Path) -> None:
    program = loaded(program_from(tmp_path, LADDERS))
    routes = find_routes(program, resolve_level(program, "e1"), [resolve_level(program, "e4")], alternatives=4)
    keys = [tuple(lv.key for lv in r.levels()) for r in routes]
    assert len(set(keys)) == len(keys) >= 3
    assert [r.sort_key() for r in routes] == sorted(r.sort_key() for r in routes)
    # alpha and beta detours cost the same: the one named first comes first
    names = [k for k in keys if any("alpha" in x or "beta" in x for x in k)]
    assert names.index(next(k for k in names if any("alpha" in x for x in k))) < names.index(
        next(k for k in names if any("beta" in x for x in k))
    )


def test_min_grade_grade_offset_and_nearest_lower_grade(tmp_path: Path) -> None:
    program = loaded(program_from(tmp_path, LADDERS))
    landings = {(e.source.key, e.target.key) for e in edges(program) if e.kind == "lateral"}
    assert ("eng/e2", "mgr/m3") not in landings  # below min_grade 3
    assert ("eng/e3", "mgr/m3") in landings
    assert ("eng/e2", "exec/x3") in landings  # grade 2 + offset 1
    assert ("eng/e4", "exec/x5") in landings  # 4 + 1 = 5
    assert ("eng/e3", "exec/x3") in landings  # 3 + 1 = 4: exec has no grade 4, so the nearest lower one
    assert ("eng/e3", "alpha/a2") in landings  # no grade 3 in alpha: the nearest lower grade
    assert ("alpha/a2", "eng/e2") in landings and ("mgr/m3", "eng/e3") not in landings  # directed


def test_cycles_of_lateral_moves_terminate(tmp_path: Path) -> None:
    root = program_from(tmp_path, LADDERS)
    result = run_cli("--repo", str(root), "path", "a2", "b4", "--alternatives", "5", "--format", "json")
    assert result.code == 0
    data = result.json()
    assert data["to"] == "beta/b4" and data["laterals"] == 2


def test_unreachable_target_explains_why(tmp_path: Path) -> None:
    root = program_from(tmp_path, LADDERS)
    result = run_cli("--repo", str(root), "path", "m3", "e1", "--downward")
    assert result.code == 1 and "no lateral move leads out of mgr into eng" in result.stderr
    below = run_cli("--repo", str(root), "path", "m3", "e1")  # a step down, whether or not a detour exists
    assert below.code == 1 and "is graded below mgr/m3" in below.stderr and "promotions only go up" in below.stderr
    down = run_cli("--repo", str(root), "path", "e3", "e1")
    assert down.code == 1 and "promotions only go up" in down.stderr
    assert "Traceback" not in result.stderr + down.stderr


def test_limits(tmp_path: Path) -> None:
    root = program_from(tmp_path, LADDERS)
    none = run_cli("--repo", str(root), "path", "e2", "a4", "--max-lateral", "0")
    assert none.code == 1 and "at most 0 lateral moves" in none.stderr
    avoided = run_cli("--repo", str(root), "path", "e2", "e4", "--avoid", "e3", "--format", "json").json()
    assert "eng/e3" not in [s["to"] for s in avoided["steps"]]
    via = run_cli("--repo", str(root), "path", "e1", "e4", "--via", "b2", "--format", "json").json()
    assert "beta/b2" in [s["to"] for s in via["steps"]] and via["to"] == "eng/e4"
    track = run_cli("--repo", str(root), "path", "e1", "mgr", "--format", "json").json()
    assert track["to"] == "mgr/m3"


def test_names_unknown_and_ambiguous() -> None:
    unknown = run_cli("path", "ic2", "stafff")
    assert unknown.code == 2 and "staff" in unknown.stderr
    ambiguous = run_cli("path", "ic2", "director")
    assert ambiguous.code == 2
    assert all(
        k in ambiguous.stderr for k in ("product/director", "operations/director", "engineering-manager/director")
    )


def test_mermaid_output() -> None:
    result = run_cli("path", "ic2", "engineering-manager", "--format", "mermaid", "--alternatives", "1")
    assert result.code == 0 and result.stdout.startswith("flowchart LR")
    assert "-.->" in result.stdout and "lateral" in result.stdout


def test_gap_lists_only_what_is_new() -> None:
    result = run_cli("gap", "ic3", "ic4", "--format", "json")
    data = result.json()
    (step,) = data["steps"]
    everything = [b for area in step["areas"] for b in area["behaviours"]]
    assert "Grows senior engineers into technical leads" in everything
    assert "Designs complex systems with multiple failure modes" not in everything
    markdown = run_cli("gap", "ic3", "em1", "--format", "markdown").stdout
    assert markdown.startswith("# Growing from Senior Engineer") and "- [ ] " in markdown


def test_graph_formats() -> None:
    data = run_cli("graph", "--format", "json").json()
    assert {"engineering/ic2", "engineering-manager/em1"} <= {n["id"] for n in data["nodes"]}
    assert {"promotion", "lateral"} == {e["kind"] for e in data["edges"]}
    assert run_cli("graph", "--format", "dot").stdout.startswith("digraph careers {")
    svg = ET.fromstring(run_cli("graph", "--format", "svg").stdout)
    groups = [g for g in svg.iter("{http://www.w3.org/2000/svg}g")]
    assert len(groups) == len(data["nodes"])
    one = run_cli("graph", "--track", "operations", "--format", "json").json()
    assert one["tracks"][0] == "operations" and {"sales", "customer-success"} <= set(one["tracks"])


# Property: on small random graphs the route found costs what a brute-force search says is cheapest.
@st.composite
def small_programs(draw: st.DrawFn) -> str:
    tracks = draw(st.integers(2, 3))
    lines = ["career_tracks:"]
    for t in range(tracks):
        count = draw(st.integers(1, 3))
        lines.append(f"  t{t}:\n    levels:")
        for n in range(count):
            lines.append(f"      - {{id: t{t}l{n}, title: L, grade: {n + 1}, months: {draw(st.integers(1, 30))}}}")
        targets = draw(st.lists(st.sampled_from([f"t{x}" for x in range(tracks) if x != t]), unique=True))
        lines.append(f"    lateral_moves: [{', '.join(targets)}]")
    return "\n".join(lines) + "\n"


def brute_force(program, source, target) -> int | None:
    by_source: dict[str, list] = {}
    for edge in edges(program):
        by_source.setdefault(edge.source.key, []).append(edge)
    best: int | None = None
    levels = [lv.key for lv in program.levels()]
    for length in range(len(levels)):
        for middle in itertools.permutations([k for k in levels if k not in (source.key, target.key)], length):
            chain = [source.key, *middle, target.key]
            cost = 0
            for a, b in itertools.pairwise(chain):
                options = [e.months for e in by_source.get(a, []) if e.target.key == b]
                if not options:
                    break
                cost += min(options)
            else:
                best = cost if best is None else min(best, cost)
    return best


@settings(max_examples=40, deadline=None)
@given(small_programs(), st.data())
def test_route_cost_matches_brute_force(tmp_path_factory, text: str, data: st.DataObject) -> None:
    root = write_files(tmp_path_factory.mktemp("g"), {"careers/tracks.yaml": text})
    program = loaded(root)
    levels = list(program.levels())
    source = data.draw(st.sampled_from(levels))
    target = data.draw(st.sampled_from(levels))
    expected = 0 if source.key == target.key else brute_force(program, source, target)
    try:
        (route,) = find_routes(program, source, [target], downward=True)  # every route, steps down included
    except NoRoute:
        assert expected is None, f"no route found, but {expected} months is possible"
        return
    assert route.months == expected

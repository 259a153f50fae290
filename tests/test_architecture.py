"""The shape of the code, checked so it cannot drift: data flows one way through the stages, no two modules
need each other, and modules and functions stay small. (Where each code is made: tests/test_codes.py.)"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "mobility_cli"

# Each stage may import from its own stage and the stages before it, never from a later one. A name ending in
# "." is a package (every module under it); any other name is one module. There is no catch-all: a module that
# no entry names is in no stage, and a test fails until it is placed.
STAGES: list[tuple[str, tuple[str, ...]]] = [
    (
        "base",
        (
            "mobility_cli",
            "mobility_cli.errors",
            "mobility_cli.located",
            "mobility_cli.diagnostics",
            "mobility_cli.codes",
            "mobility_cli.suggest",
            "mobility_cli.zones",
            "mobility_cli.resources",
            "mobility_cli.words",
        ),
    ),
    (
        "source",
        (
            "mobility_cli.source",
            "mobility_cli.placement",
            "mobility_cli.revision",
            "mobility_cli.gitrepo",
            "mobility_cli.history",
            "mobility_cli.output",
            "mobility_cli.cache",
            "mobility_cli.workers",
        ),
    ),
    ("parse", ("mobility_cli.parse.",)),
    (
        "schema check",
        ("mobility_cli.check.schema", "mobility_cli.check.fast_schemas."),
    ),
    ("model", ("mobility_cli.model",)),
    ("assemble", ("mobility_cli.assemble.",)),
    ("reference check", ("mobility_cli.check.",)),
    ("load", ("mobility_cli.load",)),
    ("features", ("mobility_cli.features.",)),
    ("application", ("mobility_cli.application.",)),
    ("formats", ("mobility_cli.formats.",)),
    ("cli", ("mobility_cli.cli.", "mobility_cli.__main__")),
]
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every hand-written module (the schemas compiled to Python are generated: tests/test_schema_code.py)."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "fast_schemas" not in p.parts}


def stage_of(module: str) -> int:
    """The stage of the most specific entry that names the module: itself, or a package it is in."""
    best: tuple[int, int] | None = None
    for rank, (_, names) in enumerate(STAGES):
        for name in names:
            package = name.endswith(".")
            if (module == name or (package and (module + ".").startswith(name))) and (
                best is None or len(name) > best[1]
            ):
                best = (rank, len(name))
    assert best is not None, f"{module} is in no stage: add it to STAGES"
    return best[0]


def imports(path: Path, root: Path = ROOT) -> Iterator[tuple[str, int]]:
    """(imported project module, line) for every import in a file, lazy ones inside functions included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = module_name(path, root)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("mobility_cli"):
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], base]).strip(".")
            if not base.startswith("mobility_cli"):
                continue
            known = modules()
            for alias in node.names:
                child = f"{base}.{alias.name}"
                yield (child if child in known else base), node.lineno


def test_every_module_is_in_a_stage() -> None:
    for name in modules():
        stage_of(name)


def test_no_module_imports_from_a_later_stage() -> None:
    backward = []
    for name, path in modules().items():
        mine = stage_of(name)
        for imported, line in imports(path):
            theirs = stage_of(imported)
            if theirs > mine:
                backward.append(
                    f"{path.relative_to(ROOT)}:{line}: {name} ({STAGES[mine][0]}) imports {imported} "
                    f"({STAGES[theirs][0]})"
                )
    assert not backward, "\n".join(backward)


def test_no_import_cycles() -> None:
    """No two modules need each other, counting the imports inside functions: a lazy import hides a cycle from
    start-up, not from the design."""
    assert not find_cycle({name: {m for m, _ in imports(path) if m != name} for name, path in modules().items()})


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of the import graph (its modules in order, the first repeated at the end), or none."""
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, trail: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycle.extend([*trail, node, nxt])
                return True
            if nxt not in state and visit(nxt, [*trail, node]):
                return True
        state[node] = 2
        return False

    for name in sorted(graph):
        if name not in state and visit(name, []):
            break
    return cycle


def test_the_checks_can_fail() -> None:
    """Each structural check catches what it is for: a module no stage names, a backward import, a cycle that
    goes through an import inside a function."""
    with pytest.raises(AssertionError, match="in no stage"):
        stage_of("mobility_cli.newcomer")
    with pytest.raises(AssertionError, match="in no stage"):
        stage_of("mobility_cli.parsers.extra")  # near a package's name is not inside it
    assert stage_of("mobility_cli.formats.sarif") > stage_of("mobility_cli.features.paths")
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_a_lazy_import_is_an_import(tmp_path: Path) -> None:
    """An import inside a function counts for stages and cycles alike."""
    fake = tmp_path / "mobility_cli" / "source.py"
    fake.parent.mkdir()
    fake.write_text("def f():\n    from mobility_cli.revision import git_source\n", encoding="utf-8")
    assert list(imports(fake, root=tmp_path)) == [("mobility_cli.revision", 2)]


def test_the_import_checks_see_a_backward_import(tmp_path: Path) -> None:
    """The checker itself: a model module importing the CLI is caught."""
    fake = tmp_path / "mobility_cli" / "model.py"
    fake.parent.mkdir()
    fake.write_text("from mobility_cli.cli.state import load\n", encoding="utf-8")
    found = list(imports(fake, root=tmp_path))
    assert found == [("mobility_cli.cli.state", 1)]
    assert stage_of(found[0][0]) > stage_of("mobility_cli.model")


@pytest.mark.parametrize("name", sorted(modules()))
def test_modules_and_functions_stay_small(name: str) -> None:
    path = modules()[name]
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES, f"{name} has {text.count(chr(10))} lines"
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{name}.{node.name} has {length} lines"


def test_the_model_knows_nothing_of_files_or_parsing() -> None:
    """The model is built from parsed documents but depends only on the base: any stage can use it."""
    path = modules()["mobility_cli.model"]
    assert all(stage_of(imported) == 0 for imported, _ in imports(path)), list(imports(path))


def test_no_source_file_is_ignored_by_git() -> None:
    """A module that .gitignore hides works here and is missing from every clone (a package named `build`
    once was)."""
    import shutil
    import subprocess

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    names = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        cwd=ROOT,
        input="\n".join(names),
        capture_output=True,
        text=True,
    ).stdout.split()
    assert not ignored, ignored

"""Every console example in README.md and docs/*.md is what the tool really prints.

A ```console block holds commands (`$ mobility ...`, optionally after `NAME=value` settings, as a shell takes
them) each followed by its output. Each block runs in-process, in a fresh copy of the example program (this
repository's own mobility.yaml, careers/, postings/, mentors/, moves/ and examples/) in a temporary folder, with
MOBILITY_TODAY and COLUMNS fixed, so the output is the same on every machine; commands that write files write
them there. The output (standard output, then standard error) must equal the block's text after trailing
whitespace is stripped; a line `...` alone stands for lines left out, and matches any number of lines.

A block that needs a program other than the example says so in the line before it, `<!-- example: NAME -->`:
NAME is one of SETUPS below, a few edits made to the copy first (a broken file to show what validate says, a
branch to show what diff says). Readers see the prose around the block that describes the edit.

After a change to the output, rewrite the examples from what the tool prints now and read the difference:

    python -m tests.test_docs_examples --update
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PROGRAM = ("mobility.yaml", "careers", "postings", "mentors", "moves", "examples")
TODAY = "2026-11-24"
COLUMNS = "200"
ELISION = "..."
HOME = "/home/you"
FENCE = re.compile(r"^( *)```console\s*$")
SETUP = re.compile(r"^<!-- example: ([a-z0-9-]+) -->$")
NOT_RUN = {"|", ">", ">>", "<", "&&", "||", ";", "2>&1"}


@dataclass(frozen=True)
class Setup:
    """What a block needs beyond the example program: edits (file, old text, new text; each old text is found
    once), new files, or no program at all (`empty`). With `git`, the copy is first committed on a branch `main`,
    and the edits are left in the work tree, as on a branch before its commit."""

    edits: tuple[tuple[str, str, str], ...] = ()
    files: tuple[tuple[str, str], ...] = ()
    git: bool = False
    empty: bool = False


SETUPS: dict[str, Setup] = {
    # A level entry that lost its closing brace: the file cannot be read.
    "unclosed-brace": Setup(
        edits=(
            (
                "careers/seed-tracks.yaml",
                "- {id: ic3, title: Senior Engineer, grade: 3}",
                "- {id: ic3, title: Senior Engineer, grade: 3",
            ),
        )
    ),
    # A misspelt `levels:` in a committed tracks file: the file is read, but engineering's levels are lost.
    "misspelt-levels": Setup(
        edits=(
            (
                "careers/seed-tracks.yaml",
                '    owners: ["@eng-leads"]\n    levels:',
                '    owners: ["@eng-leads"]\n    levles:',
            ),
        ),
        git=True,
    ),
    # A misspelt lateral move.
    "misspelt-move": Setup(
        edits=(("careers/seed-tracks.yaml", "      - developer-advocate\n", "      - developer-advocat\n"),)
    ),
    # A branch that shortens engineering/ic3, adds a behaviour to ic2, fills a post and misspells a lateral move.
    "branch": Setup(
        edits=(
            (
                "careers/seed-tracks.yaml",
                "- {id: ic3, title: Senior Engineer, grade: 3}",
                "- {id: ic3, title: Senior Engineer, grade: 3, months: 12}",
            ),
            (
                "careers/seed-tracks.yaml",
                "      - developer-advocate\n",
                "      - developer-advocate\n      - desgin\n",
            ),
            (
                "careers/engineering/ic2.md",
                "- Removes a recurring source of toil for the team\n",
                "- Removes a recurring source of toil for the team\n"
                "- Writes a short runbook for every service they own\n",
            ),
            (
                "postings/operations-specialist-billing.md",
                "status: open\n",
                "status: filled\nfilled: {source: internal, date: 2026-11-23}\n",
            ),
        ),
        git=True,
    ),
    # No program: where `init` makes one.
    "empty": Setup(empty=True),
}


@dataclass
class Command:
    line: str  # the command as the block shows it, without "$ "
    expected: list[str] = field(default_factory=list)


@dataclass
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    end: int  # of the closing fence, 1-based
    indent: str  # of the fence (a block inside a list item), taken off every line of the block
    setup: str | None
    commands: list[Command]

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}"


def blocks(path: Path) -> list[Block]:
    """The console blocks of one Markdown file."""
    lines = path.read_text(encoding="utf-8").split("\n")
    found, index = [], 0
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        start, indent = index, fence.group(1)
        before = next((lines[i].strip() for i in range(start - 1, -1, -1) if lines[i].strip()), "")
        setup = SETUP.match(before)
        index += 1
        commands: list[Command] = []
        while index < len(lines) and lines[index].strip() != "```":
            text = lines[index].removeprefix(indent)
            if text.startswith("$ "):
                commands.append(Command(text[2:]))
            elif commands:
                commands[-1].expected.append(text)
            else:
                raise AssertionError(f"{path.name}:{index + 1}: a console block begins with a `$ ` command")
            index += 1
        found.append(Block(path, start + 1, index + 1, indent, setup.group(1) if setup else None, commands))
        index += 1
    return found


def all_blocks() -> list[Block]:
    return [block for path in DOCS for block in blocks(path)]


def normalised(lines: list[str]) -> list[str]:
    """Trailing whitespace off every line, and blank lines off the end."""
    out = [line.rstrip() for line in lines]
    while out and not out[-1]:
        out.pop()
    return out


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether the output fits the example: equal line by line, where a line `...` stands for any lines."""
    parts = split_elisions(normalised(expected))
    actual = normalised(actual)
    if len(parts) == 1:
        return parts[0] == actual
    head, *middle, tail = parts
    if actual[: len(head)] != head or (tail and actual[len(actual) - len(tail) :] != tail):
        return False
    rest = actual[len(head) : len(actual) - len(tail)]
    for part in middle:
        at = find(rest, part)
        if at < 0:
            return False
        rest = rest[at + len(part) :]
    return len(head) + len(tail) <= len(actual)


def split_elisions(lines: list[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for line in lines:
        if line == ELISION:
            parts.append([])
        else:
            parts[-1].append(line)
    return parts


def find(lines: list[str], part: list[str]) -> int:
    for at in range(len(lines) - len(part) + 1):
        if lines[at : at + len(part)] == part:
            return at
    return -1


def command_args(line: str) -> tuple[dict[str, str], list[str], str | None]:
    """The settings before `mobility`, the arguments after it, and the file a final `> FILE` sends the output
    to; anything else a shell would do (pipes, lists, other redirections) is not an example this test runs."""
    words = shlex.split(line)
    settings: dict[str, str] = {}
    while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", words[0]):
        name, _, value = words.pop(0).partition("=")
        settings[name] = value
    target = None
    if len(words) > 2 and words[-2] == ">":
        target, words = words[-1], words[:-2]
    assert words[:1] == ["mobility"], f"not a mobility command: $ {line}"
    assert not NOT_RUN & set(words), f"one command per line, without pipes or other redirections: $ {line}"
    return settings, words[1:], target


def prepare(folder: Path, setup: str | None) -> Path:
    """A fresh copy of the example program in `folder`, with the block's setup made."""
    program = folder / "program"
    folders, files = snapshot(setup)
    for rel in folders:
        (program / rel).mkdir(parents=True, exist_ok=True)
    for rel, data in files.items():
        (program / rel).write_bytes(data)
    return program


@functools.cache
def snapshot(setup: str | None) -> tuple[list[str], dict[str, bytes]]:
    """The folders and files of the example program with a setup made, made once (writing them out is many times
    faster than copying the program, or making a git repository, for every block)."""
    assert setup is None or setup in SETUPS, (
        f"unknown example setup {setup!r}: add it to SETUPS in {Path(__file__).name}"
    )
    wanted = SETUPS.get(setup or "", Setup())
    with tempfile.TemporaryDirectory() as folder:
        program = Path(folder)
        for name in () if wanted.empty else PROGRAM:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, program / name)
            else:
                shutil.copy2(source, program / name)
        if wanted.git:
            commit_all(program)
        for rel, old, new in wanted.edits:
            target = program / rel
            text = target.read_text(encoding="utf-8")
            assert text.count(old) == 1, f"setup {setup!r}: {old!r} is not once in {rel}"
            target.write_text(text.replace(old, new), encoding="utf-8")
        for rel, text in wanted.files:
            (program / rel).write_text(text, encoding="utf-8")
        paths = sorted(program.rglob("*"))
        folders = [""] + [p.relative_to(program).as_posix() for p in paths if p.is_dir()]
        return folders, {p.relative_to(program).as_posix(): p.read_bytes() for p in paths if p.is_file()}


def commit_all(program: Path) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "HR",
        "GIT_AUTHOR_EMAIL": "hr@example.com",
        "GIT_COMMITTER_NAME": "HR",
        "GIT_COMMITTER_EMAIL": "hr@example.com",
        "GIT_AUTHOR_DATE": f"{TODAY}T09:00:00+00:00",
        "GIT_COMMITTER_DATE": f"{TODAY}T09:00:00+00:00",
    }
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["-c", "commit.gpgsign=false", "commit", "-qm", "x"]):
        subprocess.run(["git", *args], cwd=program, env=env, check=True, capture_output=True)


def run_block(block: Block, folder: Path) -> list[list[str]]:
    """The output of each command of the block, in order, as lines. `cd DIR` moves to another folder for the
    commands after it; the temporary folder is shown as HOME, the program's copy as HOME/program."""
    here = prepare(folder, block.setup)
    outputs = []
    for command in block.commands:
        if command.line.startswith("cd "):
            here = Path(os.path.normpath(here / command.line[3:].strip()))
            outputs.append([])
            continue
        settings, args, target = command_args(command.line)
        result = run_cli(*args, cwd=here, env={"MOBILITY_TODAY": TODAY, "COLUMNS": COLUMNS, **settings})
        if target is not None:
            (here / target).write_text(result.stdout, encoding="utf-8")
        text = result.stderr if target is not None else result.stdout + result.stderr
        for shown in sorted({str(folder.resolve()), str(folder)}, key=len, reverse=True):
            text = text.replace(shown, HOME)
        outputs.append(normalised(text.split("\n")))
    return outputs


EXAMPLES = all_blocks()


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One result cache for every example: many run on the same program, and the cache never changes a result."""
    return tmp_path_factory.mktemp("docs-cache")


@pytest.mark.parametrize("block", EXAMPLES, ids=[b.name for b in EXAMPLES])
def test_console_example_is_real_output(
    block: Block, tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOBILITY_CACHE_DIR", str(shared_cache))
    assert block.commands, f"{block.name}: a console block without a `$ mobility` command"
    wrong = []
    for command, actual in zip(block.commands, run_block(block, tmp_path), strict=True):
        if not matches(command.expected, actual):
            diff = difflib.unified_diff(normalised(command.expected), actual, "in the docs", "printed", lineterm="")
            wrong.append(f"$ {command.line}\n" + "\n".join(diff))
    assert not wrong, f"{block.name}: the example is not what mobility prints " + (
        "(python -m tests.test_docs_examples --update rewrites it)\n" + "\n\n".join(wrong)
    )


def test_the_finder_sees_the_examples() -> None:
    """The README shows the tool at work, and the finder sees blocks (a finder that found nothing would pass)."""
    assert any(b.path.name == "README.md" for b in EXAMPLES)
    assert len({b.path for b in EXAMPLES}) >= 5


def test_an_elision_stands_for_lines_left_out() -> None:
    printed = ["a", "b", "c", "d"]
    assert matches(["a", "b", "c", "d  ", ""], printed)
    assert matches(["a", "...", "d"], printed)
    assert matches(["a", "..."], printed)
    assert matches(["...", "c", "...", "d"], printed)
    assert matches(["a", "b", "...", "c", "d"], printed)  # "..." may stand for no line at all
    assert not matches(["a", "c"], printed)
    assert not matches(["a", "...", "c"], printed)
    assert not matches(["a", "b", "c", "...", "c", "d"], printed)


# Rewriting the examples ---------------------------------------------------------------------------------------


def rewritten(expected: list[str], actual: list[str]) -> list[str]:
    """The new text of one command's output: what was there if it still fits; else the output, keeping as many
    first and last lines around one `...` as the example kept before."""
    if matches(expected, actual):
        return normalised(expected)
    parts = split_elisions(normalised(expected))
    if len(parts) == 1:
        return actual
    head, tail = len(parts[0]), len(parts[-1])
    if head + tail >= len(actual):
        return actual
    return [*actual[:head], ELISION, *(actual[len(actual) - tail :] if tail else [])]


def update(path: Path) -> list[str]:
    """Rewrite the console blocks of one file from real output; the names of the blocks that changed."""
    lines = path.read_text(encoding="utf-8").split("\n")
    changed = []
    for block in reversed(blocks(path)):
        with tempfile.TemporaryDirectory() as folder:
            outputs = run_block(block, Path(folder))
        body: list[str] = []
        for number, (command, actual) in enumerate(zip(block.commands, outputs, strict=True)):
            wanted = command.expected[-1:] == [""] if command.expected else len(actual) > 1  # a new one: if long
            gap = [""] if number < len(block.commands) - 1 and wanted else []
            body += [f"$ {command.line}", *rewritten(command.expected, actual), *gap]
        body = [block.indent + line if line else line for line in body]
        if lines[block.line : block.end - 1] != body:
            lines[block.line : block.end - 1] = body
            changed.append(block.name)
    if changed:
        path.write_text("\n".join(lines), encoding="utf-8")
    return changed[::-1]


def main(argv: list[str]) -> int:
    if argv != ["--update"]:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as cache:
        os.environ["MOBILITY_CACHE_DIR"] = cache
        for path in DOCS:
            for name in update(path):
                print(f"rewrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Files in the wrong place: a post saved in `posting/` or at the program's root, as `.markdown` or `.txt`, career
tracks in `postings/`, a post in `careers/`. The program reads files by where they are (`source.kind_of`), so such a
file used to vanish without a word, or be read as something it is not. Here it is recognised for what it is, by
its name and the first few hundred bytes of it (its front matter's keys, a `**Role**:` line, the YAML keys it
starts with), and reported once, saying where that kind of file belongs; the file itself is not read.

Only candidates are looked at, so a large repository costs what its names cost: the files at the program's root,
the files in folders whose names are near a program folder's (`posting/`, `Postings/`, `mentor/`, `career/`),
the files in the program's folders that their names keep out (`postings/x.markdown`), and the program's own
careers/ and moves/ files (few), whose content may belong elsewhere. Hidden folders, links that lead out of the
program and folders such as node_modules are never entered. Both sources (the work tree, a git revision) list
the candidates their own way and judge them here, so `--ref` says the same as the work tree.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path, PurePosixPath

from mobility_cli.codes import declare
from mobility_cli.diagnostics import Diagnostic, Severity

MISPLACED_FILE = declare(
    "misplaced-file",
    "reading",
    Severity.WARNING,
    "A program file where the program does not read it: a post outside postings/, tracks outside careers/, a "
    "file with an extension its folder does not take.",
    "The program reads files by where they are: a file elsewhere is not read, so a post is missing from the board "
    "(or is read as something it is not) and nothing else says why.",
    "Move or rename the file where the hint says (posts: postings/NAME.md; tracks: careers/NAME.yaml; mentors: "
    "mentors/NAME.yaml; moves: moves/NAME.yaml; frameworks: careers/TRACK/LEVEL.md).",
    fires="posting/senior-engineer.md, a job post in a folder named posting",
    passes="postings/senior-engineer.md",
)

HEAD_BYTES = 512  # how much of a candidate is read: enough for a front matter's first keys
MAX_CANDIDATES = 200  # files looked into outside the program's folders, at most, however large the repository
SNIFFED = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".yaml", ".yml")
SNIFFED_PROGRAM_FOLDERS = ("careers", "moves")  # small folders whose files may hold another kind
NEVER_ENTERED = frozenset({"node_modules", "__pycache__", "site-packages", "venv", "_site", "dist", "build"})
_NEAR = frozenset(
    {
        "post",
        "posts",
        "posting",
        "postings",
        "jobpost",
        "jobposts",
        "jobposting",
        "jobpostings",
        "jobs",
        "openings",
        "career",
        "careers",
        "careertrack",
        "careertracks",
        "track",
        "tracks",
        "framework",
        "frameworks",
        "mentor",
        "mentors",
        "mentoring",
        "move",
        "moves",
    }
)
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]|$)")
_BOLD_ROLE = re.compile(r"^\*\*Role(?:\*\*[ \t]*:|:\*\*)", re.IGNORECASE | re.MULTILINE)
_POST_ONLY = frozenset({"role", "team", "status", "opened", "closes", "internal_until", "external_from", "work_style"})
_MENTOR_ONLY = frozenset({"capacity", "opt_in", "past_levels", "working_hours", "active_mentees"})
_SETTINGS_ONLY = frozenset({"policy", "lint", "mentoring", "limits"})
# what each kind is, in words, where it belongs, and the file it would be there (from the file's stem)
HOMES = {
    "posting": ("a job post", "posts belong in postings/ as .md files", "postings/{stem}.md"),
    "tracks": ("career tracks", "tracks belong in careers/ as .yaml files", "careers/{stem}.yaml"),
    "framework": (
        "a competency framework",
        "frameworks belong in careers/ as TRACK/LEVEL.md",
        "careers/TRACK/{stem}.md",
    ),
    "mentor": ("a mentor's profile", "mentor profiles belong in mentors/ as .yaml files", "mentors/{stem}.yaml"),
    "moves": ("move records", "move records belong in moves/ as .yaml files", "moves/{stem}.yaml"),
    "program": ("the program's settings", "settings belong in mobility.yaml at the program's root", "mobility.yaml"),
}


def near_miss(name: str, program_dirs: Iterable[str]) -> bool:
    """A folder named nearly as a program folder is (`posting`, `Postings`, `job-posts`), but not as one."""
    return name not in program_dirs and re.sub(r"[-_ .]", "", name.lower()) in _NEAR


def sniffed(rel: str) -> bool:
    """A file worth looking into: a name Markdown or YAML is saved under, not hidden (nor in a hidden folder), not
    a README or LICENSE, UTF-8 (a name no report could show is reported by the source, if it is a program file)."""
    parts = PurePosixPath(rel).parts
    lower = parts[-1].lower()
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return False
    hidden = any(part.startswith(".") for part in parts)
    return not hidden and lower.endswith(SNIFFED) and not lower.startswith(("readme", "licen"))


def kind_by_content(head: bytes) -> str | None:
    """What a file is, by its first bytes: its front matter's or its YAML's top-level keys (a `**Role**:` line
    makes a post too); None when they do not say."""
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    lines = text.split("\n")
    front = lines[0].rstrip() == "---"
    if front:
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), len(lines))
        lines = lines[1:end]
    keys = {m.group(1).lower() for line in lines if (m := _KEY.match(line))}
    if "career_tracks" in keys:
        return "tracks"
    post_keys = keys & (_POST_ONLY | {"track", "level"})
    if (
        _BOLD_ROLE.search(text)
        or ("role" in keys and (front or len(post_keys) > 1))
        or ({"track", "level"} <= keys and keys & _POST_ONLY)
    ):
        return "posting"  # (without front matter, a line "Role: ..." alone may be a note's)
    if "name" in keys and ("timezone" in keys or keys & _MENTOR_ONLY):
        return "mentor"
    if not front and "moves" in keys:
        return "moves"
    if front and "title" in keys and keys <= {"title", "summary", "track", "level"}:
        return "framework"
    if not front and keys & _SETTINGS_ONLY:
        return "program"
    return None


def misplaced(rel: str, head: bytes, read_as: str | None) -> Diagnostic | None:
    """The finding for a file that is something other than what its place makes it (`read_as`: the kind the
    program reads it as there, None for a file it does not read), or None."""
    kind = kind_by_content(head)
    if kind is None or kind == read_as:
        return None
    what, where, home = HOMES[kind]
    target = home.format(stem=PurePosixPath(rel).stem)
    verb = "rename" if PurePosixPath(rel).parent == PurePosixPath(target).parent else "move"
    what += f", not {HOMES[read_as][0]}" if read_as in HOMES else ""
    message = f"this looks like {what}; {where}, so it was not read"
    return Diagnostic(MISPLACED_FILE.code, Severity.WARNING, message, rel, 1, 1, None, f"{verb} it to {target}")


def judge(
    program_files: Iterable[tuple[str, str]], strays: Iterable[str], head: Callable[[str], bytes | None]
) -> tuple[set[str], list[Diagnostic]]:
    """The program files (path, kind) that are something else (left out of the program) and the findings for
    them and for the stray files: each looked into through `head` (its first bytes, None when unreadable)."""
    left_out: set[str] = set()
    found: list[Diagnostic] = []
    looked: list[tuple[str, str | None]] = [(path, None) for path in strays]
    looked += [(path, kind) for path, kind in program_files if path.split("/", 1)[0] in SNIFFED_PROGRAM_FOLDERS]
    for path, kind in looked:
        data = head(path)
        finding = misplaced(path, data, kind) if data is not None else None
        if finding is not None:
            found.append(finding)
            if kind is not None:
                left_out.add(path)
    return left_out, found


def work_tree_strays(
    root: Path, program_dirs: tuple[str, ...], settings: tuple[str, ...], inside: Callable[[Path], bool]
) -> list[str]:
    """Candidates outside the program's folders, in a work tree: files at the root but the settings and in
    near-miss folders (never a hidden one, never through a link that leads out of the program), at most
    MAX_CANDIDATES."""
    found: list[str] = []
    try:
        top = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return found
    for entry in top:
        if entry.name.startswith(".") or not inside(Path(entry.path)):
            continue
        if entry.is_file() and sniffed(entry.name) and not _is_settings(root, entry.name, settings):
            found.append(entry.name)
        elif entry.is_dir() and near_miss(entry.name, program_dirs):
            found += islice(_files_below(root, Path(entry.path), inside), MAX_CANDIDATES)
        if len(found) >= MAX_CANDIDATES:
            break
    return found[:MAX_CANDIDATES]


def _files_below(root: Path, folder: Path, inside: Callable[[Path], bool]) -> Iterator[str]:
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in NEVER_ENTERED)
        for name in sorted(files):
            full = Path(current, name)
            if sniffed(name) and inside(full):
                yield full.relative_to(root).as_posix()


def _is_settings(root: Path, name: str, settings: tuple[str, ...]) -> bool:
    """The settings file itself: by its name, or by another case of it on a file system that ignores case."""
    if name in settings:
        return True
    same = [s for s in settings if s.lower() == name.lower() and (root / s).exists()]
    return any(os.path.samefile(root / s, root / name) for s in same)

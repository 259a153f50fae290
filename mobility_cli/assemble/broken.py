"""What could not be read whole, and which finding says so: each file's breaks (an error its reading found: a
syntax, schema or repeated-key error, at the JSON pointer it spoils), so that a later finding that reasons from a
missing part names the finding it follows from (`Diagnostic.cause`) instead of standing as a cause of its own.

A later check asks for a pointer (`*` stands for any key or index) in one file or in every file of a kind: "the
level ids of engineering" are `/career_tracks/engineering/levels/*/id` in the tracks files. A break explains
what is asked for when it is, best first:

0. at it or inside it (the value is wrong), or at a list or repeated key on the way to it (its items were lost);
1. beside it, a key spelt like the one asked for (`levles` for `levels`): the value is there under another name;
2. above it, where the next key on the way was not written at all (`levels` is missing from the track);
3. elsewhere in the file, the very key asked for under the wrong parent (an indentation mistake).

A break that explains nothing (a wrong grade, an unknown key unlike any asked for) makes nothing a consequence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from mobility_cli.diagnostics import Cause, Diagnostic, Severity
from mobility_cli.located import SourceMap
from mobility_cli.suggest import close_names


@dataclass(frozen=True, slots=True)
class Break:
    pointer: str  # the value the finding is about ("" for the whole document)
    cause: Cause
    loses_below: bool = False  # everything under the pointer was dropped (a repeated key: YAML keeps the last)


Ranked = tuple[int, int, int, Cause]  # rank, how far from the pointer asked for, the break's order, the cause


@dataclass(slots=True)
class FileBreaks:
    """One file's breaks, in the order they were found, and where its values are written (None: nowhere)."""

    file: str
    kind: str
    breaks: list[Break]
    source: SourceMap | None = None

    def written(self, pointer: str) -> bool:
        return self.source is not None and pointer in self.source.values

    def ranked(self, wanted: Sequence[str]) -> Ranked | None:
        """The break that best explains what the pointers ask for, with its rank, or None."""
        best: Ranked | None = None
        for order, brk in enumerate(self.breaks):
            for pointer in wanted:
                rank = _rank(brk, pointer, self.written)
                if rank is not None and (best is None or (*rank, order) < best[:3]):
                    best = (*rank, order, brk.cause)
        return best

    def cause(self, wanted: Sequence[str], lost: str = "") -> Cause | None:
        ranked = self.ranked(wanted)
        return ranked[3].losing(lost or ranked[3].lost) if ranked else None

    def following(self, d: Diagnostic, lost: str = "") -> Diagnostic:
        """A later finding about a value of this file that a break explains, naming the break's finding."""
        if d.cause is not None or d.pointer is None or d.file != self.file:
            return d
        field = d.pointer.strip("/").replace("/", ".")
        lost = lost or (f"`{field}` in {d.file} could not be read" if field else f"{d.file} could not be read whole")
        return d.following(self.cause((d.pointer,), lost))


def breaks_of(file: str, kind: str, found: Iterable[Diagnostic], source: SourceMap | None) -> FileBreaks | None:
    """A file's breaks from what reading it found (errors only: a warning never drops a value)."""
    from mobility_cli.parse.yamldoc import DUPLICATE_KEY

    breaks = [
        Break(d.pointer or "", Cause.of(d), d.code == DUPLICATE_KEY.code)
        for d in found
        if d.severity is Severity.ERROR and d.file == file
    ]
    return FileBreaks(file, kind, breaks, source) if breaks else None


@dataclass(slots=True)
class Broken:
    """The breaks of a program's files, and the first error of each file that could not be read at all."""

    files: dict[str, FileBreaks] = field(default_factory=dict)
    unreadable: dict[str, Cause] = field(default_factory=dict)

    def add(self, found: FileBreaks | None) -> None:
        if found is None:
            return
        known = self.files.get(found.file)
        if known is None:
            self.files[found.file] = found
        else:
            known.breaks.extend(found.breaks)

    def add_break(self, file: str, kind: str, brk: Break) -> None:
        """A break found after reading (a definition dropped as a repeat of an earlier one)."""
        self.files.setdefault(file, FileBreaks(file, kind, [])).breaks.append(brk)

    def cause(self, file: str | None, wanted: Sequence[str], lost: str = "") -> Cause | None:
        """The finding that best explains why `file` lacks what the pointers ask for, or None."""
        found = self.files.get(file or "")
        return found.cause(wanted, lost) if found is not None else None

    def cause_in(
        self,
        kind: str,
        wanted: Sequence[str],
        lost: str,
        prefer: Callable[[str], bool] | None = None,
        only: Callable[[str], bool] | None = None,
    ) -> Cause | None:
        """The finding that best explains why no file of a kind (of those `only` accepts; those `prefer`
        accepts first) holds what the pointers ask for, or None."""
        best: tuple[bool, Ranked] | None = None
        for file, found in self.files.items():
            if found.kind != kind or (only is not None and not only(file)):
                continue
            ranked = found.ranked(wanted)
            preferred = prefer is None or prefer(file)
            if ranked and (best is None or (not preferred, ranked[:3]) < (not best[0], best[1][:3])):
                best = (preferred, ranked)
        return best[1][3].losing(lost) if best else None

    def following(self, d: Diagnostic, lost: str = "") -> Diagnostic:
        """A later finding about a value of its own file that the file's breaks explain, naming its cause."""
        found = self.files.get(d.file or "")
        return found.following(d, lost) if found is not None else d


def _tokens(pointer: str) -> list[str]:
    return pointer.split("/")[1:] if pointer else []


def _along(broken: list[str], wanted: list[str]) -> bool:
    """True when the one pointer lies on the way to the other (`*` matching any token)."""
    return all(b == w or w == "*" for b, w in zip(broken, wanted, strict=False))


def _rank(brk: Break, wanted: str, written: Callable[[str], bool]) -> tuple[int, int] | None:
    """How well a break explains what a pointer asks for (see the module's docstring), or None."""
    b, w = _tokens(brk.pointer), _tokens(wanted)
    if _along(b, w):
        if len(b) >= len(w):
            return 0, len(b) - len(w)  # the value asked for is wrong, or something inside it
        below = w[len(b)]
        if brk.loses_below or below == "*":
            return 0, len(w) - len(b)  # a list, or a value under a repeated key, that lost its items
        if not written(_pointer([*b, below])):
            return 2, len(w) - len(b)  # what is asked for was not written under it ("missing the field")
        return None
    head = len(b) - 1
    if 0 <= head < len(w) and w[head] != "*" and _along(b[:head], w) and _spelt_like(b[head], w[head]):
        return (1, len(w) - head) if not written(_pointer([*b[:head], w[head]])) else None
    plain = "*" not in w
    if plain and b and w and b[-1] == w[-1] and len(b) != len(w) and not w[-1].isdigit() and not written(wanted):
        return 3, abs(len(b) - len(w))
    return None


def _pointer(tokens: list[str]) -> str:
    return "".join(f"/{t}" for t in tokens)


def _spelt_like(written: str, meant: str) -> bool:
    return written != meant and bool(close_names(written, [meant], n=1))

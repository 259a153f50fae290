"""Work shared out over the machine's cores, with results in the order the work was given.

Parsing files and linting posts are independent per item and take most of a cold `validate`; CI runners have
two to four cores. The items are cut into one run per core, of about equal weight: this process takes the
first run and forked workers the others. A forked worker starts with everything the parent holds (the
loaded program, a closure), so only its results travel back, pickled; the runs are joined in the order of
the items, so the output is the same byte for byte whatever the number of workers (tests/test_parallel.py).

Only where `fork` is the platform's safe default (Linux) and the work is large enough to repay starting the
workers; elsewhere, and with `--jobs 1` (or MOBILITY_JOBS=1), everything runs in this process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MAX_JOBS = 8
_PIECES_PER_SHARE = 4

_WORK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None  # what forked workers inherit


def usable_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def jobs_from(given: int | None) -> int:
    """The number of workers: --jobs, else MOBILITY_JOBS, else the usable cores (at most MAX_JOBS)."""
    if given is None:
        text = os.environ.get("MOBILITY_JOBS", "").strip()
        if text and (not text.isdigit() or int(text) < 1):
            from mobility_cli.errors import UsageError

            raise UsageError(f'MOBILITY_JOBS="{text}" is not a number of workers', "set it to 1 or more, or unset it")
        given = int(text) if text else None
    return max(1, min(given or usable_cores(), MAX_JOBS))


def can_fork() -> bool:
    return sys.platform.startswith("linux")


def ordered_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    least: int = 200,
    weight: Callable[[Item], int] | None = None,
    own: float = 1.0,
) -> list[Result]:
    """`[function(item) for item in items]`, over this process and `jobs - 1` forked workers when there are at
    least `least` items. Each takes a run of items of about equal `weight` (default: one per item), except that
    this process takes `own` times a worker's: more where results are large, since a worker must also pickle
    what it computes. The function need not be picklable (workers inherit it); its results must be."""
    if jobs <= 1 or len(items) < least or not can_fork():
        return [function(item) for item in items]
    try:
        return _shared_out(function, items, jobs, weight, own)
    except OSError:  # no room for the workers' results (a full temporary folder): the same work, in one process
        return [function(item) for item in items]


def _shared_out(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    weight: Callable[[Item], int] | None,
    own: float,
) -> list[Result]:
    import gc
    import multiprocessing
    import shutil
    import tempfile

    global _WORK
    shares = _shares([weight(item) for item in items] if weight else [1] * len(items), [own] + [1.0] * (jobs - 1))
    _WORK = (function, items)
    folder = tempfile.mkdtemp(prefix="mobility-work-")
    gc.freeze()  # the collector never walks (so never writes to, so never copies) what the workers inherit
    try:
        # This process takes the first run itself: it would otherwise only wait, and its results need no
        # pickling. A worker writes each quarter of its run to a file: through a pipe it would wait for this
        # busy process to read, and one pickle of a whole run can be larger than the run's files.
        pieces = [
            (start, stop, os.path.join(folder, f"{n}.pickle"))
            for n, (start, stop) in enumerate(p for run in shares[1:] for p in _pieces(*run, _PIECES_PER_SHARE))
        ]
        with multiprocessing.get_context("fork").Pool(jobs - 1, initializer=_worker_started) as pool:
            theirs = pool.map_async(_run_piece, pieces, chunksize=1)
            mine = _run_share((shares[0][0], shares[0][1]))
            theirs.get()
        for _, _, path in pieces:
            mine.extend(_read_piece(path))
    finally:
        _WORK = None
        gc.unfreeze()
        shutil.rmtree(folder, ignore_errors=True)
    return mine


def _run_piece(piece: tuple[int, int, str]) -> None:
    import pickle

    start, stop, path = piece
    with open(path, "wb") as handle:
        pickle.dump(_run_share((start, stop)), handle, pickle.HIGHEST_PROTOCOL)


def _read_piece(path: str) -> list[Any]:
    """A piece this run's own worker wrote into this run's own private folder (never anyone else's file)."""
    import pickle

    with open(path, "rb") as handle:
        result: list[Any] = pickle.load(handle)
    return result


def _pieces(start: int, stop: int, count: int) -> list[tuple[int, int]]:
    size = stop - start
    return [(start + size * i // count, start + size * (i + 1) // count) for i in range(count)]


def _shares(weights: list[int], parts: list[float]) -> list[tuple[int, int]]:
    """Runs of consecutive items, one per part, each holding about its part's fraction of the total weight."""
    total, running = sum(weights) or 1, 0
    goals = [total * sum(parts[: i + 1]) / sum(parts) for i in range(len(parts) - 1)]
    bounds = [0]
    for index, value in enumerate(weights):
        running += value
        while len(bounds) <= len(goals) and running >= goals[len(bounds) - 1]:
            bounds.append(index + 1)
    bounds += [len(weights)] * (len(parts) + 1 - len(bounds))
    return list(pairwise(bounds))


def _worker_started() -> None:
    """Ctrl-C is the parent's to report: a worker stops quietly when the parent ends the pool."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_share(bounds: tuple[int, int]) -> list[Any]:
    assert _WORK is not None, "a worker runs only inside ordered_map"
    function, items = _WORK
    return [function(item) for item in items[bounds[0] : bounds[1]]]

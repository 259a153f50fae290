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
_PIECES_PER_SHARE = 8

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
        given = int(text) if text.isdigit() else 0
    return max(1, min(given or usable_cores(), MAX_JOBS))


def can_fork() -> bool:
    return sys.platform.startswith("linux")


def ordered_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    least: int = 200,
    weight: Callable[[Item], int] | None = None,
) -> list[Result]:
    """`[function(item) for item in items]`, over this process and `jobs - 1` forked workers when there are at
    least `least` items. Each takes a run of items of about equal `weight` (default: one per item). The
    function need not be picklable (workers inherit it); its results must be."""
    if jobs <= 1 or len(items) < least or not can_fork():
        return [function(item) for item in items]
    import gc
    import multiprocessing

    global _WORK
    shares = _shares([weight(item) for item in items] if weight else [1] * len(items), jobs)
    _WORK = (function, items)
    gc.freeze()  # the collector never walks (so never writes to, so never copies) what the workers inherit
    try:
        # this process takes the first share itself: it would otherwise only wait, and what it computes never
        # has to be pickled and read back
        with multiprocessing.get_context("fork").Pool(jobs - 1, initializer=_worker_started) as pool:
            # a worker sends its run back in pieces: one pickle of a whole run can be larger than the run's files
            pieces = [piece for start, stop in shares[1:] for piece in _pieces(start, stop, _PIECES_PER_SHARE)]
            theirs = pool.imap(_run_share, pieces, chunksize=1)
            mine = _run_share(shares[0])
            mine.extend(result for piece in theirs for result in piece)
    finally:
        _WORK = None
        gc.unfreeze()
    return mine


def _pieces(start: int, stop: int, count: int) -> list[tuple[int, int]]:
    size = stop - start
    return [(start + size * i // count, start + size * (i + 1) // count) for i in range(count)]


def _shares(weights: list[int], count: int) -> list[tuple[int, int]]:
    """`count` runs of consecutive items, each of about the same total weight."""
    total, bounds, running = sum(weights) or 1, [0], 0
    for index, value in enumerate(weights):
        running += value
        while len(bounds) < count and running * count >= total * len(bounds):
            bounds.append(index + 1)
    bounds += [len(weights)] * (count + 1 - len(bounds))
    return list(pairwise(bounds))


def _worker_started() -> None:
    """Ctrl-C is the parent's to report: a worker stops quietly when the parent ends the pool."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_share(bounds: tuple[int, int]) -> list[Any]:
    assert _WORK is not None, "a worker runs only inside ordered_map"
    function, items = _WORK
    return [function(item) for item in items[bounds[0] : bounds[1]]]

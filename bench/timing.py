"""The timing rules the benchmarks share: the fastest of a few runs, sides interleaved."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence

__all__ = ["best", "race"]


def best(fn: Callable[[], object], repeat: int = 5, *, collector: bool = False) -> float:
    """The fastest of ``repeat`` runs, in seconds; the garbage collector paused unless asked."""
    return race([fn], repeat, collector=collector)[0]


def race(
    fns: Sequence[Callable[[], object]],
    repeat: int = 5,
    *,
    collector: bool = False,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """The fastest run of each function, the functions taking turns ``repeat`` times.

    Taking turns spreads a burst of load on a shared machine over every side of a ratio instead
    of landing on one; the fastest run is the one least disturbed.  With ``collector`` the
    garbage collector runs as it would in a program (as the codec's aim says it must); else it is
    paused, as ``timeit`` does.  ``clock=time.process_time`` counts this process's CPU time
    only, not the time other processes hold the cores (for single-threaded work on a busy machine).
    """
    fastest = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            gc.collect()
            if not collector:
                gc.disable()
            try:
                t0 = clock()
                fn()
                fastest[i] = min(fastest[i], clock() - t0)
            finally:
                gc.enable()
    return fastest

"""The one timing rule the benchmarks share: the fastest of a few runs, the collector paused."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

__all__ = ["best"]


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs, in seconds, with the garbage collector paused (as timeit)."""
    fastest = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            fn()
            fastest = min(fastest, time.perf_counter() - t0)
        finally:
            gc.enable()
    return fastest

"""A pause of Python's cycle collector around work that builds many objects and no cycles.

Reading a large dossier builds hundreds of thousands of records, tuples and spans that are all
kept: the collector, set off by allocations, walks them again and again and finds nothing to
free (records refer only to values and to other records, never back).  On 100,000 meetings that
is about 40% of ``koreadip.loads``; writing one, ``koreadip.dumps`` builds a short-lived mirror
per record, and the collector's walks over them were about 10% of it.  :func:`paused` switches
the collector off for the duration and back on after, if it was on; nested and concurrent pauses
share one count, so the collector comes back on only when the last pause ends, and a pause never
switches on a collector that the caller had switched off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]

_LOCK = threading.Lock()
_depth = 0
_resume = False  # whether the collector was on when the first pause began


@contextmanager
def paused() -> Iterator[None]:
    """Hold the cycle collector off while the ``with`` block runs.

    >>> import gc
    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    global _depth, _resume
    with _LOCK:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()

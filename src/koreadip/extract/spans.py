"""Character spans asked about many times: is a position inside one, which ones meet a range.

A page of quotations has a span per quotation, and every sentence and every trigger word asks
about them; scanning the whole list each time makes such a page quadratic in its length.  Sorted
once, each question is a binary search.

>>> quoted = Spans([(10, 20), (40, 45), (12, 30)])
>>> quoted.covers(25), quoted.covers(35), quoted.covers(40)
(True, False, True)
>>> quoted.overlapping(0, 15)
[(10, 20), (12, 30)]
>>> quoted.holding(25), quoted.holding(35)
((12, 30), None)
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["Spans"]


class Spans:
    """Half-open spans ``(start, end)``, in any order, overlapping or not."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        # the furthest end among the spans up to each one: non-decreasing, so searchable
        self._reach = list(itertools.accumulate((b for _, b in self._spans), max))

    def covers(self, pos: int) -> bool:
        """Whether some span holds ``pos`` (``start <= pos < end``)."""
        i = bisect_right(self._starts, pos)  # the spans starting at or before pos
        return i > 0 and self._reach[i - 1] > pos

    def holding(self, pos: int) -> tuple[int, int] | None:
        """The span that holds ``pos`` and starts first, or None."""
        i = bisect_right(self._reach, pos)  # the first span whose end (so far the furthest) > pos
        if i < len(self._spans) and self._starts[i] <= pos:
            return self._spans[i]
        return None

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans sharing a character with ``lo``..``hi``, in order of their starts."""
        first = bisect_right(self._reach, lo)  # before it, every span ends at or before lo
        last = bisect_left(self._starts, hi)  # from it, every span starts at or after hi
        return [(a, b) for a, b in self._spans[first:last] if max(a, lo) < min(b, hi)]

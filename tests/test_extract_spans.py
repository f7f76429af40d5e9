"""Spans answer what a scan of the list would: which positions they hold, which meet a range."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from koreadip.extract.spans import Spans

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12)


@given(spans=SPANS, pos=st.integers(-2, 65))
def test_covers_is_whether_any_span_holds_the_position(
    spans: list[tuple[int, int]], pos: int
) -> None:
    assert Spans(spans).covers(pos) == any(a <= pos < b for a, b in spans)


@given(spans=SPANS, lo=st.integers(-2, 65), hi=st.integers(-2, 65))
@example(spans=[(0, 50)], lo=30, hi=20)  # a range the wrong way round meets nothing
def test_overlapping_is_every_span_sharing_a_character_with_the_range(
    spans: list[tuple[int, int]], lo: int, hi: int
) -> None:
    expected = sorted((a, b) for a, b in spans if max(a, lo) < min(b, hi))
    assert Spans(spans).overlapping(lo, hi) == expected


@given(spans=SPANS, pos=st.integers(-2, 65))
def test_holding_is_the_first_span_that_holds_the_position(
    spans: list[tuple[int, int]], pos: int
) -> None:
    expected = min(((a, b) for a, b in spans if a <= pos < b), default=None)
    assert Spans(spans).holding(pos) == expected


def test_no_spans_cover_nothing() -> None:
    assert not Spans([]).covers(0)
    assert Spans([]).overlapping(0, 10) == []
    assert Spans([]).holding(0) is None

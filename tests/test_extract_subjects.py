"""Subjects (``extract/subjects.py``): a compound of names before a trigger ("the Trump-Kim
summit") names its sides (made-up text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import subjects
from koreadip.extract.mentions import Mention


def _compound_before(text: str, m: Mention, trigger_start: int) -> bool:
    """``in_compound_before`` as it read before it measured the gap first."""
    gap = text[m.end : trigger_start]
    if not subjects._COMPOUND_TAIL.fullmatch(gap):
        return False
    return "-" in gap or text[m.start - 1 : m.start] in ("-", "\u2013")


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(["-", "\u2013", "Kim", "Moon", " ", "  ", "x" * 30, "."]), max_size=9),
    st.integers(0, 3),
    st.integers(-3, 120),
)
def test_a_compound_is_read_as_before_whatever_the_gap(
    pieces: list[str], start: int, trigger_offset: int
) -> None:
    text = "Trump" + "".join(pieces) + " summit"
    m = Mention(start, 5, 0, "Trump"[start:])
    ts = max(0, 5 + trigger_offset)
    assert subjects.in_compound_before(text, m, ts) == _compound_before(text, m, ts)


def test_a_name_joined_to_another_by_a_dash_before_the_trigger_is_in_the_compound() -> None:
    text = "the first Trump-Kim summit"  # made-up
    trump, kim = Mention(10, 15, 0, "Trump"), Mention(16, 19, 1, "Kim")
    trigger = text.index("summit")
    assert subjects.in_compound_before(text, trump, trigger)
    assert subjects.in_compound_before(text, kim, trigger)
    assert not subjects.in_compound_before(text, kim, kim.end)  # no gap at all
    assert not subjects.in_compound_before("Trump" + " " * 120 + "summit", trump, 125)

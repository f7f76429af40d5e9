"""The cheap tests before a scan: a word test and the opening guard change no answer."""

from __future__ import annotations

import doctest
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import guards

# made-up word starts, some sharing a first letter, one with a space and one with a dot
_STARTS = ("tal", "tri", "mee", "met", "u.s", "by ", "co-", "sum")


def test_docstring_examples_run() -> None:
    assert doctest.testmod(guards).failed == 0


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_STARTS, "talks", " ", "-", "x", "t", "me"]), st.text(max_size=3)
        ),
        max_size=12,
    )
)
def test_the_opening_guard_holds_where_the_plain_alternation_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(r"\b(?=" + "|".join(map(re.escape, _STARTS)) + ")")
    guarded = re.compile(guards.opening_guard(_STARTS))
    assert [m.start() for m in guarded.finditer(text)] == [m.start() for m in plain.finditer(text)]


def test_holds_any_is_any_substring() -> None:
    assert guards.holds_any("they met in seoul", ("xyz", "met"))
    assert not guards.holds_any("they met in seoul", ("tokyo",))
    assert not guards.holds_any("anything", ())

"""left_title reads the words before a name backwards, one at a time; the words it reads are the
words of the whole window, last first, and the title it finds is the one the window gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract.titles import _WORD, _next_word, left_title

_SPACES = " \u00a0\u2003\u3000\t\n"


@given(
    st.text(alphabet=st.sampled_from([*_SPACES, "a", "B", ",", "'", "é"]), max_size=60),
    st.data(),
)
def test_backwards_words_are_the_windows_words_last_first(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, end))
    expected = [(m.start() + lo, m.end() + lo) for m in re.finditer(r"\S+", text[lo:end])]
    backwards = _WORD.finditer(text[lo:end][::-1])
    read = []
    while (word := _next_word(backwards, end)) is not None:
        read.append(word)
    assert read == expected[::-1]


# Made-up sample sentences, not from any article.
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Made-up sample: North Korea's First Vice Foreign Minister Choi spoke.",
            "Choi",
            ("First Vice Foreign Minister", 30, "KP"),  # the word before the possessive decides
        ),
        (
            "Made-up sample: the South's chief nuclear envoy, Lee Do-hoon, said.",
            "Lee",
            ("chief nuclear envoy", 28, "KR"),
        ),
        (
            "Made-up sample: Rep. Young Kim and U.S. Sen. Chris Van Hollen met.",
            "Chris",
            ("U.S. Sen.", 35, "US"),  # only what follows "and" after a name
        ),
        (
            "Made-up sample: Meanwhile Foreign Minister Kang said.",
            "Kang",
            ("Foreign Minister", 26, None),
        ),
        ("Made-up sample: the U.S. envoy for North Korea and Lee met.", "Lee", None),
    ],
)
def test_left_title_examples(
    text: str, name: str, expected: tuple[str, int, str | None] | None
) -> None:
    assert left_title(text, text.index(name), 0) == expected


def test_left_title_stops_at_the_floor_and_the_previous_mention() -> None:
    text = "Foreign Minister Kang"
    assert left_title(text, 17, 0) == ("Foreign Minister", 0, None)
    assert left_title(text, 17, 8) == ("Minister", 8, None)  # the window is "Minister " only
    assert left_title(text, 17, 0, blocked=20) is None  # blocked past the name: nothing to read
    assert left_title(text, 17, 16) is None


def test_left_title_window_is_bounded_to_120_characters() -> None:
    text = "Foreign Minister " + "x" * 130 + " Kang"
    assert left_title(text, len(text) - 4, 0) is None

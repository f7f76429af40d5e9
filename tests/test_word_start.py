"""Patterns that open with a whole word: :func:`opens_word` finds what ``\\b`` and the word find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract.word_start import opens_word

_PIECES = ["as", "also", "for", "but", "will", "to", " ", "  ", "\n", "a", "an", "the", "x", "_",
           "-", "'", ".", "é", "ſ", "9", "has ", "talks "]  # fmt: skip


@settings(max_examples=300)
@given(
    st.sampled_from(["as", "also", "for", "but", "will", "to"]),
    st.sampled_from([r"\s+an?\s+(?:[\w-]+\s+){0,3}$", r"\b", r"\s+(?:a|an|the)?\s*", ""]),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=14),
)
def test_opens_word_finds_what_a_word_boundary_and_the_word_find(
    word: str, tail: str, pieces: list[str]
) -> None:
    text = "".join(pieces)
    bounded = re.compile(r"\b" + re.escape(word) + tail)
    lettered = re.compile(opens_word(word) + tail)
    assert [m.span() for m in lettered.finditer(text)] == [m.span() for m in bounded.finditer(text)]
    # in a window too: the look back reads the text before it, as \b does
    for lo in range(0, len(text), 3):
        found = lettered.search(text, lo, len(text))
        expected = bounded.search(text, lo, len(text))
        assert (found and found.span()) == (expected and expected.span())


def test_opens_word_refuses_a_word_that_opens_with_a_mark() -> None:
    with pytest.raises(ValueError, match="opens_word"):
        opens_word("-also")

"""Run-in headings blanked, and the lower-case word test they rest on (made-up text)."""

from __future__ import annotations

import doctest
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import headings
from koreadip.extract.headings import LowerWords, without_headings
from koreadip.extract.text import sentences

# the set the word test answers from: every lower-case word the pattern finds in the text
_REFERENCE = re.compile(r"[a-z](?<!\w[a-z])(?<![.!?]\s[a-z])[a-z-]{2,}\b")


def test_docstring_examples_run() -> None:
    assert doctest.testmod(headings).failed == 0


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["talks", "Talks", "north", "-korean", "korean", "ab", "x2", "é", "the", ". ", "? ",
             " ", "-", "\n", "'s", "_", "engagement", "Engagement", "ab-", "X", "1", "talks-"]
        ),
        max_size=14,
    ),
    st.lists(
        st.sampled_from(["talks", "korean", "north-korean", "engagement", "the", "ab", "ab-"])
    ),
)  # fmt: skip
def test_a_word_is_in_the_lower_case_words_where_the_scan_finds_it(
    pieces: list[str], asked: list[str]
) -> None:
    text = "".join(pieces)
    words = LowerWords(text)
    expected = set(_REFERENCE.findall(text))
    for word in [*asked, *expected]:
        assert (word in words) == (word in expected), (text, word)


def test_a_word_standing_many_times_inside_others_keeps_the_answer_past_the_budget() -> None:
    text = "xtalks " * 500 + "talks ended."  # made-up: the word stands 501 times
    words = LowerWords(text)
    assert "talks" in words
    assert "ended" in words
    assert "xtalks" in words
    assert "talk" not in words


def test_a_run_in_title_case_heading_is_blanked_and_a_plain_sentence_kept() -> None:
    text = (  # made-up page: a heading run into its first sentence
        "Envoys Plan Engagement Talks Seoul's envoy met his counterpart.\n"
        "The envoys discussed engagement and talks in Seoul."
    )
    sents = sentences(text)
    out = without_headings(sents, text)
    assert out[0].text.startswith(" " * len("Envoys Plan Engagement Talks Seoul's"))
    assert out[0].text.endswith("envoy met his counterpart.")
    assert out[1] is sents[1]


def test_a_run_of_names_the_text_never_writes_in_lower_case_is_kept() -> None:
    text = "South Korean Foreign Minister Kang met Pompeo on Friday."  # made-up
    sents = sentences(text)
    assert without_headings(sents, text) == sents

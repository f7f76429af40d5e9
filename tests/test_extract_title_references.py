"""Which sentences may hold a definite description ("the U.S. envoy"): the pattern run once over
the whole text must keep every sentence in which it matches when run over that sentence alone.

The texts are made-up: random strings of the pieces descriptions are made of."""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract.text import Sentence, sentences
from koreadip.extract.title_references import _DESCRIPTION, _description_spans, described_sentences

_PIECES = [
    "the ", "The ", "the\n", "U.S. ", "American ", "top ", "vice ", "envoy", "minister",
    "official", "-designate", "s", "Kim", " said.", ". ", "\n\n", " ", "x", "'s ", "Seoul's ",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_every_sentence_with_a_description_is_kept(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = sentences(text)
    kept = set(described_sentences(text, found))
    for k, sentence in enumerate(found):
        if _DESCRIPTION.search(text, sentence.start, sentence.end):
            assert k in kept


def test_sentences_without_a_description_are_skipped() -> None:
    text = "Made-up: Kim spoke. The American envoy left. Lee stayed. Then the minister came."
    assert described_sentences(text, sentences(text)) == [1, 3]


_DESCRIPTION_PIECES = [
    "the ", "The ", "he ", "the\n", "bathe ", "U.S. ", "envoy", "envoy ", "special ", "new ",
    "South Korean ", "minister", "for North Korea", "Kim ", ". ", ", ", "  ", "top ", "-",
]  # fmt: skip


@given(st.lists(st.sampled_from(_DESCRIPTION_PIECES), max_size=25).map("".join))
def test_descriptions_found_from_their_cue_are_those_the_pattern_finds_in_one_scan(
    text: str,
) -> None:

    assert _description_spans(text) == [m.span() for m in _DESCRIPTION.finditer(text)]


def _described_one_by_one(text: str, found: list[Sentence]) -> list[int]:
    """The reading sentence by sentence that described_sentences replaced."""
    spans = _description_spans(text)
    ends = [e for _, e in spans]
    out = []
    for k, sentence in enumerate(found):
        i = bisect_right(ends, sentence.start)
        if (i < len(spans) and spans[i][0] < sentence.end) or re.match(
            r"[\w-]", text[sentence.end : sentence.end + 1]
        ):
            out.append(k)
    return out


@given(st.lists(st.sampled_from([*_PIECES, "-x", "é", "_", ".Then "]), max_size=40))
def test_the_sentences_a_description_overlaps_are_those_read_one_by_one(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = sentences(text)
    assert described_sentences(text, found) == _described_one_by_one(text, found)

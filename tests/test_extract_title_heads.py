"""The head index never rules out a title that left_title would read.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract import title_heads
from koreadip.extract.text import Sentence
from koreadip.extract.title_heads import HeadIndex
from koreadip.extract.titles import left_title

_PIECES = [
    "Kim ", "Lee ", "Park ", "Minister ", "minister, ", "Vice-Minister ", "Undersecretary ",
    "(Envoy) ", "U.S. ", "Seoul's ", "special ", "representative ", "said ", "and ", "the ",
    "for ", "North ", "Korea ", "\"", ", ", "; ", "  ", "\n", "Ambassador-designate ", "ENVOY ",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)


@given(texts, st.data())
def test_no_head_before_a_name_means_no_left_title(text: str, data: st.DataObject) -> None:
    sentence = Sentence(0, len(text), 0, text)
    index = HeadIndex(text)
    for _ in range(title_heads._INDEX_AFTER):
        index.may_precede(sentence, 0, 0)  # ask often enough for the words to be indexed
    pos = data.draw(st.integers(0, len(text)))
    blocked = data.draw(st.integers(-1, pos))
    if not index.may_precede(sentence, max(0, blocked), pos):
        assert left_title(text, pos, 0, blocked) is None


def test_a_sentence_asked_often_is_indexed_and_answers_no_for_a_run_of_names() -> None:
    text = "Kim Lee Park Moon Choi Kang " * 20
    sentence = Sentence(0, len(text), 0, text)
    index = HeadIndex(text)
    answers = [index.may_precede(sentence, 0, 500) for _ in range(title_heads._INDEX_AFTER + 1)]
    assert answers[0] is True
    assert answers[-1] is False
    titled = "Foreign Minister Kim"
    titled_index = HeadIndex(titled)
    for _ in range(title_heads._INDEX_AFTER + 1):
        assert titled_index.may_precede(Sentence(0, len(titled), 0, titled), 0, 17)

"""The attribution phrases around a quote's marks (made-up sentences throughout)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import attribution
from koreadip.extract.attribution import (
    first_break,
    last_break,
    names_a_reporter,
    reported_by,
    speaker_before,
    strip_span,
)


def test_strip_span_drops_punctuation_and_blanks_at_both_ends() -> None:
    text = " ,; the envoy -- "
    a, b = strip_span(text, 0, len(text))
    assert text[a:b] == "the envoy"


def test_last_break_finds_the_start_of_the_sentence_holding_the_end() -> None:
    text = "The talks ended. The envoy said that it went well."
    assert text[last_break(text, 0, len(text)) :] == "The envoy said that it went well."


def test_last_break_is_not_fooled_by_an_abbreviation() -> None:
    text = "They met on Dec. 3 in Seoul."
    assert last_break(text, 0, len(text)) == 0


def test_first_break_ends_the_first_sentence() -> None:
    text = "The envoy said so. Then he left."
    assert text[: first_break(text, 0, len(text))] == "The envoy said so."


def test_speaker_before_is_the_subject_of_the_speech_verb() -> None:
    text = 'Later, the deputy minister said, "'
    span = speaker_before(text, 0, len(text) - 1)
    assert span is not None
    assert text[span[0] : span[1]] == "the deputy minister"


def test_reported_by_names_the_agency_but_not_the_speaker() -> None:
    text = "according to the Herald Agency, the envoy said"
    assert reported_by(text, 0, len(text), "the envoy") == "the Herald Agency"
    assert reported_by(text, 0, len(text), "the Herald Agency") is None


@settings(max_examples=300, deadline=None)
@given(st.from_regex(attribution._VIA_RE, alphabet=st.characters(codec="ascii")))
def test_every_reporter_phrase_holds_one_of_the_words_looked_for_first(text: str) -> None:
    m = attribution._VIA_RE.search(text)
    assert m is not None
    assert any(w in text[m.start() :] for w in attribution._VIA_WORDS)
    assert names_a_reporter(text, 0, len(text))


def test_names_a_reporter_looks_only_inside_its_window() -> None:
    text = "He said so, according to the Herald. Then he left."
    assert names_a_reporter(text, 0, len(text))
    assert not names_a_reporter(text, 0, 10)
    assert not names_a_reporter(text, 37, len(text))


# made-up text: sentence ends, abbreviations, closing marks and openers before the next sentence
_BREAK_PIECES = (
    "Lee said so", ".", ". ", "? ", "!", "” ", '" ', "' ", ")", "  ", "\n", "Dec", "U.S",
    " a", "“The", '"We', "(Kim", "[5", "7", "…", " he", "Mr", "x",
)  # fmt: skip
_BREAK_TEXT = st.lists(st.sampled_from(_BREAK_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_BREAK_TEXT, st.integers(-2, 80), st.integers(-2, 80))
def test_breaks_found_once_answer_as_the_window_scans_do(text: str, lo: int, hi: int) -> None:
    breaks = attribution.Breaks(text)
    lo = max(0, lo)
    assert breaks.first(lo, hi) == first_break(text, lo, hi)
    assert breaks.last(lo, hi) == last_break(text, lo, hi)


def test_breaks_skip_an_abbreviation_as_the_scans_do() -> None:
    text = "They met on Dec. 3 in Seoul. The envoy said so. Then he left."
    breaks = attribution.Breaks(text)
    assert text[: breaks.first(0, len(text))] == "They met on Dec. 3 in Seoul."
    assert text[breaks.last(0, len(text)) :] == "Then he left."


def test_may_name_a_reporter_is_false_where_no_window_inside_names_one() -> None:
    text = "The envoy said so, Herald Radio reported. He left."
    assert attribution.may_name_a_reporter(text, 0, len(text))
    assert names_a_reporter(text, 0, len(text))
    assert not attribution.may_name_a_reporter(text, 0, 17)
    assert not attribution.may_name_a_reporter(text, 42, len(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Lee", "the", "envoy", "said", "met", "reportedly", ",", " ", "\n"]),
        max_size=8,
    ).map("".join)
)
def test_cut_at_verb_leaves_a_phrase_of_one_word_whole(phrase: str) -> None:
    # made-up phrases: the one-word shortcut answers as the word-by-word reading does
    text = "x " + phrase + " y"
    end = attribution._cut_at_verb(text, 2, 2 + len(phrase))
    if len(phrase.split()) < 2:
        assert end == 2 + len(phrase)
    words = list(attribution._WORD_RE.finditer(text, 2, 2 + len(phrase)))
    assert end == 2 + len(phrase) or any(m.start() == end for m in words[1:])

"""Caseless patterns: the lowercase twin, and the lowercase copy kept for the last string, find
exactly what the IGNORECASE pattern as written finds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import stances, timing
from koreadip.extract.text import MAX_SENTENCE, Caseless, sentences

_PATTERNS = [
    re.compile(r"\bSummit (?:talks|meeting)\b", re.I),
    re.compile(r"\b(?P<verb>agreed|vowed) to\b", re.I),
    re.compile(r"\bNorth Korea\S*", re.I),
    re.compile(r"(?:ahead of|after)\s+the\b", re.I),
]
_CASELESS = [Caseless(p) for p in _PATTERNS]

# words the patterns look for, in any case, among letters that are ASCII and not
_WORDS = st.sampled_from(
    [
        *"summit SUMMIT Talks meeting agreed VOWED to north Korea's the ahead of after".split(),
        *"İ ß Straße é K \u212a x".split(),
        "",
    ]
)
_TEXTS = st.lists(_WORDS, max_size=12).map(" ".join) | st.text(max_size=40)


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@given(_TEXTS)
def test_search_match_and_finditer_agree_with_the_pattern_as_written(text: str) -> None:
    for plain, fast in zip(_PATTERNS, _CASELESS, strict=True):
        found, expected = fast.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())
        found, expected = fast.match(text), plain.match(text)
        assert (found and found.span()) == (expected and expected.span())
        assert _spans(fast.finditer(text)) == _spans(plain.finditer(text))


@given(st.lists(_TEXTS, min_size=1, max_size=6), st.lists(st.integers(0, 5), max_size=30))
def test_the_kept_lowercase_copy_never_leaks_into_another_string(
    texts: list[str], order: list[int]
) -> None:
    # strings are passed again and again, alternating, as equal copies and as the same object
    for i in order:
        text = texts[i % len(texts)]
        for candidate in (text, "".join(list(text))):
            for plain, fast in zip(_PATTERNS, _CASELESS, strict=True):
                found, expected = fast.search(candidate), plain.search(candidate)
                assert (found and found.span()) == (expected and expected.span())


def test_a_fast_match_reports_lowercase_groups_at_the_written_offsets() -> None:
    text = "Made-up sample: the two sides AGREED to meet again."
    m = _CASELESS[1].search(text)
    assert m is not None
    assert m.group("verb") == "agreed"
    assert text[m.start("verb") : m.end("verb")] == "AGREED"


def test_non_ascii_text_runs_the_pattern_as_written() -> None:
    text = "Made-up sample: the SUMMIT Talks in Seoul — “productive”, officials said."
    m = _CASELESS[0].search(text)
    assert m is not None
    assert m.group() == "SUMMIT Talks"
    # then an ASCII string right after it is lowered again, not mistaken for the last one
    m = _CASELESS[0].search("a summit MEETING")
    assert m is not None
    assert m.group() == "summit meeting"


def test_strings_of_one_length_in_turn_are_each_lowered() -> None:
    pattern = _CASELESS[0]
    for _ in range(2):
        assert pattern.search("a SUMMIT meeting") is not None
        assert pattern.search("a summer meeting") is None
        assert pattern.search("A Summit Meeting") is not None


# patterns built with ``opens_a_word`` (their twin tests a word's first letter first), and words
# they look for, among others, in any case
_OPENING = [
    (stances._CUES, "discussed talked about opposed eased ways to reaffirmed cut off ready"),
    (timing._CALL_OFF, "cancelled called off postponed was delayed on hold put off fell through"),
    (timing.FUTURE, "will to meet plans to scheduled next week ahead of agreed hold would visit"),
]
_OPENING_TEXTS = st.lists(
    st.sampled_from(
        " ".join(words for _, words in _OPENING).split()
        + [w.upper() for w in "will cancelled discussed".split()]
        + "the a 2019 - , . X-ray (u.s.) anti-talks".split()
    ),
    max_size=14,
).map(" ".join)


@given(_OPENING_TEXTS)
def test_a_twin_that_tests_the_first_letter_finds_what_the_pattern_as_written_finds(
    text: str,
) -> None:
    for fast, _ in _OPENING:
        assert fast.lower.pattern.startswith(r"\b(?=[a-z])")
        assert _spans(fast.finditer(text)) == _spans(fast.pattern.finditer(text))
        assert [m.lastgroup for m in fast.finditer(text)] == [
            m.lastgroup for m in fast.pattern.finditer(text)
        ]


def test_a_caseless_pattern_finds_from_a_position_as_the_pattern_does() -> None:
    p = Caseless(re.compile(r"\bthe two sides\b", re.I), opens_a_word=True)
    text = "The two sides met; THE TWO SIDES agreed"
    assert (
        [m.span() for m in p.finditer(text, 1)]
        == [m.span() for m in p.pattern.finditer(text, 1)]
        == [(19, 32)]
    )
    assert [m.span() for m in p.finditer("Les deux côtés: the two sides", 3)] == [(16, 29)]


@given(
    st.lists(
        st.one_of(st.text(max_size=8), st.sampled_from(["\u2019", "\u2013", "\t", "\u00a0", "é"])),
        max_size=12,
    ).map("".join)
)
def test_normalise_maps_each_character_as_the_translation_table_does(text: str) -> None:
    from koreadip.extract.text import _SAME_LENGTH, normalise

    assert normalise(text) == text.translate(_SAME_LENGTH)


# ------------------------------------------------------------------ sentences of bounded length
# made-up sentences, not from any article


def test_a_sentence_of_ordinary_length_is_kept_whole() -> None:
    text = (
        "The two envoys met in Seoul on Friday, and they agreed to meet again in Washington "
        "before the end of the month, a ministry official said. Talks went well."
    )
    found = sentences(text)
    assert [s.text for s in found] == [text[: text.index(" Talks")], "Talks went well."]


def test_an_unending_sentence_is_cut_after_a_comma_into_pieces_no_longer_than_the_limit() -> None:
    clause = "Envoy Lee met Envoy Harper in Busan to review the plan, "
    text = clause * 60  # one run-on "sentence" of 3,360 characters, no full stop
    found = sentences(text)
    assert len(found) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in found)
    assert all(s.text.endswith(",") for s in found[:-1])  # cut at a clause's edge
    assert all(text[s.start : s.end] == s.text for s in found)
    assert " ".join(s.text for s in found) == text.strip()  # nothing lost but the spaces cut at


def test_a_long_sentence_without_commas_is_cut_before_a_word() -> None:
    text = "Lee and Harper met again and " * 50
    found = sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in found)
    assert all(s.text.endswith("and") for s in found[:-1])
    assert {s.paragraph for s in found} == {0}


@given(st.text(alphabet="ab ,;.", max_size=5000))
def test_pieces_cover_the_sentence_with_at_most_the_limit_each(text: str) -> None:
    for s in sentences(text):
        assert 0 < len(s.text) <= MAX_SENTENCE
        assert text[s.start : s.end] == s.text


# the sentence-end scan as it was written before both alternatives opened at the mark
_END_AT_EACH_PLACE = re.compile(
    r"(?=[.!?A-Z])(?:"
    r"[.!?][\"'\u201d\u2019)\]]*(?= +[\"'\u201c\u2018(\[]?[A-Z0-9])"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["abc", "a", ".", "!", "?", " ", "A", "Ab", '"', "\u201d", ")", "(", "\u201c", "1",
             "\n", "U.S.", "Mr. "]
        ),
        max_size=14,
    ),
    st.integers(min_value=0, max_value=40),
)  # fmt: skip
def test_sentence_ends_are_found_where_the_scan_of_every_place_finds_them(
    pieces: list[str], cut: int
) -> None:
    from koreadip.extract import text as _text

    line = "".join(pieces)
    start, end = min(cut, len(line)), len(line)
    ends = [
        (m.start() if m.start(1) < 0 else m.start(1), m.end())
        for m in _text._END.finditer(line, start, end)
    ]
    reference = [m.span() for m in _END_AT_EACH_PLACE.finditer(line, start, end)]
    if start and line[start - 1] in ".!?" and _text._RUN_ON.match(line, start, end):
        ends.insert(0, (start, start))  # (the end at the cut, which sentences() adds itself)
    assert ends == reference


def test_a_page_that_lost_its_line_breaks_is_cut_after_each_mark() -> None:
    text = "Envoys met in Seoul.Talks went on for hours."  # made-up
    assert [s.text for s in sentences(text)] == ["Envoys met in Seoul.", "Talks went on for hours."]

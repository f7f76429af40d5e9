"""The readers' one-pass scans agree with the line-by-line readings they stand in for.

Each fast path (a whole-text pattern, a literal looked for before a pattern, a window at the end
of a line) must give exactly what the plain reading gives, on any text: these pin that.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from koreadip.sources import (
    BUILTIN_FORMATS,
    Part,
    SourceFormat,
    common,
    detect_format,
    korean_daily,
    noise,
    scans,
    state_department,
    translation,
)
from koreadip.sources.common import (
    Sign,
    blank,
    byline,
    bylines,
    iter_lines,
    lines_of,
    score_signs,
    search_folded,
    whole_lines,
)
from koreadip.sources.wire import WIRE

# line furniture and the blanks that str.strip() and \s treat alike
FRAGMENTS = [
    "By Jo Kim",
    " by Lee Min and Park Ji-won ",
    "BY YONHAP",
    "By\n",
    "Latest Headlines",
    "Sources (3 articles)",
    "Sources:",
    "Top Stories",
    "Photo by Owen Hart/UPI",
    "Courtesy of the Ministry",
    "EPA-EFE/YONHAP",
    "[YONHAP]",
    "(Yonhap News Agency)",
    "(L)",
    "Home > National",
    "11/20/2018 04:06 PM EST",
    "attributable to Spokesperson",
    "[the300]",
    "(Seoul=Yonhap)",
    "ⓒ",
    "MR PRICE:",
    "QUESTION:",
    "The Korea Herald",
    "\n",
    "\n",
    " ",
    "\t",
    "\r",
    "\x0b",
    "\x85",
    "\u2028",
    "\u3000",
]
texts = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS)), max_size=20).map(
    "".join
)


def _blank_by_character(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(chars))):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


@given(
    text=st.text(alphabet="ab \n\r\t", max_size=50),
    spans=st.lists(st.tuples(st.integers(-5, 55), st.integers(-5, 55)), max_size=8),
)
def test_blank_spaces_exactly_the_characters_some_span_covers(
    text: str, spans: list[tuple[int, int]]
) -> None:
    assert blank(text, spans) == _blank_by_character(text, spans)


@settings(max_examples=150)
@given(text=texts, cut=st.tuples(st.integers(0, 80), st.integers(0, 80)))
@example(text="Title\n \tBy Jo Kim\nBy\nBy Lee Min", cut=(0, 99))
@example(text="Title By Jo Kim", cut=(6, 15))  # a part starting mid-line starts a line
def test_bylines_are_the_lines_byline_reads(text: str, cut: tuple[int, int]) -> None:
    start, end = min(cut), max(cut)
    if end > len(text):
        start, end = 0, len(text)
    expected = [
        (tuple(ln), names)
        for ln in iter_lines(text, start, end)
        if (names := byline(ln.text)) is not None
    ]
    assert [(tuple(ln), names) for ln, names in bylines(text, start, end)] == expected


@settings(max_examples=150)
@given(text=texts)
def test_whole_lines_match_the_lines_whose_stripped_text_matches_in_full(text: str) -> None:
    for pattern in (
        re.compile(r"Latest Headlines|Top Stories"),
        re.compile(r"Sources(?: \(\d{1,4} articles?\))?:?"),
    ):
        expected = [
            (ln.start, ln.end) for ln in iter_lines(text) if pattern.fullmatch(ln.text.strip())
        ]
        assert [m.span() for m in whole_lines(pattern).finditer(text)] == expected


@given(text=texts)
def test_lines_of_gives_the_lines_iter_lines_gives(text: str) -> None:
    assert list(lines_of(text)) == list(iter_lines(text))


@settings(max_examples=200)
@given(text=texts)
def test_caption_credit_is_found_at_the_end_as_a_whole_line_search_finds_it(text: str) -> None:
    for ln in iter_lines(text):
        s = ln.text.strip()
        assert noise._credit_ends(s) == bool(noise._CAPTION_END.search(s)), s


def test_caption_credit_in_parentheses_may_start_far_from_the_end() -> None:
    s = "The envoys met. " * 10 + "(" + "Yonhapnewsagency" * 8 + ")"
    assert len(s) - s.rfind("(") > 80
    assert noise._credit_ends(s)


@settings(max_examples=150)
@given(text=texts)
def test_signs_score_as_their_patterns_alone_would(text: str) -> None:
    for signs in (korean_daily._SIGNS, state_department._SIGNS, translation._SIGNS):
        plain = [Sign(s.pattern, s.weight) for s in signs]
        assert score_signs(text, signs) == score_signs(text, plain)
        for sign in signs:  # a needle is a literal that every match holds
            for m in sign.pattern.finditer(text):
                assert not sign.needles or any(n in m[0] for n in sign.needles), m[0]


def test_day_only_dates_need_the_and_a_digit() -> None:
    assert translation.day_only_dates("They met on the morning of the 3rd, then left.") == [
        "on the morning of the 3rd"
    ]
    assert translation.day_only_dates("They met on the morning of the third.") == []


@settings(max_examples=150)
@given(text=texts)
def test_a_non_ascii_sign_never_matches_ascii_text(text: str) -> None:
    for signs in (korean_daily._SIGNS, state_department._SIGNS, translation._SIGNS):
        for sign in signs:
            if sign.non_ascii:
                assert all(not m[0].isascii() for m in sign.pattern.finditer(text))


_FOLD = re.compile(r"attributable to (?:the )?(?:Department )?Spokesperson", re.I)


@given(
    text=st.lists(
        st.sampled_from(["Attributable to ", "the ", "DEPARTMENT ", "spokesPerson", "x", " "]),
        max_size=12,
    ).map("".join)
)
@example(text="ATTRIBUTABLE TO THE SPOKESPERSON")
def test_a_caseless_pattern_searched_folded_finds_what_it_finds_as_written(text: str) -> None:
    folded, plain = search_folded(_FOLD, text), _FOLD.search(text)
    assert (folded and folded.span()) == (plain and plain.span())


def test_a_pattern_with_escapes_or_classes_is_never_folded() -> None:
    assert scans._lowercase_twin(re.compile(r"\bTalks", re.I)) is None
    assert scans._lowercase_twin(re.compile(r"[A-z]", re.I)) is None
    assert scans._lowercase_twin(re.compile(r"Talks", re.I)) is not None
    assert search_folded(re.compile(r"\bTalks", re.I), "the TALKS").span() == (4, 9)


@settings(max_examples=150)
@given(text=texts)
@example(text="x\n  MR KIM: hello")
@example(text="Home > News\nprint dictionary print")
def test_a_sign_is_found_where_its_pattern_searched_alone_finds_it(text: str) -> None:
    for signs in (korean_daily._SIGNS, state_department._SIGNS, translation._SIGNS):
        for sign in signs:
            assert common.found_in(sign.pattern, text) == bool(sign.pattern.search(text)), sign


def test_only_a_pattern_anchored_as_a_whole_at_line_starts_is_split_in_two() -> None:
    assert scans._line_start_halves(re.compile(r"^[ \t]*QUESTION:", re.M)) is not None
    assert scans._line_start_halves(re.compile(r"^a|b", re.M)) is None  # ^ anchors "a" only
    assert scans._line_start_halves(re.compile(r"^a", re.M | re.I)) is None
    assert scans._line_start_halves(re.compile(r"^a")) is None  # no MULTILINE: text start only
    assert common.found_in(re.compile(r"^a|b", re.M), "xb")


@settings(max_examples=150)
@given(text=texts)
@example(text="Envoys met.\n Latest Headlines \nMore")
@example(text="x\nU.S. Department of State\n")
def test_the_line_patterns_of_the_readers_are_found_where_a_search_finds_them(text: str) -> None:
    from koreadip.sources import aggregator, credits, wire

    for pattern in (
        wire._AD,
        wire._FOOTER_LINE,
        aggregator._UPDATED,
        aggregator._SOURCES_LINE,
        credits._STATE_CREDIT,
    ):
        assert common.found_in(pattern, text) == bool(pattern.search(text)), pattern.pattern


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["a", ".", "[", "]", "1", "12", "1234", " ", "’", "A", ")"])).map(
        "".join
    )
)
def test_the_aggregators_marks_in_prose_count_as_the_plain_pattern_counts(text: str) -> None:
    from koreadip.sources import aggregator

    plain = re.compile(r"[a-z.,;)”\"'’]\[\d{1,3}\]")
    found = aggregator._MARKS_IN_PROSE.findall(text)
    assert len(found) == len(plain.findall(text))
    assert [m.start() - 1 for m in aggregator._MARKS_IN_PROSE.finditer(text)] == [
        m.start() for m in plain.finditer(text)
    ]


@settings(max_examples=300)
@given(
    st.text(alphabet="ab \n\r\t", max_size=40),
    st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=5),
)
def test_blank_is_the_plain_substitution_over_the_union_of_the_spans(
    text: str, spans: list[tuple[int, int]]
) -> None:
    covered = {i for s, e in spans for i in range(max(s, 0), min(e, len(text)))}
    plain = "".join(" " if i in covered and c not in "\n\r" else c for i, c in enumerate(text))
    assert blank(text, spans) == plain


@settings(max_examples=200)
@given(text=texts)
@example(text="MS NAUERT:\nQUESTION: Why?\n  Q: x\nMR KIM:")
@example(text="\nQUESTION: Why?")
def test_transcript_turns_are_the_labels_of_the_lines_the_label_pattern_matches(
    text: str,
) -> None:
    expected = [m[1] for ln in iter_lines(text) if (m := common._SPEAKER_LABEL.match(ln.text))]
    assert common.transcript_turns(text) == expected


def _most_sure(text: str, formats: Sequence[SourceFormat]) -> str:
    """Every reader asked; the first of the most sure wins, generic below MIN_CONFIDENCE."""
    best, best_score = "generic", 0.3
    for fmt in formats:
        score = fmt.detect(text)
        if (
            fmt.name != "generic"
            and score >= best_score
            and (best == "generic" or score > best_score)
        ):
            best, best_score = fmt.name, score
    return best


@settings(max_examples=150)
@given(text=texts)
@example(text="SEOUL, March 5 (UPI) -- Envoys met.\nAdvertisement\nLatest Headlines")
def test_the_reader_detected_is_the_first_most_sure_of_all(text: str) -> None:
    assert detect_format(text).name == _most_sure(text, BUILTIN_FORMATS)


class _Surer:
    """A made-up plugin reader more than sure of every text."""

    name = "surer"
    description = "made-up"

    def detect(self, text: str) -> float:
        return 1.5

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        return []


def test_a_reader_after_the_built_ins_is_asked_when_a_built_in_is_sure() -> None:
    text = "SEOUL, March 5 (UPI) -- Made-up envoys met.\nAdvertisement\nLatest Headlines"
    assert WIRE.detect(text) == 1.0
    assert detect_format(text).name == "wire"
    assert detect_format(text, [*BUILTIN_FORMATS, _Surer()]).name == "surer"


def test_the_readers_helper_modules_examples_run() -> None:
    import doctest

    from koreadip.sources import credits, stamps

    for module in (common, credits, noise, scans, stamps):
        result = doctest.testmod(module)
        assert result.attempted > 0, module
        assert result.failed == 0, module


def _plain_is_prose(line: str) -> bool:
    s = line.strip()
    if common._SPEAKER_LABEL.match(s):
        return True
    if len(s.split()) < 6:
        return False
    if len(s) >= 140:
        return True
    tail = s.rstrip("\"'”’)]")
    return bool(tail) and tail[-1] in ".?!…" and (tail == s or tail[-1] in ".?!")


@settings(max_examples=300)
@given(
    line=st.lists(st.sampled_from(["a", "b.", " ", "\t", "Q:", "MR KIM:", ":", "x y", "."])).map(
        "".join
    )
)
@example(line="a b c d e f")
@example(line="Q: hi")
def test_a_line_too_short_for_six_words_and_without_a_colon_is_no_prose(line: str) -> None:
    assert common.is_prose(line) == _plain_is_prose(line)

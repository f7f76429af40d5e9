"""Properties of the source-format readers on arbitrary text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip import ParseError
from koreadip.sources import BUILTIN_FORMATS, split
from koreadip.sources.common import blank

# pieces of the formats' furniture, so that arbitrary text often looks like a real page
FRAGMENTS = [
    "Advertisement\n",
    "By Jo Kim\n",
    "Dec. 7 (UPI) -- ",
    "SEOUL, March 5 (Yonhap) -- ",
    "MOSCOW (Sputnik) - ",
    "Press Releases: Title\n",
    "11/20/2018 04:06 PM EST\n",
    "Media Note\n",
    "Remarks to the Press\n",
    "QUESTION: ",
    "MR PRICE: ",
    "Home > National\n",
    "print dictionary print\n",
    "Published : Apr 19, 2022 - 20:14\n",
    "Updated (2 articles)\n",
    "Sources (2 articles)\n",
    "[1]\n",
    "Yonhap: A title: a summary\n",
    "[연합뉴스]\n",
    "[서울=뉴시스]",
    "Copyrights ⓒ Yonhap News.\n",
    "picture explanation",
    " date 2018-10-29 ",
    "on the 25th (local time), ",
    "The envoys met in Seoul on Friday.\n",
    "The envoys met in Seoul on Friday.\n",
    "\n\n",
    "\r\n",
]
texts = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), max_size=25).map(
    "".join
)
dates = st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=150, deadline=None)
@given(text=texts, reference_date=dates)
def test_split_returns_parts_within_the_input_or_raises_parse_error(
    text: str, reference_date: dt.date | None
) -> None:
    try:
        parts = split(text, reference_date=reference_date)
    except ParseError:
        return
    assert sum(len(p.text) for p in parts) <= len(text)
    for part in parts:
        original = text[part.offset : part.offset + len(part.text)]
        assert len(part.text) == len(original)
        assert all(a == b or a == " " for a, b in zip(part.text, original, strict=True))
        assert 0 <= part.body_start <= len(part.text)


@settings(max_examples=60, deadline=None)
@given(text=texts)
def test_every_builtin_reader_reads_any_text_without_error(text: str) -> None:
    for fmt in BUILTIN_FORMATS:
        assert 0.0 <= fmt.detect(text) <= 1.0
        parts = fmt.split(text, reference_date=None)
        assert parts, fmt.name
        offsets = [p.offset for p in parts]
        assert offsets == sorted(offsets)
        assert all(p.source.format == fmt.name for p in parts)


@given(text=st.text(), spans=st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60))))
def test_blank_keeps_length_and_line_breaks(text: str, spans: list[tuple[int, int]]) -> None:
    out = blank(text, spans)
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c in "\n\r"] == [
        i for i, c in enumerate(text) if c in "\n\r"
    ]

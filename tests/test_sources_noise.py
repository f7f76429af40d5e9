"""The noise readers read each text's lines once (sources.noise.line_table) and skip the patterns a
line cannot match; what they find must be what the plain line-by-line readings find.

The plain readings below are the readers as they were before the line table: every line stripped
and matched against every pattern.  The texts are made up of line furniture.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from koreadip.sources import noise
from koreadip.sources.common import Spans, byline, is_prose, iter_lines

try:  # the pattern parser moved in Python 3.11; the test only reads widths with it
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

FRAGMENTS = [
    "Advertisement",
    " Advertisement ",
    "Latest Headlines",
    "Home > National > North Korea",
    "By Jo Kim",
    "by Lee Min and Park Ji-won",
    "jo.kim@example.com",
    "picture explanation",
    "picture explanation Kang and Pompeo shake hands in Seoul on Friday.",
    "FILE - Envoys pose for a photo before talks in Seoul (Yonhap)",
    "Made-up envoys pose for a photo at the ministry in Seoul. EPA-EFE/YONHAP",
    "The two made-up envoys met in Seoul on Friday to discuss the talks.",
    "The two made-up envoys met in Seoul on Friday to discuss the talks.",
    " date 2018-10-29 News",
    "Back to Top",
    "Photo : YONHAP News",
    "[연합뉴스]",
    "수정 2019.02.03",
    "메뉴 뉴스 정치",
    "Speaker: ",
    "(PHOTO NOT FOR SALE)",
    "Copyrights ⓒ All rights reserved",
    "x" * 120 + " All Rights Reserved.",
    "▶ " + "y" * 199,
    "Sources (3 articles)",
    "Related Stories",
    "  ",
    "\t",
    "\r",
    "\x0b",
    "\u3000",
    "\u00a0",
    "\n",
    "\n",
    "\n",
]
texts = st.lists(st.one_of(st.text(max_size=10), st.sampled_from(FRAGMENTS)), max_size=24).map(
    "".join
)


def _plain_noise_spans(text: str) -> Spans:
    spans: Spans = []
    hangul = not text.isascii() and noise._HANGUL.search(text) is not None
    hint = re.compile("|".join(map(re.escape, noise._PIECE_HINTS)))
    for ln in iter_lines(text):
        s = ln.text.strip()
        if not s:
            continue
        if noise.NOISE_LINE.fullmatch(s) or noise._EMAIL_LINE.fullmatch(s) or byline(s):
            spans.append((ln.start, ln.end))
            continue
        menu = hangul and noise._HANGUL.search(s)
        if menu and 2 * len(noise._HANGUL.findall(s)) >= len(noise._LETTER.findall(s)):
            spans.append((ln.start, ln.end))
            continue
        if not hint.search(ln.text):
            continue
        for m in noise._NOISE_PIECE.finditer(ln.text):
            spans.append((ln.start + m.start(), ln.start + m.end()))
    return spans


def _plain_duplicate_spans(text: str) -> tuple[Spans, Spans]:
    repeats: Spans = []
    originals: Spans = []
    prev_key, prev_span = "", (0, 0)
    for ln in iter_lines(text):
        key = noise._line_key(ln.text)
        if not key or noise.NOISE_LINE.fullmatch(key):
            continue
        if len(key) >= 15 and key == prev_key:
            repeats.append((ln.start, ln.end))
            if not originals or originals[-1] != prev_span:
                originals.append(prev_span)
            continue
        prev_key, prev_span = key, (ln.start, ln.end)
    return repeats, originals


def _plain_caption_spans(text: str) -> Spans:
    _repeats, originals = _plain_duplicate_spans(text)
    spans = set()
    for start, end in originals:
        s = text[start:end].strip()
        if len(s.split()) >= 6 and (
            is_prose(s)
            or noise._credit_ends(s)
            or noise._PHOTO.search(s)
            or len(s.split()) >= 16
            or "picture explanation" + s in text
        ):
            spans.add((start, end))
    lines = [
        ln
        for ln in iter_lines(text)
        if ln.text.strip() and not noise.NOISE_LINE.fullmatch(ln.text.strip())
    ]
    for i, ln in enumerate(lines):
        s = ln.text.strip()
        if len(s.split()) < 6:
            continue
        credited = noise._credit_ends(s) and (i < len(lines) - 1 or noise._PHOTO.search(s))
        if noise._CAPTION_START.match(s) or credited:
            spans.add((ln.start, ln.end))
    return sorted(spans)


def test_noise_line_max_is_the_longest_line_the_pattern_matches_in_full() -> None:
    width = sre_parse.parse(noise.NOISE_LINE.pattern, noise.NOISE_LINE.flags).getwidth()
    assert width[1] == noise.NOISE_LINE_MAX


def test_a_line_longer_than_the_longest_noise_line_is_no_noise_line() -> None:
    long = "Home > " + "x" * noise.NOISE_LINE_MAX
    assert noise.NOISE_LINE.fullmatch(long) is None
    assert noise.line_table(long).noise == (False,)
    assert noise.line_table("Home > " + "x" * 199).noise == (True,)


@settings(max_examples=200)
@given(text=texts)
@example(text="Advertisement\n \n x  y \nHome > a")
def test_the_line_table_holds_each_line_stripped_and_whether_it_is_a_noise_line(
    text: str,
) -> None:
    table = noise.line_table(text)
    assert list(table.lines) == list(iter_lines(text))
    assert list(table.stripped) == [ln.text.strip() for ln in iter_lines(text)]
    assert list(table.noise) == [
        bool(ln.text.strip() and noise.NOISE_LINE.fullmatch(ln.text.strip()))
        for ln in iter_lines(text)
    ]


@settings(max_examples=300)
@given(text=texts)
@example(text="Kim met Park.\nBy Jo Kim\nBy Jo Kim\nmenu: 메뉴 뉴스")
@example(text="Made-up sample\n[연합뉴스] Kim met Park. Back to Top")
def test_noise_spans_are_the_plain_line_by_line_reading(text: str) -> None:
    assert noise.noise_spans(text) == _plain_noise_spans(text)


@settings(max_examples=300)
@given(text=texts)
@example(text="The two made-up envoys met.\nThe two  made-up envoys met.\n")
@example(text="Made-up envoys met in Seoul\npicture explanation Made-up envoys met in Seoul")
@example(text="Made-up envoys met in Seoul\nMade-up\u00a0envoys met in Seoul")
def test_duplicate_spans_are_the_plain_line_by_line_reading(text: str) -> None:
    assert noise.duplicate_spans(text) == _plain_duplicate_spans(text)


@settings(max_examples=300)
@given(text=texts)
@example(text="FILE - made-up envoys pose in Seoul on a Friday\nAdvertisement")
@example(text="Made-up envoys pose for a photo at the ministry. EPA-EFE/YONHAP")
@example(text="Made-up envoys met at the ministry in Seoul on Friday. EPA-EFE/YONHAP\nMore.")
def test_caption_spans_are_the_plain_line_by_line_reading(text: str) -> None:
    assert noise.caption_spans(text) == _plain_caption_spans(text)


@given(text=texts)
def test_footer_spans_start_at_the_first_footer_line_after_prose(text: str) -> None:
    footer = re.compile(r"Latest Headlines|Related Stories")
    expected: Spans = []
    seen_prose = False
    for ln in iter_lines(text):
        if seen_prose and footer.fullmatch(ln.text.strip()):
            expected = [(ln.start, len(text))]
            break
        seen_prose = seen_prose or is_prose(ln.text)
    assert noise.footer_spans(text, footer) == expected

"""Word tests of People's pieces: bylines and credits are no officials.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract.mentions import _CREDIT_AFTER, _CREDIT_BEFORE, credited

_PIECES = [
    "By ", "by ", "\nBy ", "Photo by ", "Written by ", "reporter ", "Correspondent ", "anchor ",
    "© ", "(c) ", "columnist ", "host ", "Professor ", "analyst ", "researcher ", "Photo = ",
    "Photo=", "said ", "Minister ", "the ", ", ", "\n", "/", "@", " kim@", "Kim ", "x", "  ",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@given(texts, texts)
def test_the_literal_pre_test_never_changes_the_answer(before: str, after: str) -> None:
    text = f"{before}Jane Doe{after}"
    start, end = len(before), len(before) + len("Jane Doe")
    plain = bool(
        _CREDIT_BEFORE.search(text[max(0, start - 24) : start])
        or _CREDIT_AFTER.match(text[end : end + 12])
    )
    assert credited(text, start, end) == plain


def test_bylines_credits_and_addresses_are_credited() -> None:
    assert credited("By Jane Doe\nSEOUL --", 3, 11)
    assert credited("Photo = Jane Doe", 8, 16)
    assert credited("Jane Doe/Yonhap", 0, 8)
    assert credited("Jane Doe jdoe@example.com", 0, 8)
    assert not credited("Minister Jane Doe said", 9, 17)

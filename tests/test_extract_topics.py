"""The topic scans' start guard: the same matches as the scans without it.

The texts are made up here from the patterns' own words.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import topics


def _pieces() -> list[str]:
    runs = {
        r.lower()
        for _, _, p in topics._PATTERNS
        for r in re.findall(r"[A-Za-z][A-Za-z'. -]*", p.pattern.pattern)
    }
    words = {w for r in runs for w in r.split()}
    return sorted(runs | words | {w + " " for w in words} | {"u.s.-", "n. korea", "un "})


_PIECES = _pieces()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from([" ", "-", ", "])), max_size=8))
def test_the_guarded_topic_scans_find_what_the_plain_ones_find(parts: list[str]) -> None:
    text = "".join(parts)
    plain_any = re.compile(rf"\b(?=[a-z])(?:{topics._ANY.lower.pattern})")
    found = plain_any.search(text)
    guarded = topics._ANY_LOWER.search(text)
    assert (found and found.span()) == (guarded and guarded.span())
    for (_, _, pattern), fast in zip(topics._PATTERNS, topics._GUARDED, strict=True):
        assert [m.span() for m in pattern.lower.finditer(text)] == [
            m.span() for m in fast.finditer(text)
        ], pattern.pattern.pattern[:40]


def test_the_guard_lets_each_topic_word_through() -> None:
    # made-up phrases, one per kind of start
    for text in (
        "the u.s.-dprk summit",
        "un security council resolutions",
        "n. korea-us talks",
        "cvid",
        "our allies",
        "solidarity with seoul",
        "talks with pyongyang",
        "us-dprk talks",
        "reopen the talks",
        "un. security council resolutions",
    ):
        assert topics._ANY_LOWER.search(text), text


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_guarded_scans_agree_on_text_drawn_from_each_pattern(data: st.DataObject) -> None:
    for (_, _, pattern), fast in zip(topics._PATTERNS, topics._GUARDED, strict=True):
        text = data.draw(st.from_regex(pattern.lower)).lower()
        assert [m.span() for m in pattern.lower.finditer(text)] == [
            m.span() for m in fast.finditer(text)
        ], text
        plain_any = re.compile(rf"\b(?=[a-z])(?:{topics._ANY.lower.pattern})")
        found, guarded = plain_any.search(text), topics._ANY_LOWER.search(text)
        assert (found and found.span()) == (guarded and guarded.span()), text

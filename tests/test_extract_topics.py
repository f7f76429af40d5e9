"""The topic scans' start guard: the same matches as the scans without it.

The texts are made up here from the patterns' own words.
"""

from __future__ import annotations

import re

import pytest
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


@pytest.mark.parametrize("index", range(len(topics._PATTERNS)))
def test_every_match_of_a_pattern_holds_one_of_its_own_words(index: int) -> None:
    pattern = topics._PATTERNS[index][2].lower  # the case-sensitive twin, matched on lowercase
    words = topics._PATTERN_WORDS[index]

    @settings(max_examples=200, deadline=None)
    @given(st.from_regex(pattern, alphabet=st.characters(codec="ascii")))
    def holds_a_word(text: str) -> None:
        lowered = text.lower()
        if pattern.search(lowered):
            assert any(word in lowered for word in words), text

    holds_a_word()


# made-up phrases, at least one for each alternative of each pattern
_PHRASES = [
    "complete denuclearization", "a nuclear-free peninsula", "cvid", "to halt its nuclear weapons",
    "resolution of the nuclear issue", "new sanctions", "funds flowing to north korea",
    "maximum pressure", "un security council resolutions", "u.n. security council resolutions",
    "cut off the funds", "inter-korean exchanges", "the panmunjom declaration",
    "north-south ties", "south-north cooperation", "travel to pyongyang",
    "exchanges with the north",
    "tourism to north korea", "human rights",
    "the working group", "dialogue", "diplomacy", "the negotiating table", "negotiations",
    "back to the talks", "come to the table", "the peace process", "engagement with pyongyang",
    "outreach with the north", "offers of talks", "a diplomatic solution", "u.s.-dprk summit",
    "us-north korea talks", "pyongyang-washington talks", "talks between the u.s. and the dprk",
    "talks between pyongyang and washington", "direct talks with the north",
    "meeting with kim jong un", "meet pyongyang", "summit talks with the dprk",
    "resume talks", "reopen the talks", "return to talks", "come back to talks",
    "the alliance", "combined defense posture", "extended deterrence", "our closest allies",
    "the linchpin", "a cornerstone", "defense commitment", "pledge to defend",
    "solidarity with seoul",
]  # fmt: skip


def _spans(text: str) -> list[tuple[str, int, int, bool]]:
    return [(m.topic.value, m.start, m.end, m.stated) for m in topics.topic_mentions(text)]


@pytest.mark.parametrize("phrase", _PHRASES)
def test_the_word_tests_find_what_the_full_scans_find(phrase: str) -> None:
    # a non-ASCII letter at the end sends the same text through the full scans, no word test
    text = f"They spoke of {phrase} on Monday."
    assert _spans(text), text
    assert _spans(text) == _spans(text + " \u00e9")

"""The country-word scan: its alternation grouped by first letter finds what the flat one finds.

The texts are made up here from the vocabulary's own words.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import vocabulary
from koreadip.extract.vocabulary import COUNTRY_WORDS, countries_in, country_spans

# the alternation as it was written before the grouping: every word on its own, longest first
_FLAT = re.compile(
    r"(?<![A-Za-z])("
    + "|".join(
        re.escape(k) + (r"(?!\s+korea)" if k.startswith("the ") else "")
        for k in sorted(COUNTRY_WORDS, key=len, reverse=True)
    )
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_WORDS = sorted({w for k in COUNTRY_WORDS for w in (k, k.title(), k.upper(), *k.split())})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, " ", "-", ", ", "'s ", " Korea", "x"]), max_size=10))
def test_the_grouped_country_scan_finds_what_the_flat_one_finds(parts: list[str]) -> None:
    text = "".join(parts)
    flat = [m.span(1) for m in _FLAT.finditer(text)]
    assert [m.span(1) for m in vocabulary._COUNTRY_RE.finditer(text)] == flat
    assert [m.span(1) for m in vocabulary._COUNTRY.finditer(text)] == flat


def test_the_longest_country_word_wins_where_several_start() -> None:
    # made-up phrase: "the North Korean" is the North's, "South Korea" is not "South"
    assert countries_in("the North Korean envoy met South Korea's minister") == ["KP", "KR"]
    assert list(country_spans("Seoul and Washington agreed")) == [(0, 5, "KR"), (10, 20, "US")]


def test_the_grouping_keeps_every_word_in_order() -> None:
    words = ["seoul", "south korea", "sk", "tokyo"]
    assert vocabulary._by_first_letter(words) == r"s(?:eoul|outh\ korea|k)|t(?:okyo)"


def test_the_cities_are_shared_through_the_vocabulary() -> None:
    from koreadip.extract import cities

    assert vocabulary.CITIES is cities.CITIES
    assert {"Seoul", "Washington", "Pyongyang"} <= cities.CITIES

"""A phrase that names no one in full ("the envoy", a family name spelt another way) is weighed
against the persons read so far, the latest ``WEIGHED_PERSONS`` of them: an article names a few
dozen people, so it weighs all of them; a page naming thousands stays linear to read.

The texts are made up; the officials between are made-up names of syllables."""

from __future__ import annotations

import datetime as dt

import pytest

from koreadip.extract.mentions import WEIGHED_PERSONS
from koreadip.extract.people import People
from koreadip.extract.text import sentences
from koreadip.roster import default_roster

_SYLLABLES = ("Ka", "Lo", "Mi", "Su", "Te", "Ra", "Bo", "Ne", "Ji", "Ho")


def _officials(n: int) -> str:
    """``n`` sentences, each naming another made-up vice minister."""
    names = (
        f"{_SYLLABLES[i % 10]}{_SYLLABLES[i // 10 % 10].lower()} "
        f"{_SYLLABLES[i // 100 % 10]}{_SYLLABLES[(i + 3) % 10].lower()}n"
        for i in range(n)
    )
    return " ".join(f"Vice Minister {name} spoke." for name in names)


def _named(text: str, surface: str, day: dt.date) -> list[str]:
    people = People(text, sentences(text), default_roster(), day)
    return [
        people.persons[m.person].name for m in people.mentions if text[m.start : m.end] == surface
    ]


@pytest.mark.parametrize("between", [0, 12, WEIGHED_PERSONS - 1])
def test_the_envoy_is_the_envoy_named_before_among_the_persons_weighed(between: int) -> None:
    text = (
        f"Special Envoy Kaka Lomin met reporters in Seoul. {_officials(between)} "
        "The envoy said the talks went well."
    )
    assert _named(text, "envoy", dt.date(2019, 3, 1)) == ["Kaka Lomin"]


@pytest.mark.parametrize("between", [0, 40, WEIGHED_PERSONS - 1])
def test_a_korean_family_name_spelt_another_way_finds_the_person_named(between: int) -> None:
    text = (
        f"Foreign Minister Chung Eui-yong met reporters in Seoul. {_officials(between)} "
        "Minister Jeong said the talks went well."
    )
    assert _named(text, "Jeong", dt.date(2021, 3, 1)) == ["Chung Eui-yong"]


def test_past_the_limit_a_phrase_is_weighed_against_the_latest_persons_only() -> None:
    # a page no article is like: the envoy is the 251st person back
    text = (
        f"Special Envoy Kaka Lomin met reporters. {_officials(WEIGHED_PERSONS + 50)} "
        "The envoy said the talks went well."
    )
    assert _named(text, "envoy", dt.date(2019, 3, 1)) == []

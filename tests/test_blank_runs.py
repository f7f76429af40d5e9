"""A long blank inside text (the spaces a blanked noise line leaves, the gaps of text taken from a
PDF) is read as a short one is, in time linear in its length.

Four patterns once tried every split of a long blank, or searched it from each of its
characters; each now takes a blank whole. The old patterns are kept here as the reference: on
made-up texts of words and blanks, the new ones find exactly what they found (but for a page
title's "name" of blanks and one letter, which the old one found and which no outlet is). The
time is checked by ``tests/test_adversarial.py`` (the pages "a blank after 'the'", "a blank
after a dash", "a blank inside a byline" and "a blank after an opening quote").
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract.splits import _ELLIPSIS
from koreadip.extract.title_references import (
    _ALL_HEADS,
    _COUNTRY_QUALIFIER,
    _DESCRIPTION,
    _DESCRIPTIVE,
    _OFFICE_WORDS,
)
from koreadip.sources.common import _NAME_SEPARATOR, byline
from koreadip.sources.credits import _TITLE_SUFFIX

_OLD_TITLE_SUFFIX = re.compile(r"\S[ \t]+[-–—|][ \t]+(?P<name>[^-–—|\n]{2,80}?)[ \t]*\Z")
_OLD_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?P<phrase>"
    r"(?:(?i:" + "|".join(sorted(_DESCRIPTIVE)) + r")\s+){0,2}"
    rf"(?P<country>{_COUNTRY_QUALIFIER})?\s*"
    r"(?P<words>(?:(?i:" + "|".join(sorted(_OFFICE_WORDS | _DESCRIPTIVE)) + r")\s+){0,3})"
    r"(?P<head>(?i:" + "|".join(re.escape(h) for h in _ALL_HEADS) + r")))"
    r"(?![\w-])"
)
_OLD_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+and\s+")
_OLD_ELLIPSIS = re.compile(r",?\s+and\s+(?:(?:on|in|later|then)\s+[^,;]{0,25}?\s+)?with\s")

_BLANKS = [" ", "  ", " " * 7, "\t", "\n", " \n ", "\u00a0"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words + _BLANKS), max_size=30).map("".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@given(_texts(["Made-up", "Talks", "resume", "-", "—", "|", "Harbor", "Post", "x", "A"]))
def test_a_page_title_names_its_outlet_after_the_dash_as_before(text: str) -> None:
    for line in text.split("\n"):
        old, new = _OLD_TITLE_SUFFIX.search(line), _TITLE_SUFFIX.search(line)
        if old is not None and old["name"][0].isspace():
            # the old pattern gave blanks back to make a name of a blank and a letter ("- X"),
            # which no outlet is (an outlet's name has two words): the new one finds no name
            assert new is None
        else:
            assert (old and (old.span(), old["name"])) == (new and (new.span(), new["name"]))


def test_a_page_title_after_a_long_blank_still_names_its_outlet() -> None:
    m = _TITLE_SUFFIX.search("Made-up: Envoys meet again -" + " " * 500 + "Harbor Post   ")
    assert m is not None
    assert m["name"] == "Harbor Post"
    assert _TITLE_SUFFIX.search("Made-up: no outlet -" + " " * 500 + "x" * 90) is None


@given(_texts(["the", "The", "U.S.", "American", "top", "vice", "envoy", "minister", "Kim", "."]))
def test_a_definite_description_is_read_as_before(text: str) -> None:
    assert _found(_DESCRIPTION, text) == _found(_OLD_DESCRIPTION, text)


def test_a_description_split_by_long_blanks_is_still_one() -> None:
    text = "Made-up: the" + " " * 300 + "U.S." + "\n" * 3 + "envoy arrived."
    (m,) = _DESCRIPTION.finditer(text)
    assert (m["country"], m["head"]) == ("U.S.", "envoy")


@given(_texts(["Kim", "met", "Lee", ",", "and", "on", "Monday", "with", "then", "Park"]))
def test_a_second_meeting_after_and_with_is_found_as_before(text: str) -> None:
    # a draft ends on a word: the searches start after a word character, as the parser's do
    for start in [0] + [i + 1 for i, c in enumerate(text) if c.isalnum()]:
        old, new = _OLD_ELLIPSIS.search(text, start), _ELLIPSIS.search(text, start)
        assert (old and old.span()) == (new and new.span())


def test_and_with_after_a_long_blank_is_still_a_second_meeting() -> None:
    text = "Made-up: Kim met Lee on Monday," + " " * 400 + "and on Tuesday with Park."
    m = _ELLIPSIS.search(text, len("Made-up: Kim met Lee"))
    assert m is not None
    assert m.group().startswith(",")
    assert m.group().endswith("with ")


@given(_texts(["Kim", "Lee", "Tong-hyung", ",", "and", "Park", "x"]))
def test_the_names_of_a_byline_are_split_as_before(text: str) -> None:
    assert _NAME_SEPARATOR.split(text) == _OLD_NAME_SEPARATOR.split(text)


def test_a_byline_with_a_long_blank_between_its_names_is_still_read() -> None:
    assert byline("By Kim Tong-hyung," + " " * 3000 + "Lee Haye-ah") == (
        "Kim Tong-hyung",
        "Lee Haye-ah",
    )
    assert byline("By Made Up" + " " * 3000 + "and Other Name") == ("Made Up", "Other Name")

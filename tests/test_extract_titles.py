"""left_title reads the words before a name backwards, one at a time; the words it reads are the
words of the whole window, last first, and the title it finds is the one the window gives."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract.titles import (
    _WORD,
    _first_word_stops,
    _next_word,
    left_title,
    non_official,
    right_title,
    side_of,
)

_SPACES = " \u00a0\u2003\u3000\t\n"


@given(
    st.text(alphabet=st.sampled_from([*_SPACES, "a", "B", ",", "'", "é"]), max_size=60),
    st.data(),
)
def test_backwards_words_are_the_windows_words_last_first(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, end))
    expected = [(m.start() + lo, m.end() + lo) for m in re.finditer(r"\S+", text[lo:end])]
    backwards = _WORD.finditer(text[lo:end][::-1])
    read = []
    while (word := _next_word(backwards, end)) is not None:
        read.append(word)
    assert read == expected[::-1]


# Made-up sample sentences, not from any article.
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Made-up sample: North Korea's First Vice Foreign Minister Choi spoke.",
            "Choi",
            ("First Vice Foreign Minister", 30, "KP"),  # the word before the possessive decides
        ),
        (
            "Made-up sample: the South's chief nuclear envoy, Lee Do-hoon, said.",
            "Lee",
            ("chief nuclear envoy", 28, "KR"),
        ),
        (
            "Made-up sample: Rep. Young Kim and U.S. Sen. Chris Van Hollen met.",
            "Chris",
            ("U.S. Sen.", 35, "US"),  # only what follows "and" after a name
        ),
        (
            "Made-up sample: Meanwhile Foreign Minister Kang said.",
            "Kang",
            ("Foreign Minister", 26, None),
        ),
        ("Made-up sample: the U.S. envoy for North Korea and Lee met.", "Lee", None),
    ],
)
def test_left_title_examples(
    text: str, name: str, expected: tuple[str, int, str | None] | None
) -> None:
    assert left_title(text, text.index(name), 0) == expected


def test_left_title_stops_at_the_floor_and_the_previous_mention() -> None:
    text = "Foreign Minister Kang"
    assert left_title(text, 17, 0) == ("Foreign Minister", 0, None)
    assert left_title(text, 17, 8) == ("Minister", 8, None)  # the window is "Minister " only
    assert left_title(text, 17, 0, blocked=20) is None  # blocked past the name: nothing to read
    assert left_title(text, 17, 16) is None


def test_left_title_window_is_bounded_to_120_characters() -> None:
    text = "Foreign Minister " + "x" * 130 + " Kang"
    assert left_title(text, len(text) - 4, 0) is None


# ------------------------------------------------------------------ where a title ends
# Made-up sample sentences, not from any article.


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The Republic of Korea (ROK) Ambassador Ana Reyes will visit Quito.",
            "Ana",
            "Republic of Korea (ROK) Ambassador",
        ),
        (
            "U.S. Envoy for the Democratic People's Republic of Korea (DPRK) Affairs Bo Lee left.",
            "Bo",
            "U.S. Envoy for the Democratic People's Republic of Korea (DPRK) Affairs",
        ),
    ],
)
def test_a_left_title_reads_over_an_acronym_and_a_possessive_inside_a_name(
    text: str, name: str, title: str
) -> None:
    found = left_title(text, text.index(name), 0)
    assert found is not None
    assert found[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "It was led by Tom Reyes, Director for Trade and Energy Policy at the U.S. Embassy, "
            "and Kim Ji-won, a deputy minister.",
            "Director for Trade and Energy Policy at the U.S. Embassy",
        ),
        (
            "Ana Cho, Coordinator for Planning and Coordination at the Ministry of Unification, "
            "spoke.",
            "Coordinator for Planning and Coordination at the Ministry of Unification",
        ),
    ],
)
def test_an_and_between_title_words_stays_inside_the_office(text: str, title: str) -> None:
    found = right_title(text, text.index(","), len(text))
    assert found is not None
    assert found[0] == title


def test_an_and_before_a_name_ends_the_title() -> None:
    text = "Ana Cho, Deputy Minister for Trade and Lee Do-hoon met in Seoul."
    found = right_title(text, text.index(","), len(text))
    assert found is not None
    assert found[0] == "Deputy Minister for Trade"


@pytest.mark.parametrize(
    ("text", "title", "side"),
    [
        (
            "He brought Ana Reyes, Asia specialist at the State Department, along.",
            "Asia specialist at the State Department",
            "US",
        ),
        (
            "Bo Lee, a Japan specialist on Seoul's National Security Council, spoke.",
            "Japan specialist on Seoul's National Security Council",
            "KR",
        ),
    ],
)
def test_a_specialist_on_a_government_body_holds_a_post(text: str, title: str, side: str) -> None:
    found = right_title(text, text.index(","), len(text))
    assert found is not None
    assert found[0] == title
    assert found[2] == side


def test_a_specialist_at_a_think_tank_holds_no_post() -> None:
    text = "Bo Lee, a Korea specialist at the Pine Institute, spoke."
    assert right_title(text, text.index(","), len(text)) is None


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Senior Adviser at the Japanese Embassy", "JP"),
        ("Assistant Secretary of Defense for Indo-Pacific Security Affairs", "US"),
        ("Korea specialist on Washington's National Security Council", "US"),
        ("Director-General for Trade at the Ministry of Foreign Affairs", None),
    ],
)
def test_the_side_of_a_title_is_the_country_it_serves(title: str, side: str | None) -> None:
    assert side_of(title) == side


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ana Cho, the deputy trade minister — who landed on Monday — said.",
            "deputy trade minister",
        ),
        (
            "Ana Cho, the deputy trade minister -- fresh from Tokyo -- said.",
            "deputy trade minister",
        ),
        (
            "Bo Lee, special envoy for peace affairs and Reyes's counterpart in the talks, said.",
            "special envoy for peace affairs",
        ),
    ],
)
def test_a_title_ends_at_a_spaced_dash_or_a_second_apposition(text: str, title: str) -> None:
    found = right_title(text, text.index(","), len(text))
    assert found is not None
    assert found[0] == title


# Made-up samples: what follows the name decides whether right_title reads any further.
@pytest.mark.parametrize(
    ("after", "title"),
    [
        (" said on Monday.", None),  # a word: no note, no apposition
        ("", None),  # the end of the text
        (", the trade envoy, said.", "trade envoy"),
        (" , the trade envoy, said.", "trade envoy"),  # a space before the comma
        (" (left), the trade envoy, said.", "trade envoy"),  # a position note first
        ("\u00a0(right), the trade envoy, said.", "trade envoy"),
        ("(trade envoy) said.", "trade envoy"),
    ],
)
def test_right_title_reads_a_note_or_an_apposition_and_nothing_else(
    after: str, title: str | None
) -> None:
    text = "Ana Ruiz" + after
    found = right_title(text, len("Ana Ruiz"), len(text))
    assert (found[0] if found else None) == title


def test_left_title_counts_an_acronym_in_parentheses_that_cleans_to_a_head() -> None:
    # made-up: "(REP)" read inside an office's name cleans to "rep", a word that heads a title
    text = "Made-up sample: Trade (REP) Office Ana Ruiz spoke."
    assert left_title(text, text.index("Ana"), 0) == ("Trade (REP) Office", 16, None)


def test_a_title_read_back_from_a_name_loses_a_leading_word_that_is_no_title_word() -> None:
    from koreadip.extract.titles import _title_cut

    # made-up words, as left_title keeps them in text order
    assert _title_cut(("Meanwhile", "Foreign", "Minister", "of")) == (1, 3)
    assert _title_cut(("the", "U.S.", "Special", "Envoy")) == (1, 4)
    assert _title_cut(("Former", "Anchor", "and", "Envoy")) is None  # an anchor is no official
    assert _title_cut(("Meanwhile", "Yesterday")) is None  # no word heads a title


def test_a_word_read_back_from_a_name_is_classified_once_by_its_punctuation_and_case() -> None:
    from koreadip.extract.titles import _reading

    comma, acronym, _, stop, bare, possessive, fits, _, _, head = _reading("Envoy,")
    assert (comma, acronym, stop, bare, possessive, fits, head) == (
        True, False, False, "Envoy", False, True, True
    )  # fmt: skip
    assert _reading("(NIS)")[1]  # a parenthetical acronym...
    assert not _reading("(NIS)")[6]  # ...kept only inside a title
    assert _reading("Seoul's")[5]
    assert not _reading("People's")[5]  # part of a name, not an owner
    assert _reading("said")[6] is False
    assert _reading("and")[8] is True
    assert _reading("The")[7] is True
    assert _reading('"Envoy')[3] is True


_PIECES = [
    " ",
    "  ",
    "\n",
    "\u00a0",
    ",",
    "Minister ",
    "said ",
    "and ",
    "Or ",
    "the ",
    "Of ",
    "U.S. ",
    "Seoul's ",
    "(NIS) ",
    '"',
    "envoy, ",
    "Vice ",
    "Kim ",
    "anchor ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.data())
def test_left_title_tells_a_first_word_that_stops_the_reading_as_the_full_reading_does(
    pieces: list[str], data: st.DataObject
) -> None:
    # made-up words before a made-up name
    text = "".join(pieces) + "Lee Made-up"
    name_start = len(text) - len("Lee Made-up")
    floor = data.draw(st.integers(0, name_start))
    with mock.patch("koreadip.extract.titles._first_word_stops", return_value=False):
        full = left_title(text, name_start, floor)
    assert left_title(text, name_start, floor) == full
    if _first_word_stops(text, floor, name_start):
        assert full is None


def test_a_first_word_stops_the_reading_back_unless_it_may_be_part_of_a_title() -> None:
    text = "Made-up: Kim met Lee and Vice Minister Park"
    assert _first_word_stops(text, 0, text.index("Lee"))  # "met" is in no title
    assert _first_word_stops(text, 0, text.index("Vice"))  # "and": the title is the other's
    assert not _first_word_stops(text, 0, text.index("Park"))  # "Minister" may head one
    assert not _first_word_stops("Made-up:  Lee", 0, 11)  # two spaces: the full reading decides


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Made-up: Lee   said so.", False),
        ("Made-up: Lee\n(the envoy) said so.", True),
        ("Made-up: Lee , the U.S. envoy, said so.", True),
        ("Made-up: Lee, the U.S. envoy, said so.", True),
        ("Made-up: Lee", False),
    ],
)
def test_right_title_needs_a_parenthesis_or_a_comma_after_spaces(text: str, found: bool) -> None:
    assert (right_title(text, 12, len(text)) is not None) is found


def test_a_title_is_no_officials_when_it_names_a_non_official_post() -> None:
    assert non_official("Made-up news anchor")
    assert not non_official("Made-up Deputy Foreign Minister")

"""Phonetic keys: romanisations of one Korean name meet; different names do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koreadip.romanization import (
    _skeleton,
    _skeleton_by_patterns,
    korean_key,
    phonetic_token,
    variants,
)

SAME_PERSON = [
    ("Noh Kyu-duk", "Noh Gyu-deok"),
    ("Noh Kyu-duk", "Kyu-Duk Noh"),
    ("Noh Kyu-duk", "Roh Kyu-duk"),
    ("Gyu-deok Noh", "Kyu-duk Roh"),
    ("Sung Kim", "Seong Kim"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Kim Jong Un", "Jong-un Kim"),
    ("Choe Son Hui", "Choi Son-hui"),
    ("Choe Ryong Hae", "Choi Ryong-hae"),
    ("Ri Yong Ho", "Lee Yong-ho"),
    ("Yi Jae-myung", "Lee Jae-myung"),
    ("Rhee Jae-myung", "Ri Jae-myung"),
    ("Jeong Yeon-doo", "Chung Yeon-doo"),
    ("Jung Eui-yong", "Chung Eui-yong"),
    ("Chung Ui-yong", "Jeong Eui-yong"),
    ("Cho Tae-yul", "Cho Tae-yeol"),
    ("Cho Tae-yul", "Jo Tae-yeol"),
    ("Lee Jae-myung", "Lee Jae Myung"),
    ("Park Jin", "Pak Jin"),
    ("Bak Jin", "Park Jin"),
    ("Kang Kyung-wha", "Kang Gyeong-hwa"),
    ("Moon Jae-in", "Mun Jae-in"),
    ("Choi Young-joon", "Choi Yeong-jun"),
    ("Suh Hoon", "Seo Hun"),
    ("Kim Gunn", "Kim Gun"),
    ("Ahn Gyu-back", "An Kyu-back"),
]

DIFFERENT_PEOPLE = [
    ("Kim Gunn", "Kim Jong Un"),
    ("Lee Do-hoon", "Lee Dong-yeol"),
    ("Sung Kim", "Kevin Kim"),
    ("Cho Tae-yul", "Cho Hyun-dong"),
    ("Cho Hyun", "Cho Hyun-dong"),
    ("Cho Tae-yul", "Cho Hyun"),
    ("Kim Song", "Sung Kim"),
    ("Lee Jong-seok", "Lee Jong-sup"),
    ("Kim Yong Chol", "Kim Yong-hyun"),
    ("Kim Yo Jong", "Kim Yong Chol"),
    ("Chung Eui-yong", "Chung Dong-young"),
    ("Im Jong-seok", "Lee Jong-seok"),
    ("Kim Son", "Kim Song"),  # no letter of the family name folds into the given name
    ("Kim Son Gyong", "Kim Song"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_romanisations_of_one_name_meet(a: str, b: str) -> None:
    assert korean_key(a) & korean_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_names_do_not_meet(a: str, b: str) -> None:
    assert not korean_key(a) & korean_key(b)


def test_a_single_part_name_has_no_key() -> None:
    assert korean_key("Kim") == frozenset()
    assert korean_key("") == frozenset()


@pytest.mark.parametrize(
    ("a", "b"),
    [("seong", "sung"), ("roh", "noh"), ("choe", "choi"), ("ri", "lee"), ("pak", "park")],
)
def test_phonetic_token_folds_family_name_spellings(a: str, b: str) -> None:
    assert phonetic_token(a) == phonetic_token(b)


def test_phonetic_token_keeps_song_apart_from_sung() -> None:
    # 송 and 성 are different syllables even where the press writes 성 as "Sung"
    assert phonetic_token("song") != phonetic_token("sung")


def test_variants_cover_both_orders_and_surname_spellings() -> None:
    found = variants("Noh Kyu-duk")
    assert {"Noh Kyu-duk", "Kyu-duk Noh", "Roh Kyu-duk", "Noh Kyu Duk"} <= found
    assert all(korean_key(v) & korean_key("Noh Kyu-duk") for v in found)


def test_variants_of_a_single_word_is_itself() -> None:
    assert variants("Kim") == {"Kim"}


SYLLABLES = ["kyu", "duk", "gyu", "deok", "jong", "un", "jae", "myung", "tae", "yul", "yeol"]
SYLLABLES += ["hyun", "dong", "seok", "sup", "hoon", "do", "in", "young", "ho", "eui", "hee"]
syllable = st.sampled_from(SYLLABLES)
family = st.sampled_from(
    ["Kim", "Lee", "Ri", "Park", "Choi", "Choe", "Noh", "Cho", "Jeong", "Yoon"]
)


@given(family=family, given_name=st.lists(syllable, min_size=1, max_size=3))
def test_key_ignores_name_order_and_hyphenation(family: str, given_name: list[str]) -> None:
    hyphenated = "-".join(given_name).capitalize()
    spaced = " ".join(s.capitalize() for s in given_name)
    forms = [
        f"{family} {hyphenated}",
        f"{family} {spaced}",
        f"{hyphenated} {family}",
        f"{spaced} {family}",
        f"{family.upper()} {hyphenated.lower()}",
    ]
    keys = [korean_key(f) for f in forms]
    for key in keys[1:]:
        assert key & keys[0], forms


@given(st.text(alphabet="aeiouyhkgtdpbscjwnmlr", max_size=14))
def test_skeleton_by_substring_tests_equals_the_rewrites_run_in_turn(part: str) -> None:
    # _skeleton skips a rewrite whose literal (or guard letter) is absent and replaces literals
    # with str.replace: the same result as running every pattern of _REWRITES in turn
    assert _skeleton.__wrapped__(part) == _skeleton_by_patterns(part)


def test_skeleton_folds_made_up_spellings_of_one_syllable_run() -> None:
    assert _skeleton("gyeongwha") == _skeleton("kyungwha") == _skeleton("kyoungwha")
    assert _skeleton("suhn") == _skeleton("sun")  # a silent h after a vowel

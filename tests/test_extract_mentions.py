"""Word tests of People's pieces: bylines and credits are no officials.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract.mentions import (
    _CREDIT_AFTER,
    _CREDIT_BEFORE,
    Person,
    SurnameIndex,
    credited,
    one_edit_apart,
)

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


@given(
    st.lists(st.text(alphabet="abkmn", min_size=3, max_size=7), max_size=12),
    st.text(alphabet="abkmn", min_size=3, max_size=7),
)
def test_one_edit_from_finds_every_family_name_one_edit_away(names: list[str], key: str) -> None:
    # made-up names of random letters: the index by length must miss none a full pass finds
    persons = [Person(name=f"Jo {n.title()}") for n in names]
    index = SurnameIndex(persons)
    expected = sorted(
        {i for i, p in enumerate(persons) for s in p.surnames() if one_edit_apart(key, s)}
    )
    assert index.one_edit_from(key) == expected
    persons.append(Person(name=f"Al {key[:-1].title()}x"))  # the index follows the list
    expected_after = sorted(
        {i for i, p in enumerate(persons) for s in p.surnames() if one_edit_apart(key, s)}
    )
    assert index.one_edit_from(key) == expected_after


def test_a_garbled_family_name_finds_a_person_named_after_it_was_first_asked_about() -> None:
    from koreadip.extract.mentions import Person, SurnameIndex

    # made-up persons: the answer for "biegen" must follow the persons as they are read
    persons = [Person(name="Mike Pompeo")]
    index = SurnameIndex(persons)
    assert index.one_edit_from("biegen") == []
    persons.append(Person(name="Stephen Biegun"))
    assert index.one_edit_from("biegen") == [1]
    persons.append(Person(name="Anna Bieguns"))  # one letter longer: one edit from "biegun"
    assert index.one_edit_from("biegun") == [2]
    assert index.one_edit_from("biegen") == [1]
    persons[1].aliases.append("Steve Biegan")
    index.note(1, "Steve Biegan")
    assert index.one_edit_from("biegen") == [1]
    assert index.one_edit_from("biegin") == [1]
    index.refresh()
    assert index.one_edit_from("pompeu") == [0]


@given(
    st.text(alphabet="abcdek", min_size=4, max_size=8),
    st.text(alphabet="abcdek", min_size=4, max_size=8),
)
def test_words_one_edit_apart_share_their_first_or_last_letter(a: str, b: str) -> None:
    # SurnameIndex.one_edit_from compares only family names that do
    if one_edit_apart(a, b):
        assert a[0] == b[0] or a[-1] == b[-1]


@given(
    st.text(alphabet="abcdek", min_size=5, max_size=7), st.integers(0, 6), st.sampled_from("abz")
)
def test_one_edit_from_finds_each_family_name_one_edit_away(
    name: str, at: int, letter: str
) -> None:
    at = min(at, len(name) - 1)
    for key in (name[:at] + letter + name[at + 1 :], name[:at] + name[at + 1 :], name + letter):
        persons = [Person(name="Made Up"), Person(name=f"Made {name.title()}")]
        index = SurnameIndex(persons)
        expected = [1] if one_edit_apart(key, name) else []
        assert index.one_edit_from(key) == expected

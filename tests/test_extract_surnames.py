"""Lone family names: the surname index agrees with a pass over every person, and resolves as
People did.

Every sentence here is a made-up sample written for these tests, not taken from a real article;
the officials' names and titles are real facts, the events are invented.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract.mentions import Person, SurnameIndex, one_edit_apart
from koreadip.extract.people import People
from koreadip.extract.surnames import surname_parts
from koreadip.extract.text import sentences
from koreadip.roster import default_roster

_NAMES = ["Kim Yo Jong", "Sung Kim", "Mike Pompeo", "Stephen Biegun", "Lee Do-hoon", "Biden", "Xi"]
persons_lists = st.lists(
    st.builds(
        Person,
        name=st.sampled_from(_NAMES),
        country=st.sampled_from([None, "US", "KR", "KP"]),
    ),
    max_size=8,
)
keys = st.sampled_from(["kim", "jong", "pompeo", "biegen", "biegun", "lee", "hoon", "xi", "sung"])


@given(persons_lists, keys)
def test_index_names_the_persons_a_pass_over_every_person_finds(
    persons: list[Person], key: str
) -> None:
    index = SurnameIndex(persons)
    assert list(index.named(key)) == [i for i, p in enumerate(persons) if key in p.surnames()]
    assert index.members(key) == {i for i, p in enumerate(persons) if key in p.surnames()}
    assert (key in index) == any(key in p.surnames() for p in persons)
    assert index.one_edit_from(key) == [
        i for i, p in enumerate(persons) if any(one_edit_apart(key, s) for s in p.surnames())
    ]


def test_index_follows_the_list_as_it_grows_and_after_a_refresh() -> None:
    persons = [Person(name="Mike Pompeo")]
    index = SurnameIndex(persons)
    assert list(index.named("kim")) == []
    persons.append(Person(name="Tom Gunn"))
    assert list(index.named("tom")) == []  # a Western name order: Gunn is the family name
    assert list(index.named("gunn")) == [1]
    persons[1].country = "KR"
    index.refresh()
    assert list(index.named("tom")) == [1]


@given(persons_lists, st.lists(st.sampled_from(_NAMES), max_size=4), keys)
def test_index_noting_a_new_spelling_names_whom_a_fresh_index_names(
    persons: list[Person], spellings: list[str], key: str
) -> None:
    index = SurnameIndex(persons)
    index.named(key)  # indexed before the spellings are added
    for n, spelling in enumerate(spellings):
        if persons:
            i = n % len(persons)
            persons[i].aliases.append(spelling)
            index.note(i, spelling)
    assert list(index.named(key)) == list(SurnameIndex(persons).named(key))
    assert index.members(key) == SurnameIndex(persons).members(key)
    assert index.one_edit_from(key) == SurnameIndex(persons).one_edit_from(key)


def test_a_spelling_the_text_gave_names_a_western_person_but_not_a_korean() -> None:
    persons = [
        Person(name="Antony Blinken", country="US"),
        Person(name="Noh Kyu-duk", country="KR"),
    ]
    index = SurnameIndex(persons)
    persons[0].aliases.append("Tony Blincoln")
    persons[1].aliases.append("Roh Kyu-duk")
    index.note(0, "Tony Blincoln")
    index.note(1, "Roh Kyu-duk")
    assert list(index.named("blincoln")) == [0]
    assert list(index.named("roh")) == []  # a Korean's spellings may put either name first


def test_a_garbled_surname_with_a_title_is_like_one_named() -> None:
    index = SurnameIndex([Person(name="Antony Blinken")])
    assert index.one_edit_from("blincoln") == []
    assert index.like("blincoln") == [0]


def test_surname_parts_skip_acronyms_place_words_and_pronouns() -> None:
    assert surname_parts("Pompeo's") == ((0, "Pompeo"),)
    assert surname_parts("Kim-Lee") == ((0, "Kim"), (4, "Lee"))
    assert surname_parts("DPRK") == ()
    assert surname_parts("She") == ()
    assert surname_parts("Japan") == ()
    assert surname_parts("Hanoi") == ()
    assert surname_parts("Jo") == ()


def _people(text: str, day: dt.date) -> People:
    return People(text, sentences(text), default_roster(), day)


def test_a_lone_surname_resolves_to_the_person_named_earlier() -> None:
    text = "Secretary of State Mike Pompeo arrived in Seoul on Monday. Pompeo met reporters."
    people = _people(text, dt.date(2019, 2, 1))
    (pompeo,) = people.persons
    assert pompeo.name == "Mike Pompeo"
    assert [text[m.start : m.end] for m in people.mentions] == ["Mike Pompeo", "Pompeo"]
    assert people.resolve_surname("Pompeo", len(text)) == 0


def test_a_lone_surname_with_a_title_is_found_in_the_roster_by_title_and_date() -> None:
    people = _people("Special Representative Lee arrived in Washington.", dt.date(2018, 11, 20))
    assert [p.name for p in people.persons] == ["Lee Do-hoon"]


def test_an_unknown_surname_after_a_title_is_a_new_person_but_not_in_a_headline() -> None:
    people = _people("Ambassador Zorblatt said the talks would go on.", dt.date(2019, 2, 1))
    assert [(p.name, p.title) for p in people.persons] == [("Zorblatt", "Ambassador")]
    assert people.resolve_surname("Zorblatt", 0, title="Ambassador", allow_new=False) == 0
    fresh = _people("Talks Go On", dt.date(2019, 2, 1))
    assert fresh.resolve_surname("Quorvath", 0, title="Ambassador", allow_new=False) is None


# made-up family names over few letters, so that many are one edit from another
_LETTER_NAMES = st.lists(
    st.text(alphabet="abn", min_size=4, max_size=7).map(lambda w: "Made " + w.capitalize()),
    max_size=12,
)


@given(_LETTER_NAMES, st.text(alphabet="abn", min_size=4, max_size=8))
def test_one_edit_and_likeness_find_what_a_comparison_with_every_name_finds(
    names: list[str], key: str
) -> None:
    from rapidfuzz import fuzz

    persons = [Person(name=n) for n in names]
    index = SurnameIndex(persons)
    assert index.one_edit_from(key) == [
        i for i, p in enumerate(persons) if any(one_edit_apart(key, s) for s in p.surnames())
    ]
    assert index.like(key) == [
        i
        for i, p in enumerate(persons)
        if any(len(s) >= 5 and s[0] == key[0] and fuzz.ratio(key, s) >= 65 for s in p.surnames())
    ]


def test_a_word_longer_than_any_family_name_is_never_one_edit_from_one() -> None:
    from koreadip.extract.mentions import LONGEST_SURNAME

    long_name = "b" * (LONGEST_SURNAME + 1)
    index = SurnameIndex([Person(name="Made " + long_name.capitalize())])
    assert one_edit_apart(long_name + "a", long_name)
    assert index.one_edit_from(long_name + "a") == []
    assert index.named(long_name) == [0]  # (still named in full)


def test_likeness_on_a_page_naming_thousands_weighs_the_names_filed_last() -> None:
    from koreadip.extract.mentions import WEIGHED_PERSONS

    # made-up names: "Bxxxxa" for 300 different xxxx, all with the initial b
    names = [f"Made B{i:04d}a".replace("0", "o").replace("1", "l") for i in range(300)]
    persons = [Person(name=n) for n in names]
    index = SurnameIndex(persons)
    first, last = persons[0].surnames(), persons[-1].surnames()
    (key_first,), (key_last,) = first, last
    assert 0 not in index.like(key_first)  # filed before the last WEIGHED_PERSONS
    assert len(persons) - 1 in index.like(key_last)
    assert len(persons) > WEIGHED_PERSONS

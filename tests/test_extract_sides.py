"""Which countries take part in a meeting: the sides named, not the venue or the subject matter.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import koreadip

THURSDAY = dt.date(2021, 6, 24)


def sides(text: str) -> list[set[str]]:
    return [set(m.countries) for m in koreadip.parse(text, reference_date=THURSDAY).meetings]


def test_north_korean_negotiators_at_the_table_make_the_north_a_side() -> None:
    assert sides("U.S. and North Korean negotiators met in Stockholm on Saturday.") == [
        {"US", "KP"}
    ]
    assert sides(
        "Special Representative Sung Kim held talks with his North Korean counterpart in "
        "Panmunjom on Tuesday."
    ) == [{"US", "KP"}]


def test_a_visit_to_the_north_makes_the_north_a_side() -> None:
    assert sides("Special Representative Sung Kim visited Pyongyang on Tuesday.") == [{"US", "KP"}]


def test_the_country_a_meeting_is_held_in_takes_no_part() -> None:
    assert sides(
        "Special Representative Sung Kim met Special Representative Noh Kyu-duk in Sweden on "
        "Tuesday."
    ) == [{"US", "KR"}]
    assert sides(
        "Special Representative Sung Kim met Special Representative Noh Kyu-duk in Hanoi, "
        "Vietnam, on Tuesday."
    ) == [{"US", "KR"}]


def test_the_country_someone_arrived_in_to_meet_takes_part() -> None:
    assert sides(
        "Special Representative Sung Kim arrived in South Korea on Monday to sit down for a "
        "working meeting on North Korea."
    ) == [{"US", "KR"}]


def test_talks_about_the_north_do_not_make_it_a_side() -> None:
    assert sides(
        "Special Representative Sung Kim met Special Representative Noh Kyu-duk on Tuesday to "
        "discuss North Korea."
    ) == [{"US", "KR"}]


def test_a_trip_to_a_capital_makes_its_country_a_side() -> None:
    assert sides("Foreign Minister Chung Eui-yong made a trip to Tokyo on Monday.") == [
        {"KR", "JP"}
    ]


def test_between_after_another_meeting_word_names_that_meetings_sides() -> None:
    found = koreadip.parse(
        "President Moon Jae-in and President Joe Biden held a phone call on Monday ahead of the "
        "summit between the DPRK and the United States.",
        reference_date=THURSDAY,
    ).meetings
    call = next(m for m in found if m.modality.value == "phone")
    assert {p.official_id for p in call.participants} == {"moon-jae-in", "joe-biden"}
    assert set(call.countries) == {"KR", "US"}


def test_officials_from_the_north_make_it_a_side_however_it_is_named() -> None:
    assert sides(
        "Secretary of State Antony Blinken's meeting with officials from the Democratic People's "
        "Republic of Korea, set for this week in New York, will now take place at a later date."
    ) == [{"US", "KP"}]


def test_a_city_before_the_trigger_across_after_or_since_is_another_events() -> None:
    found = koreadip.parse(
        "We thank the secretary for coming to Seoul right after the summit between President "
        "Joe Biden and Chairman Kim Jong Un in Singapore.",
        reference_date=THURSDAY,
    ).meetings
    (summit,) = [m for m in found if "KP" in m.countries]
    assert summit.location == "Singapore"


def test_left_for_a_city_where_someone_is_to_meet_is_that_city_and_not_the_days_of_leaving() -> (
    None
):
    found = koreadip.parse(
        "Unification Minister Lee In-young left Seoul late Tuesday for Washington, where he is "
        "expected to meet Secretary of State Antony Blinken.",
        reference_date=THURSDAY,
    ).meetings
    (m,) = found
    assert (m.location, m.date, m.status.value) == ("Washington", None, "planned")


def test_a_meeting_held_in_a_city_is_no_phone_call_however_close() -> None:
    found = koreadip.parse(
        "Secretary of State Antony Blinken and Foreign Minister Chung Eui-yong held phone talks "
        "on Wednesday. The two last met in person in Washington in May.",
        reference_date=THURSDAY,
    ).meetings
    assert sorted((m.modality.value, m.location or "") for m in found) == [
        ("in_person", "Washington"),
        ("phone", ""),
    ]


def test_a_country_named_inside_a_quotation_is_no_side() -> None:
    (m,) = sides(
        'Foreign Minister Chung Eui-yong met Secretary of State Antony Blinken on Tuesday, "as '
        'Russia watches," he said.'
    )
    assert m == {"KR", "US"}


def test_a_sentence_holds_a_city_where_one_of_the_cities_stands_in_it() -> None:
    from koreadip.extract.cities import CITIES, holds_a_city

    for city in CITIES:  # made-up sentences
        assert holds_a_city(f"The envoys met in {city} on Monday."), city
    assert not holds_a_city("The envoys spoke by phone on Monday.")
    assert not holds_a_city("They met in SEOUL.")  # as written, like CITIES


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            [
                "met ",
                "in ",
                "at ",
                "visit ",
                "to ",
                "the ",
                "Seoul",
                "Hanoi",
                "Busan",
                "Paris",
                "Seoulite ",
                "Tokyo's ",
                "Kim ",
                ", where ",
                "hosted ",
                "talks ",
                ". ",
                "x",
            ]
        ),
        max_size=14,
    )
)
def test_a_sentence_without_a_city_gives_its_triggers_no_city(pieces: list[str]) -> None:
    from koreadip.extract.cities import holds_a_city
    from koreadip.extract.sides import city_of
    from koreadip.extract.triggers import Trigger
    from koreadip.records import Modality

    text = "".join(pieces) + " talks"
    trig = Trigger(len(text) - 5, len(text), Modality.UNKNOWN, False, False, False)
    if not holds_a_city(text):
        assert city_of(text, 0, len(text), trig, [trig]) is None


def test_sides_named_by_a_compound_are_read_where_a_dash_stands_before_a_capital() -> None:
    from reading import meetings

    # made-up sentences: a compound of sides, and one with hyphens in names only
    paired = meetings("The DPRK-US summit was held in Hanoi on Feb. 27.")
    assert [(m.countries, m.location) for m in paired] == [(("KP", "US"), "Hanoi")]
    korean = meetings("The two leaders held the inter-Korean summit at Panmunjom on April 27.")
    assert [m.countries for m in korean] == [("KR", "KP")]
    plain = meetings("Kang Kyung-wha met Mike Pompeo in Seoul on Tuesday.")
    assert [(m.countries, m.location) for m in plain] == [(("KR", "US"), "Seoul")]

"""One sentence, several meetings: a visitor meets each counterpart, a tour visits each country.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from koreadip import PartialDate
from reading import meetings, who


def test_a_visitor_who_calls_on_two_host_officials_has_a_meeting_with_each() -> None:
    found = meetings(
        "Special Representative Sung Kim paid courtesy calls on Foreign Minister Chung Eui-yong "
        "and Unification Minister Lee In-young in Seoul on Tuesday."
    )
    assert {who(m) for m in found} == {
        frozenset({"sung-kim", "chung-eui-yong"}),
        frozenset({"sung-kim", "lee-in-young"}),
    }
    assert {m.date for m in found} == {PartialDate(year=2021, month=6, day=22)}


def test_counterparts_who_sit_together_or_come_from_two_countries_share_one_meeting() -> None:
    (m,) = meetings(
        "Secretary of State Antony Blinken met Foreign Minister Chung Eui-yong and his deputy "
        "Choi Jong-kun in Seoul on Tuesday."
    )
    assert who(m) == {"antony-blinken", "chung-eui-yong", "choi-jong-kun"}
    (m,) = meetings(
        "Foreign Minister Chung Eui-yong met Secretary of State Antony Blinken and Foreign "
        "Minister Toshimitsu Motegi in London on Tuesday."
    )
    assert who(m) == {"chung-eui-yong", "antony-blinken", "toshimitsu-motegi"}


def test_a_tour_of_several_countries_is_a_visit_to_each_dated_by_its_own_days() -> None:
    found = meetings(
        "Secretary of State Antony Blinken will visit Japan on Monday, Mongolia on Wednesday and "
        "South Korea on Friday."
    )
    by_side = {next(c for c in m.countries if c != "US"): m for m in found}
    assert set(by_side) == {"JP", "MN", "KR"}
    assert by_side["MN"].date == PartialDate(year=2021, month=6, day=30)
    assert by_side["KR"].date == PartialDate(year=2021, month=6, day=25)
    assert all(who(m) == {"antony-blinken"} for m in found)


def test_a_visit_to_two_capitals_is_two_visits_each_in_its_city() -> None:
    found = meetings("Special Representative Sung Kim will visit Beijing and Tokyo next month.")
    assert {(m.location, tuple(sorted(m.countries))) for m in found} == {
        ("Beijing", ("CN", "US")),
        ("Tokyo", ("JP", "US")),
    }


def test_a_visit_called_off_in_the_same_sentence_calls_off_only_the_countries_it_names() -> None:
    found = meetings(
        "Secretary of State Antony Blinken planned to visit Japan on Monday, Mongolia on "
        "Wednesday and South Korea on Friday, but his visit to Mongolia has been delayed."
    )
    status = {next(c for c in m.countries if c != "US"): m.status.value for m in found}
    assert status == {"JP": "planned", "MN": "cancelled", "KR": "planned"}


def test_whoever_also_met_someone_met_them_on_the_day_just_told() -> None:
    found = meetings(
        "Special Representative Sung Kim and Special Representative Noh Kyu-duk met Tuesday in "
        "Seoul. Kim also called on Foreign Minister Chung Eui-yong."
    )
    assert {m.date for m in found} == {PartialDate(year=2021, month=6, day=22)}


def test_and_on_another_day_with_another_person_is_a_second_meeting_only_with_with() -> None:
    told = (
        "Secretary of State Antony Blinken will meet Foreign Minister Chung Eui-yong in Seoul on "
        "Monday, and on Tuesday{} Unification Minister Lee In-young{}."
    )
    first, second = meetings(told.format(" with", ""))
    assert (who(first), who(second)) == (
        {"antony-blinken", "chung-eui-yong"},
        {"antony-blinken", "lee-in-young"},
    )
    assert (first.date, second.date) == (
        PartialDate(year=2021, month=6, day=28),
        PartialDate(year=2021, month=6, day=29),
    )
    # no "with" after the meeting: no second meeting of the first's visitor
    (only,) = meetings(told.format("", " will host a dinner"))
    assert who(only) == {"antony-blinken", "chung-eui-yong"}

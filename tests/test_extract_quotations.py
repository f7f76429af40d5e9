"""Meetings a quotation tells of its own third persons count; what "we" plan does not.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from koreadip import PartialDate
from reading import meetings


def test_a_release_quoting_who_met_whom_reports_that_meeting() -> None:
    (m,) = meetings(
        '"On June 21, Secretary of State Antony Blinken spoke with Foreign Minister Chung '
        'Eui-yong to discuss the alliance," one of the releases said.'
    )
    assert {p.official_id for p in m.participants} == {"antony-blinken", "chung-eui-yong"}
    assert m.date == PartialDate(year=2021, month=6, day=21)


def test_a_quoted_summit_named_by_its_sides_is_reported() -> None:
    found = meetings(
        '"The two agreed to build on the accomplishments of the Inter-Korean Summit on April 27," '
        "the ministry said."
    )
    (summit,) = found
    assert set(summit.countries) == {"KR", "KP"}
    assert summit.date == PartialDate(year=2021, month=4, day=27)


def test_what_a_speaker_says_we_will_do_or_of_no_one_named_is_no_meeting() -> None:
    for text in (
        '"We will meet our counterparts anytime, anywhere," Special Representative Sung Kim said.',
        '"The talks were useful," Special Representative Sung Kim told reporters.',
    ):
        assert meetings(text) == [], text


def test_a_host_who_says_it_is_my_pleasure_to_welcome_a_guest_meets_the_guest() -> None:
    (m,) = meetings(
        "FOREIGN MINISTER CHUNG: Good morning. It is my great pleasure to welcome Secretary of "
        "State Antony Blinken here in Seoul.\n\nSECRETARY BLINKEN: Thank you."
    )
    assert {p.official_id for p in m.participants} == {"chung-eui-yong", "antony-blinken"}

"""A sentence's fronted clause keeps its people and dates apart from the main clause's.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from koreadip import PartialDate
from koreadip.extract.clauses import fronted
from reading import meetings, who


def test_a_fronted_clause_ends_at_the_comma_before_the_main_subject() -> None:
    s = "After wrapping up the summit, which is held in Osaka on June 28, Trump will fly home."
    f = fronted(s)
    assert f is not None
    assert s[f.start : f.end] == "After wrapping up the summit, which is held in Osaka on June 28"
    assert f.shares_subject  # a gerund: Trump wraps it up
    g = fronted("Now that Moon has returned, Kang and Pompeo spoke.")
    assert g is not None
    assert not g.shares_subject


def test_a_date_or_a_place_opening_a_sentence_is_no_fronted_clause() -> None:
    assert fronted("On the 21st at the State Department, Blinken met Chung.") is None
    assert fronted("In 2018, the two leaders met three times.") is None
    assert fronted("Kim met Noh on Tuesday, the ministry said.") is None


def test_during_a_call_with_x_the_main_clauses_subject_made_the_call() -> None:
    (call,) = meetings(
        "During a phone call with Secretary of State Antony Blinken on Monday, Foreign Minister "
        "Chung Eui-yong discussed the alliance."
    )
    assert call.modality.value == "phone"
    assert who(call) == {"antony-blinken", "chung-eui-yong"}
    assert call.date == PartialDate(year=2021, month=6, day=21)


def test_a_date_in_the_fronted_clause_does_not_date_the_main_clauses_meeting() -> None:
    found = meetings(
        "After wrapping up talks with Foreign Minister Chung Eui-yong in Seoul on Monday, "
        "Secretary of State Antony Blinken plans to visit Tokyo on Friday."
    )
    by_place = {m.location: m for m in found}
    assert by_place["Seoul"].date == PartialDate(year=2021, month=6, day=21)
    assert who(by_place["Seoul"]) == {"antony-blinken", "chung-eui-yong"}
    assert by_place["Tokyo"].date == PartialDate(year=2021, month=6, day=25)
    assert by_place["Tokyo"].status.value == "planned"


def test_a_name_in_a_fronted_clause_is_not_the_main_clauses_subject() -> None:
    (call,) = meetings(
        "Now that President Moon Jae-in has returned from Europe, Foreign Minister Chung Eui-yong "
        "and Secretary of State Antony Blinken held talks by phone on Tuesday."
    )
    assert who(call) == {"chung-eui-yong", "antony-blinken"}

"""When a reported meeting is: each date read by the tense of the words nearest it.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
Unless a test says otherwise the texts are read on Thursday 24 June 2021.
"""

from __future__ import annotations

import datetime as dt

import koreadip
from koreadip import PartialDate
from koreadip.extract.timing import sentence_dates
from reading import meetings, who

THURSDAY = dt.date(2021, 6, 24)


def dates(sentence: str, reference: dt.date = THURSDAY) -> list[str]:
    return [str(d.value) for d in sentence_dates(sentence, reference)]


def test_a_date_takes_the_tense_of_its_own_clause_not_of_the_sentence() -> None:
    assert dates(
        "The envoys, who will meet again next month, first held talks in Geneva in March."
    ) == ["2021-07", "2021-03"]
    assert dates(
        "Talks stalled after the summit in Hanoi in February, but the two sides will meet again "
        "in August."
    ) == ["2021-02", "2021-08"]


def test_a_past_verb_and_a_future_plan_in_one_sentence_each_date_their_own_day() -> None:
    assert dates(
        "He arrived in Seoul on Monday and is scheduled to meet the minister on Friday."
    ) == [
        "2021-06-21",
        "2021-06-25",
    ]


def test_a_month_and_day_with_no_tense_word_near_it_is_the_one_nearest_the_reference() -> None:
    # "upcoming" speaks of another event; June 21 is three days back, not a year ahead
    assert dates(
        "During a phone call on the evening of June 21, the ministers discussed the upcoming "
        "summit of their presidents."
    ) == ["2021-06-21"]
    assert dates("Talks with the envoy on June 28 in Seoul are part of the visit.") == [
        "2021-06-28"
    ]
    assert dates("A call on Dec. 30 between the two ministers", dt.date(2022, 1, 3)) == [
        "2021-12-30"
    ]


def test_a_call_dated_days_before_the_reference_is_held_even_beside_an_upcoming_visit() -> None:
    d = koreadip.parse(
        "Foreign Minister Chung Eui-yong held a telephone call with Secretary of State Antony "
        "Blinken on the evening of June 21, the ministry said; the upcoming summit was on the "
        "agenda.",
        reference_date=THURSDAY,
    )
    call = next(m for m in d.meetings if m.modality.value == "phone")
    assert call.date == PartialDate(year=2021, month=6, day=21)
    assert call.status.value == "held"


def _meetings(text: str) -> list[koreadip.Meeting]:
    return list(koreadip.parse(text, reference_date=THURSDAY).meetings)


def test_a_meeting_postponed_called_off_or_falling_through_is_cancelled() -> None:
    for text in (
        "Secretary of State Antony Blinken's meeting with North Korean officials, set for this "
        "week in Stockholm, will now take place at a later date.",
        "The planned meeting between Foreign Minister Chung Eui-yong and Secretary of State "
        "Antony Blinken fell through after the minister fell ill.",
        "Pyongyang notified Seoul of its postponement of the high-level inter-Korean talks.",
        "Foreign Minister Chung Eui-yong has cancelled his visit to Washington, where he was to "
        "meet Secretary of State Antony Blinken.",
    ):
        found = _meetings(text)
        assert [m.status.value for m in found] == ["cancelled"], (text, found)


def test_a_threat_or_a_refusal_to_cancel_calls_nothing_off() -> None:
    for text in (
        "North Korea threatened to cancel the planned summit between Kim Jong Un and Joe Biden.",
        "Seoul refused to postpone the planned talks between Chung Eui-yong and Antony Blinken.",
    ):
        assert [m.status.value for m in _meetings(text)] == ["planned"], text


def test_who_called_a_trip_off_and_when_belong_to_the_calling_off_not_to_the_trip() -> None:
    (trip,) = _meetings(
        "Special Representative Sung Kim planned to visit Pyongyang later this month, but the "
        "trip was called off by President Joe Biden on Monday."
    )
    assert trip.status.value == "cancelled"
    assert {p.official_id for p in trip.participants} == {"sung-kim"}
    assert trip.date == PartialDate(year=2021, month=6)
    assert set(trip.countries) == {"US", "KP"}


def test_this_week_is_the_month_the_text_is_written_in_even_where_the_week_spans_two() -> None:
    (visit,) = _meetings(
        "Special Representative Sung Kim will visit Seoul this week to meet Special "
        "Representative Noh Kyu-duk."
    )
    assert visit.date == PartialDate(year=2021, month=6)
    (later,) = list(
        koreadip.parse(
            "Special Representative Sung Kim will visit Seoul this week to meet Special "
            "Representative Noh Kyu-duk.",
            reference_date=dt.date(2021, 6, 29),  # the week runs into July
        ).meetings
    )
    assert later.date == PartialDate(year=2021, month=6)


def test_a_day_with_last_or_this_year_is_in_that_year_and_a_span_of_days_is_its_first() -> None:
    ref = dt.date(2020, 2, 27)
    assert dates("They held their second summit on February 27-28 last year.", ref) == [
        "2019-02-27"
    ]
    assert dates("The envoys met on Dec. 16 last year and will meet again.", ref) == ["2019-12-16"]
    assert dates("The summit ran June 28-29, 2019, in Osaka.", ref) == ["2019-06-28"]


def test_on_the_same_day_is_the_last_day_the_text_named_in_its_present() -> None:
    found = _meetings(
        "On the 21st, Special Representative Sung Kim said the talks were useful. He also met "
        "Special Representative Noh Kyu-duk on the same day."
    )
    assert [m.date for m in found] == [PartialDate(year=2021, month=6, day=21)]
    # a day of last year's summit, told in passing, is not what "the same day" means
    found = _meetings(
        "Joe Biden and Moon Jae-in held a summit on May 21 last year. Special Representative Sung "
        "Kim also spoke with Special Representative Noh Kyu-duk by phone on the same day, the "
        "ministry said on Monday."
    )
    call = next(m for m in found if m.modality.value == "phone")
    assert call.date != PartialDate(year=2020, month=5, day=21)


def test_a_meeting_planned_for_a_month_is_dated_and_looks_ahead() -> None:
    found = _meetings(
        "Secretary of State Antony Blinken met Foreign Minister Chung Eui-yong on Monday. They "
        "also discussed the trilateral foreign ministers' meeting planned for August."
    )
    assert sorted((str(m.date), m.status.value) for m in found) == [
        ("2021-06-21", "held"),
        ("2021-08", "planned"),
    ]
    assert dates("The summit in Seoul set for May 21 will be the first.", dt.date(2022, 5, 13)) == [
        "2022-05-21"
    ]


def test_the_nth_of_last_or_next_month_is_in_that_month() -> None:
    assert dates("They followed up on the summit on the 25th of last month.") == ["2021-05-25"]
    assert dates("They will meet again on the 3rd of next month.") == ["2021-07-03"]


def test_a_date_inside_a_relative_clause_dates_its_own_verb_not_the_meeting() -> None:
    (talks,) = meetings(
        "Noh Kyu-duk, who returned from Beijing on Saturday, will meet Sung Kim in Seoul on Monday."
    )
    assert talks.date == PartialDate(year=2021, month=6, day=28)
    (sit_down,) = meetings(
        "Chung Eui-yong, who landed in London on Tuesday, sat down with Antony Blinken "
        "on Wednesday."
    )
    assert sit_down.date == PartialDate(year=2021, month=6, day=23)


def test_earlier_in_the_day_is_the_day_of_the_meeting_just_told_not_of_the_report() -> None:
    text = (
        "Foreign Minister Chung Eui-yong met Secretary of State Antony Blinken on Tuesday, the "
        "ministry said Wednesday. Chung also held talks with Sung Kim earlier in the day."
    )
    dates = {frozenset(who(m)): m.date for m in meetings(text)}
    assert dates[frozenset({"chung-eui-yong", "sung-kim"})] == PartialDate(
        year=2021, month=6, day=22
    )
    text = (
        "Sung Kim held talks with Noh Kyu-duk in Seoul on Monday, his office said on Tuesday. "
        "On the same day, Kim met Choi Jong-kun."
    )
    dates = {frozenset(who(m)): m.date for m in meetings(text)}
    assert dates[frozenset({"sung-kim", "choi-jong-kun"})] == PartialDate(
        year=2021, month=6, day=21
    )


def test_a_long_title_between_will_and_the_meeting_word_keeps_the_meeting_planned() -> None:
    (trilateral,) = meetings(
        "Vice Foreign Minister Choi Jong-kun will host U.S. Deputy Secretary of State Wendy "
        "Sherman and Japanese Vice Minister for Foreign Affairs Takeo Akiba for a trilateral "
        "meeting, the ministry said."
    )
    assert trilateral.status.value == "planned"
    (call,) = meetings(
        "Sung Kim will join South Korean Special Representative for Korean Peninsula Peace and "
        "Security Affairs Noh Kyu-duk for a video conference, the department said."
    )
    assert call.status.value == "planned"


def test_also_met_takes_the_day_of_the_meeting_told_before_not_of_its_own_clause() -> None:
    for text, day in (
        (
            "Chung Eui-yong met Antony Blinken on Monday. Chung, who arrived in London on "
            "Sunday for a three-day visit, also held talks with Sung Kim.",
            21,
        ),
        (
            "Noh Kyu-duk sat down with Sung Kim on Tuesday. Noh, who landed on Saturday for a "
            "four-day trip, also met Wendy Sherman.",
            22,
        ),
    ):
        dated = {frozenset(who(m)): m.date for m in meetings(text)}
        also = [d for people, d in dated.items() if people & {"sung-kim", "wendy-sherman"}]
        assert PartialDate(year=2021, month=6, day=day) in also, text


def test_the_talks_a_planned_trip_is_for_are_planned_too() -> None:
    for text in (
        "Antony Blinken will then travel to Anchorage, Alaska, for talks with Chinese officials.",
        "Sung Kim plans to fly to Tokyo next week for a meeting with Takehiro Funakoshi.",
    ):
        found = meetings(text)
        assert found, text
        assert {m.status.value for m in found} == {"planned"}, text


def test_the_same_day_is_told_in_any_case_and_script() -> None:
    from koreadip.extract.timing import tells_the_same_day

    # made-up sentences
    assert tells_the_same_day("On The Same Day, he met the envoy.")
    assert tells_the_same_day("Kim later sat down with Park — in Seoul.")  # not ASCII
    assert not tells_the_same_day("The talks came later than planned, he said.")
    assert not tells_the_same_day("He met Park on Tuesday.")


def test_every_call_off_holds_one_of_its_words() -> None:
    import re

    from koreadip.extract import status

    runs = re.findall(r"[a-z][a-z ]*", status.CALL_OFF.lower.pattern)
    pieces = sorted({p for r in runs for p in (r, *r.split(), *(w + " " for w in r.split()))})
    rng = __import__("random").Random(8)
    hits = 0
    for _ in range(5000):
        text = "".join(rng.choice([*pieces, " ", ", ", "s", "ed", "ing"]) for _ in range(7))
        if status.CALL_OFF.lower.search(text):
            hits += 1
            assert any(w in text for w in status.CALL_OFF_WORDS), text
    assert hits > 100
    # "a phone call", "through Friday": no call-off word, no scan
    assert not any(w in "a phone call on friday and through june" for w in status.CALL_OFF_WORDS)


def test_a_run_of_names_folds_as_two_or_more_capitalised_words_did() -> None:
    import random
    import re

    from koreadip.extract.status import _NAME_RUN

    written = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+)?){2,}")
    pieces = ["A", "Bb ", "of ", "the ", "for ", " ", "  ", "x", "Mr. ", "O'Neil ", "Kim’s ",
              "-", "\n", "C.", "For ", "ofthe ", "will "]  # fmt: skip
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _NAME_RUN.sub("X ", text) == written.sub("X ", text), text


# the two lists as first written, one alternative after another: the grouped patterns must find
# what these find
_FUTURE_WRITTEN = (
    r"\b(?:will|shall|is to|are to|to be held|to hold|to meet|to visit|to sit down|"
    r"to take place|to travel|plans? to|planning to|planned|scheduled|set to|set for|"
    r"expected to|upcoming|next (?:week|month|year)|is due|are due|slated|tomorrow|"
    r"later this (?:week|month|year)|head(?:s|ed)? (?:to|for)|heading (?:to|for)|leaves for|"
    r"left for|ahead of|going to|depart(?:s|ed|ing)? for|to attend|"
    r"(?:date|venue|agenda|preparations?|prepare|preparing) (?:and venue )?for|for holding|"
    r"within (?:a|the next|\w+) (?:days?|weeks?|months?)|anticipated|agreed to (?:hold|meet)|"
    r"would (?:\w+ )?(?:travel|visit|meet|hold|host|attend|go|fly|head)|"
    r"(?:to make|to ensure) (?:a |the )?success(?:ful)?|for a successful)\b"
)
_BARRIER_WRITTEN = (
    r"\b(?:after|before|since|until|till|following|ahead of|prior to|less than|took office|"
    r"taking office|amid|while|comes as|came as|inauguration)\b"
)


def test_grouped_future_and_barrier_words_find_what_the_written_lists_find() -> None:
    import random
    import re

    from koreadip.extract.status import FUTURE
    from koreadip.extract.timing import DATE_BARRIER

    rng = random.Random(2)
    for grouped, written in ((FUTURE, _FUTURE_WRITTEN), (DATE_BARRIER, _BARRIER_WRITTEN)):
        plain = re.compile(written, re.I)
        words = [*re.findall(r"[a-z]+", written), "X", "ſhall", "İs", "WILL", " ", ",", "\n"]
        for _ in range(20000):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in grouped.finditer(text)] == expected, text
            assert [m.span() for m in grouped.pattern.finditer(text)] == expected, text

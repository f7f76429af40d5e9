"""Meetings: dates, modality, place, status, participants, and what is not a meeting.

Every sentence here is a made-up sample written for these tests, not taken from a real article;
the officials are real people, the events are invented.  Unless a test says otherwise the texts
are read on Thursday 24 June 2021.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import koreadip
from koreadip import Meeting, MeetingStatus, Modality, PartialDate

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
THURSDAY = dt.date(2021, 6, 24)
NOH, KIM = "noh-kyu-duk", "sung-kim"


def on(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    return PartialDate(year=year, month=month, day=day)


def meetings(text: str, reference: dt.date | None = THURSDAY) -> list[Meeting]:
    return list(koreadip.parse(text, reference_date=reference).meetings)


def only(text: str, reference: dt.date | None = THURSDAY) -> Meeting:
    found = meetings(text, reference)
    assert len(found) == 1, found
    return found[0]


def who(meeting: Meeting) -> set[str]:
    return {p.official_id for p in meeting.participants}


def test_met_in_a_city_on_a_weekday_is_held_in_person_there_on_the_resolved_date() -> None:
    m = only(
        "Special Representative Sung Kim met Special Representative Noh Kyu-duk in Seoul on "
        "Tuesday to discuss North Korea."
    )
    assert m.date == on(2021, 6, 22)
    assert m.status is MeetingStatus.HELD
    assert m.modality is Modality.IN_PERSON
    assert m.location == "Seoul"
    assert who(m) == {NOH, KIM}
    assert set(m.countries) == {"KR", "US"}


def test_phone_talks_are_a_phone_meeting_without_a_location() -> None:
    m = only(
        "Foreign Minister Chung Eui-yong held phone talks with Secretary of State Antony Blinken "
        "on Tuesday."
    )
    assert m.modality is Modality.PHONE
    assert m.location is None
    assert m.date == on(2021, 6, 22)
    assert who(m) == {"chung-eui-yong", "antony-blinken"}


def test_video_conference_is_a_video_meeting() -> None:
    m = only(
        "Noh Kyu-duk and Sung Kim held a video conference on Wednesday to discuss the North's "
        "missile launches."
    )
    assert m.modality is Modality.VIDEO
    assert m.date == on(2021, 6, 23)
    assert who(m) == {NOH, KIM}


def test_phone_call_on_a_day_of_month_in_a_translation_is_dated_from_the_reference() -> None:
    text = (FIXTURES / "translation_garbled.txt").read_text(encoding="utf-8")
    m = only(text, dt.date(2021, 6, 28))
    assert m.modality is Modality.PHONE
    assert m.date == on(2021, 6, 25)
    assert who(m) == {NOH, KIM}


def test_will_meet_next_week_is_planned_with_month_precision() -> None:
    m = only(
        "Noh Kyu-duk will meet Sung Kim in Washington next week, the ministry said.",
        dt.date(2021, 6, 9),
    )
    assert m.status is MeetingStatus.PLANNED
    assert m.date == on(2021, 6)
    assert m.location == "Washington"
    assert who(m) == {NOH, KIM}


def test_talks_next_month_are_planned_in_the_following_month() -> None:
    m = only(
        "Foreign Minister Chung Eui-yong will hold talks with Secretary of State Antony Blinken "
        "in Washington next month.",
        dt.date(2021, 6, 9),
    )
    assert m.status is MeetingStatus.PLANNED
    assert m.date == on(2021, 7)


def test_canceled_trip_is_a_cancelled_meeting() -> None:
    m = only(
        "Secretary of State Mike Pompeo's trip to Pyongyang was canceled on Friday.",
        dt.date(2018, 8, 25),
    )
    assert m.status is MeetingStatus.CANCELLED
    assert m.location == "Pyongyang"
    assert "mike-pompeo" in who(m)


def test_person_who_did_not_participate_is_excluded() -> None:
    m = only(
        "Special Representative Noh Kyu-duk held talks with Special Representative Sung Kim in "
        "Seoul on Monday. Japanese envoy Takehiro Funakoshi, who had been invited, did not "
        "participate in the talks."
    )
    assert who(m) == {NOH, KIM}


def test_person_who_did_not_participate_in_the_same_sentence_is_excluded() -> None:
    m = only(
        "Special Representative Noh Kyu-duk held talks with Special Representative Sung Kim in "
        "Seoul on Monday, while Japanese envoy Takehiro Funakoshi, who was in Tokyo at the time, "
        "did not participate."
    )
    assert who(m) == {NOH, KIM}
    assert "JP" not in m.countries


def test_person_the_meeting_was_held_without_is_excluded() -> None:
    m = only("Noh Kyu-duk met Sung Kim in Seoul on Monday without Takehiro Funakoshi.")
    assert who(m) == {NOH, KIM}


def test_the_meeting_came_amid_refers_back_and_adds_no_second_meeting() -> None:
    m = only(
        "Noh Kyu-duk met Sung Kim in Seoul on Monday.\n\n"
        "The meeting came amid concerns that the North may conduct a nuclear test."
    )
    assert who(m) == {NOH, KIM}
    assert m.date == on(2021, 6, 21)


def test_talks_between_x_and_y_have_both_as_participants() -> None:
    m = only("The talks between Noh Kyu-duk and Sung Kim took place in Seoul on Monday.")
    assert who(m) == {NOH, KIM}
    assert m.location == "Seoul"
    assert m.date == on(2021, 6, 21)


def test_a_meeting_between_titled_officials_was_held() -> None:
    m = only(
        "A meeting between Foreign Minister Chung Eui-yong and Secretary of State Antony Blinken "
        "was held in Seoul on Monday."
    )
    assert who(m) == {"chung-eui-yong", "antony-blinken"}
    assert m.status is MeetingStatus.HELD


def test_a_press_conference_is_not_a_meeting() -> None:
    assert meetings("Sung Kim held a press conference in Seoul on Monday.") == []


def test_meeting_with_reporters_is_not_a_meeting() -> None:
    assert (
        meetings("Sung Kim met with reporters in Seoul on Monday after arriving from Tokyo.") == []
    )


def test_meeting_where_neither_the_us_nor_south_korea_takes_part_is_dropped() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Beijing "
        "on Monday."
    )
    assert meetings(text) == []
    assert {o.country for o in koreadip.parse(text, reference_date=THURSDAY).officials} == {
        "CN",
        "RU",
    }


def test_several_mentions_of_one_event_are_one_meeting() -> None:
    m = only(
        "Noh Kyu-duk met Sung Kim in Seoul on Monday.\n\n"
        "At the meeting, Noh and Kim discussed humanitarian aid.\n\n"
        "The two envoys met for about 90 minutes, Noh's office said."
    )
    assert who(m) == {NOH, KIM}
    assert m.date == on(2021, 6, 21)
    assert m.location == "Seoul"


def test_media_note_and_remarks_about_one_meeting_give_one_meeting_citing_both_parts() -> None:
    text = (FIXTURES / "state_department_two_parts.txt").read_text(encoding="utf-8")
    dossier = koreadip.parse(text)
    assert len(dossier.meetings) == 1
    m = dossier.meetings[0]
    assert m.date == on(2019, 11, 20)
    assert m.location == "Washington"
    assert m.modality is Modality.IN_PERSON
    assert who(m) == {"mike-pompeo", "kang-kyung-wha"}
    assert set(m.sources) == {s.id for s in dossier.sources}


def test_a_wire_story_meeting_on_monday_is_dated_from_the_reference() -> None:
    text = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
    m = only(text, dt.date(2018, 11, 6))
    assert m.date == on(2018, 11, 5)
    assert m.location == "Washington"
    assert who(m) == {"lee-do-hoon", "stephen-biegun"}


def test_without_any_reference_date_a_weekday_is_left_undated() -> None:
    m = only("Noh Kyu-duk met Sung Kim in Seoul on Monday.", None)
    assert m.date is None
    assert who(m) == {NOH, KIM}


def test_every_meeting_carries_evidence_inside_the_text() -> None:
    text = "Foreign Minister Chung Eui-yong held phone talks with Antony Blinken on Tuesday."
    m = only(text)
    assert m.evidence
    assert all("talks" in text[e.start : e.end] for e in m.evidence)


def test_a_host_receiving_a_visitor_is_a_meeting_of_both() -> None:
    m = only("On Tuesday, Special Representative Sung Kim hosted Noh Kyu-duk at the ministry.")
    assert who(m) == {KIM, NOH}
    assert m.date == on(2021, 6, 22)
    assert m.modality is Modality.IN_PERSON
    assert meetings("Sung Kim hosted a dinner on Tuesday to mark the anniversary.") == []


def test_a_courtesy_call_is_an_in_person_meeting_of_the_caller_and_the_called_on() -> None:
    m = only("Noh Kyu-duk paid a courtesy call on Sung Kim on Monday.")
    assert who(m) == {NOH, KIM}
    assert m.modality is Modality.IN_PERSON


def test_people_who_also_attended_the_meeting_join_the_meeting_already_reported() -> None:
    m = only(
        "Sung Kim and Noh Kyu-duk met in Seoul on Monday.\n\n"
        "Deputy Secretary of State Wendy Sherman also attended the meeting."
    )
    assert who(m) == {KIM, NOH, "wendy-sherman"}


def test_the_two_are_the_pair_just_reported_and_also_marks_a_further_meeting() -> None:
    found = meetings(
        "Sung Kim met Noh Kyu-duk in Washington on Monday.\n\n"
        "The two also held a trilateral meeting with Japan's Director-General Takehiro Funakoshi"
        " on Tuesday."
    )
    assert [who(m) for m in found] == [{KIM, NOH}, {KIM, NOH, "takehiro-funakoshi"}]
    assert [m.date for m in found] == [on(2021, 6, 21), on(2021, 6, 22)]


def test_spoke_with_an_adverb_between_is_a_phone_call() -> None:
    m = only("Special Representative Sung Kim spoke today with Noh Kyu-duk.")
    assert who(m) == {KIM, NOH}
    assert m.modality is Modality.PHONE
    assert m.date == on(2021, 6, 24)
    assert meetings("Sung Kim spoke today to reporters about Noh Kyu-duk.") == []


def test_a_side_named_after_with_joins_the_pair_just_reported() -> None:
    found = meetings(
        "Sung Kim spoke by phone with Noh Kyu-duk on Monday.\n\n"
        "The two also agreed to hold a trilateral meeting with Japan next month."
    )
    assert [m.status for m in found] == [MeetingStatus.HELD, MeetingStatus.PLANNED]
    assert who(found[1]) == {KIM, NOH}
    assert found[1].countries == ("US", "KR", "JP")


def test_a_visit_to_a_capital_meets_its_country() -> None:
    m = only("Noh Kyu-duk will visit Washington next week.")
    assert set(m.countries) == {"KR", "US"}


def test_the_meeting_referred_to_after_a_quote_saying_will_is_the_one_held() -> None:
    m = only(
        "Sung Kim held talks with Noh Kyu-duk in Seoul.\n\n"
        '"We will stay in close touch," Noh told reporters after the meeting.'
    )
    assert m.status is MeetingStatus.HELD
    assert who(m) == {KIM, NOH}


def test_the_guest_of_an_upcoming_visit_is_not_joined_by_who_welcomed_it() -> None:
    found = meetings("Sung Kim welcomed the upcoming visit of Noh Kyu-duk to Washington.")
    assert [who(m) for m in found] == [{NOH}]


def test_the_day_of_the_saying_yields_to_the_day_of_the_meeting() -> None:
    m = only(
        "Sung Kim said Tuesday he will meet Noh Kyu-duk in Seoul on July 8 for their next talks."
    )
    assert m.date == on(2021, 7, 8)
    assert m.status is MeetingStatus.PLANNED


def test_a_summit_discussed_in_a_phone_call_is_a_call_of_the_subjects_not_of_the_source() -> None:
    m = only(
        "Sung Kim and Noh Kyu-duk discussed the summit in a phone call on Monday, "
        "ministry spokesman Choi Young-sam told reporters."
    )
    assert m.modality is Modality.PHONE
    assert who(m) == {KIM, NOH}


def test_a_compound_of_surnames_names_the_sides_of_a_past_summit() -> None:
    found = meetings(
        "Donald Trump said he hopes to see Kim Jong Un again.\n\n"
        "The first Trump-Kim summit was held in Singapore in June 2018.",
        dt.date(2019, 2, 5),
    )
    assert [(who(m), m.location, m.date) for m in found] == [
        ({"donald-trump", "kim-jong-un"}, "Singapore", on(2018, 6))
    ]


def test_stalled_talks_are_no_meeting() -> None:
    assert meetings("Sung Kim blamed months of stalled nuclear talks for the impasse.") == []


def test_a_visit_dated_next_month_is_not_the_frame_of_talks_already_held() -> None:
    found = meetings(
        "Sung Kim held talks with Noh Kyu-duk in Washington.\n\n"
        "Sung Kim is expected to visit Seoul again next month."
    )
    assert [(m.status, m.date, who(m)) for m in found] == [
        (MeetingStatus.HELD, None, {KIM, NOH}),
        (MeetingStatus.PLANNED, on(2021, 7), {KIM}),
    ]


def test_on_the_same_day_is_the_day_of_the_meeting_just_read() -> None:
    found = meetings(
        "Sung Kim met Noh Kyu-duk in Seoul on the 21st.\n\n"
        "On the same day, Sung Kim also held talks with Takehiro Funakoshi."
    )
    assert [m.date for m in found] == [on(2021, 6, 21), on(2021, 6, 21)]


def test_someone_who_joined_the_talks_later_in_the_day_joins_those_talks() -> None:
    m = only(
        "Sung Kim met Noh Kyu-duk in Washington on Tuesday.\n\n"
        "Takehiro Funakoshi joined the talks by phone later in the day."
    )
    assert who(m) == {KIM, NOH, "takehiro-funakoshi"}
    assert m.date == on(2021, 6, 22)


def test_the_dateline_city_sets_an_unplaced_meeting_and_wins_a_tie() -> None:
    text = (
        "WASHINGTON, June 24 (Yonhap) -- Sung Kim met Noh Kyu-duk on Tuesday.\n\n"
        "The two had met in Tokyo last month."
    )
    dossier = koreadip.parse(text, reference_date=THURSDAY)
    assert [m.location for m in dossier.meetings] == ["Washington", "Tokyo"]


def test_a_summit_referred_to_with_none_read_before_is_a_meeting_and_no_phone_call() -> None:
    found = meetings(
        "Sung Kim talked to Noh Kyu-duk by phone on Monday.\n\n"
        "The two said the latest bilateral summit talks between the U.S. and South Korea "
        "had built trust."
    )
    assert [(m.modality, who(m)) for m in found] == [
        (Modality.PHONE, {KIM, NOH}),
        (Modality.IN_PERSON, set()),
    ]
    assert set(found[1].countries) == {"US", "KR"}


def test_a_meeting_before_or_after_another_of_the_same_sentence_is_on_its_day() -> None:
    found = meetings(
        "Sung Kim met Noh Kyu-duk on Monday morning before sitting down with Takehiro Funakoshi."
    )
    assert [m.date for m in found] == [on(2021, 6, 21), on(2021, 6, 21)]


def test_meetings_over_a_span_of_days_are_dated_to_the_month() -> None:
    m = only("Sung Kim will meet Noh Kyu-duk in Seoul from Tuesday through Thursday next week.")
    assert m.date == on(2021, 6)


def test_trigger_words_of_a_run_in_heading_report_no_meeting_of_their_own() -> None:
    found = meetings(
        "Envoys Meet in Washington Sung Kim met Noh Kyu-duk in Washington on Tuesday.\n"
        "Japan Joins by Phone Takehiro Funakoshi joined the talks by phone."
    )
    assert [who(m) for m in found] == [{KIM, NOH, "takehiro-funakoshi"}]


def test_a_meeting_with_one_side_only_is_left_out() -> None:
    assert meetings("Families of abductees met with Unification Minister Kim Yung-ho.") == []


def test_a_visit_here_meets_the_country_the_text_is_set_in_and_is_the_possessors() -> None:
    found = meetings(
        "SEOUL, Nov. 14 (Yonhap) -- Joseph Yun will visit next week, weeks after "
        "President Donald Trump's state visit here, officials in Seoul said.",
        dt.date(2017, 11, 14),
    )
    assert [who(m) for m in found] == [{"joseph-yun"}, {"donald-trump"}]
    assert all(set(m.countries) == {"US", "KR"} for m in found)


def test_departing_on_one_day_to_attend_a_summit_on_the_next_dates_the_summit() -> None:
    m = only(
        "Noh Kyu-duk departed for Tokyo on Thursday to attend talks with Sung Kim and "
        "Takehiro Funakoshi in Tokyo on Friday."
    )
    assert m.date == on(2021, 6, 25)
    assert m.status is MeetingStatus.PLANNED


def test_a_meeting_at_an_earlier_summit_elsewhere_is_its_own_meeting_dated_by_the_summit() -> None:
    found = meetings(
        "Sung Kim will meet Noh Kyu-duk in Seoul on Friday.\n\n"
        "He last met Noh at the ASEAN summit in Jakarta in May."
    )
    assert [(m.location, m.date, m.status) for m in found] == [
        ("Seoul", on(2021, 6, 25), MeetingStatus.PLANNED),
        ("Jakarta", on(2021, 5), MeetingStatus.HELD),
    ]


def test_a_day_told_in_the_past_tense_stays_in_the_past_in_a_sentence_about_plans() -> None:
    found = meetings(
        "Sung Kim arrived in Seoul on the 22nd for a visit and plans to meet Noh Kyu-duk "
        "on the 25th."
    )
    assert [(m.date, m.status) for m in found] == [
        (on(2021, 6, 22), MeetingStatus.HELD),  # the visit
        (on(2021, 6, 25), MeetingStatus.PLANNED),
    ]
    m = only("Sung Kim arrived in Seoul on the 22nd and met Noh Kyu-duk; he plans to return.")
    assert m.date == on(2021, 6, 22)


def test_the_two_who_held_a_call_are_the_pair_of_the_last_meeting_held() -> None:
    found = meetings(
        "Sung Kim met Noh Kyu-duk in Seoul on Monday.\n\n"
        "Sung Kim plans to meet Kim Gunn on Friday.\n\n"
        "The two envoys also held a video conference with Takehiro Funakoshi."
    )
    assert who(found[-1]) == {KIM, NOH, "takehiro-funakoshi"}


def test_we_in_a_transcript_turn_are_the_speaker_and_the_guest_the_turn_named() -> None:
    text = (
        "SECRETARY BLINKEN: Good afternoon. It is a pleasure to welcome Foreign Minister "
        "Park Jin. We just concluded a very productive meeting.\n\n"
        "QUESTION: Thank you. A question on sanctions?\n"
    )
    m = only(text, dt.date(2022, 6, 13))
    assert who(m) == {"antony-blinken", "park-jin"}


def test_a_working_dinner_is_an_in_person_meeting() -> None:
    m = only("Sung Kim and Noh Kyu-duk had a working dinner on Tuesday.")
    assert (who(m), m.modality, m.date) == ({KIM, NOH}, Modality.IN_PERSON, on(2021, 6, 22))


def test_a_day_inside_this_week_dates_the_meeting_to_the_day() -> None:
    m = only("Sung Kim will fly to Seoul this week for talks with Noh Kyu-duk on Friday.")
    assert m.date == on(2021, 6, 25)


def test_an_inter_korean_summit_referred_to_alone_is_a_meeting_of_the_two_koreas() -> None:
    m = only(
        "The inter-Korean summit took place at Panmunjom on April 27 last year.",
        dt.date(2019, 4, 10),
    )
    assert (m.countries, m.date, m.location) == (("KR", "KP"), on(2018, 4, 27), "Panmunjom")


def test_talks_that_had_been_scheduled_and_were_canceled_are_cancelled() -> None:
    m = only(
        "The talks between Sung Kim and Noh Kyu-duk that had been scheduled for Friday "
        "were canceled."
    )
    assert (m.status, m.date) == (MeetingStatus.CANCELLED, on(2021, 6, 25))
    held = only("Sung Kim met Noh Kyu-duk on Monday, a day after a planned dinner was canceled.")
    assert held.status is MeetingStatus.HELD


def test_a_visit_to_another_country_is_not_placed_in_the_city_the_text_is_set_in() -> None:
    for text in (
        "TOKYO -- Secretary of State Antony Blinken held talks in Tokyo on Wednesday with "
        "Japanese officials. His visit to South Korea, planned for Friday, was postponed, "
        "the State Department said. Tokyo hosted the talks for a second year.",
        "BEIJING -- Special Representative Stephen Biegun met Chinese officials in Beijing on "
        "Tuesday. Biegun's trip to South Korea, which had been set for Thursday, was called "
        "off, diplomats said. Beijing also hosted a Russian envoy.",
    ):
        (trip,) = [m for m in meetings(text) if m.status is MeetingStatus.CANCELLED]
        assert set(trip.countries) == {"US", "KR"}, text
        assert trip.location is None, text
    # a visit to the country the text is set in is still placed in its city
    seoul = (
        "SEOUL -- Deputy Secretary Wendy Sherman will visit South Korea next week, the ministry "
        "in Seoul said on Thursday."
    )
    assert only(seoul).location == "Seoul"


def test_a_courtesy_to_the_person_addressed_is_the_meeting_under_way_not_a_plan() -> None:
    # remarks before a meeting: the greeting is no second, planned meeting
    for text in (
        "DEPUTY SECRETARY SHERMAN: Welcome, Vice Minister Choi. It is a great pleasure to meet "
        "with you again here in Washington.",
        "FOREIGN MINISTER PARK: Thank you, Secretary Blinken. It is good to be back at the "
        "State Department and to meet you and your team.",
    ):
        assert all(m.status is not MeetingStatus.PLANNED for m in meetings(text)), text
    # a meeting to come, told to the person addressed, is still a plan
    plan = only(
        "SECRETARY BLINKEN: Minister Park, we look forward to meeting you in Seoul next month.",
        dt.date(2022, 6, 13),
    )
    assert plan.status is MeetingStatus.PLANNED


def test_the_same_day_is_told_by_its_words_whatever_the_case() -> None:
    from koreadip.extract.timing import tells_the_same_day as _tells_the_same_day

    # made-up sentences
    assert _tells_the_same_day("On the same day, he also met the minister.")
    assert _tells_the_same_day("EARLIER IN THE DAY, Kim met Lee.")
    assert _tells_the_same_day("Noh later sat down with the envoy.")
    assert _tells_the_same_day("Plus tard — later in the day, Kim met Lee.")  # not ASCII
    assert not _tells_the_same_day("He met the minister on Tuesday.")
    assert not _tells_the_same_day("They met later that week.")


def test_bilateral_is_told_by_its_words_whatever_the_case() -> None:
    from koreadip.extract.sides import bilateral as _bilateral

    # made-up windows
    for text in ("held BILATERAL talks", "a One-on-One meeting", "a tete-a-tete", "one-to-one"):
        assert _bilateral(text, 0, len(text)), text
    assert not _bilateral("held trilateral talks", 0, 21)
    assert not _bilateral("a one-off meeting", 0, 17)


def test_an_ordinal_before_a_trigger_is_read_in_any_case_and_script() -> None:
    from koreadip.extract.sentence_meetings import _ordinal

    # made-up leads, as they stand before a trigger
    assert _ordinal("held their SECOND ")
    assert _ordinal("the 3rd round of ")
    assert _ordinal("their first café ")  # not ASCII: the pattern alone
    assert not _ordinal("held their ")
    assert not _ordinal("the first, then ")

"""Statements: quotes and their speakers, transcript turns, questions and stage directions.

Every sentence here is a made-up sample written for these tests, not taken from a real article;
the officials are real people, the words put in their mouths are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import koreadip
from koreadip import Statement, StatementKind
from koreadip.extract.statements import _inside_any

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
FEB_2019 = dt.date(2019, 2, 12)


def statements(text: str, reference: dt.date | None = FEB_2019) -> list[Statement]:
    return list(koreadip.parse(text, reference_date=reference).statements)


def only(text: str, reference: dt.date | None = FEB_2019) -> Statement:
    found = statements(text, reference)
    assert len(found) == 1, found
    return found[0]


def test_quote_with_attribution_after_it_names_the_speaker_and_drops_the_trailing_comma() -> None:
    s = only(
        '"We will keep the door to dialogue open," Special Representative Stephen Biegun said '
        "on Monday."
    )
    assert s.text == "We will keep the door to dialogue open"
    assert s.speaker_id == "stephen-biegun"
    assert s.speaker == "Stephen Biegun"
    assert s.kind is StatementKind.QUOTE


def test_quote_with_said_and_the_speaker_after_it() -> None:
    s = only(
        '"The sanctions will remain in place until the North denuclearizes," said Secretary of '
        "State Mike Pompeo."
    )
    assert s.speaker_id == "mike-pompeo"
    assert s.text == "The sanctions will remain in place until the North denuclearizes"


def test_quote_with_attribution_before_it() -> None:
    s = only('Foreign Minister Kang Kyung-wha said, "The alliance is as strong as ever."')
    assert s.speaker_id == "kang-kyung-wha"
    assert s.text == "The alliance is as strong as ever."


def test_curly_quote_attributed_to_a_surname_resolves_to_the_person_named_earlier() -> None:
    text = (
        "Kang Kyung-wha met Stephen Biegun in Seoul on Monday.\n\n"
        "\u201cWe had a very productive discussion,\u201d Biegun told reporters afterwards."
    )
    s = only(text)
    assert s.speaker_id == "stephen-biegun"
    assert s.text == "We had a very productive discussion"
    e = s.evidence[0]
    assert text[e.start : e.end] == s.text


def test_attribution_ending_in_a_colon_carries_across_a_paragraph_break() -> None:
    s = only(
        "Special Representative Lee Do-hoon told reporters at Incheon airport on Tuesday:\n\n"
        '"We have agreed to speed up the working group consultations."'
    )
    assert s.speaker_id == "lee-do-hoon"
    assert s.text == "We have agreed to speed up the working group consultations."


def test_he_said_refers_to_the_person_named_in_the_paragraph_before() -> None:
    s = only(
        "Lee Do-hoon spoke to reporters at the airport on Tuesday.\n\n"
        '"We have agreed to speed up the consultations," he said.'
    )
    assert s.speaker_id == "lee-do-hoon"


def test_the_source_said_is_resolved_to_the_earlier_source_at_the_ministry() -> None:
    s = only(
        "A source at Seoul's foreign ministry said the envoys would meet again soon.\n\n"
        '"The two sides are close to an agreement on the schedule," the source said.'
    )
    assert s.speaker == "A source at Seoul's foreign ministry"
    assert s.speaker_id is None


def test_the_source_said_in_a_wire_story_names_the_ministry_source() -> None:
    text = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
    s = only(text, dt.date(2018, 11, 6))
    assert s.speaker == "a source at Seoul's foreign ministry"
    assert s.text == "The mood was very positive"


def test_according_to_an_agency_is_recorded_as_who_reported_the_quote() -> None:
    found = statements(
        "Lee Do-hoon met Stephen Biegun in Seoul on Monday.\n\n"
        '"The talks were constructive," Lee said, according to Yonhap News Agency.'
    )
    assert [(s.speaker_id, s.via) for s in found] == [("lee-do-hoon", "Yonhap News Agency")]


def test_quote_in_a_translation_is_attributed_through_the_surname() -> None:
    text = (FIXTURES / "translation_garbled.txt").read_text(encoding="utf-8")
    s = only(text, dt.date(2021, 6, 28))
    assert s.speaker_id == "noh-kyu-duk"
    assert s.text == "We will continue close cooperation"


# ------------------------------------------------------------------ transcripts


def pompeo_transcript() -> list[Statement]:
    text = (FIXTURES / "state_department_two_parts.txt").read_text(encoding="utf-8")
    return list(koreadip.parse(text).statements)


def test_secretary_label_resolves_to_the_secretary_in_office_on_the_date() -> None:
    turns = [s for s in pompeo_transcript() if s.kind is StatementKind.TRANSCRIPT_TURN]
    assert len(turns) == 2
    assert {s.speaker_id for s in turns} == {"mike-pompeo"}
    assert {s.speaker for s in turns} == {"Mike Pompeo"}


def test_question_turn_has_kind_question_and_no_speaker() -> None:
    questions = [s for s in pompeo_transcript() if s.kind is StatementKind.QUESTION]
    assert len(questions) == 1
    assert questions[0].speaker_id is None
    assert questions[0].text.startswith("Mr. Secretary, will Special Representative Biegun")


def test_stage_directions_are_dropped_from_a_turn() -> None:
    first = pompeo_transcript()[0]
    assert "Laughter" not in first.text
    assert first.text == (
        "Good afternoon. I just finished a long conversation with Minister Kang. We covered a "
        "lot of ground, and I am grateful for her time."
    )


def test_turns_keep_their_order_and_end_at_the_next_label() -> None:
    kinds = [s.kind for s in pompeo_transcript()]
    assert kinds == [
        StatementKind.TRANSCRIPT_TURN,
        StatementKind.QUESTION,
        StatementKind.TRANSCRIPT_TURN,
    ]
    assert pompeo_transcript()[-1].text == (
        "He will be in the region soon. I will leave the details to him."
    )


def test_mr_label_resolves_through_the_roster_and_the_date() -> None:
    found = statements(
        "Department Press Briefing\n\n"
        "MR PRICE: Good afternoon. I have one item at the top.\n\n"
        "QUESTION: Thank you, Ned. On North Korea?\n\n"
        "MR PRICE: We remain open to dialogue with the DPRK. (Crosstalk.)",
        dt.date(2021, 5, 4),
    )
    assert [(s.kind, s.speaker_id) for s in found] == [
        (StatementKind.TRANSCRIPT_TURN, "ned-price"),
        (StatementKind.QUESTION, None),
        (StatementKind.TRANSCRIPT_TURN, "ned-price"),
    ]
    assert found[-1].text == "We remain open to dialogue with the DPRK."


def test_moderator_turn_is_a_question_and_secretary_blinken_is_resolved() -> None:
    found = statements(
        "MODERATOR: Our next question comes from the line of a reporter.\n\n"
        "SECRETARY BLINKEN: Thanks very much. We had good talks in Seoul.",
        dt.date(2021, 3, 18),
    )
    assert [(s.kind, s.speaker_id) for s in found] == [
        (StatementKind.QUESTION, None),
        (StatementKind.TRANSCRIPT_TURN, "antony-blinken"),
    ]


def test_ambassador_label_resolves_to_the_ambassador_of_the_time() -> None:
    found = statements(
        "AMBASSADOR HARRIS: Thank you all for coming.\n\n"
        "QUESTION: Ambassador, is the alliance in trouble?\n\n"
        "AMBASSADOR HARRIS: No. (Laughter.) The alliance is strong.",
        dt.date(2019, 11, 20),
    )
    assert [s.speaker_id for s in found] == ["harry-harris", None, "harry-harris"]
    assert found[-1].text == "No. The alliance is strong."


def test_a_bare_surname_quoted_after_a_namesakes_statement_is_the_same_speaker() -> None:
    found = statements(
        "Kim Yo Jong, the sister of leader Kim Jong Un, issued a statement on Sunday.\n\n"
        '"We will respond to any provocation," she said.\n\n'
        'State media quoted Kim as saying the North "will never give up its deterrent."'
    )
    assert [s.speaker for s in found] == ["Kim Yo Jong", "Kim Yo Jong"]


def test_a_quoted_word_or_short_phrase_is_no_statement() -> None:
    assert statements('Sung Kim called the alliance "the linchpin" of peace.') == []
    (found,) = statements('Sung Kim said, "The alliance is the linchpin of peace."')
    assert found.text == "The alliance is the linchpin of peace."


def test_a_title_before_a_shared_surname_picks_the_namesake_with_that_title() -> None:
    found = statements(
        "Kim Gunn, head of the Korean Peninsula Peace Headquarters, met Sung Kim, the U.S. "
        "special representative, in Seoul.\n\n"
        'Headquarters Chief Kim said, "The door to dialogue remains open to the North."',
        dt.date(2022, 6, 3),
    )
    assert [s.speaker for s in found] == ["Kim Gunn"]


def test_a_title_with_the_referring_back_is_whoever_spoke_just_before() -> None:
    found = statements(
        "Wi Sung-lac, head of the national security office, said on the 24th, "
        '"We discussed ways to advance dialogue with the United States."\n\n'
        'The Deputy Minister later said, "We shared our views on the situation in detail."',
        dt.date(2025, 12, 24),
    )
    assert [s.speaker for s in found] == ["Wi Sung-lac", "Wi Sung-lac"]


# ------------------------------------------------------------------ definite descriptions


def test_a_country_and_a_generic_head_point_to_the_one_official_of_that_country() -> None:
    found = statements(
        "Vice Foreign Minister Choi Jong-kun met Deputy Secretary of State Stephen Biegun in "
        "Washington on Thursday.\n\n"
        '"Our talks were frank and useful," the vice minister said. '
        '"We have a shared view of the road ahead," the American official added.',
        dt.date(2020, 9, 11),
    )
    assert [s.speaker_id for s in found] == ["choi-jong-kun", "stephen-biegun"]


def test_a_capital_city_names_the_side_of_the_official_it_qualifies() -> None:
    found = statements(
        "Foreign Minister Chung Eui-yong spoke with Secretary of State Antony Blinken by phone.\n\n"
        'The Washington official expressed hope that Pyongyang would "come back to the table '
        'without delay."',
        dt.date(2021, 6, 1),
    )
    assert [s.speaker_id for s in found] == ["antony-blinken"]


def test_an_envoy_just_named_is_the_veteran_envoy_of_the_next_sentence() -> None:
    found = statements(
        "Noh Kyu-duk, Seoul's special representative, briefed lawmakers in May.\n\n"
        "Special Representative Sung Kim met Vice Foreign Minister Choi Jong-kun on Monday. "
        'The veteran envoy said, "The door to dialogue stays open for Pyongyang."',
        dt.date(2021, 6, 22),
    )
    assert [s.speaker_id for s in found] == ["sung-kim"]


def test_two_officials_who_fit_in_the_last_sentences_leave_the_description_unresolved() -> None:
    text = (
        "Noh Kyu-duk, Seoul's special representative, met Special Representative Sung Kim in "
        "Jakarta on Monday. The envoy later flew home."
    )
    found = {o.id: o for o in koreadip.parse(text, reference_date=dt.date(2021, 6, 22)).officials}
    envoy = text.index("envoy later")
    assert set(found) == {"noh-kyu-duk", "sung-kim"}
    assert not any(e.start <= envoy < e.end for o in found.values() for e in o.evidence)


def test_the_official_after_an_unnamed_source_is_that_source() -> None:
    found = statements(
        "Deputy Secretary of State Stephen Biegun arrived in Seoul on Monday.\n\n"
        "A senior American official who asked not to be named spoke to reporters later. "
        '"We expect the talks to go on next month," the American official said.',
        dt.date(2019, 12, 16),
    )
    assert [s.speaker_id for s in found] == [None]
    assert found[0].speaker == "A senior American official"


# ------------------------------------------------------------------ labels and marks


def test_a_headline_label_names_the_speaker_of_its_quote() -> None:
    for headline in (
        "Sung Kim: 'The offer to meet stands without conditions'",
        "Sung Kim Says 'The offer to meet stands without conditions'",
        "Sung Kim \u201cThe offer to meet stands without conditions\u201d",
    ):
        found = statements(f"{headline}\n\nSung Kim arrived in Seoul on Monday.", FEB_2019)
        assert [(s.speaker_id, s.text) for s in found] == [
            ("sung-kim", "The offer to meet stands without conditions")
        ], headline


def test_a_bare_label_that_names_no_person_names_no_speaker() -> None:
    found = statements(
        "Pyongyang \u201cThe drills are rehearsals for an invasion of the North\u201d\n\n"
        "Sung Kim arrived in Seoul on Monday."
    )
    assert [s.speaker for s in found] == [None]


def test_guillemets_are_quote_marks() -> None:
    s = only(
        "\u00ab We will keep talking to our partners in Washington, \u00bb Kim Yeon-chul said.",
        dt.date(2019, 6, 1),
    )
    assert s.speaker_id == "kim-yeon-chul"
    assert s.text == "We will keep talking to our partners in Washington"


def test_the_namesake_a_quote_is_credited_to_is_the_one_the_rest_of_the_sentence_means() -> None:
    # a bare family name after a namesake's quote: the meeting in the same sentence is with
    # the speaker too, not with the namesake named just before in passing
    cases = [
        (
            'Special Representative Sung Kim said on Thursday that "the door stays open." '
            "Meanwhile North Korean leader Kim Jong Un held a party meeting.\n\n"
            "Kim met with reporters after talks with Noh Kyu-duk in Jakarta on Thursday, and "
            'said, "We compared notes on the launch."',
            dt.date(2021, 9, 30),
            "sung-kim",
            "noh-kyu-duk",
        ),
        (
            'Kim Gunn, the special representative for peace, said "we will stay in step." '
            "Kim Yo Jong, the leader's sister, criticised the drills on Sunday.\n\n"
            "Kim later sat down with Jung Pak in Seoul on Monday and said, "
            '"Our coordination has never been closer."',
            dt.date(2023, 6, 13),
            "kim-gunn",
            "jung-pak",
        ),
    ]
    for text, day, speaker, counterpart in cases:
        dossier = koreadip.parse(text, reference_date=day)
        assert [s.speaker_id for s in dossier.statements] == [speaker, speaker]
        (meeting,) = dossier.meetings
        assert {p.official_id for p in meeting.participants} == {speaker, counterpart}


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=8),
    st.integers(-5, 100),
)
def test_inside_any_agrees_with_testing_every_span(pieces: list[tuple[int, int]], at: int) -> None:
    spans = [(a, a + n) for a, n in pieces]  # overlapping, nested and empty spans included
    assert _inside_any(spans)(at) == any(a <= at < b for a, b in spans)

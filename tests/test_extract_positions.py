"""Positions: a topic's stance from the cues that govern it, held by the governing cue's subject.

Talk about a topic is no stance; who is told, urged or met holds nothing; the sides hold what a
collective subject states; a statement's "we" is its speaker.

Every sentence here is a made-up sample written for these tests, not taken from a real article;
the officials are real people, the stances attributed to them are invented.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import koreadip
from koreadip.extract import topics

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
THURSDAY = dt.date(2021, 6, 24)
# one meeting of the two sides opens every text, so "the two sides" has someone to refer to
MEETING = "Noh Kyu-duk met Sung Kim in Seoul on Monday.\n\n"


def stances(text: str, reference: dt.date | None = THURSDAY) -> set[tuple[str, str, str]]:
    dossier = koreadip.parse(text, reference_date=reference)
    return {(p.holder, p.topic.value, p.stance.value) for p in dossier.positions}


def test_two_sides_reaffirming_commitment_to_denuclearization_both_support_it() -> None:
    found = stances(
        MEETING + "The two sides reaffirmed their commitment to the complete denuclearization "
        "of the Korean Peninsula."
    )
    assert found == {("KR", "denuclearization", "support"), ("US", "denuclearization", "support")}


def test_the_alliance_as_linchpin_is_supported_by_both_envoys() -> None:
    found = stances(
        MEETING + "The two envoys reaffirmed that the alliance remains the linchpin of "
        "regional security."
    )
    assert found == {("KR", "alliance", "support"), ("US", "alliance", "support")}


def test_a_shared_goal_of_both_countries_is_held_by_both() -> None:
    found = stances(
        MEETING + "Complete denuclearization remains the shared goal of the United States and "
        "South Korea."
    )
    assert found == {("KR", "denuclearization", "support"), ("US", "denuclearization", "support")}


def test_objected_to_is_oppose() -> None:
    found = stances(
        MEETING + "South Korea objected to a U.S. proposal to restructure the working group."
    )
    assert found == {("KR", "working_group", "oppose")}


def test_an_official_objecting_holds_the_stance_for_his_country() -> None:
    found = stances(MEETING + "Noh objected to new unilateral sanctions on the North.")
    assert found == {("KR", "sanctions", "oppose")}


def test_called_for_restructuring_is_oppose() -> None:
    found = stances(MEETING + "Seoul called for restructuring the working group.")
    assert found == {("KR", "working_group", "oppose")}


def test_supporting_but_calling_for_restructuring_is_mixed() -> None:
    found = stances(MEETING + "Seoul supports the working group but called for restructuring it.")
    assert found == {("KR", "working_group", "mixed")}


def test_discussed_sanctions_is_no_position() -> None:
    assert stances(MEETING + "The two envoys discussed sanctions on North Korea.") == set()


def test_exchanged_views_is_no_position() -> None:
    assert stances(MEETING + "The two sides exchanged views on the working group.") == set()


def test_washington_supports_names_the_us_as_holder() -> None:
    found = stances(MEETING + "Sung Kim said Washington supports inter-Korean cooperation.")
    assert found == {("US", "inter_korean_cooperation", "support")}


def test_called_for_human_rights_improvement_is_support() -> None:
    found = stances(
        MEETING + "The United States called for improvement of human rights in North Korea."
    )
    assert found == {("US", "human_rights", "support")}


def test_a_pronoun_subject_holds_through_the_person_named_before() -> None:
    found = stances(
        MEETING + "Noh arrived on Sunday. He stressed the importance of dialogue with North Korea."
    )
    assert found == {("KR", "dialogue", "support")}


def test_north_korea_as_subject_may_hold_a_position() -> None:
    found = stances(MEETING + "North Korea rejected dialogue with the United States.")
    assert found == {("KP", "dialogue", "oppose")}


def test_a_former_administrations_stance_is_history_not_a_position() -> None:
    assert stances(MEETING + "The former administration supported sanctions relief.") == set()


def test_a_quoted_statement_is_held_by_the_speakers_country() -> None:
    found = stances(MEETING + '"We strongly support inter-Korean cooperation," Noh said.')
    assert found == {("KR", "inter_korean_cooperation", "support")}


def test_a_transcript_turn_is_held_by_the_speakers_country() -> None:
    found = stances(
        "MR PRICE: Good afternoon.\n\n"
        "QUESTION: On North Korea?\n\n"
        "MR PRICE: We remain open to dialogue with the DPRK.",
        dt.date(2021, 5, 4),
    )
    assert found == {("US", "dialogue", "support")}


def test_a_question_states_no_position() -> None:
    found = stances(
        "MR PRICE: Good afternoon.\n\n"
        "QUESTION: Does the United States still support dialogue with the DPRK?\n\n"
        "MR PRICE: I will leave it there.",
        dt.date(2021, 5, 4),
    )
    assert found == set()


def test_each_position_carries_its_sentence_as_summary_and_evidence() -> None:
    text = MEETING + "The two sides reaffirmed their commitment to complete denuclearization."
    dossier = koreadip.parse(text, reference_date=THURSDAY)
    assert dossier.positions
    for p in dossier.positions:
        assert p.summary is not None
        assert "denuclearization" in p.summary
        assert all("denuclearization" in text[e.start : e.end] for e in p.evidence)


def test_the_media_note_gives_both_sides_support_for_denuclearization() -> None:
    text = (FIXTURES / "state_department_two_parts.txt").read_text(encoding="utf-8")
    assert stances(text, None) == {
        ("US", "denuclearization", "support"),
        ("KR", "denuclearization", "support"),
    }


def test_the_unification_ministry_holds_for_south_korea_and_the_only_way_is_support() -> None:
    found = stances("The unification ministry said dialogue remains the only way forward.")
    assert found == {("KR", "dialogue", "support")}


def test_not_going_to_ease_sanctions_keeps_them() -> None:
    found = stances(MEETING + "Sung Kim said Washington is not going to ease sanctions.")
    assert ("US", "sanctions", "support") in found
    assert ("US", "sanctions", "oppose") not in found


def test_a_commitment_to_the_defense_of_korea_supports_the_alliance() -> None:
    found = stances(
        MEETING + "Sung Kim reaffirmed the U.S. commitment to the defense of South Korea."
    )
    assert ("US", "alliance", "support") in found


def test_exemptions_from_sanctions_oppose_them_and_staying_in_place_supports_them() -> None:
    found = stances(
        MEETING + "Seoul has pushed for exemptions from U.N. sanctions.\n\n"
        "A State Department spokesperson said sanctions will remain in place."
    )
    assert ("KR", "sanctions", "oppose") in found
    assert ("US", "sanctions", "support") in found


def test_an_opposition_lawmaker_states_no_opposition() -> None:
    found = stances(
        MEETING + "Opposition lawmaker Chung Jin-suk spoke about inter-Korean cooperation."
    )
    assert not any(stance == "oppose" for _, _, stance in found)


def test_a_clause_that_starts_with_its_verb_has_the_first_clauses_subject() -> None:
    found = stances(
        MEETING + "The two sides shared their views on the situation; discussed ways to "
        "deter provocations and to induce the North to denuclearization; and agreed to stay "
        "in touch."
    )
    assert {("KR", "denuclearization", "support"), ("US", "denuclearization", "support")} <= found


def test_enforcing_sanctions_supports_them_but_their_implementation_as_a_topic_does_not() -> None:
    assert ("US", "sanctions", "support") in stances(
        MEETING + "Sung Kim said Washington will continue to enforce sanctions."
    )
    assert (
        stances(MEETING + "Sung Kim and Noh Kyu-duk coordinate on the implementation of sanctions.")
        == set()
    )


def test_easing_sanctions_speaks_of_sanctions_only() -> None:
    found = stances(
        MEETING + "Washington will not ease sanctions until Pyongyang takes concrete steps "
        "toward denuclearization, Sung Kim said."
    )
    assert ("US", "sanctions", "support") in found
    assert ("US", "denuclearization", "oppose") not in found
    assert ("KR", "sanctions", "oppose") in stances(
        MEETING + "Seoul called for easing sanctions on North Korea."
    )


def test_who_was_told_holds_nothing_of_what_was_said() -> None:
    found = stances(
        MEETING + "Noh Kyu-duk told Sung Kim that Seoul is working to bring the North back to "
        "the negotiating table."
    )
    assert ("KR", "dialogue", "support") in found
    assert ("US", "dialogue", "support") not in found


# ------------------------------------------------------------------- kinds of stance sentences
# Each kind below is pinned by two or more unrelated made-up sentences.

KR_US = {"KR", "US"}


def holders(text: str, topic: str, reference: dt.date | None = THURSDAY) -> set[str]:
    """The countries holding any stance on ``topic`` in ``text``."""
    return {h for h, t, _ in stances(text, reference) if t == topic}


def stance_on(text: str, topic: str) -> set[str]:
    return {s for _, t, s in stances(MEETING + text) if t == topic}


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        (
            "Seoul and Washington reaffirmed their commitment to complete denuclearization.",
            "denuclearization",
            KR_US,
        ),
        ("Both countries vowed to further bolster the alliance.", "alliance", KR_US),
        ("The two foreign ministers stressed the importance of the alliance.", "alliance", KR_US),
        ("The two pledged to keep up the pressure on North Korea.", "sanctions", KR_US),
        (
            "The two envoys agreed to keep the door to dialogue with Pyongyang open.",
            "dialogue",
            KR_US,
        ),
        (
            "The Deputy Secretary and the Vice Minister reaffirmed the strength of the alliance.",
            "alliance",
            KR_US,
        ),
        (
            "They also agreed to push for the resumption of talks with North Korea.",
            "dialogue",
            KR_US,
        ),
    ],
)
def test_a_collective_subject_is_both_sides(sentence: str, topic: str, expected: set[str]) -> None:
    assert holders(MEETING + sentence, topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        (
            "U.S. Secretary of State Antony Blinken and South Korean Foreign Minister Park Jin "
            "reaffirmed their support for complete denuclearization.",
            "denuclearization",
            KR_US,
        ),
        (
            "Noh Kyu-duk and Sung Kim agreed to work together toward dialogue with Pyongyang.",
            "dialogue",
            KR_US,
        ),
    ],
)
def test_officials_joined_by_and_all_hold(sentence: str, topic: str, expected: set[str]) -> None:
    assert holders(MEETING + sentence, topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        # who is told, urged, met or thanked holds nothing
        ("Sung Kim urged North Korea to return to dialogue.", "dialogue", {"US"}),
        (
            "The foreign minister assured the visiting U.S. envoy that Seoul would keep enforcing "
            "sanctions.",
            "sanctions",
            {"KR"},
        ),
        (
            "Sung Kim met with Noh Kyu-duk and urged Pyongyang to accept the offer of talks.",
            "dialogue",
            {"US"},
        ),
        (
            "The U.S. diplomat echoed the South Korean envoy's remarks while reiterating "
            "Washington's commitment to dialogue with Pyongyang.",
            "dialogue",
            {"US"},
        ),
        # a fronted phrase names no holder
        (
            "During talks with Noh Kyu-duk, Sung Kim reaffirmed U.S. support for dialogue with "
            "Pyongyang.",
            "dialogue",
            {"US"},
        ),
        (
            "In a phone call with Sung Kim on Friday, Noh Kyu-duk stressed the importance of "
            "inter-Korean exchanges.",
            "inter_korean_cooperation",
            {"KR"},
        ),
    ],
)
def test_the_holder_is_the_subject_not_an_object(
    sentence: str, topic: str, expected: set[str]
) -> None:
    assert holders(MEETING + sentence, topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        ("Noh Kyu-duk met with Sung Kim and agreed to strengthen the alliance.", "alliance", KR_US),
        (
            "Noh Kyu-duk held a phone call with Sung Kim on Friday, and agreed to continue close "
            "cooperation for complete denuclearization.",
            "denuclearization",
            KR_US,
        ),
    ],
)
def test_whom_the_subject_met_shares_a_reciprocal_verb(
    sentence: str, topic: str, expected: set[str]
) -> None:
    assert holders(MEETING + sentence, topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        # the owner of the stance noun holds the stance
        (
            "During the talks, the U.S. envoy reaffirmed Seoul and Washington's shared commitment "
            "to pursuing denuclearization.",
            "denuclearization",
            KR_US,
        ),
        (
            "The visit shows the U.S. and ROK commitment to dialogue with North Korea.",
            "dialogue",
            KR_US,
        ),
        (
            "Sung Kim said the U.S. promise to defend South Korea remains ironclad.",
            "alliance",
            {"US"},
        ),
        (
            "Noh Kyu-duk noted that Washington's commitment to the defense of South Korea is firm.",
            "alliance",
            {"US"},
        ),
    ],
)
def test_the_owner_of_a_stance_holds_it(sentence: str, topic: str, expected: set[str]) -> None:
    assert holders(MEETING + sentence, topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        # a possessive of something else is no subject
        (
            "The two envoys said Sung Kim's visit will be a chance to achieve denuclearization.",
            "denuclearization",
            KR_US,
        ),
        (
            "Noh Kyu-duk said Biden's trip would be an opportunity to restart talks with "
            "Pyongyang.",
            "dialogue",
            {"KR"},
        ),
        # a pair of countries names a bond, not a holder
        (
            "Sung Kim said the Korea-U.S. alliance remains the linchpin of regional security.",
            "alliance",
            {"US"},
        ),
        ("Noh Kyu-duk called the ROK-U.S. alliance a cornerstone of peace.", "alliance", {"KR"}),
    ],
)
def test_a_possessive_or_a_pair_of_countries_is_no_holder(
    sentence: str, topic: str, expected: set[str]
) -> None:
    assert holders(MEETING + sentence, topic) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        (
            "Sung Kim said he would consult with Noh Kyu-duk on ways to achieve denuclearization.",
            "denuclearization",
            {"US"},
        ),
        (
            "South Korea's foreign ministry said it supports the resumption of inter-Korean talks.",
            "inter_korean_cooperation",
            {"KR"},
        ),
        (
            "Noh Kyu-duk said the government is reviewing ways to help facilitate talks between "
            "Washington and Pyongyang.",
            "dialogue",
            {"KR"},
        ),
    ],
)
def test_a_pronoun_is_the_subject_named_before(text: str, topic: str, expected: set[str]) -> None:
    assert holders(MEETING + text, topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        (
            "While stressing diplomatic engagement with North Korea, he said the door remains "
            "open.",
            "dialogue",
            {"US"},
        ),
        (
            "Calling for the early resumption of talks with Pyongyang, Noh Kyu-duk said Seoul "
            "would play its part.",
            "dialogue",
            {"KR"},
        ),
    ],
)
def test_a_topic_in_a_fronted_phrase_is_held_by_the_main_subject(
    sentence: str, topic: str, expected: set[str]
) -> None:
    text = "Sung Kim arrived in Seoul on Sunday.\n\n" + sentence
    assert holders(MEETING + text, topic) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides discussed sanctions on North Korea.",
        "Noh Kyu-duk and Sung Kim exchanged views on the working group.",
        "The envoys coordinated on the implementation of U.N. Security Council resolutions.",
        "The two sides shared views on strategies to push forward denuclearization, as well as "
        "inter-Korean projects.",
        "The two sides could not agree on how far sanctions should be eased.",
        "Noh Kyu-duk mentioned sanctions relief in passing.",
        "Sung Kim welcomed the report, which was released on Tuesday by a panel of scholars and "
        "retired officials from several countries in the region, on the working group.",
    ],
)
def test_talk_about_a_topic_or_a_distant_cue_is_no_stance(sentence: str) -> None:
    found = stances(MEETING + sentence)
    assert not {t for _, t, _ in found} & {"sanctions", "working_group", "inter_korean_cooperation"}


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The two sides discussed ways to achieve complete denuclearization.", "denuclearization"),
        (
            "They exchanged views on efforts to make progress on denuclearization.",
            "denuclearization",
        ),
        (
            "The two leaders held a detailed discussion on how to make the U.S.-North Korea "
            "summit a success.",
            "dialogue",
        ),
    ],
)
def test_talk_about_how_to_reach_a_topic_supports_it(sentence: str, topic: str) -> None:
    assert holders(MEETING + sentence, topic) == KR_US


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "The two sides discussed the missile launch and agreed that pressure must continue.",
            "sanctions",
        ),
        (
            "The two sides reviewed the schedule, reaffirmed the strength of the alliance, and "
            "parted.",
            "alliance",
        ),
        (
            "Noh Kyu-duk and Sung Kim talked about the weather, and agreed to keep the door to "
            "dialogue open.",
            "dialogue",
        ),
    ],
)
def test_a_new_verb_or_clause_after_talk_states_a_stance(sentence: str, topic: str) -> None:
    assert holders(MEETING + sentence, topic) == KR_US


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "Noh Kyu-duk proposed appointing an envoy to help restart talks with Pyongyang, as "
            "well as inter-Korean exchanges.",
            "inter_korean_cooperation",
        ),
        (
            "Seoul pledged to support complete denuclearization, as well as the Panmunjom "
            "Declaration.",
            "inter_korean_cooperation",
        ),
    ],
)
def test_as_well_as_hangs_on_the_clauses_first_cue(sentence: str, topic: str) -> None:
    assert holders(MEETING + sentence, topic) == {"KR"}


@pytest.mark.parametrize(
    ("sentence", "topic", "stance"),
    [
        ("Seoul refused to resume talks with Pyongyang.", "dialogue", "oppose"),
        (
            "Sung Kim said Washington would never lift sanctions before denuclearization.",
            "sanctions",
            "support",
        ),
        (
            "Noh Kyu-duk said Seoul seeks exemptions from sanctions for joint projects.",
            "sanctions",
            "oppose",
        ),
        ("Noh Kyu-duk said Seoul does not oppose dialogue with Pyongyang.", "dialogue", "support"),
    ],
)
def test_a_cue_right_before_the_stance_turns_it(sentence: str, topic: str, stance: str) -> None:
    assert stance_on(sentence, topic) == {stance}


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        (
            "Sung Kim said sanctions will remain in force until Pyongyang changes course.",
            "sanctions",
            {"US"},
        ),
        (
            "The two sides discussed the alliance, which remains the linchpin of peace.",
            "alliance",
            KR_US,
        ),
        ("Noh Kyu-duk said he expects the alliance to develop further.", "alliance", {"KR"}),
        (
            "The two envoys described the working group as the cornerstone of their work.",
            "working_group",
            KR_US,
        ),
    ],
)
def test_a_topic_that_is_the_subject_takes_its_stance_from_the_predicate(
    sentence: str, topic: str, expected: set[str]
) -> None:
    assert holders(MEETING + sentence, topic) == expected


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("MR PRICE: We stand in solidarity with our South Korean allies.", "alliance", {"US"}),
        (
            "MR PRICE: One thing always on the agenda is preventing North Korea from realizing its "
            "nuclear ambitions.",
            "denuclearization",
            {"US"},
        ),
        (
            '"This is a turning point towards resolving the North Korean nuclear issue," '
            "Noh Kyu-duk said.",
            "denuclearization",
            {"KR"},
        ),
    ],
)
def test_a_topic_named_with_its_own_stance_needs_no_cue(
    text: str, topic: str, expected: set[str]
) -> None:
    assert holders(MEETING + text, topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "Sung Kim said Washington is open to meeting North Korean officials without "
            "preconditions.",
            "dialogue",
        ),
        ("Sung Kim said the U.S. will keep preparing for the U.S.-North Korea summit.", "dialogue"),
        ("Sung Kim urged Pyongyang to accept the offer of talks.", "dialogue"),
        (
            "Sung Kim said Washington will continue to implement U.N. Security Council "
            "resolutions.",
            "sanctions",
        ),
        ("Sung Kim said Washington will keep up pressure on the North.", "sanctions"),
        (
            "Sung Kim said Washington supports the Panmunjom Declaration.",
            "inter_korean_cooperation",
        ),
        ("Sung Kim pledged to maintain a strong combined defense posture.", "alliance"),
        ("Sung Kim reaffirmed the U.S. commitment to extended deterrence.", "alliance"),
    ],
)
def test_topics_are_named_in_the_fields_words(sentence: str, topic: str) -> None:
    assert holders(MEETING + sentence, topic) == {"US"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Noh Kyu-duk welcomed the new Director of Peace and Diplomacy Planning.",
        "Sung Kim praised the progress of the NCG working group.",
        "Sung Kim welcomed the first strategic dialogue of the two foreign ministries.",
        "Noh Kyu-duk said the summit was a success for the U.S.-Japan partnership.",
    ],
)
def test_names_of_offices_other_bodies_and_other_summits_are_no_topic(sentence: str) -> None:
    assert not {t for _, t, _ in stances(MEETING + sentence)} & {"dialogue", "working_group"}


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # a statement's own subject holds; "we" and no subject are the speaker's
        (
            '"The two sides agreed to keep up the pressure on North Korea," the ministry said.',
            "sanctions",
            KR_US,
        ),
        (
            '"The U.S. will continue to prepare for talks with Pyongyang," Noh Kyu-duk said.',
            "dialogue",
            {"US"},
        ),
        ('"North Korea must return to the negotiating table," Sung Kim said.', "dialogue", {"US"}),
        ('"We stand ready to resume dialogue," Noh Kyu-duk said.', "dialogue", {"KR"}),
    ],
)
def test_a_statement_is_read_like_narrative_with_the_speaker_as_we(
    text: str, topic: str, expected: set[str]
) -> None:
    assert holders(MEETING + text, topic) == expected


def test_a_cue_in_one_sentence_of_a_statement_does_not_reach_the_next() -> None:
    text = (
        "MR PRICE: We are in complete agreement with our partners. We now have a working group "
        "that meets every month."
    )
    assert holders(text, "working_group", dt.date(2021, 5, 4)) == set()


# --- the keyword test before the topic scan ------------------------------------------------------


@pytest.mark.parametrize("index", range(len(topics._PATTERNS)))
def test_every_topic_phrase_holds_a_keyword_so_text_without_one_is_skipped(index: int) -> None:
    pattern = topics._PATTERNS[index][2].lower  # the case-sensitive twin, matched on lowercase

    @settings(max_examples=200, deadline=None)
    @given(st.from_regex(pattern, alphabet=st.characters(codec="ascii")))
    def holds_a_keyword(text: str) -> None:
        lowered = text.lower()
        if pattern.search(lowered):
            assert any(word in lowered for word in topics._KEYWORDS), text

    holds_a_keyword()


def test_a_sentence_without_topic_words_names_no_topic_and_one_with_them_does() -> None:
    # made-up sentences
    assert list(topics.topic_mentions("The minister arrived in Seoul on Monday.")) == []
    found = topics.topic_mentions("They urged a return to the negotiating table.")
    assert [m.topic.value for m in found] == ["dialogue"]


@pytest.mark.parametrize(
    "text",
    [
        "They met, and Seoul backed talks; Washington - not Tokyo - agreed",
        "They met; Seoul backed talks",
        "They met - Seoul backed talks",
        "They met and Seoul backed talks",
        "The U.S.-ROK allies met, and inter-Korean talks - not sanctions - resumed",
        "-a\u2003- b\t--c",
    ],
)  # made-up sentences
def test_clauses_are_cut_alike_whichever_marks_a_sentence_holds(text: str) -> None:
    from koreadip.extract import positions

    every = [m.span() for m in positions._CLAUSE.finditer(text)]
    marks = ("," in text or ";" in text, positions.blank_before_dash(text))
    pattern = positions._CLAUSE_BY_MARKS[marks]
    assert [m.span() for m in pattern.finditer(text)] == every if pattern else every == []


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([". ", "! ", " ", "-", "\n", "ab", "Abc", "abc", "é", "_", "9"]),
            st.text(alphabet="abcXY .-!?\n_é1", max_size=6),
        ),
        max_size=20,
    ).map("".join)
)
def test_the_lower_case_words_of_a_text_are_the_plain_patterns_words(text: str) -> None:
    import re

    from koreadip.extract import headings

    plain = re.compile(r"(?<![.!?]\s)\b[a-z][a-z-]{2,}\b")
    assert headings._LOWER_WORD.findall(text) == plain.findall(text)


@settings(max_examples=400)
@given(st.text(alphabet=" \t\n\u00a0\u2003-a,;.", max_size=30))
def test_a_blank_before_a_dash_is_found_where_the_dash_cut_could_match(text: str) -> None:
    from koreadip.extract import positions

    anywhere = re.search(r"\s-", text) is not None
    assert positions.blank_before_dash(text) == anywhere
    if positions._CLAUSE_BY_MARKS[(True, False)] is not None and not anywhere:
        assert re.search(positions._CLAUSE_DASH, text) is None


def test_positions_docstring_examples_run() -> None:
    import doctest

    from koreadip.extract import positions

    result = doctest.testmod(positions)
    assert result.attempted > 0
    assert result.failed == 0

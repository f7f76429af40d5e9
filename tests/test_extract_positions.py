"""Positions: holder, topic and stance from cue phrases; talk about a topic is no stance.

Every sentence here is a made-up sample written for these tests, not taken from a real article;
the officials are real people, the stances attributed to them are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import koreadip

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

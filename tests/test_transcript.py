"""Transcript turns.  Every line here is a made-up sample, not a real transcript."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract.transcript import Turn, find_turns, looks_like_transcript

BRIEFING = """Remarks to the Press
03/04/2030 02:15 PM EST
Office of the Spokesperson

    SECRETARY DOE: Good afternoon. We held useful talks with our allies today.

    The envoys will meet again next month. (Applause.)

    QUESTION: Will the envoy travel to Seoul?

    SECRETARY DOE: Not this week. (Laughter.) But soon.

###

Source: Example Department of State
"""


def labels(text: str) -> list[str]:
    return [t.label for t in find_turns(text)]


def test_turns_split_at_labels_and_skip_the_header() -> None:
    turns = find_turns(BRIEFING)
    assert [t.label for t in turns] == ["SECRETARY DOE", "QUESTION", "SECRETARY DOE"]
    assert turns[0].text == (
        "Good afternoon. We held useful talks with our allies today. "
        "The envoys will meet again next month."
    )
    assert turns[1].text == "Will the envoy travel to Seoul?"


def test_stage_directions_are_removed() -> None:
    assert find_turns(BRIEFING)[2].text == "Not this week. But soon."


def test_end_marker_closes_the_last_turn() -> None:
    last = find_turns(BRIEFING)[-1]
    assert "Source" not in last.text
    assert "#" not in last.text


def test_spans_point_into_the_text() -> None:
    for t in find_turns(BRIEFING):
        assert BRIEFING[t.label_start : t.label_end] == t.label
        assert BRIEFING[t.start : t.end].startswith(t.text[:10])
        assert t.label_end <= t.start


@pytest.mark.parametrize(
    ("label", "question", "title", "surname"),
    [
        ("SECRETARY DOE", False, "SECRETARY", "DOE"),
        ("MS ROE", False, "MS", "ROE"),
        ("MR. PARK", False, "MR", "PARK"),
        ("AMBASSADOR LEE", False, "AMBASSADOR", "LEE"),
        ("SPECIAL REPRESENTATIVE HAN", False, "SPECIAL REPRESENTATIVE", "HAN"),
        ("QUESTION", True, None, None),
        ("Q", True, None, None),
        ("MODERATOR", True, None, None),
        ("OPERATOR", True, None, None),
        ("PARTICIPANT", False, None, None),
        ("STAFF", False, None, None),
        ("SENIOR STATE DEPARTMENT OFFICIAL ONE", False, None, None),
        ("FOREIGN MINISTER PARK", False, "FOREIGN MINISTER", "PARK"),
    ],
)
def test_label_parts(label: str, question: bool, title: str | None, surname: str | None) -> None:
    (turn,) = find_turns(f"{label}: Thank you all for coming today.")
    assert (turn.label, turn.is_question, turn.title, turn.surname) == (
        label,
        question,
        title,
        surname,
    )


@pytest.mark.parametrize(
    "line",
    [
        "NOTE: The briefing began late.",
        "EDITOR'S NOTE: This story was updated.",
        "UPDATE: The ministry added details.",
        "Source: Example Department of State",
        "SEOUL, Jan. 17 (Newswire) -- The envoys met on Thursday.",
        "Reporter : Kim Doe",
        "Washington: the talks went on.",
        "SEOUL: The envoys met on Thursday.",
        "The talks ended at 10:30 in the morning.",
    ],
)
def test_prose_and_page_furniture_are_not_labels(line: str) -> None:
    assert find_turns(line) == []


def test_turn_continues_over_paragraphs_until_the_next_label() -> None:
    text = "MR KIM: First point.\n\nSecond point.\nThird point.\nQUESTION: And?"
    first, second = find_turns(text)
    assert first.text == "First point. Second point. Third point."
    assert second.text == "And?"


def test_label_alone_on_its_line() -> None:
    (turn,) = find_turns("QUESTION:\n  What about the talks?\n")
    assert turn.text == "What about the talks?"


def test_turn_cut_off_at_the_end_keeps_its_words() -> None:
    turn = find_turns("MS ROE: We have no plans to\n")[-1]
    assert turn.text == "We have no plans to"


def test_empty_turn_is_dropped() -> None:
    assert labels("MR KIM: (Laughter.)\nQUESTION: Next?") == ["QUESTION"]


@pytest.mark.parametrize(
    "marker", ["###", "# # #", "-- END --", "Speaker: Jane Doe", "Format: Briefing"]
)
def test_end_markers(marker: str) -> None:
    turns = find_turns(f"MR KIM: Done for today.\n{marker}\nTrailing page text.")
    assert [t.text for t in turns] == ["Done for today."]


def test_looks_like_transcript() -> None:
    assert looks_like_transcript(BRIEFING)
    assert not looks_like_transcript("NOTE: one line.\nThe envoy spoke briefly.")
    assert not looks_like_transcript("MR KIM: Only one turn here.")


_PIECES = st.sampled_from(
    ["MR KIM:", "QUESTION:", "NOTE:", " ", "\n", "\n\n", "word", "(Laughter.)", "###", ":", "A B"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_turns_are_in_bounds_ordered_and_disjoint(text: str) -> None:
    last = 0
    for turn in find_turns(text):
        assert isinstance(turn, Turn)
        assert last <= turn.label_start < turn.label_end <= turn.start <= turn.end <= len(text)
        last = turn.end
        assert turn.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    for turn in find_turns(text):
        assert 0 <= turn.start <= turn.end <= len(text)

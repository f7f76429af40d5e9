"""The words that report a meeting, as any article might write them.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from koreadip import PartialDate
from reading import meetings, who


def test_a_luncheon_or_dinner_with_an_official_is_a_meeting() -> None:
    (m,) = meetings(
        "During a closed-door luncheon with Unification Minister Lee In-young on Tuesday, "
        "Special Representative Sung Kim urged patience."
    )
    assert who(m) == {"lee-in-young", "sung-kim"}
    assert m.modality.value == "in_person"
    (m,) = meetings(
        "Secretary of State Antony Blinken hosted a dinner with Foreign Minister Chung Eui-yong "
        "on Monday."
    ) or [None]
    assert m is not None
    assert who(m) == {"antony-blinken", "chung-eui-yong"}


def test_speaking_with_someone_over_the_phone_is_one_phone_call() -> None:
    (m,) = meetings(
        "Foreign Minister Chung Eui-yong speaks with his counterpart, Antony Blinken, over the "
        "phone on Tuesday."
    )
    assert m.modality.value == "phone"
    assert who(m) == {"chung-eui-yong", "antony-blinken"}


def test_travelling_to_a_capital_is_a_visit_and_meetings_during_it_take_its_month() -> None:
    found = meetings(
        "Special Representative Sung Kim will travel to Seoul, July 12-15. During his visit, "
        "Special Representative Kim will meet Special Representative Noh Kyu-duk."
    )
    (meeting,) = [m for m in found if len(m.participants) == 2]
    assert meeting.status.value == "planned"
    assert meeting.location == "Seoul"
    assert meeting.date == PartialDate(year=2021, month=7)


def test_welcoming_a_guest_is_meeting_them_and_welcoming_a_decision_is_not() -> None:
    (m,) = meetings(
        "Secretary of State Antony Blinken welcomed Foreign Minister Chung Eui-yong to the State "
        "Department on Monday."
    )
    assert who(m) == {"antony-blinken", "chung-eui-yong"}
    assert (
        meetings(
            "Foreign Minister Chung Eui-yong welcomed Secretary Blinken's appointment on Monday."
        )
        == []
    )


def test_a_group_that_convened_somewhere_met_there() -> None:
    (m,) = meetings("The allies' nuclear consultative group convened in Washington on Tuesday.")
    assert m.location == "Washington"
    assert m.date == PartialDate(year=2021, month=6, day=22)
    assert m.status.value == "held"


def test_getting_together_with_someone_is_a_meeting() -> None:
    (m,) = meetings(
        "President Joe Biden got together with President Moon Jae-in in Washington on Tuesday."
    )
    assert who(m) == {"joe-biden", "moon-jae-in"}


def test_would_travel_in_reported_speech_is_a_plan() -> None:
    found = meetings(
        "The ministry said on Monday that Foreign Minister Chung Eui-yong would travel to "
        "Washington and then Tokyo."
    )
    assert {tuple(sorted(m.countries)) for m in found} == {("KR", "US"), ("JP", "KR")}
    assert {m.status.value for m in found} == {"planned"}


def test_talks_someone_else_will_hold_are_not_the_subjects() -> None:
    found = meetings(
        "Foreign Minister Chung Eui-yong discussed the notice that North Korea will postpone "
        "the inter-Korean talks."
    )
    assert [who(m) for m in found] == [set()]
    assert set(found[0].countries) == {"KR", "KP"}


def test_a_meeting_convened_by_a_list_of_officials_has_every_one_of_them() -> None:
    found = meetings(
        "The allies' nuclear consultative group convened in Washington on Tuesday. The meeting was "
        "convened by Special Representative Sung Kim, the envoy for North Korea at the State "
        "Department, and Special Representative Noh Kyu-duk. Discussions were led by Deputy "
        "Secretary Wendy Sherman and Vice Foreign Minister Choi Jong-kun."
    )
    (m,) = [m for m in found if m.participants]
    assert who(m) == {"sung-kim", "noh-kyu-duk", "wendy-sherman", "choi-jong-kun"}
    assert (m.location, m.date) == ("Washington", PartialDate(year=2021, month=6, day=22))


def test_the_first_of_a_series_told_with_its_own_date_is_another_meeting() -> None:
    found = meetings(
        "Special Representative Sung Kim and Special Representative Noh Kyu-duk met in Seoul on "
        "Tuesday, their closest coordination since the first such meeting in March."
    )
    assert {m.date for m in found} == {
        PartialDate(year=2021, month=6, day=22),
        PartialDate(year=2021, month=3),
    }


def test_a_meeting_at_a_gathering_falling_through_is_no_gathering() -> None:
    (m,) = meetings("Lee Jae-myung talks trade at G7 as meeting with Trump falls through")
    assert m.status.value == "cancelled"
    assert who(m) == {"lee-jae-myung", "donald-trump"}


def test_talks_during_a_gathering_and_a_strategic_dialogue_held_are_meetings() -> None:
    (m,) = meetings(
        "Foreign Minister Chung Eui-yong and Secretary of State Antony Blinken agreed on Tuesday "
        "to coordinate closely during talks on the sidelines of the ASEAN Regional Forum in "
        "Jakarta."
    )
    assert (m.location, m.date) == ("Jakarta", PartialDate(year=2021, month=6, day=22))
    (m,) = meetings(
        "Vice Foreign Minister Choi Jong-kun held a vice-ministerial strategic dialogue with "
        "Deputy Secretary Wendy Sherman in Washington on Tuesday."
    )
    assert who(m) == {"choi-jong-kun", "wendy-sherman"}
    assert (
        meetings(
            "Foreign Minister Chung Eui-yong voiced support for inter-Korean dialogue on Tuesday."
        )
        == []
    )


def test_a_meeting_with_two_officials_who_sit_together_is_one_meeting() -> None:
    (m,) = meetings(
        "Foreign Minister Chung Eui-yong will visit Washington next month for a two-plus-two "
        "meeting with Secretary of State Antony Blinken and Defense Secretary Lloyd Austin."
    )
    assert who(m) == {"chung-eui-yong", "antony-blinken", "lloyd-austin"}


def test_a_headline_quoting_a_summit_in_title_case_reports_none() -> None:
    assert meetings("'One Year Since Hanoi Summit' Envoys Call For Patience") == []


def test_a_possessors_visit_told_again_in_no_tense_is_the_visit_told_before() -> None:
    (m,) = meetings(
        "Special Representative Sung Kim will travel to Seoul, July 12-15, to meet Special "
        "Representative Noh Kyu-duk. Special Representative Kim's travel to Seoul illustrates "
        "the allies' close coordination."
    )
    assert m.status.value == "planned"
    assert who(m) == {"sung-kim", "noh-kyu-duk"}


# --- the cheap word tests before the context patterns -------------------------------------------

import doctest  # noqa: E402
import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from koreadip.extract import trigger_context as _c  # noqa: E402
from koreadip.extract import triggers as _t  # noqa: E402

# each pattern with the words that every match of it holds (lowercased when case-insensitive)
_WORD_TESTS = [
    (_c._NOT_A_MEETING_LOWER, _c._NOT_A_MEETING_WORDS, True),
    (_c._NOT_A_MEETING_SELF_LOWER, _c._NOT_A_MEETING_SELF_WORDS, True),
    (_c._WHETHER, _c._WHETHER_WORDS, True),
    (_c._WANTED, _c._WANTED_WORDS, True),
    (_c._NEGATED, _c._NEGATED_WORDS, True),
    (_c._MANY_BEFORE, _c._MANY_WORDS, False),
    (_c._MANY_AFTER, (*_c._MANY_WORDS, "Americas"), False),
]


def _pieces(pattern: re.Pattern[str]) -> list[str]:
    """The literal runs of a pattern's source ("press ", "meeting of "), cut into words too,
    so that random joins of them match the pattern often."""
    runs = re.findall(r"[A-Za-z][A-Za-z' -]*", pattern.pattern)
    return sorted({p for r in runs for p in (r, *r.split(), *(w + " " for w in r.split()))})


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_context_pattern_matches_only_text_holding_one_of_its_words(data: st.DataObject) -> None:
    for pattern, words, lowered in _WORD_TESTS:
        parts = data.draw(
            st.lists(
                st.one_of(st.sampled_from(_pieces(pattern)), st.sampled_from([" ", ", ", "-"])),
                max_size=8,
            )
        )
        text = "".join(parts)
        text = text.lower() if lowered else text
        if pattern.search(text) is not None:
            assert any(w in text for w in words), (pattern.pattern[:40], text)


def test_context_word_tests_keep_what_the_patterns_say() -> None:
    # made-up windows: each holds a word of the list and is read by the pattern as before
    assert _c._not_a_meeting("they hope for talks with kim soon")
    assert not _c._not_a_meeting("they held talks with kim on friday")
    assert _c._not_a_meeting("Ils espèrent — hope for talks")  # not ASCII: the pattern alone
    text = "He asked whether talks would be held"
    assert _c._may_match(_c._WHETHER, _c._WHETHER_WORDS, text, 0, text.index("talks"))
    assert not _c._may_match(_c._WHETHER, _c._WHETHER_WORDS, text, 0, 5)


def test_stretched_is_evolve_of_the_end() -> None:
    import attrs

    from koreadip.records import Modality

    t = _t.Trigger(4, 9, Modality.VIDEO, True, True, True, True, True, (1, 20))
    assert _t.stretched(t, 15) == attrs.evolve(t, end=15)


_TRIGGER_PIECES = [
    "telephone ", "phone call", "call ", "video call", "spoke by phone with ", "talked to ",
    "video conference", "videoconferencing", "virtual summit", "via video", "by video",
    "courtesy call", "hosted ", "working lunch", "dinner meeting", "lunch with ", "breakfast ",
    "speaks with", "get together", "got together", "travelled to", "convened", "welcomes",
    "meetings", "met", "talks", "summitry", "visiting", "face-to-face", "sat down", "sitting down",
    "dropped by", "consultation", "discussions", "session", "co-chaired", "trip", "held a dialogue",
    "dialogue", "conversation", "gathering", " ", "-", "the ", "a", "b", "s", "t",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_TRIGGER_PIECES), st.text(max_size=3)), max_size=12))
def test_the_trigger_scan_guard_changes_no_match(pieces: list[str]) -> None:
    text = "".join(pieces).lower()
    plain = re.compile(rf"\b(?=[a-z])(?:{_t._TRIGGER.pattern})")
    assert [m.groupdict() | {"": m.span()} for m in _t._TRIGGER_LOWER.finditer(text)] == [
        m.groupdict() | {"": m.span()} for m in plain.finditer(text)
    ]


_SENTENCE_PIECES = [
    *_TRIGGER_PIECES, "Kang ", "Pompeo ", "with ", "to ", "for ", "press conference ", "the G20 ",
    "did not ", "whether ", "“", "é", "\x00", ". ", ".\n", "\n", " video", "video ", "lunch",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=40))
def test_a_parts_triggers_are_each_sentences_own(pieces: list[str]) -> None:
    from koreadip.extract.spans import Spans
    from koreadip.extract.text import sentences

    text = "".join(pieces)
    sents = sentences(text)
    quoted = Spans([(0, len(text) // 3)])
    alone = {i: found for i, s in enumerate(sents) if (found := _t.triggers(s, quoted))}
    assert _t.part_triggers(sents, quoted) == alone


def test_a_text_naming_no_gathering_of_many_has_no_trigger_of_many() -> None:
    from koreadip.extract import trigger_context

    assert doctest.testmod(trigger_context).failed == 0
    text = "Envoys met at the summit of the Americas in Lima."  # made-up
    start = text.index("summit")
    assert _c.may_name_many(text)
    assert _c.of_many(text, start, start + len("summit"))
    assert not _c.may_name_many("Envoys met at the summit in Lima.")


_CONTEXT_PIECES = [
    *_SENTENCE_PIECES, "“", "”", "—", "회담", "·", "hope for ", "press ", "not ", "resume ",
    "if ", "the G20 ", "Talks ", "Press ", "IF ", "reporters",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CONTEXT_PIECES), max_size=30))
def test_the_context_reads_the_same_from_a_lowercased_copy_where_lowering_is_simple(
    pieces: list[str],
) -> None:
    from koreadip.extract.lowering import lowers_simply

    text = "".join(pieces).replace("\x00", " ").replace("é", "e")
    assert lowers_simply(text)
    for m in _t._TRIGGER.finditer(text):
        word = m.group().lower()
        assert _c.reports_a_meeting(text, m.start(), m.end(), word, text.lower()) == (
            _c.reports_a_meeting(text, m.start(), m.end(), word)
        ), (text, m.span())

"""Who takes part: the subject a "He" points back to, the nearest trigger one is not barred
from, and what is only hoped for.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip import PartialDate
from reading import meetings, who


def test_he_is_the_last_named_subject_not_a_name_in_a_subordinate_clause() -> None:
    found = meetings(
        '"We are ready," Special Representative Sung Kim told reporters in Seoul. It was his '
        "first trip since he took the post that President Joe Biden created. He will visit "
        "Tokyo on Friday."
    )
    tokyo = next(m for m in found if m.location == "Tokyo")
    assert who(tokyo) == {"sung-kim"}
    assert set(tokyo.countries) == {"US", "JP"}


def test_a_name_barred_from_the_nearest_trigger_joins_the_next() -> None:
    found = meetings(
        "The talks will be the first since President Joe Biden and President Moon Jae-in met in "
        "May."
    )
    may = next(m for m in found if m.date is not None)
    assert who(may) == {"joe-biden", "moon-jae-in"}


def test_talks_only_hoped_for_are_no_meeting() -> None:
    for text in (
        "The visit came amid growing momentum for a summit between Kim Jong Un and Joe Biden.",
        "Analysts see prospects for a meeting between Kim Jong Un and Joe Biden this year.",
    ):
        assert not any(who(m) == {"kim-jong-un", "joe-biden"} for m in meetings(text)), text


def test_a_gathering_of_many_nations_is_the_occasion_not_a_meeting() -> None:
    found = meetings(
        "President Moon Jae-in met President Joe Biden on the sidelines of the G20 summit in Rome "
        "on Saturday."
    )
    assert [who(m) for m in found] == [{"moon-jae-in", "joe-biden"}]
    for text in (
        "President Joe Biden wrapped up the Summit of the Americas in Los Angeles on Friday.",
        "The APEC summit in Gyeongju drew President Lee Jae-myung and President Donald Trump.",
    ):
        assert meetings(text) == [], text


def test_his_visit_is_the_visit_of_whom_the_sentence_named_last() -> None:
    found = meetings(
        "We thank Foreign Minister Toshimitsu Motegi, and it is good to see him in Seoul again so "
        "soon after his visit in April."
    )
    april = next(m for m in found if m.date is not None)
    assert who(april) == {"toshimitsu-motegi"}


def test_they_and_their_meeting_are_the_people_of_the_meeting_just_told() -> None:
    found = meetings(
        "Deputy Secretary Wendy Sherman met Vice Foreign Minister Choi Jong-kun on Tuesday. They "
        "discussed their June 30 trilateral meeting with Vice Foreign Minister Takeo Mori."
    )
    june_30 = next(m for m in found if m.date is not None and m.date.day == 30)
    assert who(june_30) == {"wendy-sherman", "choi-jong-kun", "takeo-mori"}
    assert june_30.status.value == "planned"


def test_a_plan_said_of_something_else_after_the_trigger_is_not_the_meetings() -> None:
    found = meetings(
        "President Joe Biden and President Moon Jae-in cut short their talks on Tuesday and "
        "cancelled a planned dinner."
    )
    assert [m.status.value for m in found if who(m) == {"joe-biden", "moon-jae-in"}] == ["held"]


def test_whether_two_leaders_meet_is_no_meeting() -> None:
    assert (
        meetings(
            "Much depends on whether President Joe Biden sits down for talks with Kim Jong Un "
            "this year."
        )
        == []
    )


def test_the_day_a_newspaper_reported_a_plan_is_not_the_plans_day() -> None:
    found = meetings(
        "The daily reported Monday that Foreign Minister Chung Eui-yong would travel to Tokyo."
    )
    assert [(m.date, m.status.value) for m in found] == [(None, "planned")]


def test_what_a_meeting_will_be_is_the_same_meeting() -> None:
    found = meetings(
        "Special Representative Sung Kim and Special Representative Noh Kyu-duk met in Seoul on "
        "Tuesday. The meeting was the first formal working-level talks since March."
    )
    assert len(found) == 1


def test_a_summit_told_by_its_month_is_the_summit_told_by_its_day() -> None:
    found = meetings(
        "President Joe Biden and Kim Jong Un held a summit in Singapore on June 12. Talks "
        "stalled after the failed summit in June."
    )
    assert len(found) == 1


def test_who_told_of_a_meeting_takes_no_part_in_it() -> None:
    (m,) = meetings(
        "That such a meeting between Special Representative Sung Kim and Special Representative "
        "Noh Kyu-duk was to be held, has said State Department spokesman Ned Price."
    )
    assert who(m) == {"sung-kim", "noh-kyu-duk"}
    (m,) = meetings(
        "Blinken, Chung to meet in Seoul on Friday: Price\n\nSecretary of State Antony Blinken "
        "and Foreign Minister Chung Eui-yong will meet in Seoul on Friday, spokesman Ned Price "
        "said."
    )
    assert who(m) == {"antony-blinken", "chung-eui-yong"}


def test_the_subject_of_a_triggers_own_clause_takes_part_not_the_sentences() -> None:
    found = meetings(
        "President Joe Biden and Kim Jong Un have agreed to meet at Panmunjom on Sunday, President "
        "Moon Jae-in announced after a summit with Biden in Seoul on Sunday."
    )
    seoul = next(m for m in found if m.location == "Seoul")
    assert who(seoul) == {"moon-jae-in", "joe-biden"}


def test_a_summit_comprising_its_members_is_theirs_and_told_past_the_list() -> None:
    (m,) = meetings(
        "A trilateral summit comprising President Moon Jae-in of South Korea, Joe Biden of the "
        "United States, and Yoshihide Suga of Japan is scheduled to convene at Camp David on "
        "August 18."
    )
    assert who(m) == {"moon-jae-in", "joe-biden", "yoshihide-suga"}
    assert (m.status.value, m.date) == ("planned", PartialDate(year=2021, month=8, day=18))


def test_the_two_envoys_are_the_envoys_of_a_recent_meeting_not_the_last_pair() -> None:
    found = meetings(
        "Special Representative Kim Gunn held talks with his U.S. counterpart Sung Kim in Jakarta "
        "on Monday. Kim Gunn also met Indonesian Foreign Minister Retno Marsudi on the same day. "
        "The two envoys are expected to meet again in Tokyo later this month."
    )
    tokyo = next(m for m in found if m.location == "Tokyo")
    assert who(tokyo) == {"kim-gunn", "sung-kim"}
    jakarta = {frozenset(m.countries) for m in found if m.location == "Jakarta"}
    assert frozenset({"KR", "ID"}) in jakarta  # an Indonesian minister is Indonesia's


def test_a_name_that_only_owns_a_title_takes_no_part() -> None:
    (m,) = meetings(
        "Last month, Yoon Suk Yeol's national security adviser Kim Sung-han met his U.S. "
        "counterpart Jake Sullivan in Washington."
    )
    assert who(m) == {"kim-sung-han", "jake-sullivan"}


def test_two_summits_of_different_sides_with_one_leader_are_two_summits() -> None:
    found = meetings(
        "President Yoon Suk Yeol will host President Joe Biden for a summit in Seoul on Saturday. "
        "Biden will then travel to Tokyo on Sunday to attend a Quad summit with the leaders of "
        "Japan, India and Australia."
    )
    assert sorted(sorted(m.countries) for m in found) == [
        ["AU", "IN", "JP", "US"],
        ["KR", "US"],
    ]


def test_bilateral_talks_on_the_day_of_a_trilateral_meeting_are_their_own_meetings() -> None:
    found = meetings(
        "Special Representative Sung Kim met his South Korean and Japanese counterparts, Noh "
        "Kyu-duk and Takehiro Funakoshi, in Seoul on Monday. Noh later sat down with Funakoshi "
        "for a one-on-one."
    )
    assert sorted(sorted(m.countries) for m in found) == [["JP", "KR"], ["JP", "KR", "US"]]
    assert {m.date for m in found} == {PartialDate(year=2021, month=6, day=21)}


def test_a_city_that_hosted_a_meeting_is_its_place() -> None:
    (m,) = meetings(
        "On June 12, Singapore hosted the meeting of President Joe Biden and Kim Jong Un."
    )
    assert m.location == "Singapore"


def test_later_in_the_day_with_no_day_told_is_the_day_of_the_text() -> None:
    (m,) = meetings(
        "President Moon Jae-in will speak with President Joe Biden by phone later in the day."
    )
    assert m.date == PartialDate(year=2021, month=6, day=24)


def test_one_on_a_visit_takes_part_in_it() -> None:
    (talks,) = meetings(
        "Noh Kyu-duk, who is on a three-day visit to Washington, met Sung Kim on Tuesday."
    )
    assert who(talks) == {"noh-kyu-duk", "sung-kim"}
    assert talks.location == "Washington"
    (call,) = meetings("Chung Eui-yong was on a trip to London when he met Antony Blinken.")
    assert who(call) == {"chung-eui-yong", "antony-blinken"}


def test_the_main_clause_keeps_its_subject_after_a_fronted_visit() -> None:
    (call,) = [
        m
        for m in meetings(
            "During a visit to Tokyo on Monday, Sung Kim spoke by phone with Noh Kyu-duk."
        )
        if m.modality.value == "phone"
    ]
    assert who(call) == {"sung-kim", "noh-kyu-duk"}
    (talks,) = meetings("While on a trip to Seoul, Sung Kim held talks with Noh Kyu-duk.")
    assert who(talks) == {"sung-kim", "noh-kyu-duk"}


def test_his_visit_in_a_fronted_clause_is_the_main_subjects_and_frames_the_meeting() -> None:
    text = (
        "Foreign Minister Chung Eui-yong spoke on Monday. During his visit to Tokyo, Sung Kim "
        "met Noh Kyu-duk."
    )
    (talks,) = meetings(text)
    assert who(talks) == {"sung-kim", "noh-kyu-duk"}
    assert talks.location == "Tokyo"
    text = (
        "Chung Eui-yong spoke on Monday. During her trip to London, Wendy Sherman met "
        "Choi Jong-kun."
    )
    (talks,) = meetings(text)
    assert who(talks) == {"wendy-sherman", "choi-jong-kun"}


def test_the_reporter_of_the_sentence_before_does_not_make_the_next_subject_a_teller() -> None:
    text = (
        "Chung Eui-yong met Antony Blinken on Tuesday, the ministry said Wednesday. Chung, who "
        "flew in on Sunday, also held a meeting with Sung Kim."
    )
    assert {frozenset(who(m)) for m in meetings(text)} >= {
        frozenset({"chung-eui-yong", "sung-kim"})
    }
    text = (
        "Noh Kyu-duk met Sung Kim on Monday, officials said Tuesday. Noh, the chief nuclear "
        "envoy, also had talks with Wendy Sherman."
    )
    assert {frozenset(who(m)) for m in meetings(text)} >= {
        frozenset({"noh-kyu-duk", "wendy-sherman"})
    }


def test_the_subject_of_a_verb_whose_object_is_part_of_a_meeting_does_not_take_part() -> None:
    # "the result of the summit": no one takes part in a result
    for text in (
        "After the inter-Korean summit, Moon Jae-in plans to dispatch Chung Eui-yong to "
        "Washington to explain the result of the summit.",
        "Once the U.S.-North Korea summit ends, Joe Biden will send Antony Blinken to Seoul to "
        "brief allies on the outcome of the summit.",
    ):
        found = meetings(text)
        assert found, text
        assert all(not who(m) for m in found), text


def test_a_clause_opened_by_while_or_but_has_its_own_subject() -> None:
    text = (
        "Antony Blinken and Lloyd Austin arrived in Seoul. Blinken called on Moon Jae-in on "
        "Thursday, while Austin met with Suh Wook on Wednesday."
    )
    assert frozenset({"lloyd-austin", "suh-wook"}) in {frozenset(who(m)) for m in meetings(text)}
    text = (
        "Sung Kim and Wendy Sherman were in Seoul. Kim gave a speech on Monday, but Sherman "
        "held talks with Choi Jong-kun."
    )
    assert frozenset({"wendy-sherman", "choi-jong-kun"}) in {
        frozenset(who(m)) for m in meetings(text)
    }


def test_the_tellers_patterns_need_their_words() -> None:
    import random
    import re

    from koreadip.extract import participants as pa

    for pattern, words in ((pa._AGENT_VERB, ("by",)), (pa._SAID_BY, pa._SAID_WORDS)):
        runs = re.findall(r"[a-z][a-z ]*", pattern.pattern)
        pieces = sorted({p for r in runs for p in (r, *r.split(), *(w + " " for w in r.split()))})
        rng = random.Random(3)
        hits = 0
        for _ in range(3000):
            text = "".join(
                rng.choice([*pieces, " ", "Kim ", ", "]) for _ in range(rng.randint(1, 7))
            )
            if pattern.search(text):
                hits += 1
                assert any(w in text for w in words), text
        assert hits > 20, pattern.pattern[:30]


def test_word_tests_before_scans_need_what_the_patterns_need() -> None:
    import random
    import re

    from koreadip.extract import anaphora, sides
    from koreadip.extract import participants as pa

    cases = [
        (pa._NEGATED, ("not", "n't", "without"), True),
        (anaphora.JOINS.pattern, anaphora._JOIN_WORDS, True),
        (pa._OTHER_SUBJECT, ("that", "whether"), False),
        (pa._PART_OF, ("of",), False),
        (sides._WHERE, ("where",), False),
        (sides._CITY_HOSTED, ("host",), False),
        (sides._COMPOUND, ("-",), False),
        (sides._INTER_KOREAN, ("-",), False),
    ]
    for pattern, words, lowered in cases:
        runs = re.findall(r"[A-Za-z][A-Za-z' -]*", pattern.pattern)
        pieces = sorted({p for r in runs for p in (r, *r.split(), *(w + " " for w in r.split()))})
        rng = random.Random(5)
        hits = 0
        for _ in range(6000):
            parts = [*pieces, " ", "the ", "Kim ", "Seoul, ", "U.S.-"]
            text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 7)))
            text = text.lower() if lowered else text
            if pattern.search(text):
                hits += 1
                assert any(w in text for w in words), (pattern.pattern[:30], text)
        assert hits > 10, pattern.pattern[:30]


_BETWEEN_PIECES = [
    "between ", "among ", "comprising ", "involving ", "bringing together ", "summit ", "talks ",
    "conferences ", "a ", "the ", "two ", "leaders ", ", ", ". ", "Kim ", "Moon ", "and ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_BETWEEN_PIECES), st.text(max_size=3)), max_size=14),
    st.integers(min_value=0, max_value=8),
)
def test_between_reads_only_the_head_of_the_rest_of_the_sentence(
    pieces: list[str], start: int
) -> None:
    # made-up text: the span is the one the whole rest of the sentence gives
    import re

    from koreadip.extract import participants

    text = "met " + "".join(pieces)
    tail = text[start:]
    m = re.compile(participants._BETWEEN.pattern, re.I).match(tail)
    whole = participants._clause_span(text, start + m.end(), len(text)) if m else None
    assert participants.between(text, start, len(text)) == whole


def test_owners_given_the_tails_answers_as_it_reads_them_itself() -> None:
    # made-up sentence: the summit is "between" two leaders, the later meeting is not
    from koreadip.extract import participants
    from koreadip.extract.spans import Spans
    from koreadip.extract.text import sentences
    from koreadip.extract.triggers import triggers

    text = "The summit between Kim and Moon took place, and the two met again on Friday."
    (sentence,) = sentences(text)
    found = triggers(sentence, Spans([]))
    live = list(range(len(found)))
    tails = [participants.between(text, t.end, sentence.end) for t in found]
    assert tails[0] is not None
    assert tails[-1] is None
    for fronted_end in (0, text.index(",")):
        given = participants.owners(text, sentence.end, found, live, [], fronted_end, tails)
        read = participants.owners(text, sentence.end, found, live, [], fronted_end)
        assert given == read
    assert participants.owners(text, sentence.end, found, live, [], 0, tails)[1] == {0}


def test_a_clause_after_a_trigger_is_read_only_where_someone_unclaimed_stands_in_it() -> None:
    from koreadip.extract.mentions import Mention
    from koreadip.extract.participants import _unclaimed_within

    # made-up mentions at 0-5 and 20-25
    named = [Mention(0, 5, 0, "Pompe"), Mention(20, 25, 1, "Kangs")]
    assert _unclaimed_within(named, {}, 10, 30)
    assert not _unclaimed_within(named, {20: 0}, 10, 30)  # claimed already
    assert not _unclaimed_within(named, {}, 6, 20)  # none starts in 6:20
    assert not _unclaimed_within([], {}, 0, 100)

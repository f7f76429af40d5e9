"""Events (``extract/events.py``): which sides a text speaks of, and merging the meeting drafts
of one text into events (made-up sentences and drafts)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip import MeetingStatus, Modality, PartialDate
from koreadip.extract import events
from koreadip.extract.drafts import MeetingDraft
from koreadip.extract.events import WEIGHED_EVENTS, merge_drafts


def _draft(sentence: int, participants: list[int], day: int) -> MeetingDraft:
    return MeetingDraft(
        start=sentence * 100,
        end=sentence * 100 + 4,
        modality=Modality.IN_PERSON,
        status=MeetingStatus.HELD,
        date=PartialDate(year=2019, month=1 + sentence % 12, day=1 + day % 28),
        location="Seoul",
        participants=participants,
        countries=["US", "KR"],
        sentence=sentence,
    )


def _page(between: int) -> list[MeetingDraft]:
    """A meeting of persons 0 and 1, ``between`` other meetings of other pairs on other days,
    then the first meeting told again (same pair, same day)."""
    first = _draft(0, [0, 1], 3)
    others = [_draft(k, [2 * k, 2 * k + 1], k + 7) for k in range(1, between + 1)]
    again = _draft(0, [0, 1], 3)
    again.start, again.sentence = (between + 1) * 100, between + 1
    return [first, *others, again]


def test_a_meeting_told_again_after_many_others_is_still_one_event() -> None:
    events = merge_drafts(_page(WEIGHED_EVENTS - 1), ["KR", "US"], None)
    assert len(events) == WEIGHED_EVENTS  # the first meeting, told twice, and the others
    assert [e.participants for e in events].count([0, 1]) == 1


def test_a_mention_is_weighed_only_against_the_latest_events() -> None:
    # past the limit (a page no article is like) the first meeting is out of reach: merging
    # stays linear in the number of events, and the mention makes an event of its own
    events = merge_drafts(_page(WEIGHED_EVENTS), ["KR", "US"], None)
    assert [e.participants for e in events].count([0, 1]) == 2


def test_visits_made_on_one_page_each_remain_an_event() -> None:
    visits = []
    for k in range(3):
        d = _draft(k, [k], k)
        d.travel, d.location = True, ("Tokyo", "Hanoi", "Manila")[k]
        visits.append(d)
    events = merge_drafts(visits, ["KR", "US"], None)
    assert sorted(e.location for e in events if e.location) == ["Hanoi", "Manila", "Tokyo"]


def test_three_sides_are_told_in_any_case_and_script() -> None:
    assert events._speaks_of_three("The Three Countries agreed to meet again.")
    assert events._speaks_of_three("the three met in Tokyo — again")  # not ASCII: the pattern
    assert not events._speaks_of_three("Threefold growth, the two countries said.")
    assert not events._speaks_of_three("The two sides met in Seoul — briefly.")


# pieces of made-up text for the scans below: the words they open with, what may follow them,
# and what stands beside them
_PLACE_PIECES = [
    "in ", "at ", "to ", "visit ", "visited ", "visiting ", "visits ", "Seoul", "New York",
    "Tokyo", "SEOUL", "NEW YORK", ",", "\n", " ", "the ", "three ", "The three", " countries",
    "sides", "xin ", "Kin", "tin\n", "-", "'",
]  # fmt: skip


#: the one scan city_mentions replaced, kept as the reference it must agree with
_ONE_SCAN = re.compile(
    r"(?=[iatvA-Z])"
    r"(?:\b(?:in|at|to|visit(?:ed|s|ing)?)\s+([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)|"
    r"^([A-Z]{3,}(?: [A-Z]{3,})?),)",
    re.MULTILINE,
)


@settings(max_examples=400)
@given(st.lists(st.one_of(st.sampled_from(_PLACE_PIECES), st.text(max_size=3)), max_size=24))
def test_city_mentions_are_the_places_of_the_one_scan_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert events.city_mentions(text) == [
        m.group(1) or (m.group(2) or "").title() for m in _ONE_SCAN.finditer(text)
    ]


def test_the_city_named_most_sets_the_text_and_a_tie_goes_to_the_dateline() -> None:
    # made-up text
    text = "SEOUL, May 3 -- Envoys met in Tokyo. They flew to Seoul, then to Tokyo."
    assert events.city_mentions(text) == ["Seoul", "Tokyo", "Seoul", "Tokyo"]
    assert events.main_city(text) is None  # two and two
    assert events.main_city(text, "Tokyo") == "Tokyo"  # the dateline's city counts once more
    assert events.main_city(text + " They stayed in Seoul.") == "Seoul"


@settings(max_examples=400)
@given(st.lists(st.one_of(st.sampled_from(_PLACE_PIECES), st.text(max_size=3)), max_size=24))
def test_three_sides_are_found_where_the_pattern_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert events._speaks_of_three(text) == bool(events._THREE.pattern.search(text))


def test_japan_is_a_side_only_where_a_meeting_has_it_and_the_text_speaks_of_three() -> None:
    trilateral = _draft(0, [0, 1], 3)
    trilateral.countries = ["US", "KR", "JP"]
    three = "The three countries met in Tokyo."  # made-up
    assert events.sides_of(three, [_draft(1, [0, 1], 3), trilateral]) == ["KR", "US", "JP"]
    assert events.sides_of(three, [_draft(1, [0, 1], 3)]) == ["KR", "US"]
    assert events.sides_of("The two met in Tokyo.", [trilateral]) == ["KR", "US"]

"""Dossier.merge: one official per person, one meeting per event, references kept whole."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Hashable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    Official,
    PartialDate,
    Participant,
    Position,
    Source,
    Span,
    Stance,
    Statement,
    Topic,
)
from koreadip.merge import merge_dossiers
from koreadip.testing import dossiers

# Small pools of ids and of nested dates make independently drawn dossiers share ids and
# report the same meetings, so merging has work to do.
DATES = ["2018", "2018-12", "2018-12-07", "2018-12-08", "XXXX-12-07", "XXXX-12"]
SHARED = dossiers(
    ids=st.sampled_from(["a", "b", "c", "noh", "kim"]),
    meeting_dates=st.none() | st.sampled_from([PartialDate.fromisoformat(d) for d in DATES]),
)


def _day(text: str) -> PartialDate:
    return PartialDate.fromisoformat(text)


def _meeting(mid: str, date: str | None, *who: str, **kw: object) -> Meeting:
    return Meeting(
        id=mid,
        date=None if date is None else _day(date),
        participants=[Participant(official_id=w) for w in who],
        **kw,  # type: ignore[arg-type]
    )


PLANNED, CANCELLED = MeetingStatus.PLANNED, MeetingStatus.CANCELLED
NOH = Official(id="noh-kyu-duk", name="Noh Kyu-duk", country="KR")
BIEGUN = Official(id="stephen-biegun", name="Stephen Biegun", country="US")


# ------------------------------------------------------------------ officials


def test_korean_name_order_and_hyphens_make_one_official() -> None:
    a = Dossier(officials=[NOH])
    b = Dossier(officials=[Official(id="kyu-duk-noh", name="Kyu-Duk Noh", title="envoy")])
    (noh,) = a.merge(b).officials
    assert (noh.id, noh.name, noh.aliases) == ("noh-kyu-duk", "Noh Kyu-duk", ("Kyu-Duk Noh",))
    assert (noh.country, noh.title) == ("KR", "envoy")


def test_officials_sharing_an_alias_key_merge_and_aliases_never_repeat_the_name() -> None:
    a = Official(id="x", name="Gyu-deok Noh", aliases=("Noh Kyu-duk", "Noh Gyu-deok"))
    b = Official(id="y", name="Noh Kyu-duk", aliases=("Gyu-deok Noh",))
    (merged,) = Dossier(officials=[a, b]).merge().officials
    assert merged.name == "Gyu-deok Noh"
    assert merged.aliases == ("Noh Kyu-duk", "Noh Gyu-deok")


def test_officials_with_the_same_id_merge_and_keep_every_spelling() -> None:
    a = Official(id="kim", name="Kim Jong Un", evidence=[Span(source_id="s", start=0, end=3)])
    b = Official(id="kim", name="Kim Jong-un", korean_name="김정은")
    (kim,) = Dossier(officials=[a, b]).merge().officials
    assert kim.aliases == ("Kim Jong-un",)
    assert kim.korean_name == "김정은"
    assert kim.evidence == (Span(source_id="s", start=0, end=3),)


def test_surname_only_official_joins_the_one_full_name_and_references_follow() -> None:
    part1 = Dossier(officials=[BIEGUN])
    part2 = Dossier(
        officials=[Official(id="biegun", name="Biegun", title="Special Representative")],
        statements=[Statement(id="q1", text="We are ready.", speaker_id="biegun")],
        positions=[Position(id="p1", holder="biegun", topic=Topic.DIALOGUE)],
    )
    merged = part2.merge(part1)
    (official,) = merged.officials
    assert (official.id, official.name, official.aliases) == (
        "stephen-biegun",
        "Stephen Biegun",
        ("Biegun",),
    )
    assert official.title == "Special Representative"
    assert merged.statements[0].speaker_id == "stephen-biegun"
    assert merged.positions[0].holder == "stephen-biegun"


def test_surname_matching_the_first_token_of_a_korean_order_name_merges() -> None:
    merged = Dossier(officials=[NOH, Official(id="noh", name="Noh")]).merge()
    assert [o.id for o in merged.officials] == ["noh-kyu-duk"]


def test_ambiguous_surname_stays_separate() -> None:
    officials = [
        Official(id="kim-jong-un", name="Kim Jong Un"),
        Official(id="kim-yo-jong", name="Kim Yo Jong"),
        Official(id="kim", name="Kim"),
    ]
    merged = Dossier(officials=officials).merge()
    assert [o.id for o in merged.officials] == ["kim-jong-un", "kim-yo-jong", "kim"]


def test_surname_of_another_country_stays_separate() -> None:
    merged = Dossier(officials=[BIEGUN, Official(id="b", name="Biegun", country="KR")]).merge()
    assert len(merged.officials) == 2


def _named(oid: str, name: str, country: str | None, source: str) -> Official:
    return Official(
        id=oid, name=name, country=country, evidence=[Span(source_id=source, start=0, end=1)]
    )


def _article(source: str, *officials: Official) -> Dossier:
    return Dossier(sources=[Source(id=source, path=f"{source}.txt")], officials=officials)


def test_a_bare_surname_joins_the_corpus_only_person_of_that_surname_and_country() -> None:
    a = _article(
        "a",
        _named("kim-gunn", "Kim Gunn", "KR", "a"),
        _named("kim-jong-un", "Kim Jong Un", "KP", "a"),
    )
    b = _article("b", _named("kim", "Kim", "KR", "b"))
    merged = a.merge(b)
    assert sorted((o.id, o.aliases) for o in merged.officials) == [
        ("kim-gunn", ("Kim",)),
        ("kim-jong-un", ()),
    ]


def test_a_bare_surname_from_another_document_stays_apart_when_two_people_fit() -> None:
    a = _article("a", _named("kim-gunn", "Kim Gunn", "KR", "a"))
    c = _article("c", _named("kim-hong-kyun", "Kim Hong-kyun", "KR", "c"))
    b = _article("b", _named("kim", "Kim", "KR", "b"))
    assert len(a.merge(b, c).officials) == 3


def test_a_bare_surname_joins_the_one_person_of_its_own_document() -> None:
    a = _article("a", _named("kim-gunn", "Kim Gunn", "KR", "a"), _named("kim", "Kim", None, "a"))
    c = _article("c", _named("kim-hong-kyun", "Kim Hong-kyun", "KR", "c"))
    merged = a.merge(c)
    assert sorted((o.id, o.aliases) for o in merged.officials) == [
        ("kim-gunn", ("Kim",)),
        ("kim-hong-kyun", ()),
    ]


def test_korean_romanisations_of_one_name_are_one_person() -> None:
    a = _article("a", _named("noh-kyu-duk", "Noh Kyu-duk", "KR", "a"))
    b = _article("b", _named("roh-gyu-deok", "Roh Gyu-deok", "KR", "b"))
    (noh,) = a.merge(b).officials
    assert (noh.id, noh.aliases) == ("noh-kyu-duk", ("Roh Gyu-deok",))
    # a romanisation key is only read for people known to be Korean
    c = _article("c", _named("roh-gyu-deok", "Roh Gyu-deok", None, "c"))
    assert len(a.merge(c).officials) == 2


def test_references_are_rewritten_everywhere() -> None:
    a = Dossier(
        officials=[NOH],
        meetings=[_meeting("m1", "2018-12-07", "noh-kyu-duk")],
    )
    b = Dossier(
        officials=[Official(id="kyu-duk-noh", name="Kyu-Duk Noh"), BIEGUN],
        meetings=[_meeting("m9", "2019-01-02", "kyu-duk-noh", "stephen-biegun")],
        statements=[Statement(id="s", text="Close coordination.", speaker_id="kyu-duk-noh")],
        positions=[Position(id="p", holder="kyu-duk-noh", topic=Topic.SANCTIONS)],
    )
    merged = a.merge(b)
    assert [o.id for o in merged.officials] == ["noh-kyu-duk", "stephen-biegun"]
    assert [[p.official_id for p in m.participants] for m in merged.meetings] == [
        ["noh-kyu-duk"],
        ["noh-kyu-duk", "stephen-biegun"],
    ]
    assert merged.statements[0].speaker_id == "noh-kyu-duk"
    assert merged.positions[0].holder == "noh-kyu-duk"


# ------------------------------------------------------------------ meetings


def test_meeting_reported_twice_with_a_coarser_date_becomes_one() -> None:
    officials = [NOH, BIEGUN]
    wire = Dossier(
        officials=officials,
        meetings=[
            _meeting("a", "2018-12", "noh-kyu-duk", sources=["wire"], modality=Modality.UNKNOWN)
        ],
    )
    note = Dossier(
        officials=[Official(id="kdn", name="Kyu-Duk Noh")],
        meetings=[
            _meeting(
                "b",
                "2018-12-07",
                "kdn",
                "stephen-biegun",
                sources=["note"],
                modality=Modality.IN_PERSON,
                location="Seoul",
                topics=[Topic.WORKING_GROUP],
            )
        ],
    )
    (meeting,) = wire.merge(note).meetings
    assert meeting.id == "a"
    assert meeting.date == _day("2018-12-07")
    assert meeting.sources == ("wire", "note")
    assert meeting.modality is Modality.IN_PERSON
    assert meeting.location == "Seoul"
    assert meeting.topics == (Topic.WORKING_GROUP,)
    assert [p.official_id for p in meeting.participants] == ["noh-kyu-duk", "stephen-biegun"]


def test_undated_meeting_joins_the_dated_one_with_shared_participants() -> None:
    merged = Dossier(
        officials=[NOH],
        meetings=[_meeting("x", None, "noh-kyu-duk"), _meeting("y", "2018-12-07", "noh-kyu-duk")],
    ).merge()
    assert [(m.id, m.date) for m in merged.meetings] == [("x", _day("2018-12-07"))]


def test_coarse_meeting_between_two_finer_ones_stays_apart() -> None:
    merged = Dossier(
        officials=[NOH],
        meetings=[
            _meeting("month", "2018-12", "noh-kyu-duk"),
            _meeting("d7", "2018-12-07", "noh-kyu-duk"),
            _meeting("d8", "2018-12-08", "noh-kyu-duk"),
        ],
    ).merge()
    assert [m.id for m in merged.meetings] == ["month", "d7", "d8"]


def test_meetings_on_different_days_or_without_shared_people_stay_apart() -> None:
    merged = Dossier(
        officials=[NOH, BIEGUN],
        meetings=[
            _meeting("a", "2018-12-07", "noh-kyu-duk"),
            _meeting("b", "2018-12-08", "noh-kyu-duk"),
            _meeting("c", "2018-12-07", "stephen-biegun"),
        ],
    ).merge()
    assert len(merged.meetings) == 3


def _report(source: str, published: str | None, *meetings: Meeting) -> Dossier:
    """One article: its source, published on a day, reporting ``meetings``."""
    day = None if published is None else datetime.date.fromisoformat(published)
    return Dossier(
        sources=[Source(id=source, published=day)],
        officials=[NOH, BIEGUN],
        meetings=[attrs.evolve(m, sources=[source]) for m in meetings],
    )


def test_a_plan_and_a_later_report_of_it_held_are_one_event_with_the_later_status() -> None:
    plan = _report("s1", "2018-12-01", _meeting("p", "2018-12-07", "noh-kyu-duk", status=PLANNED))
    held = _report("s2", "2018-12-08", _meeting("h", "2018-12-07", "noh-kyu-duk"))
    for merged in (plan.merge(held), held.merge(plan)):
        (meeting,) = merged.meetings
        assert meeting.status is MeetingStatus.HELD
        assert set(meeting.sources) == {"s1", "s2"}
        assert meeting.source_count == 2


def test_a_plan_reported_after_the_meeting_was_reported_held_is_another_meeting() -> None:
    held = _report("s1", "2018-06-14", _meeting("h", None, "noh-kyu-duk", "stephen-biegun"))
    plan = _report(
        "s2", "2019-03-01", _meeting("p", None, "noh-kyu-duk", "stephen-biegun", status=PLANNED)
    )
    assert len(held.merge(plan).meetings) == 2


def test_a_meeting_reported_held_and_one_reported_cancelled_stay_apart() -> None:
    a = _report("s1", None, _meeting("h", "2018-12-07", "noh-kyu-duk"))
    b = _report("s2", None, _meeting("c", "2018-12-07", "noh-kyu-duk", status=CANCELLED))
    assert len(a.merge(b).meetings) == 2


def test_one_document_never_reports_one_event_twice() -> None:
    one = _report(
        "s1",
        None,
        _meeting("lee", "2018-09-11", "stephen-biegun", "lee-do-hoon"),
        _meeting("kang", "2018-09-11", "stephen-biegun", "kang-kyung-wha"),
    )
    other = _report("s2", None, _meeting("x", "2018-09-11", "stephen-biegun", "lee-do-hoon"))
    merged = one.merge(other)
    # the second article's meeting is the first article's meeting with the same two people
    assert sorted((m.id, m.sources) for m in merged.meetings) == [
        ("kang", ("s1",)),
        ("lee", ("s1", "s2")),
    ]


def test_a_meeting_carried_by_many_outlets_is_one_meeting_reported_by_all() -> None:
    copies = [
        _report(f"s{i:03}", "2018-12-08", _meeting(f"m{i}", "2018-12-07", "noh-kyu-duk"))
        for i in range(300)
    ]
    coarse = _report("wire", "2018-12-09", _meeting("w", "2018-12", "noh-kyu-duk"))
    (meeting,) = merge_dossiers([*copies, coarse]).meetings
    assert meeting.source_count == 301
    assert meeting.date == _day("2018-12-07")


def test_a_copy_of_one_of_two_alike_reports_of_one_document_joins_neither() -> None:
    a, b = (
        attrs.evolve(
            _meeting(mid, "2018-12-07", "noh-kyu-duk"),
            evidence=[Span(source_id="s1", start=start, end=start + 10)],
        )
        for mid, start in (("a", 0), ("b", 50))
    )
    copy = attrs.evolve(a, id="c", sources=["s2"], evidence=[Span(source_id="s2", start=0, end=10)])
    merged = merge_dossiers([_report("s1", None, a, b), _report("s2", None, copy)])
    assert [m.source_count for m in merged.meetings] == [1, 1, 1]


def test_a_merged_meeting_absorbs_its_own_reports_even_when_one_misdates_itself() -> None:
    # a plan of 12 June (year unsaid), and a plan of "2018" published after 2018 was over: the
    # second contradicts its own timing, so windows cannot part them -- nor the merged meeting
    # from its first report when the corpus is merged again
    def plan(source: str, published: str, date: str) -> Dossier:
        evidence = [Span(source_id=source, start=0, end=20)]
        meeting = _meeting(source, date, "noh-kyu-duk", status=PLANNED, evidence=evidence)
        return _report(source, published, meeting)

    june, late = plan("s1", "2018-06-14", "XXXX-06-12"), plan("s2", "2019-03-01", "2018")
    merged = merge_dossiers([june, late])
    (meeting,) = merged.meetings
    assert meeting.date == _day("2018-06-12")
    assert merge_dossiers([merged, june, late]).meetings == merged.meetings


def test_a_plan_joined_through_the_reports_between_stays_joined_when_merged_again() -> None:
    # made up: a call told undated (published 14 June), the same call dated 12 June with no
    # publication day, and a plan of it published months later; the plan joins the call
    # through the dated report, and must not part from it when the corpus is merged again
    def told(source: str, published: str | None, mark: int, **kw: object) -> Dossier:
        evidence = [Span(source_id=source, start=mark, end=mark + 5)]
        meeting = _meeting(source, kw.pop("date", None), *kw.pop("who", ()), evidence=evidence)
        return _report(source, published, attrs.evolve(meeting, **kw))  # type: ignore[arg-type]

    video = Modality.VIDEO
    parts = [
        told("s1", "2018-06-14", 1, who=["noh-kyu-duk"], modality=video, countries=["US", "KR"]),
        told("s2", None, 2, date="2018-06-12", who=["noh-kyu-duk"], modality=video),
        told("s3", "2019-03-01", 3, date="2018-06-12", modality=video, status=PLANNED),
    ]
    merged = merge_dossiers(parts)
    assert merge_dossiers([merged, *parts]).meetings == merged.meetings
    assert merge_dossiers([*parts, merged]).meetings == merged.meetings


@pytest.mark.parametrize("elsewhere", ["서울", "—"])
def test_a_place_no_city_key_reads_does_not_stand_for_a_merged_meetings_city(
    elsewhere: str,
) -> None:
    # made up: a place written in Hangul (a city of its own to the key) or as a dash (no city
    # at all) beside 'Seoul'; merging again must not join what Seoul kept from Washington
    kw: dict[str, Any] = {"modality": Modality.IN_PERSON}
    first = _meeting("b", None, "noh-kyu-duk", location=elsewhere, **kw)
    second = _meeting("c", None, "noh-kyu-duk", location="Seoul", **kw)
    other = _meeting("w", None, "noh-kyu-duk", location="Washington")
    merged = Dossier(officials=[NOH], meetings=[first, second, other]).merge()
    assert merged.merge() == merged
    assert "Washington" in {m.location for m in merged.meetings}


def test_reports_published_on_the_first_or_last_day_there_is_merge_without_overflow() -> None:
    first = _report("s1", "0001-01-01", _meeting("a", "XXXX-01", "noh-kyu-duk", status=PLANNED))
    last = _report("s2", "9999-12-31", _meeting("b", None, "noh-kyu-duk"))
    month = _report("s3", "0001-01-02", _meeting("c", "0001-01", "noh-kyu-duk"))
    merged = merge_dossiers([first, last, month])
    assert sorted(s for m in merged.meetings for s in m.sources) == ["s1", "s2", "s3"]


def test_a_report_that_fits_two_events_of_one_document_joins_neither() -> None:
    one = _report(
        "s1",
        None,
        _meeting("lee", "2018-09-11", "stephen-biegun", "lee-do-hoon"),
        _meeting("kang", "2018-09-11", "stephen-biegun", "kang-kyung-wha"),
    )
    vague = _report("s2", None, _meeting("x", "2018-09-11", "stephen-biegun"))
    assert len(one.merge(vague).meetings) == 3


def test_reports_in_different_cities_or_modalities_are_different_meetings() -> None:
    def article(source: str, **kw: object) -> Dossier:
        return _report(source, None, _meeting(source, "2018-12", "noh-kyu-duk", **kw))

    seoul = article("s1", location="Seoul", modality=Modality.IN_PERSON)
    assert len(seoul.merge(article("s2", location="Brussels")).meetings) == 2
    assert len(seoul.merge(article("s2", modality=Modality.PHONE)).meetings) == 2
    assert len(seoul.merge(article("s2", location="seoul")).meetings) == 1
    assert len(seoul.merge(article("s2", modality=Modality.UNKNOWN)).meetings) == 1


def test_reports_dated_to_different_months_or_years_are_different_meetings() -> None:
    def article(source: str, date: str) -> Dossier:
        return _report(source, None, _meeting(source, date, "noh-kyu-duk", "stephen-biegun"))

    assert len(article("s1", "XXXX-06").merge(article("s2", "XXXX-04")).meetings) == 2
    assert len(article("s1", "2018-06").merge(article("s2", "2019-06")).meetings) == 2
    (one,) = article("s1", "2018").merge(article("s2", "XXXX-06-12")).meetings
    assert one.date == _day("2018-06-12")  # what each report knows, united


def test_undated_reports_of_the_same_people_join_only_when_reported_the_same_week() -> None:
    def article(source: str, published: str) -> Dossier:
        return _report(source, published, _meeting(source, None, "noh-kyu-duk", "stephen-biegun"))

    assert len(article("s1", "2019-03-01").merge(article("s2", "2019-03-05")).meetings) == 1
    assert len(article("s1", "2018-06-14").merge(article("s2", "2019-03-05")).meetings) == 2


def test_a_coarser_meeting_joins_only_a_meeting_with_all_its_participants() -> None:
    merged = Dossier(
        officials=[NOH, BIEGUN],
        meetings=[
            _meeting("month", "2018-12", "noh-kyu-duk", "stephen-biegun"),
            _meeting("day", "2018-12-07", "noh-kyu-duk"),
        ],
    ).merge()
    assert [m.id for m in merged.meetings] == ["month", "day"]


def test_coarse_dated_meetings_merge_only_with_the_same_participants() -> None:
    merged = Dossier(
        officials=[NOH, BIEGUN],
        meetings=[
            _meeting("a", "2018-12", "noh-kyu-duk", "stephen-biegun"),
            _meeting("b", "2018-12", "stephen-biegun", "noh-kyu-duk"),
            _meeting("c", "2018-12", "noh-kyu-duk"),
        ],
    ).merge()
    assert [m.id for m in merged.meetings] == ["a", "c"]


def test_meetings_without_participants_merge_on_a_full_date_and_the_same_sides() -> None:
    merged = Dossier(
        meetings=[
            _meeting("a", "2018-12-07", countries=["US", "KR"], sources=["s1"]),
            _meeting("b", "2018-12-07", countries=["KR", "US"], location="Seoul", sources=["s2"]),
            _meeting("c", "2018-12-07", countries=["KR", "JP"], sources=["s3"]),
            _meeting("d", "2018-12", countries=["KR", "US"], sources=["s4"]),
        ]
    ).merge()
    assert [(m.id, m.countries, m.location) for m in merged.meetings] == [
        ("a", ("US", "KR"), "Seoul"),
        ("c", ("KR", "JP"), None),
        ("d", ("KR", "US"), None),
    ]


def test_different_meetings_with_the_same_id_get_unique_ids_and_statements_follow() -> None:
    a = Dossier(
        meetings=[_meeting("m1", "2018-12-07", "x")],
        statements=[Statement(id="s1", text="one", meeting_id="m1")],
    )
    b = Dossier(
        meetings=[_meeting("m1", "2019-02-27", "y")],
        statements=[Statement(id="s1", text="two", meeting_id="m1")],
    )
    merged = a.merge(b)
    assert [m.id for m in merged.meetings] == ["m1", "m1-2"]
    assert [(s.id, s.meeting_id) for s in merged.statements] == [("s1", "m1"), ("s1-2", "m1-2")]


# ------------------------------------------------------------------ the rest


def test_duplicate_statements_positions_and_sources_collapse() -> None:
    ev1, ev2 = Span(source_id="s1", start=0, end=5), Span(source_id="s2", start=9, end=12)
    a = Dossier(
        sources=[Source(id="s1", publisher="UPI", cites=["n1"])],
        statements=[Statement(id="q", text="“Yes,” he said", speaker="Noh", evidence=[ev1])],
        positions=[Position(id="p", holder="KR", topic=Topic.SANCTIONS, evidence=[ev1])],
    )
    b = Dossier(
        sources=[Source(id="s1", title="Talks", cites=["n2"]), Source(id="s2")],
        statements=[Statement(id="r", text="“Yes,” he said", speaker="Noh", evidence=[ev2])],
        positions=[
            Position(id="p2", holder="KR", topic=Topic.SANCTIONS, evidence=[ev2]),
            Position(id="p3", holder="KR", topic=Topic.SANCTIONS, stance=Stance.OPPOSE),
        ],
    )
    merged = a.merge(b)
    assert [(s.id, s.publisher, s.title, s.cites) for s in merged.sources] == [
        ("s1", "UPI", "Talks", ("n1", "n2")),
        ("s2", None, None, ()),
    ]
    assert [(s.id, s.evidence) for s in merged.statements] == [("q", (ev1, ev2))]
    assert [(p.id, p.evidence) for p in merged.positions] == [("p", (ev1, ev2)), ("p3", ())]


def test_merging_nothing_gives_an_empty_dossier() -> None:
    assert merge_dossiers([]) == Dossier()


# ------------------------------------------------------------------ properties


def _spellings(d: Dossier) -> dict[str, frozenset[str]]:
    return {o.id: frozenset((o.name, *o.aliases)) for o in d.officials}


def _shape(d: Dossier) -> dict[str, Hashable]:
    """The dossier with ids abstracted away: what merging must agree on in any order."""
    who = _spellings(d)

    def ref(oid: str | None) -> Hashable:
        return None if oid is None else who.get(oid, oid)

    return {
        "sources": frozenset(s.id for s in d.sources),
        "officials": Counter((who[o.id], frozenset(o.evidence)) for o in d.officials),
        "meetings": Counter(
            (
                m.date,
                frozenset(ref(p.official_id) for p in m.participants),
                frozenset(m.countries),
                frozenset(m.topics),
                frozenset(m.sources),
                frozenset(m.evidence),
            )
            for m in d.meetings
        ),
        "statements": Counter(
            (s.text, ref(s.speaker_id), s.speaker, frozenset(s.sources), frozenset(s.evidence))
            for s in d.statements
        ),
        "positions": Counter(
            (ref(p.holder), p.topic, p.stance, frozenset(p.sources), frozenset(p.evidence))
            for p in d.positions
        ),
    }


def assert_consistent(d: Dossier) -> None:
    """Every reference resolves and ids are unique per record type."""
    source_ids = {s.id for s in d.sources}
    official_ids = {o.id for o in d.officials}
    meeting_ids = {m.id for m in d.meetings}
    for records in (d.sources, d.officials, d.meetings, d.statements, d.positions):
        assert len({r.id for r in records}) == len(records)
    for o in d.officials:
        assert o.name not in o.aliases
        assert len(set(o.aliases)) == len(o.aliases)
    for m in d.meetings:
        assert {p.official_id for p in m.participants} <= official_ids
    for s in d.statements:
        assert s.speaker_id is None or s.speaker_id in official_ids
        assert s.meeting_id is None or s.meeting_id in meeting_ids
    for record in (*d.sources, *d.officials, *d.meetings, *d.statements, *d.positions):
        assert set(getattr(record, "cites", ())) <= source_ids
        assert set(getattr(record, "sources", ())) <= source_ids
        assert {e.source_id for e in getattr(record, "evidence", ())} <= source_ids


@settings(deadline=None)  # timing under load is not what these test
@given(SHARED)
def test_merging_a_dossier_with_itself_changes_nothing_more(d: Dossier) -> None:
    assert d.merge(d) == d.merge()


@settings(deadline=None)  # timing under load is not what these test
@given(SHARED, SHARED)
def test_merge_is_idempotent(a: Dossier, b: Dossier) -> None:
    merged = a.merge(b)
    assert merged.merge() == merged


@settings(deadline=None)  # timing under load is not what these test
@given(SHARED, SHARED, SHARED)
def test_merge_is_order_independent_up_to_record_order(a: Dossier, b: Dossier, c: Dossier) -> None:
    assert _shape(a.merge(b)) == _shape(b.merge(a))
    assert _shape(a.merge(b, c)) == _shape(c.merge(b, a)) == _shape(b.merge(c, a))


@settings(deadline=None)  # timing under load is not what these test
@given(SHARED, SHARED)
def test_merge_never_loses_a_spelling_or_a_source(a: Dossier, b: Dossier) -> None:
    merged = a.merge(b)
    kept = set().union(*_spellings(merged).values())
    assert kept == set().union(*_spellings(a).values(), *_spellings(b).values())
    # copies of one text read in two places each keep their source, as <id>-copy-<place>
    kept_ids = {re.sub(r"-copy-[0-9a-f]{8}$", "", s.id) for s in merged.sources}
    assert kept_ids == {s.id for s in (*a.sources, *b.sources)}


@settings(deadline=None)  # timing under load is not what these test
@given(SHARED, SHARED)
def test_every_reference_resolves_after_merging(a: Dossier, b: Dossier) -> None:
    assert_consistent(a.merge(b))


# ------------------------------------------------------------------ properties of a corpus

KANG = Official(id="kang-kyung-wha", name="Kang Kyung-wha", country="KR")
_PEOPLE = ["noh-kyu-duk", "stephen-biegun", "kang-kyung-wha"]
_REPORT_DATES = [
    None,
    "2018",
    "2018-06",
    "2018-06-12",
    "2018-06-13",
    "XXXX-06-12",
    "2019-02",
    "2019-02-27",
]
_PLACES = [None, "Seoul", "seoul", "Washington", "Washington, D.C.", "Hanoi"]
_PUBLISHED = [
    None,
    datetime.date(2018, 6, 1),
    datetime.date(2018, 6, 14),
    datetime.date(2019, 3, 1),
]


@st.composite
def articles(draw: st.DrawFn) -> list[Dossier]:
    """One to five made-up articles, each its own source, reporting one to three meetings of a
    few people on nested dates, in a few places and ways; each report has its own evidence."""
    out = []
    mark = 0
    for i in range(draw(st.integers(1, 5))):
        sid = f"s{i}"
        meetings = []
        for j in range(draw(st.integers(1, 3))):
            mark += 1
            date = draw(st.sampled_from(_REPORT_DATES))
            meetings.append(
                Meeting(
                    id=f"{sid}-m{j}",
                    date=None if date is None else _day(date),
                    status=draw(st.sampled_from(MeetingStatus)),
                    modality=draw(st.sampled_from(Modality)),
                    location=draw(st.sampled_from(_PLACES)),
                    participants=[
                        Participant(official_id=p)
                        for p in draw(st.lists(st.sampled_from(_PEOPLE), max_size=2, unique=True))
                    ],
                    countries=draw(st.sampled_from([["US", "KR"], ["KR", "US"], ["US", "KP"]])),
                    sources=[sid],
                    evidence=[Span(source_id=sid, start=mark, end=mark)],
                )
            )
        published = draw(st.sampled_from(_PUBLISHED))
        out.append(
            Dossier(
                sources=[Source(id=sid, published=published)],
                officials=[NOH, BIEGUN, KANG],
                meetings=meetings,
            )
        )
    return out


def _reports(parts: list[Dossier]) -> dict[Span, Meeting]:
    return {m.evidence[0]: m for d in parts for m in d.meetings}


def _place(location: str | None) -> str | None:
    return None if location is None else location.split(",")[0].strip().lower()


def _contradict(a: Meeting, b: Meeting) -> bool:
    ya, yb = a.date, b.date
    if ya is not None and yb is not None:
        for x, y in ((ya.year, yb.year), (ya.month, yb.month), (ya.day, yb.day)):
            if x is not None and y is not None and x != y:
                return True
    pa, pb = _place(a.location), _place(b.location)
    remote = {Modality.PHONE, Modality.VIDEO}
    return (
        (pa is not None and pb is not None and pa != pb)
        or (
            {a.modality, b.modality} & remote != set()
            and Modality.IN_PERSON in {a.modality, b.modality}
        )
        or {a.status, b.status} == {MeetingStatus.HELD, MeetingStatus.CANCELLED}
        or bool(set(a.sources) & set(b.sources))
    )


@settings(max_examples=300, deadline=None)
@given(articles())
def test_no_merge_joins_reports_that_contradict_each_other(parts: list[Dossier]) -> None:
    reports = _reports(parts)
    merged = merge_dossiers(parts)
    seen: list[Span] = []
    for meeting in merged.meetings:
        members = [reports[e] for e in meeting.evidence]
        seen += meeting.evidence
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                assert not _contradict(a, b), (a, b)
        assert set(meeting.sources) == {s for m in members for s in m.sources}
        assert meeting.source_count == len(set(meeting.sources))
        for m in members:  # the merged date is what every report says, united
            if m.date is not None:
                assert meeting.date is not None
                assert all(
                    x is None or x == y
                    for x, y in zip(
                        (m.date.year, m.date.month, m.date.day),
                        (meeting.date.year, meeting.date.month, meeting.date.day),
                        strict=True,
                    )
                )
    assert sorted(seen, key=lambda s: s.start) == sorted(reports, key=lambda s: s.start)


@settings(max_examples=300, deadline=None)
@given(articles(), st.randoms(use_true_random=False))
def test_merging_articles_is_order_independent_and_idempotent(
    parts: list[Dossier], rnd: Any
) -> None:
    merged = merge_dossiers(parts)
    shuffled = list(parts)
    rnd.shuffle(shuffled)
    assert _shape(merge_dossiers(shuffled)) == _shape(merged)
    assert merged.merge() == merged
    # a merged corpus absorbs its own articles again: a report met twice is one report
    assert _shape(merge_dossiers([merged, *parts])) == _shape(merged)


def test_the_merge_modules_examples_run() -> None:
    import doctest

    from koreadip import merge, merge_rules, unionfind

    for module in (merge, merge_rules, unionfind):
        result = doctest.testmod(module)
        assert result.attempted > 0, module
        assert result.failed == 0, module


def test_a_lone_record_is_kept_as_it_is_unless_it_repeats_a_source_or_a_span() -> None:
    from koreadip import merge, merge_combine, merge_officials

    span = Span(source_id="src-a", start=0, end=4)
    once = Statement(id="s1", text="We met.", sources=("src-a",), evidence=(span,))
    twice = attrs.evolve(once, sources=("src-a", "src-a"), evidence=(span, span))
    assert merge._combine_statements([once]) is once
    assert merge._combine_statements([twice]) == once
    meeting = Meeting(id="m1", countries=("US", "KR"), sources=("src-a",), evidence=(span,))
    assert merge_combine.combine([meeting]) is meeting
    repeated = attrs.evolve(meeting, countries=("US", "KR", "US"))
    assert merge_combine.combine([repeated]) == meeting
    kim = Official(id="kim", name="Kim Ji-won", aliases=("Ji-won Kim",), evidence=(span,))
    assert merge_officials._combine([kim]) is kim
    named_twice = attrs.evolve(kim, aliases=("Kim Ji-won", "Ji-won Kim", "Ji-won Kim"))
    assert merge_officials._combine([named_twice]) == kim

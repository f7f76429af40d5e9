"""The meeting merge stays linear on a page telling of hundreds of meetings on one day with one
envoy, and judges everything else as the plain rules it replaces (kept here as the reference)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import reduce
from itertools import combinations

import attrs
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from koreadip import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    PartialDate,
    Participant,
    Source,
    Span,
)
from koreadip.extract.events import WEIGHED_EVENTS
from koreadip.merge_meetings import _Merger
from koreadip.merge_rules import (
    _RANK,
    Conflict,
    Summary,
    _window,
    conflicts,
    falls_within,
    join_all,
    join_for_conflicts,
    join_summaries,
    modality_of,
    same_day,
    unified,
    unify_dates,
)
from koreadip.merge_tables import ReportKey, Table, Tables
from koreadip.merge_within import CROWD, finer_keys, within_joins
from koreadip.merge_within_kept import KeptChoices
from koreadip.provenance import Documents

DATES = (
    None,
    PartialDate(year=2019),
    PartialDate(year=2019, month=3),
    PartialDate(month=3),
    PartialDate(year=2019, month=3, day=4),
    PartialDate(year=2019, month=3, day=5),
    PartialDate(month=3, day=4),
)
DAY = dt.date(2019, 3, 1)
PEOPLE = ("kim", "lee", "park", "moon", "choi")


@st.composite
def summaries(draw: st.DrawFn, *, documents: bool = True, people: int = 4) -> Summary:
    """A made-up group of reports (without ``documents``: a part of one page, which has none)
    of up to ``people`` of :data:`PEOPLE`."""
    date = draw(st.sampled_from(DATES))
    status = draw(st.sampled_from((MeetingStatus.HELD, *MeetingStatus)))
    modality = draw(st.sampled_from(list(Modality)))
    docs = draw(st.sets(st.sampled_from("abcdefghijklmnop"), min_size=1, max_size=2))
    spans = {Span(source_id=d, start=draw(st.integers(0, 2)), end=9) for d in docs}
    days = draw(st.one_of(st.none(), st.lists(st.integers(0, 20), min_size=1, max_size=2)))
    reported = (
        None if days is None else (DAY + dt.timedelta(min(days)), DAY + dt.timedelta(max(days)))
    )
    return Summary(
        date=date,
        status=status,
        modality=modality,
        city=draw(st.sampled_from((None, "seoul", "hanoi"))),
        participants=frozenset(draw(st.sets(st.sampled_from(PEOPLE), max_size=people))),
        countries=draw(st.sampled_from((frozenset({"US", "KR"}), frozenset({"US"})))),
        sources=frozenset(docs),
        documents=frozenset(docs) if documents else frozenset(),
        evidence=frozenset(spans),
        reported=reported,
        window=_window(status, date, reported),
        remote=None if modality is Modality.UNKNOWN else modality is not Modality.IN_PERSON,
    )


def _one_event(groups: list[Summary], *, lean: bool, spans: bool = True) -> bool:
    """Whether the groups, joined in order, never conflict (as ``_Merger._could_be_one``)."""
    union = groups[0]
    for h in groups[1:]:
        if conflicts(union, h):
            return False
        union = join_for_conflicts(union, h, spans=spans) if lean else join_summaries(union, h)
    return True


#: what :func:`conflicts` reads of a group
READ = ("date", "status", "city", "remote", "documents", "evidence", "reported", "window")


@settings(max_examples=300, deadline=None)
@given(summaries(), summaries())
def test_the_lean_join_holds_what_conflicts_reads_as_the_whole_join(g: Summary, h: Summary) -> None:
    if conflicts(g, h):
        return  # never joined
    lean, whole = join_for_conflicts(g, h), join_summaries(g, h)
    assert [getattr(lean, f) for f in READ] == [getattr(whole, f) for f in READ]
    spared = join_for_conflicts(g, h, spans=False)
    assert spared.evidence == g.evidence
    assert [getattr(spared, f) for f in READ if f != "evidence"] == [
        getattr(whole, f) for f in READ if f != "evidence"
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(summaries(), min_size=2, max_size=8))
def test_joining_only_what_conflicts_reads_judges_as_the_whole_join(groups: list[Summary]) -> None:
    assert _one_event(groups, lean=True) == _one_event(groups, lean=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(summaries(documents=False), min_size=2, max_size=8))
def test_on_the_parts_of_one_page_spans_need_not_be_joined(groups: list[Summary]) -> None:
    assert _one_event(groups, lean=True, spans=False) == _one_event(groups, lean=False)


def _within_candidates_by_scan(
    summaries: dict[int, Summary],
) -> Iterator[tuple[int, list[int]]]:
    """Tier 3's candidates as it found them before they were filed by precision, remoteness,
    city and pair: every group of the rarest person under the keys of the date, with every pair
    of every group's people indexed beforehand (the rule the lazy pair index replaced)."""
    index: dict[tuple[str, int | None, int | None], list[int]] = defaultdict(list)
    by_person: dict[str, list[int]] = defaultdict(list)
    by_month: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for root, s in summaries.items():
        if s.date is None:
            continue
        for p in s.participants:
            index[p, s.date.year, s.date.month].append(root)
            by_person[p].append(root)
            by_month[p, s.date.month].append(root)
        for pair in combinations(sorted(s.participants), 2):
            by_pair[pair].append(root)
    for root, s in summaries.items():
        if not s.participants or (s.date is not None and s.date.is_complete):
            continue
        keys = finer_keys(s)
        rarest = min(s.participants, key=lambda p: (len(by_person[p]), p))
        found: Iterable[int]
        if keys is not None:
            found = [o for k in keys for o in index.get((rarest, *k), ())]
        elif s.date is not None and s.date.month is not None:
            found = by_month[rarest, s.date.month] + by_month[rarest, None]
        elif len(s.participants) > 1:
            found = min((by_pair[p] for p in combinations(sorted(s.participants), 2)), key=len)
        else:
            found = by_person[rarest]
        yield root, [other for other in found if other != root]


def _within_joins_by_scan(summaries: dict[int, Summary]) -> list[tuple[int, int]]:
    """Tier 3's joins judged on :func:`_within_candidates_by_scan`, in order: those naming the
    group's city, then those naming none, each judged until a second is found."""
    joins = []
    for root, candidates in _within_candidates_by_scan(summaries):
        g = summaries[root]
        runs = [candidates]
        if g.city is not None:
            runs = [
                [c for c in candidates if summaries[c].city == g.city],
                [c for c in candidates if summaries[c].city is None],
            ]
        pick: list[int] = []
        for run in runs:
            for c in run:
                if falls_within(g, summaries[c]) and not conflicts(g, summaries[c]):
                    pick.append(c)
                    if len(pick) > 1:
                        break
            if pick:
                break
        if len(pick) == 1:
            joins.append((root, pick[0]))
    return joins


@settings(max_examples=400, deadline=None)
@given(st.lists(summaries(), min_size=1, max_size=16))
def test_tier_3_joins_as_judging_every_group_of_the_rarest_person_did(
    groups: list[Summary],
) -> None:
    by_root = dict(enumerate(groups))
    assert within_joins(by_root) == _within_joins_by_scan(by_root)


@settings(max_examples=200, deadline=None)
@given(st.lists(summaries(people=5), min_size=1, max_size=16), st.integers(1, 4))
def test_tier_3_joins_the_same_with_groups_filed_as_crowds(
    groups: list[Summary], crowd: int
) -> None:
    by_root = dict(enumerate(groups))
    assert len(PEOPLE) < CROWD  # the shelves of pairs, in the test above
    assert within_joins(by_root, crowd=crowd) == _within_joins_by_scan(by_root)


def _merger(n: int, *, one_document: bool) -> _Merger:
    """A merger of ``n`` reports of meetings on one day, each of one envoy with another official,
    from a source of its own."""
    day = PartialDate(year=2018, month=10, day=7)
    meetings = [
        Meeting(
            id=f"m{i}",
            date=day,
            participants=(Participant(official_id="envoy"), Participant(official_id=f"p{i}")),
            sources=(f"s{i}",),
        )
        for i in range(n)
    ]
    parts = [Dossier(sources=[Source(id=f"s{i}")], meetings=[m]) for i, m in enumerate(meetings)]
    return _Merger(meetings, Documents(parts, one_document=one_document), {i: i for i in range(n)})


def test_a_page_weighs_a_meeting_against_the_latest_and_next_of_its_day_only() -> None:
    n = 2 * WEIGHED_EVENTS + 50
    page = _merger(n, one_document=True)
    weighed = set(page._pairs_of_day(list(page.summaries), page.summaries))
    assert weighed == {(a, b) for a, b in combinations(range(n), 2) if b - a <= WEIGHED_EVENTS}
    corpus = _merger(n, one_document=False)
    pairs = corpus._pairs_of_day(list(corpus.summaries), corpus.summaries)
    assert set(pairs) == set(combinations(range(n), 2))


def test_up_to_the_limit_a_page_weighs_every_pair_of_its_day() -> None:
    n = WEIGHED_EVENTS + 1
    page = _merger(n, one_document=True)
    pairs = page._pairs_of_day(list(page.summaries), page.summaries)
    assert list(pairs) == list(combinations(range(n), 2))


REPORTED_DATES = (
    None,
    PartialDate(year=2019, month=3),
    PartialDate(month=3),
    PartialDate(year=2019, month=3, day=4),
)


@st.composite
def reports(draw: st.DrawFn, *, retold: bool = False) -> list[Dossier]:
    """Made-up reports, one a dossier, of meetings of a few people in one month or on one day
    (tiers 1 and 2): some reporting from one document, some dated, in a city or not.

    ``retold``: the words of a few sources, each meeting telling one or two of their spans (the
    same report met again, or a meeting merged before from two: tier 0), rather than a span of
    a source of its own."""
    parts = []
    for i in range(draw(st.integers(2, 14))):
        sources = []
        for k in draw(st.lists(st.integers(0, 4), min_size=1, max_size=2)) if retold else [i]:
            sources.append(
                Source(
                    id=f"s{k}",
                    path=f"doc{k % 4 if retold else draw(st.integers(0, 7))}.txt",
                    published=draw(
                        st.sampled_from((None, DAY, DAY + dt.timedelta(3), DAY + dt.timedelta(20)))
                    ),
                )
            )
        sources = list({s.id: s for s in sources}.values())
        people = draw(st.sets(st.sampled_from(PEOPLE[:3]), min_size=1, max_size=2))
        spans = [Span(source_id=s.id, start=draw(st.integers(0, 2)), end=9) for s in sources]
        meeting = Meeting(
            id=f"m{i}",
            date=draw(st.sampled_from(REPORTED_DATES)),
            status=draw(st.sampled_from((MeetingStatus.HELD, MeetingStatus.PLANNED))),
            modality=draw(st.sampled_from(list(Modality))),
            location=draw(st.sampled_from((None, "Seoul", "Hanoi"))),
            participants=tuple(Participant(official_id=p) for p in sorted(people)),
            countries=("KR", "US"),
            sources=tuple(s.id for s in sources),
            evidence=tuple(spans),
        )
        parts.append(Dossier(sources=sources, meetings=[meeting]))
    return parts


class _FiledAnew(Tables):
    """Every table filed anew from the groups whenever a tier asks, every key of it changed."""

    def spans(self) -> Table[Span]:
        self._spans = None
        return super().spans()

    def days(self) -> Table[PartialDate]:
        self._days = None
        return super().days()

    def report_keys(self) -> Table[ReportKey]:
        self._keys = None
        return super().report_keys()

    def place(self, root: int) -> int:
        self._place = None
        return super().place(root)

    def within(self) -> KeptChoices:
        self._within = None
        return super().within()


class _JudgingEverything(_Merger):
    """Tiers 0 to 3 judging every group, day and key in every round, reading every group anew
    (as before they kept tables and judged only what changed)."""

    tables_type = _FiledAnew


@settings(max_examples=400, deadline=None)
@given(st.booleans().flatmap(lambda retold: reports(retold=retold)), st.booleans())
def test_judging_only_what_joins_changed_joins_as_judging_all(
    parts: list[Dossier], one_document: bool
) -> None:
    meetings = [m for d in parts for m in d.meetings]
    documents = Documents(parts, one_document=one_document)
    rank = {i: i for i in range(len(meetings))}
    kept, every = _Merger(meetings, documents, rank), _JudgingEverything(meetings, documents, rank)
    kept.run()
    every.run()
    assert kept.groups == every.groups
    assert kept.summaries == every.summaries


@settings(max_examples=300, deadline=None)
@given(st.lists(summaries(), min_size=1, max_size=14))
def test_a_corpus_weighs_the_pairs_of_a_day_that_share_a_person_or_sides(
    groups: list[Summary],
) -> None:
    day = PartialDate(year=2019, month=3, day=4)
    by_root = {i: attrs.evolve(g, date=day) for i, g in enumerate(groups)}
    weighed = list(_merger(0, one_document=False)._pairs_of_day(list(by_root), by_root))
    assert len(weighed) == len(set(weighed))
    every = [(a, b) for a, b in combinations(by_root, 2) if same_day(by_root[a], by_root[b])]
    assert set(weighed) == set(every)


def _joined_pairwise(g: Summary, h: Summary) -> Summary:
    """Two groups joined as :func:`join_summaries` joined them before :func:`join_all` (the
    reference it replaced): each set copied, the first city and remoteness known."""
    date = unify_dates(g.date, h.date)
    assert not isinstance(date, Conflict)
    status = g.status if _RANK[g.status] >= _RANK[h.status] else h.status
    reports = [r for r in (g.reported, h.reported) if r is not None]
    reported = (min(r[0] for r in reports), max(r[1] for r in reports)) if reports else None
    return Summary(
        date=date,
        status=status,
        modality=modality_of((g.modality, h.modality)),
        city=g.city if g.city is not None else h.city,
        participants=g.participants | h.participants,
        countries=g.countries | h.countries,
        sources=g.sources | h.sources,
        documents=g.documents | h.documents,
        evidence=g.evidence | h.evidence,
        reported=reported,
        window=_window(status, date, reported),
        remote=g.remote if g.remote is not None else h.remote,
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(summaries(), min_size=1, max_size=8))
def test_groups_joined_at_once_are_those_joined_one_by_one(groups: list[Summary]) -> None:
    assume(not isinstance(unified(g.date for g in groups), Conflict))
    assert join_all(groups) == reduce(_joined_pairwise, groups)
    assert join_summaries(groups[0], groups[-1]) == _joined_pairwise(groups[0], groups[-1])


def test_a_report_whose_other_candidate_joined_elsewhere_joins_the_one_left() -> None:
    """Tier 0 judges again a group whose span changed holders, with the groups it chooses,
    though their own spans did not change: ``a`` retells ``b``'s words and ``c``'s, which
    cannot be one event (in person, by phone); once ``c`` has joined ``d`` on its day, in
    another city than ``a``'s, ``a`` and ``b`` choose each other."""
    day = PartialDate(year=2019, month=3, day=4)
    sources = [Source(id=f"s{k}", path=f"doc{k}.txt") for k in range(3)]
    e, f, g = (Span(source_id=f"s{k}", start=0, end=9) for k in range(3))
    kim = (Participant(official_id="kim"),)
    both = (*kim, Participant(official_id="lee"))  # not tier 2's key of a
    jp = ("JP", "KR", "US")
    meetings = [
        Meeting(id="a", location="Hanoi", participants=kim, sources=("s0", "s1"), evidence=(e, f)),
        Meeting(
            id="b", modality=Modality.IN_PERSON, participants=both, countries=jp,
            sources=("s0",), evidence=(e,),
        ),
        Meeting(
            id="c", date=day, modality=Modality.PHONE, participants=both, countries=jp,
            sources=("s1",), evidence=(f,),
        ),
        Meeting(
            id="d", date=day, modality=Modality.PHONE, location="Seoul", participants=kim,
            sources=("s2",), evidence=(g,),
        ),
    ]  # fmt: skip
    parts = [Dossier(sources=sources, meetings=[m]) for m in meetings]
    documents = Documents(parts)
    rank = {i: i for i in range(len(meetings))}
    kept, every = _Merger(meetings, documents, rank), _JudgingEverything(meetings, documents, rank)
    kept.run()
    every.run()
    assert sorted(kept.groups.values()) == [[0, 1], [2, 3]]
    assert kept.groups == every.groups

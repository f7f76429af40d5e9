"""Tier 2 of the meeting merge decided per key group: the same groups join as when every pair
of the key is judged on its own (the rule it replaces, kept here as the reference)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip import MeetingStatus, Modality, PartialDate, Span
from koreadip.merge_report_tier import all_pairs, pairs_within_a_week, report_round
from koreadip.merge_rules import (
    Summary,
    _window,
    conflicts,
    evidence_score,
    join_summaries,
    same_report,
)
from koreadip.unionfind import UnionFind

Partition = frozenset[frozenset[int]]

DATES = (None, PartialDate(year=2019, month=3), PartialDate(month=3), PartialDate(year=2019))
DAY = dt.date(2019, 3, 1)


@st.composite
def key_groups(draw: st.DrawFn) -> list[Summary]:
    """Made-up groups of one key: one date, people and status; any sides, city, modality,
    documents (some shared, some with a span in common) and days reported."""
    date = draw(st.sampled_from(DATES))
    people = draw(st.sampled_from((frozenset(), frozenset({"kim", "lee"}))))
    status = draw(st.sampled_from(list(MeetingStatus)))
    n = draw(st.integers(2, 14))
    out = []
    for _ in range(n):
        docs = draw(st.sets(st.sampled_from("abcdefghijklmnopqrst"), min_size=1, max_size=2))
        spans = {Span(source_id=d, start=draw(st.integers(0, 2)), end=9) for d in docs}
        days = draw(st.one_of(st.none(), st.lists(st.integers(0, 20), min_size=1, max_size=2)))
        reported = (
            None if days is None else (DAY + dt.timedelta(min(days)), DAY + dt.timedelta(max(days)))
        )
        modality = draw(st.sampled_from(list(Modality)))
        out.append(
            Summary(
                date=date,
                status=status,
                modality=modality,
                city=draw(st.sampled_from((None, None, "seoul", "hanoi"))),
                participants=people,
                countries=(
                    frozenset({"US", "KR"})
                    if not people
                    else draw(st.sampled_from((frozenset({"US", "KR"}), frozenset({"US"}))))
                ),
                sources=frozenset(docs),
                documents=frozenset(docs),
                evidence=frozenset(spans),
                reported=reported,
                window=_window(status, date, reported),
                remote=None if modality is Modality.UNKNOWN else modality is not Modality.IN_PERSON,
            )
        )
    return out


def _could_be_one(g: Summary, pick: set[int], summaries: dict[int, Summary]) -> bool:
    union = g
    for c in sorted(pick):
        if conflicts(union, summaries[c]):
            return False
        union = join_summaries(union, summaries[c])
    return True


def _apply(
    wholes: list[list[int]], joins: list[tuple[int, int]], summaries: dict[int, Summary]
) -> Partition:
    current = dict(summaries)
    uf = UnionFind(len(summaries))

    def join(a: int, b: int) -> int:
        uf.union(a, b)
        keep = min(a, b)
        current[keep] = join_summaries(current.pop(a), current.pop(b))
        return keep

    for group in wholes:
        union = group[0]
        for r in group[1:]:
            union = join(union, r)
    for a, b in sorted(joins, key=sorted):
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb and not conflicts(current[ra], current[rb]):
            join(ra, rb)
    return frozenset(frozenset(g) for g in uf.groups())


def _pair_by_pair(roots: list[int], summaries: dict[int, Summary]) -> Partition:
    """The round as it was: every pair of the key judged, then each group's best choice."""
    found: dict[int, set[int]] = defaultdict(set)
    specific = summaries[roots[0]].specific
    for a, b in all_pairs(roots) if specific else pairs_within_a_week(roots, summaries):
        g, h = summaries[a], summaries[b]
        if same_report(g, h) and not conflicts(g, h):
            found[a].add(b)
            found[b].add(a)
    chosen: dict[int, set[int]] = {}
    for root, candidates in found.items():
        g = summaries[root]
        top = max(evidence_score(g, summaries[c]) for c in candidates)
        pick = {c for c in candidates if evidence_score(g, summaries[c]) == top}
        if _could_be_one(g, pick, summaries):
            chosen[root] = pick
    joins = [(a, b) for a, ps in chosen.items() for b in ps if a < b and a in chosen.get(b, ())]
    return _apply([], joins, summaries)


@settings(deadline=None, max_examples=400)  # timing under load is not what this tests
@given(key_groups())
def test_a_key_group_joins_as_pair_by_pair(groups: list[Summary]) -> None:
    summaries = dict(enumerate(groups))
    roots = list(summaries)
    wholes, joins = report_round(roots, summaries, lambda g, p: _could_be_one(g, p, summaries))
    assert _apply(wholes, joins, summaries) == _pair_by_pair(roots, summaries)


def test_plain_groups_of_one_city_are_joined_whole() -> None:
    # made-up: three undated reports that the two sides met in Hanoi, from three documents
    groups = [
        Summary(
            date=None,
            status=MeetingStatus.HELD,
            modality=Modality.IN_PERSON,
            city="hanoi",
            participants=frozenset(),
            countries=frozenset({"US", "KR"}),
            sources=frozenset({d}),
            documents=frozenset({d}),
            evidence=frozenset({Span(source_id=d, start=0, end=5)}),
            reported=None,
            window=(None, None),
            remote=False,
        )
        for d in "xyz"
    ]
    summaries = dict(enumerate(groups))
    wholes, joins = report_round([0, 1, 2], summaries, lambda g, p: True)
    assert (wholes, joins) == ([[0, 1, 2]], [])

"""Tier 3 judging again only the groups whose choice may have changed joins, every round, as
judging every group (:func:`koreadip.merge_within.within_joins`, the reference)."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.merge_rules import Summary, conflicts, join_all
from koreadip.merge_within import within_joins
from koreadip.merge_within_kept import KeptChoices
from test_merge_meetings import PEOPLE, summaries


def _join(live: dict[int, Summary], kept: KeptChoices, a: int, b: int) -> bool:
    """Join the groups ``a`` and ``b`` as the merger does, if both stand and agree."""
    if a == b or a not in live or b not in live or conflicts(live[a], live[b]):
        return False
    keep = min(a, b)
    gone = [live.pop(a), live.pop(b)]
    live[keep] = join_all(gone)
    kept.joined([a, b], keep)
    return True


#: groups of up to every person, a share of them with no telling when (searching every date)
GROUPS = st.one_of(
    summaries(people=len(PEOPLE)),
    summaries(people=len(PEOPLE)).map(
        lambda s: attrs.evolve(s, date=None, reported=None, window=(None, None))
    ),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(GROUPS, min_size=2, max_size=16),
    st.lists(st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15)), max_size=3), max_size=5),
)
def test_kept_choices_join_as_judging_every_group_each_round(
    groups: list[Summary], between: list[list[tuple[int, int]]]
) -> None:
    live = dict(enumerate(groups))
    kept = KeptChoices(live)
    for others in [*between, []]:
        joins = kept.joins()
        assert sorted(joins) == sorted(within_joins(live))
        for a, b in sorted(joins):  # the round's joins, those that still agree
            _join(live, kept, a, b)
        for x, y in others:  # other tiers' joins
            roots = list(live)
            _join(live, kept, roots[x % len(roots)], roots[y % len(roots)])

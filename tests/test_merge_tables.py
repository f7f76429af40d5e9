"""The tables the meeting merge keeps as groups join are the tables filed anew from the groups,
and tell every key whose groups changed since last asked."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.merge_rules import Conflict, Summary, join_all, unified
from koreadip.merge_tables import Table, Tables, day_of, report_key_of, spans_of
from test_merge_meetings import summaries

#: what a table files: each key's groups, with their summaries (a joined group may keep its root)
Filed = dict[Hashable, list[tuple[int, Summary]]]


def _filed(table: Table[Hashable], groups: dict[int, Summary]) -> Filed:
    return {k: [(r, groups[r]) for r in held] for k, held in table.groups.items()}


def _changed_between(then: Filed, now: Filed) -> set[Hashable]:
    def same(a: list[tuple[int, Summary]], b: list[tuple[int, Summary]]) -> bool:
        return len(a) == len(b) and all(
            r == q and g is h for (r, g), (q, h) in zip(a, b, strict=True)
        )

    return {k for k in then.keys() | now.keys() if not same(then.get(k, []), now.get(k, []))}


KEYS: tuple[Callable[[Summary], Iterable[Hashable]], ...] = (spans_of, day_of, report_key_of)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(summaries(), min_size=2, max_size=12),
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.booleans()), max_size=12),
    st.sets(st.sampled_from(range(len(KEYS)))),
)
def test_kept_tables_are_those_filed_anew_after_any_joins(
    groups: list[Summary], joins: list[tuple[int, int, bool]], made_late: set[int]
) -> None:
    live = dict(enumerate(groups))
    tables = Tables(live)
    asks = (tables.spans, tables.days, tables.report_keys)
    then: dict[int, Filed] = {}

    def ask(i: int) -> None:
        table = asks[i]()
        now = _filed(table, live)  # type: ignore[arg-type]
        # a key may be told changed whose groups came and went again since: never the reverse
        assert {k for k, _ in table.changed()} >= _changed_between(then.get(i, {}), now)
        then[i] = now

    for i in range(len(KEYS)):
        if i not in made_late:  # the others are made when first asked, after some joins
            ask(i)
    for x, y, asking in joins:
        roots = list(live)
        a, b = roots[x % len(roots)], roots[y % len(roots)]
        if a == b or isinstance(unified((live[a].date, live[b].date)), Conflict):
            continue
        keep = min(a, b)
        gone = [(a, live.pop(a)), (b, live.pop(b))]
        made = live[keep] = join_all([g for _, g in gone])
        tables.joined(gone, keep, made)
        assert sorted(live, key=tables.place) == list(live)
        if asking:
            for i in range(len(KEYS)):
                ask(i)
    for i, keys in enumerate(KEYS):
        anew = Table(keys, live)
        assert _filed(asks[i](), live) == _filed(anew, live)  # type: ignore[arg-type]
        ask(i)


def test_a_table_is_made_only_when_asked_for() -> None:
    tables = Tables({})
    assert (tables._spans, tables._days, tables._keys, tables._place) == (None,) * 4
    tables.days()
    assert tables._days is not None
    assert (tables._spans, tables._keys) == (None, None)

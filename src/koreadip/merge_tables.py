"""The meeting merge's groups filed where its tiers 0 to 2 look for them, kept up to date as
groups join rather than filed anew from every group each round (see
:class:`koreadip.merge_meetings._Merger`).

A :class:`Table` files each group under its keys: tier 0's under each span of its evidence,
tier 1's under its full day, tier 2's under its key (date, people, sides, status).  A key's
groups are in the order the merger holds its summaries (a joined group comes last, as it is
stored anew), so a tier reading a table sees what filing every group anew would show it.  A
table also tells the keys whose groups changed since the tier last asked.  Tables are made when
a tier first asks for one: a merge that joins nothing asks each tier once.  Tier 3's choices
(:class:`koreadip.merge_within_kept.KeptChoices`) are kept here too, told of the same joins.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

from .dates import PartialDate
from .merge_rules import Summary
from .merge_within_kept import KeptChoices
from .records import MeetingStatus, Span

__all__ = ["ReportKey", "Table", "Tables", "day_of", "report_key_of", "spans_of"]

K = TypeVar("K", bound=Hashable)
_NONE: dict[int, None] = {}
#: tier 2's key: date, people, sides (naming nobody) and status
ReportKey = tuple[PartialDate | None, frozenset[str], frozenset[str] | None, MeetingStatus]


def spans_of(s: Summary) -> Iterable[Span]:
    """Tier 0's keys: the group's spans of evidence."""
    return s.evidence


def day_of(s: Summary) -> tuple[PartialDate, ...]:
    """Tier 1's key: the group's full day, if it has one."""
    return (s.date,) if s.date is not None and s.date.is_complete else ()


def report_key_of(s: Summary) -> tuple[ReportKey, ...]:
    """Tier 2's key, for a group without a full day."""
    if s.date is not None and s.date.is_complete:
        return ()
    # different statuses need a full day (see conflicts): apart at once
    sides = None if s.participants else s.countries
    return ((s.date, s.participants, sides, s.status),)


class Table(Generic[K]):
    """Groups filed under keys, with the keys whose groups changed since last asked."""

    def __init__(self, keys: Callable[[Summary], Iterable[K]], summaries: dict[int, Summary]):
        self.keys = keys
        #: each key's groups, in the order of the merger's summaries (values unused)
        self.groups: dict[K, dict[int, None]] = {}
        for root, s in summaries.items():
            for k in keys(s):
                self.groups.setdefault(k, {})[root] = None
        self._changed: set[K] = set()
        #: no tier has asked yet: every key is changed (not listed twice)
        self._new = True

    def add(self, root: int, s: Summary) -> None:
        for k in self.keys(s):
            self.groups.setdefault(k, {})[root] = None
            self._changed.add(k)

    def remove(self, root: int, s: Summary) -> None:
        for k in self.keys(s):
            held = self.groups[k]
            del held[root]
            if not held:
                del self.groups[k]
            self._changed.add(k)

    def changed(self, held: int = 0) -> list[tuple[K, dict[int, None]]]:
        """The keys whose groups changed since the last call (every key, the first time), of
        at least ``held`` groups, with their groups."""
        groups = self.groups
        if self._new:
            self._new = False
            self._changed = set()
            return [(k, g) for k, g in groups.items() if len(g) >= held]
        changed, self._changed = self._changed, set()
        return [(k, g) for k in changed if len(g := groups.get(k, _NONE)) >= held]


class Tables:
    """The tables of a merger's groups (``summaries``, the merger's own dict), each made when
    first asked for and then told of every join (:meth:`joined`)."""

    def __init__(self, summaries: dict[int, Summary]) -> None:
        self.summaries = summaries
        self._spans: Table[Span] | None = None
        self._days: Table[PartialDate] | None = None
        self._keys: Table[ReportKey] | None = None
        self._within: KeptChoices | None = None
        #: each group's place in the order of the summaries, once asked for
        self._place: dict[int, int] | None = None
        self._next = 0

    def spans(self) -> Table[Span]:
        if self._spans is None:
            self._spans = Table(spans_of, self.summaries)
        return self._spans

    def days(self) -> Table[PartialDate]:
        if self._days is None:
            self._days = Table(day_of, self.summaries)
        return self._days

    def report_keys(self) -> Table[ReportKey]:
        if self._keys is None:
            self._keys = Table(report_key_of, self.summaries)
        return self._keys

    def within(self) -> KeptChoices:
        """Tier 3's choices, kept."""
        if self._within is None:
            self._within = KeptChoices(self.summaries)
        return self._within

    def place(self, root: int) -> int:
        """Where ``root`` comes in the order of the summaries (smaller: earlier)."""
        if self._place is None:
            self._place = {r: i for i, r in enumerate(self.summaries)}
            self._next = len(self._place)
        return self._place[root]

    def joined(self, gone: list[tuple[int, Summary]], root: int, made: Summary) -> None:
        """The groups ``gone`` (root, summary) were joined into ``made``, stored last under
        ``root``."""
        for table in (self._spans, self._days, self._keys):
            if table is not None:
                for r, s in gone:
                    table.remove(r, s)
                table.add(root, made)
        if self._within is not None:
            self._within.joined([r for r, _ in gone], root)
        if self._place is not None:
            for r, _ in gone:
                del self._place[r]
            self._place[root] = self._next
            self._next += 1

"""Tier 3's rounds (:mod:`koreadip.merge_within`) judging again only the groups whose choice
may have changed since the last round, kept up to date as groups join.

A searching group's choice depends on its own summary and on the set of groups that
:func:`~koreadip.merge_rules.falls_within` it without :func:`~koreadip.merge_rules.conflicts`
(its valid candidates) alone, and summaries are made anew on every join.  The candidates found
for it last time (none, its pick, or the two that made it no choice) stay its outcome unless
it is new (made by a join), one of those found was joined away, or a new group is a valid
candidate of it: removing any other candidate leaves the first non-empty run as it was, or
with two or more.  A group that chose one was joined in that round, or one of the two changed
(:meth:`koreadip.merge_meetings._Merger._apply` joins what still agrees), so only the groups
judged again can bring a join.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from .merge_rules import Summary, conflicts, falls_within
from .merge_within import CROWD, finer_keys, searches, within_found

__all__ = ["KeptChoices"]

#: where a searching group is filed for the new groups to find it: the least of its people,
#: and the (year, month) a group it may choose is of (as its search looks: see Shelves), or the
#: month; or, when there is no telling, all of its people
_Filed = tuple[str, int | None, int | None] | tuple[str, int] | tuple[frozenset[str]]


class KeptChoices:
    """Tier 3's outcome for the merger's groups (``summaries``, the merger's own dict), told of
    every join (:meth:`joined`)."""

    def __init__(self, summaries: dict[int, Summary]) -> None:
        self.summaries = summaries
        #: each searching group's candidates as last judged (see within_found), and its summary
        #: then (kept apart: tuples of numbers alone the collector stops walking)
        self.found: dict[int, tuple[int, ...]] = {}
        self._judged_as: dict[int, Summary] = {}
        self._first = True
        #: the groups made, and the groups (their roots then) joined away, since the last round
        self._made: set[int] = set()
        self._gone: set[int] = set()
        #: made when a later round needs them: the searching groups that found each group, and
        #: the searching groups by _filing
        self._finders: dict[int, set[int]] | None = None
        self._filed: dict[_Filed, set[int]] | None = None

    def joined(self, gone: list[int], root: int) -> None:
        """The groups rooted at ``gone`` were joined into a group stored under ``root``."""
        if not self._first:
            self._gone.update(gone)
            self._made.add(root)

    def joins(self) -> list[tuple[int, int]]:
        """The joins of a round of tier 3 on the groups as they stand: (group, its choice)."""
        summaries = self.summaries
        if self._first:
            self._first = False
            judged = [root for root, g in summaries.items() if searches(g)]
        else:
            judged = self._changed()
        found = within_found(summaries, judged)
        for root, pick in found.items():
            self._forget(root)
            self.found[root] = pick
            self._judged_as[root] = summaries[root]
            self._remember(root)
        return [(root, pick[0]) for root, pick in found.items() if len(pick) == 1]

    def _remember(self, root: int) -> None:
        if self._finders is not None and self._filed is not None:
            g, pick = self._judged_as[root], self.found[root]
            for c in pick:
                self._finders[c].add(root)
            for key in _filing(g):
                self._filed[key].add(root)

    def _forget(self, root: int) -> None:
        if root in self.found and self._finders is not None and self._filed is not None:
            g, pick = self._judged_as[root], self.found[root]
            for c in pick:
                self._finders[c].discard(root)
            for key in _filing(g):
                self._filed[key].discard(root)

    def _changed(self) -> list[int]:
        """The groups to judge again (see the module's doc)."""
        summaries = self.summaries
        if self._finders is None or self._filed is None:
            self._finders, self._filed = defaultdict(set), defaultdict(set)
            for root in self.found:
                self._remember(root)
        finders, filed = self._finders, self._filed
        gone, made = self._gone, [root for root in self._made if root in summaries]
        self._gone, self._made = set(), set()
        judged: set[int] = set()
        for root in gone:
            judged |= finders.pop(root, set())
            self._forget(root)
            self.found.pop(root, None)
            self._judged_as.pop(root, None)
        for h in made:
            g = summaries[h]
            judged.add(h)
            if g.date is None:
                continue
            d = g.date
            keys: list[_Filed] = [(p, d.year, d.month) for p in g.participants]
            if d.month is not None:
                keys += [(p, d.month) for p in g.participants]
            keys += _held_by(g.participants, filed)
            for key in keys:
                for root in filed.get(key, ()):
                    s = self._judged_as[root]
                    if s.participants <= g.participants and _finds(s, g):
                        judged.add(root)
        return [root for root in judged if root in summaries and searches(summaries[root])]


def _finds(g: Summary, h: Summary) -> bool:
    """Whether ``h`` is a candidate tier 3 may choose for ``g``."""
    return falls_within(g, h) and not conflicts(g, h)


def _filing(g: Summary) -> list[_Filed]:
    """Where a searching group is filed: a new group it may choose holds all of its people, and
    is of a (year, month) it searches (:func:`~koreadip.merge_within.finer_keys`), or of its
    month, or of any date when there is no telling."""
    p = min(g.participants)
    keys = finer_keys(g)
    if keys is not None:
        return [(p, y, m) for y, m in keys]
    if g.date is not None and g.date.month is not None:
        return [(p, g.date.month)]
    return [(g.participants,)]


def _held_by(people: frozenset[str], filed: dict[_Filed, set[int]]) -> list[_Filed]:
    """The keys of the groups filed under all their people (no telling when) that ``people``
    holds: each set of them, or, for a crowd, each such key that is among them."""
    if len(people) > CROWD:
        return [k for k in filed if len(k) == 1 and k[0] <= people]
    ordered = sorted(people)
    return [(frozenset(c),) for n in range(1, len(ordered) + 1) for c in combinations(ordered, n)]

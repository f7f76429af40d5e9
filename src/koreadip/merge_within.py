"""Tier 3 of the meeting merge (see :mod:`koreadip.merge_meetings`): a less precisely dated
group and the one more precise group holding all of its participants.

A group's choice depends only on how many groups of each run it may join (none, one, or more):
those naming its city, then those naming none; the order within a run does not matter.  Its
candidates are the groups of its people under its month (and year, or the months it was
reported in), as before, but :class:`Shelves` files them, each round, under each pair of
people as well as each person, and then by precision, remoteness and city: a search skips,
without judging them, the groups :func:`falls_within` or :func:`conflicts` would refuse for
those alone (missing one of its people, as precisely dated or less, by phone against in person,
in another city).  Judged one by one, those made most of the work on a corpus where the same
officials recur: a meeting "in June" of no year, or of no date at all, met every June meeting,
or every meeting, of its rarest person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from .merge_rules import RECENT, Summary, conflicts, falls_within, shifted

__all__ = ["CROWD", "Shelves", "finer_keys", "precision", "within_joins"]

#: a candidate's city -> the groups naming it (None: naming none)
Shelf = dict[str | None, list[int]]
#: a person, two people (in order), or a person's crowd (person, None)
Who = str | tuple[str, str | None]
#: a group of more people than this is filed under each one's crowd, not each of their pairs
#: (a group of hundreds of people would cost a round their square)
CROWD = 8
_PRECISIONS = (1, 2, 3)


def precision(s: Summary) -> int:
    """How many of year, month and day the group's date states."""
    d = s.date
    return 0 if d is None else (d.year is not None) + (d.month is not None) + (d.day is not None)


def within_joins(summaries: dict[int, Summary], *, crowd: int = CROWD) -> list[tuple[int, int]]:
    """The joins of one round of tier 3 on these groups: (group, its choice).

    A group's choice is its one candidate, or the one naming its city; two candidates with
    nothing to tell them apart are no choice.  ``crowd``: see :data:`CROWD`.
    """
    shelves = Shelves(summaries, crowd=crowd)
    joins: list[tuple[int, int]] = []
    for root, g in summaries.items():
        if not g.participants or (g.date is not None and g.date.is_complete):
            continue
        for run in shelves.runs(g):
            pick: list[int] = []
            for c in run:
                if c == root:
                    continue
                h = summaries[c]
                if falls_within(g, h) and not conflicts(g, h):
                    pick.append(c)
                    if len(pick) > 1:
                        break
            if pick:
                if len(pick) == 1:
                    joins.append((root, pick[0]))
                break
    return joins


class Shelves:
    """The dated groups, for one round of tier 3: under each of their people and each pair of
    them, by year and month, by month, or alone (tier 3's three ways of looking), and within
    each by precision and remoteness, then city."""

    def __init__(self, summaries: dict[int, Summary], *, crowd: int = CROWD) -> None:
        #: the dated groups of each person (the rarest of a group's people are searched)
        self.count: dict[str, int] = defaultdict(int)
        self.by_date: dict[tuple[Who, int | None, int | None, int, bool | None], Shelf] = {}
        self.by_month: dict[tuple[Who, int | None, int, bool | None], Shelf] = {}
        self.by_person: dict[tuple[Who, bool | None], Shelf] = {}
        self.participants = {root: s.participants for root, s in summaries.items()}
        #: (a list of groups, by id: a shelf's), people -> those of the list holding them all
        self._held: dict[tuple[int, frozenset[str]], list[int]] = {}
        by_date, by_month, by_person = self.by_date, self.by_month, self.by_person
        for root, s in summaries.items():
            d = s.date
            if d is None:
                continue
            n, remote, city = precision(s), s.remote, s.city
            people = s.participants
            whos: list[Who] = list(people)
            for p in people:
                self.count[p] += 1
            if len(people) > crowd:  # filed under each person's crowd, not each pair
                whos += [(p, None) for p in people]
            elif len(people) > 1:
                whos += combinations(sorted(people), 2)
            for who in whos:
                for shelf in (
                    by_date.setdefault((who, d.year, d.month, n, remote), {}),
                    by_month.setdefault((who, d.month, n, remote), {}),
                    by_person.setdefault((who, remote), {}),
                ):
                    shelf.setdefault(city, []).append(root)

    def runs(self, g: Summary) -> tuple[Iterator[int], ...]:
        """The candidates of ``g`` in the runs its round judges them: those naming its city,
        then those naming none (all of them, in one run, if it names none).

        Every group tier 3 may join ``g`` to is there; so are some it may not (judged)."""
        shelves = self._shelves(g)
        people = g.participants
        if g.city is None:
            lists = [lst for shelf in shelves for lst in shelf.values()]
            return (_each([self._holding(lst, people) for lst in lists]),)
        return tuple(
            _each(
                [
                    self._holding(lst, people)
                    for shelf in shelves
                    if (lst := shelf.get(city)) is not None
                ]
            )
            for city in (g.city, None)
        )

    def _holding(self, groups: list[int], people: frozenset[str]) -> list[int]:
        """The ``groups`` holding all of ``people``, found once per round for one set of
        people (a list filed under one or two of them)."""
        if len(people) <= 2:
            return groups
        key = (id(groups), people)
        found = self._held.get(key)
        if found is None:
            participants = self.participants
            found = self._held[key] = [r for r in groups if people <= participants[r]]
        return found

    def _whos(self, g: Summary) -> list[Who]:
        """Where the groups holding all of ``g``'s people are filed: under its rarest person,
        or, for several, its two rarest and the crowds of the rarest."""
        count = self.count
        if len(g.participants) == 1:
            return list(g.participants)
        p, q = sorted(g.participants, key=lambda p: (count[p], p))[:2]
        return [(p, q) if p < q else (q, p), (p, None)]

    def _shelves(self, g: Summary) -> list[Shelf]:
        whos = self._whos(g)
        remotes = (True, False, None) if g.remote is None else (g.remote, None)
        finer = _PRECISIONS[precision(g) :]
        keys = finer_keys(g)
        date = g.date
        found: list[Shelf | None]
        if keys is not None:
            get = self.by_date.get
            found = [
                get((w, y, m, n, r)) for w in whos for y, m in keys for n in finer for r in remotes
            ]
        elif date is not None and date.month is not None:
            # a month of no year and no telling when: that month of any year (a year alone is
            # never finer than a month)
            get_month = self.by_month.get
            found = [get_month((w, date.month, n, r)) for w in whos for n in finer for r in remotes]
        else:  # undated and never reported: every dated group of its people
            get_person = self.by_person.get
            found = [get_person((w, r)) for w in whos for r in remotes]
        return [shelf for shelf in found if shelf is not None]


def _each(lists: list[list[int]]) -> Iterator[int]:
    for lst in lists:
        yield from lst


def finer_keys(s: Summary) -> list[tuple[int | None, int | None]] | None:
    """The (year, month) keys under which every meeting dated more finely than ``s`` that
    :func:`falls_within` can accept is indexed, or None if there is no telling."""
    months = range(1, 13)
    date = s.date
    if date is not None and date.year is not None:
        if date.month is not None:
            return [(date.year, date.month), (None, date.month)]
        return [(date.year, m) for m in months] + [(None, m) for m in months]
    if s.reported is None:
        return None
    # no year: news of its month -- meetings within a month of its reports, or without a year
    first, last = shifted(s.reported[0], -RECENT), shifted(s.reported[1], RECENT)
    keys: list[tuple[int | None, int | None]] = [(None, m) for m in months]
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        keys += [(y, m), (y, None)]
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return list(dict.fromkeys(keys))

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

__all__ = [
    "CROWD",
    "Shelves",
    "finer_keys",
    "precision",
    "searches",
    "within_found",
    "within_joins",
]

#: a person, two people (in order), or a person's crowd, as text (see _pair): tuples held
#: through a round are objects the collector walks; if two of these ever read alike, a shelf
#: holds the groups of both, and the round still judges each (a place only narrows a search)
Who = str
#: a group of more people than this is filed under each one's crowd, not each of their pairs
#: (a group of hundreds of people would cost a round their square)
CROWD = 8
_PRECISIONS = (1, 2, 3)


def precision(s: Summary) -> int:
    """How many of year, month and day the group's date states."""
    d = s.date
    return 0 if d is None else (d.year is not None) + (d.month is not None) + (d.day is not None)


def searches(g: Summary) -> bool:
    """Whether tier 3 searches for a more precisely dated group holding ``g``'s people."""
    return bool(g.participants) and (g.date is None or not g.date.is_complete)


def within_joins(summaries: dict[int, Summary], *, crowd: int = CROWD) -> list[tuple[int, int]]:
    """The joins of one round of tier 3 on these groups: (group, its choice).

    A group's choice is its one candidate, or the one naming its city; two candidates with
    nothing to tell them apart are no choice.  ``crowd``: see :data:`CROWD`.
    """
    searching = [root for root, g in summaries.items() if searches(g)]
    found = within_found(summaries, searching, crowd=crowd)
    return [(root, pick[0]) for root, pick in found.items() if len(pick) == 1]


def within_found(
    summaries: dict[int, Summary], searching: list[int], *, crowd: int = CROWD
) -> dict[int, tuple[int, ...]]:
    """For each group of ``searching`` (groups that :func:`searches`), the candidates tier 3
    found for it: none, its choice, or two (no choice) of the run it chose from."""
    shelves = Shelves(summaries, searching, crowd=crowd)
    found: dict[int, tuple[int, ...]] = {}
    for root in searching:
        g = summaries[root]
        pick: list[int] = []
        for run in shelves.runs(root):
            for c in run:
                if c == root:
                    continue
                h = summaries[c]
                if falls_within(g, h) and not conflicts(g, h):
                    pick.append(c)
                    if len(pick) > 1:
                        break
            if pick:
                break
        found[root] = tuple(pick)
    return found


#: where a search looks: under a person or pair ("who") and a year and month, a month, or
#: neither (tier 3's three ways of looking)
Place = tuple[Who, int | None, int | None] | tuple[Who, int | None] | tuple[Who]


class Shelves:
    """The dated groups, for one round of tier 3, filed where the searching groups will look
    (:data:`Place`), and within each place by precision and remoteness.  Only the
    places some search looks in are filed: a round's shelves were most of its time, and their
    objects, held through the round, set the collector walking the whole heap."""

    def __init__(
        self, summaries: dict[int, Summary], searching: list[int], *, crowd: int = CROWD
    ) -> None:
        self.summaries = summaries
        self.participants = {root: s.participants for root, s in summaries.items()}
        #: (a list of groups, by id: a shelf's), people -> those of the list holding them all
        self._held: dict[tuple[int, frozenset[str]], list[int]] = {}
        #: the dated groups of each person (the rarest of a group's people are searched)
        self.count: dict[str, int] = defaultdict(int)
        for s in summaries.values():
            if s.date is not None:
                for p in s.participants:
                    self.count[p] += 1
        #: the people of the pairs and crowds searched for (filled by _whos)
        self._paired: set[str] = set()
        self._crowded: set[str] = set()
        # kept as tuples of text and numbers, which the collector stops tracking: lists held
        # through the round would be objects its passes walk
        self.places = {root: self._places(summaries[root]) for root in searching}
        wanted = {place for places in self.places.values() for place in places}
        people_wanted = {place[0] for place in wanted}
        self.shelves: dict[tuple[Place, int, bool | None], list[int]] = {}
        for root, s in summaries.items():
            d = s.date
            if d is None:
                continue
            people = s.participants
            whos: list[Who] = [p for p in people if p in people_wanted]
            if len(people) > crowd:  # filed under each person's crowd, not each pair
                whos += [_crowd(p) for p in people if p in self._crowded]
            elif len(people) > 1 and len(paired := people & self._paired) > 1:
                whos += [_pair(p, q) for p, q in combinations(sorted(paired), 2)]
            n, remote = precision(s), s.remote
            for who in whos:
                for place in ((who, d.year, d.month), (who, d.month), (who,)):
                    if place in wanted:
                        self.shelves.setdefault((place, n, remote), []).append(root)

    def runs(self, root: int) -> tuple[Iterator[int], ...]:
        """The candidates of the group ``root`` in the runs its round judges them: those naming
        its city, then those naming none (all of them, in one run, if it names none).

        Every group tier 3 may join it to is there; so are some it may not (judged)."""
        g = self.summaries[root]
        lists = [self._holding(lst, g.participants) for lst in self._shelves(root, g)]
        if g.city is None:
            return (_each(lists),)
        return _each_in(lists, self.summaries, g.city), _each_in(lists, self.summaries, None)

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
        self._paired.update((p, q))
        self._crowded.add(p)
        return [_pair(p, q) if p < q else _pair(q, p), _crowd(p)]

    def _places(self, g: Summary) -> tuple[Place, ...]:
        """Where ``g``'s candidates are filed."""
        whos = self._whos(g)
        keys = finer_keys(g)
        if keys is not None:
            return tuple((w, y, m) for w in whos for y, m in keys)
        if g.date is not None and g.date.month is not None:
            # a month of no year and no telling when: that month of any year (a year alone is
            # never finer than a month)
            return tuple((w, g.date.month) for w in whos)
        return tuple((w,) for w in whos)  # undated, never reported: every dated group of its people

    def _shelves(self, root: int, g: Summary) -> list[list[int]]:
        """The shelves of ``g``'s candidates: where they are filed, more precisely dated than
        ``g`` and not of the other remoteness."""
        remotes = (True, False, None) if g.remote is None else (g.remote, None)
        finer = _PRECISIONS[precision(g) :]
        get = self.shelves.get
        return [
            shelf
            for place in self.places[root]
            for n in finer
            for r in remotes
            if (shelf := get((place, n, r))) is not None
        ]


def _pair(p: str, q: str) -> Who:
    return f"{p}\x00{q}"


def _crowd(p: str) -> Who:
    return f"{p}\x00\x00"


def _each(lists: list[list[int]]) -> Iterator[int]:
    for lst in lists:
        yield from lst


def _each_in(
    lists: list[list[int]], summaries: dict[int, Summary], city: str | None
) -> Iterator[int]:
    """The groups of ``lists`` naming ``city`` (None: naming none)."""
    for lst in lists:
        for root in lst:
            if summaries[root].city == city:
                yield root


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

"""Tier 2 of the meeting merge (the same report, see :mod:`koreadip.merge_meetings`), decided
for a whole key group at once.

All the groups of one key state the same date, people, sides and status, so any two of them
are "the same report" (if reported within a week, where that matters) and contradict only by
naming two cities, in person against by phone or video, or one document twice.  Most groups are
*plain*: no other group of the key shares a document with them, and (unless the key is dated
to a month) no report of theirs is dated, so they are candidates of every group whose city and
modality they agree with.  Their choices are then those of their *kind* (sides, city,
modality), and a kind's plain groups that choose each other are joined at once rather than
pair by pair: the round's outcome is the same, at a cost linear in the groups of the key, not
quadratic.  The other groups are judged pair by pair as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from .merge_rules import NEAR, Summary, conflicts, evidence_score, same_report, shifted
from .records import Modality
from .unionfind import UnionFind

__all__ = ["all_pairs", "pairs_within_a_week", "report_round"]

Kind = tuple[frozenset[str], str | None, Modality, bool | None]
CouldBeOne = Callable[[Summary, set[int]], bool]


def report_round(
    roots: list[int], summaries: dict[int, Summary], could_be_one: CouldBeOne
) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """The outcome of one tier-2 round for the groups of one key: the sets of groups it joins
    whole, and the joins to be made one by one (checked again as the groups grow)."""
    return _KeyGroup(roots, summaries, could_be_one).outcome()


def _kind(s: Summary) -> Kind:
    return (s.countries, s.city, s.modality, s.remote)


def _clash(g: Summary, h: Summary) -> bool:
    """Two cities, or in person against remote."""
    return (g.city is not None and h.city is not None and g.city != h.city) or (
        g.remote is not None and h.remote is not None and g.remote is not h.remote
    )


class _KeyGroup:
    def __init__(self, roots: list[int], summaries: dict[int, Summary], could_be_one: CouldBeOne):
        self.roots = roots
        self.summaries = summaries
        self.could_be_one = could_be_one
        specific = summaries[roots[0]].specific
        owners: dict[str, list[int]] = defaultdict(list)
        for r in roots:
            for d in summaries[r].documents:
                owners[d].append(r)
        self.tangled = {r for rs in owners.values() if len(rs) > 1 for r in rs}
        # a group sharing no document clashes with none, but a span of its may spare a clash
        shared = {e for r in self.tangled for e in summaries[r].evidence}
        self.relevant = self.tangled | {r for r in roots if summaries[r].evidence & shared}
        self.kind = {r: _kind(summaries[r]) for r in roots}
        self.plain: dict[Kind, list[int]] = defaultdict(list)
        self.other: dict[Kind, list[int]] = defaultdict(list)
        others: list[int] = []
        for r in roots:
            k = self.kind[r]
            if r not in self.tangled and (specific or summaries[r].reported is None):
                self.plain[k].append(r)
            else:
                self.other[k].append(r)
                others.append(r)
        # the candidates of the other groups among themselves, judged pair by pair
        self.found: dict[int, set[int]] = {r: set() for r in others}
        pairs = all_pairs(others) if specific else pairs_within_a_week(others, summaries)
        for a, b in pairs:
            g, h = summaries[a], summaries[b]
            if same_report(g, h) and not conflicts(g, h):
                self.found[a].add(b)
                self.found[b].add(a)
        kinds = list(dict.fromkeys(self.kind[r] for r in roots))
        self.plain = {k: self.plain[k] for k in kinds}  # every kind, plain groups or not
        self.other = {k: self.other[k] for k in kinds}
        self.one = {k: summaries[(self.plain[k] or self.other[k])[0]] for k in kinds}
        self.agreeing = {
            k: [j for j in kinds if not _clash(self.one[k], self.one[j])] for k in kinds
        }
        self.picks: dict[int, set[int]] = {}
        self.top: dict[int, set[Kind]] = {}  # each group's kinds of best candidates
        self.chosen: dict[int, bool] = {}
        for plain in self.plain.values():  # a plain group chooses as its kind's first
            if not plain:
                continue
            self._choose(plain[0])
            for r in plain[1:]:
                self.top[r], self.chosen[r] = self.top[plain[0]], self.chosen[plain[0]]
        for r in others:
            self._choose(r)

    def _choose(self, a: int) -> None:
        k = self.kind[a]
        if a in self.found:
            near = {self.kind[b] for b in self.found[a]}
            present = [j for j in self.agreeing[k] if self.plain[j] or j in near]
        else:
            present = [
                j for j in self.agreeing[k] if len(self.plain[j]) + len(self.other[j]) > (j == k)
            ]
        if not present:
            self.top[a], self.chosen[a] = set(), False
            return
        g = self.summaries[a]
        scores = {j: evidence_score(g, self.one[j]) for j in present}
        best = max(scores.values())
        top = {j for j in present if scores[j] == best}
        self.top[a] = top
        kinds = top | {k}
        if len({self.one[j].city for j in kinds} - {None}) > 1 or (
            len({self.one[j].remote for j in kinds} - {None}) > 1
        ):
            self.chosen[a] = False
            return
        # plain groups share no document: only the others can hold one twice
        if len(self.tangled & (self._pick_others(a) | {a})) <= 1:
            self.chosen[a] = True
        else:
            self.chosen[a] = self.could_be_one(g, self._pick_relevant(a))

    def _pick_others(self, a: int) -> set[int]:
        """The groups ``a`` chooses that are not plain."""
        if a in self.found:
            return {b for b in self.found[a] if self.kind[b] in self.top[a]}
        return {b for j in self.top[a] for b in self.other[j]}

    def _pick_relevant(self, a: int) -> set[int]:
        """The groups ``a`` chooses that could keep it from being one event with the rest:
        those sharing a document, and those holding a span of theirs.  (With one city and one
        remoteness among them, only a document twice can clash, and the others share none.)"""
        irregular = a in self.found
        return {
            b
            for b in self.relevant
            if b != a
            and self.kind[b] in self.top[a]
            and not (irregular and b in self.found and b not in self.found[a])
        }

    def _pick(self, a: int) -> set[int]:
        """The groups ``a`` chooses (if they can all be one event)."""
        if a not in self.picks:
            pick = self._pick_others(a)
            for j in self.top[a]:
                pick.update(self.plain[j])
            pick.discard(a)
            self.picks[a] = pick
        return self.picks[a]

    def _chooses(self, a: int, b: int) -> bool:
        return self.chosen[a] and self.kind[b] in self.top[a] and b in self._pick(a)

    def outcome(self) -> tuple[list[list[int]], list[tuple[int, int]]]:
        index = {r: i for i, r in enumerate(self.roots)}
        uf = UnionFind(len(self.roots))
        whole: set[Kind] = set()

        def unite_plain(k: Kind) -> int:
            if k not in whole:
                whole.add(k)
                for r in self.plain[k][1:]:
                    uf.union(index[self.plain[k][0]], index[r])
            return index[self.plain[k][0]]

        for k, plain in self.plain.items():
            if not plain or not self.chosen[plain[0]]:
                continue
            a = plain[0]
            if not self.chosen[a]:
                continue
            for j in self.top[a]:
                if not self.plain[j]:
                    continue
                b = self.plain[j][0]
                if self.chosen[b] and k in self.top[b]:
                    if j == k:
                        if len(plain) > 1:
                            unite_plain(k)
                    else:
                        uf.union(unite_plain(k), unite_plain(j))
        for a in self.found:
            if not self.chosen[a]:
                continue
            k = self.kind[a]
            for j in self.top[a]:
                if self.plain[j]:
                    b = self.plain[j][0]
                    if self.chosen[b] and k in self.top[b]:
                        uf.union(index[a], unite_plain(j))
            for b in self.found[a]:
                if self.kind[b] in self.top[a] and self.chosen[b] and k in self.top[b]:
                    uf.union(index[a], index[b])
        wholes: list[list[int]] = []
        joins: list[tuple[int, int]] = []
        for members in uf.groups():
            if len(members) < 2:
                continue
            group = [self.roots[i] for i in members]
            ones = [self.summaries[r] for r in group]
            if (
                len({s.city for s in ones} - {None}) <= 1
                and len({s.remote for s in ones} - {None}) <= 1
                and len(self.tangled.intersection(group)) <= 1
            ):
                wholes.append(group)  # no two of them can clash, whatever the order of joins
                continue
            for a in group:
                for b in self._pick(a) if self.chosen[a] else ():
                    if a < b and self._chooses(b, a):
                        joins.append((a, b))
        return wholes, joins


def all_pairs(roots: list[int]) -> Iterator[tuple[int, int]]:
    for i, a in enumerate(roots):
        for b in roots[i + 1 :]:
            yield a, b


def pairs_within_a_week(
    roots: list[int], summaries: dict[int, Summary]
) -> Iterator[tuple[int, int]]:
    """The pairs of groups reported within a week of each other (or either undated), found
    by sweeping the groups in order of their first report rather than trying every pair."""
    undated = [r for r in roots if summaries[r].reported is None]
    dated = sorted(
        (r for r in roots if summaries[r].reported is not None),
        key=lambda r: summaries[r].reported[0],  # type: ignore[index]
    )
    yield from all_pairs(undated)
    for a in undated:
        for b in dated:
            yield a, b
    # a group's reports may span more than a week; those are tried against every later group
    open_: list[int] = []
    for b in dated:
        start = summaries[b].reported[0]  # type: ignore[index]
        open_ = [a for a in open_ if shifted(summaries[a].reported[1], NEAR) >= start]  # type: ignore[index]
        for a in open_:
            yield a, b
        open_.append(b)

"""Joining meetings: reports of one event become one meeting, and nothing else does.

Two groups of reports are one meeting only when nothing they state contradicts and they share
evidence of identity, tried in tiers by :class:`_Merger`; the judgements themselves live in
:mod:`koreadip.merge_rules`, tier 2's rounds in :mod:`koreadip.merge_report_tier`, tier 3's
in :mod:`koreadip.merge_within` (kept between rounds by :mod:`koreadip.merge_within_kept`),
the groups where tiers 0 to 2 look in :mod:`koreadip.merge_tables`, and the merged meeting's
values in :mod:`koreadip.merge_combine`.  The rules are described in
:mod:`koreadip.merge` and in docs/data-model.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator

from .extract.events import WEIGHED_EVENTS
from .merge_combine import combine, renamed
from .merge_report_tier import report_round
from .merge_rules import (
    Summary,
    city_key,
    conflicts,
    evidence_score,
    join_all,
    join_for_conflicts,
    same_day,
    summarise,
    unify_dates,
)
from .merge_tables import Tables
from .provenance import Documents
from .records import Meeting, Span
from .unionfind import UnionFind, unique_ids

__all__ = ["merge_meetings"]


# ------------------------------------------------------------------ the merge


def merge_meetings(
    tagged: list[tuple[int, Meeting]], official_ids: dict[str, str], documents: Documents
) -> tuple[list[Meeting], dict[tuple[int, str], str]]:
    """The merged meetings, and a map from (dossier index, input id) to the merged meeting's id."""
    meetings = [renamed(m, official_ids) for _, m in tagged]
    # rounds apply their joins in an order fixed by the reports themselves, not by the input
    order = sorted(range(len(meetings)), key=lambda i: _sort_key(tagged[i][1]))
    rank = {i: r for r, i in enumerate(order)}
    merger = _Merger(meetings, documents, rank)
    merger.run()

    groups = sorted(merger.groups.values())
    merged = unique_ids([merger.combine(g) for g in groups])
    ids: dict[tuple[int, str], str] = {}
    for group, meeting in zip(groups, merged, strict=True):
        for i in group:
            ids.setdefault((tagged[i][0], tagged[i][1].id), meeting.id)
    return merged, ids


def _sort_key(m: Meeting) -> tuple[Hashable, ...]:
    return (
        tuple(sorted(m.sources)),
        m.id,
        "" if m.date is None else m.date.isoformat(),
        m.status.value,
        m.modality.value,
        m.location or "",
        tuple(sorted((p.official_id, p.role or "") for p in m.participants)),
        tuple(sorted(m.countries)),
        tuple(sorted(t.value for t in m.topics)),
        m.title or "",
        m.duration_minutes or 0,
        tuple(sorted((e.source_id, e.start, e.end) for e in m.evidence)),
    )


def _constituents(meetings: list[Meeting]) -> Iterator[tuple[int, int]]:
    """(i, j): report ``i`` is one of those merged into meeting ``j``, met again (a merged
    corpus read beside its own articles): ``j`` tells of several spans, ``i``'s are among
    them, and everything ``i`` says ``j`` says too (its people, countries, topics, sources, a
    date and a city it does not contradict).  The tiers would judge the two as two reports,
    and a plan that joined its meeting through the reports between them could then stay apart.
    """
    merged: dict[Span, list[int]] = defaultdict(list)
    for j, m in enumerate(meetings):
        if len(m.evidence) > 1:
            for span in m.evidence:
                merged[span].append(j)
    if not merged:
        return
    for i, m in enumerate(meetings):
        if not m.evidence:
            continue
        for j in merged.get(m.evidence[0], ()):
            if j != i and _says_no_more(m, meetings[j]):
                yield i, j
                break


def _says_no_more(part: Meeting, whole: Meeting) -> bool:
    """Whether ``part`` says nothing that ``whole`` does not (see :func:`_constituents`)."""
    return (
        set(part.evidence) <= set(whole.evidence)
        and set(part.sources) <= set(whole.sources)
        and {p.official_id for p in part.participants}
        <= {p.official_id for p in whole.participants}
        and set(part.countries) <= set(whole.countries)
        and set(part.topics) <= set(whole.topics)
        and (part.date is None or unify_dates(part.date, whole.date) == whole.date)
        and (city_key(part.location) in (None, city_key(whole.location)))
    )


class _Merger:
    """Union-find over the reports, with the rounds of the three tiers that join them."""

    tables_type = Tables

    def __init__(self, meetings: list[Meeting], documents: Documents, rank: dict[int, int]):
        self.meetings = meetings
        self.documents = documents
        self.rank = rank
        #: how many groups of its day tier 1 weighs a group against on either side, for the
        #: parts of one page; None for a corpus, where every pair is weighed (see _pairs_of_day)
        self.reach = WEIGHED_EVENTS if documents.one_document else None
        self.uf = UnionFind(len(meetings))
        seen: dict[Meeting, int] = {}
        for i, m in enumerate(meetings):  # the same record twice is one report
            self.uf.union(i, seen.setdefault(m, i))
        for i, j in _constituents(meetings):
            self.uf.union(i, j)
        self.groups: dict[int, list[int]] = {g[0]: g for g in self.uf.groups()}
        # a group of equal records says what any of them says
        self.summaries = {root: summarise(meetings[root], documents) for root in self.groups}
        #: the groups filed where tiers 0 to 2 look, and tier 3's choices, kept as they join
        #: (each made when a tier first asks)
        self.tables = self.tables_type(self.summaries)

    def combine(self, group: list[int]) -> Meeting:
        return combine([self.meetings[i] for i in group])

    def run(self) -> None:
        """Join groups, the surest tier first, until no tier joins anything."""
        tiers: tuple[Callable[[], bool], ...] = (
            lambda: self._apply(self._same_words()),
            lambda: self._apply(self._changed_days()),
            self._report_round,
            self._within_round,
        )
        self._join_repeats()
        while any(tier() for tier in tiers):
            pass

    def _join_repeats(self) -> None:
        """Join, in one pass, the groups from different documents that state alike a meeting
        dated to a month or a day.

        They would join in the tiers below, which try them pair by pair: a story carried by
        many outlets, or a page of many parts repeating one note, would cost time quadratic in
        its copies.  Where one document tells of two such meetings, the tiers judge them.
        """
        kinds: dict[Hashable, list[int]] = defaultdict(list)
        for root, s in self.summaries.items():
            if s.specific and (s.participants or s.countries):
                key = (s.date, s.participants, s.countries, s.city, s.status, s.modality, s.remote)
                kinds[key].append(root)
        for roots in kinds.values():
            documents = [d for r in roots for d in self.summaries[r].documents]
            if len(roots) < 2 or len(documents) != len(set(documents)):
                continue
            roots.sort(key=self._first_rank)
            union = roots[0]
            for root in roots[1:]:
                if conflicts(self.summaries[union], self.summaries[root]):
                    break
                union = self._join(union, root)

    def _first_rank(self, root: int) -> int:
        return min(self.rank[i] for i in self.groups[root])

    def _join(self, a: int, b: int) -> int:
        """Join the groups rooted at ``a`` and ``b``; the root of the joined group."""
        return self._join_all([a, b])

    def _join_all(self, roots: list[int]) -> int:
        """Join the groups rooted at ``roots`` at once, as joining them one by one in order
        would: the root the smallest (returned), the members sorted, the summary
        :func:`join_all`'s."""
        keep = min(roots)
        for root in roots:
            self.uf.union(keep, root)
        members = [i for root in roots if root != keep for i in self.groups.pop(root)]
        self.groups[keep] = sorted(self.groups[keep] + members)
        gone = [(root, self.summaries.pop(root)) for root in roots]
        made = self.summaries[keep] = join_all([g for _, g in gone])
        self.tables.joined(gone, keep, made)
        return keep

    def _choice(self, root: int, candidates: Iterable[int]) -> set[int] | None:
        """The groups ``root`` chooses of its (non-conflicting) ``candidates``: its
        best-agreeing ones, if it and they could all be one event (else None)."""
        summaries = self.summaries
        g = summaries[root]
        scores = {c: evidence_score(g, summaries[c]) for c in candidates}
        if not scores:
            return None
        top = max(scores.values())
        pick = {c for c, score in scores.items() if score == top}
        return pick if self._could_be_one(g, pick, summaries) else None

    def _within_round(self) -> bool:
        """One round of tier 3 (:func:`koreadip.merge_within.within_joins`), decided on the
        groups as they stand, judging again only the groups whose choice may have changed
        (:class:`koreadip.merge_within_kept.KeptChoices`); True if any joined."""
        return self._apply(self.tables.within().joins())

    def _apply(self, joins: list[tuple[int, int]]) -> bool:
        """Make the joins in an order set by the reports' content, each checked again against
        the groups as they have grown; True if any joined."""
        first = {root: self._first_rank(root) for join in joins for root in join}
        joins.sort(key=lambda p: sorted((first[p[0]], first[p[1]])))
        changed = False
        for a, b in joins:
            ra, rb = self.uf.find(a), self.uf.find(b)
            if ra == rb or conflicts(self.summaries[ra], self.summaries[rb]):
                continue
            self._join(ra, rb)
            changed = True
        return changed

    def _could_be_one(self, g: Summary, pick: set[int], summaries: dict[int, Summary]) -> bool:
        """Whether ``g`` and every group of ``pick`` could together be one event."""
        union = g
        spans = not self.documents.one_document
        for c in sorted(pick, key=self._first_rank):
            if conflicts(union, summaries[c]):
                return False
            union = join_for_conflicts(union, summaries[c], spans=spans)
        return True

    def _same_words(self) -> list[tuple[int, int]]:
        """Tier 0: the same words of the same source (a report met again) are one report.

        A group's candidates are the first holder of each of its spans, and, for a span it
        holds first, every other holder (as pairs found by one pass over the groups were).
        Its choice depends on the holders of its spans alone, so only the groups holding a span
        whose holders changed since the tier last asked (every group, the first time) are
        judged again, with the groups they choose: two others chose as when last judged, and
        groups that chose each other then were joined."""
        spans = self.tables.spans()
        holders = spans.groups
        # a span of one holder is no group's candidate
        judged = {r for _, held in spans.changed(held=2) for r in held}
        chosen: dict[int, set[int] | None] = {}

        def choice(root: int) -> set[int] | None:
            if root not in chosen:
                chosen[root] = self._choice(root, self._word_candidates(root, holders))
            return chosen[root]

        joins: set[tuple[int, int]] = set()
        for a in judged:
            for b in choice(a) or ():
                if a in (choice(b) or ()):
                    joins.add((a, b) if a < b else (b, a))
        return list(joins)

    def _word_candidates(self, root: int, holders: dict[Span, dict[int, None]]) -> set[int]:
        summaries = self.summaries
        g = summaries[root]
        found: set[int] = set()
        for e in g.evidence:
            held = holders[e]
            first = next(iter(held))
            if first == root:
                found.update(held)
            else:
                found.add(first)
        found.discard(root)
        return {c for c in found if not conflicts(g, summaries[c])}

    def _changed_days(self) -> list[tuple[int, int]]:
        """Tier 1: the groups of one full day (:meth:`_pairs_of_day`), of the days whose groups
        changed since the tier last asked.  A group's candidates in tier 1 are of its own day,
        so a day's outcome depends on its groups alone: a day of the same groups would be
        judged as then, and that outcome joined nothing."""
        days = self.tables.days()
        summaries = self.summaries
        found: dict[int, set[int]] = defaultdict(set)
        for _, roots in days.changed(held=2):
            for a, b in self._pairs_of_day(list(roots), summaries):
                if not conflicts(summaries[a], summaries[b]):
                    found[a].add(b)
                    found[b].add(a)
        chosen = {root: self._choice(root, candidates) for root, candidates in found.items()}
        return [
            (a, b)
            for a, picks in chosen.items()
            for b in picks or ()
            if a < b and a in (chosen.get(b) or ())
        ]

    def _pairs_of_day(
        self, roots: list[int], summaries: dict[int, Summary]
    ) -> Iterator[tuple[int, int]]:
        if len(roots) < 2:
            return
        if self.reach is not None:
            for i, a in enumerate(roots):
                for b in roots[i + 1 : i + 1 + self.reach]:
                    if same_day(summaries[a], summaries[b]):
                        yield a, b
            return
        # every pair of the day that can be the same day's meeting: sharing a person, or, one
        # naming nobody, the same sides (found through who and which sides, not by every pair)
        by_person: dict[str, list[int]] = defaultdict(list)
        by_sides: dict[frozenset[str], list[int]] = defaultdict(list)
        nobody: dict[frozenset[str], list[int]] = defaultdict(list)
        for b in roots:
            h = summaries[b]
            if h.participants:
                earlier = [a for p in h.participants for a in by_person[p]]
                earlier += nobody[h.countries]
                for p in h.participants:
                    by_person[p].append(b)
            else:
                earlier = list(by_sides[h.countries])
                nobody[h.countries].append(b)
            by_sides[h.countries].append(b)
            for a in dict.fromkeys(earlier):
                if same_day(summaries[a], h):
                    yield a, b

    def _report_round(self) -> bool:
        """One round of tier 2, decided on the groups as they stand; True if any joined.

        Only groups of one key (date, people, sides, status) can be the same report; each
        key's groups are judged together (:func:`koreadip.merge_report_tier.report_round`),
        those of the keys whose groups changed since the tier last asked: a group's summary is
        made anew whenever it joins, and its first rank (read by _could_be_one) changes only
        then, so a key of the same groups would be judged as then, and that joined nothing.
        """
        summaries = self.summaries
        table = self.tables.report_keys()
        keys = table.changed(held=2)
        # in the order of their first groups: the groups joined whole are stored in that order
        place = self.tables.place
        keys.sort(key=lambda kg: place(next(iter(kg[1]))))
        wholes: list[list[int]] = []
        joins: list[tuple[int, int]] = []
        for _, roots in keys:
            w, j = report_round(
                list(roots),
                summaries,
                lambda g, pick: self._could_be_one(g, pick, summaries),
            )
            wholes += w
            joins += j
        for group in wholes:  # groups no order of joins could keep apart
            self._join_all(group)
        return self._apply(joins) or bool(wholes)

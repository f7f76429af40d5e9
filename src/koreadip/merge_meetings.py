"""Joining meetings: reports of one event become one meeting, and nothing else does.

Two groups of reports are one meeting only when nothing they state contradicts (see
:func:`_conflict`) and they share evidence of identity (the three tiers of :func:`_tiers`).
The rules are described in :mod:`koreadip.merge` and in docs/data-model.md.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

import attrs

from .dates import PartialDate
from .errors import SchemaError
from .names import fold
from .provenance import Documents
from .records import Meeting, MeetingStatus, Modality, Participant, Span
from .unionfind import UnionFind, unique_ids

__all__ = ["merge_meetings"]

T = TypeVar("T")

#: a plan is reported before the meeting, a meeting held after it: a day's leeway for time zones
_LEEWAY = _dt.timedelta(days=1)
#: reports of a vaguely dated meeting this close in time are news of the same event
_NEAR = _dt.timedelta(days=7)
#: a report that gives no year speaks of a meeting this close to when it was published
_RECENT = _dt.timedelta(days=31)
_RANK = {MeetingStatus.HELD: 2, MeetingStatus.CANCELLED: 1, MeetingStatus.PLANNED: 0}
_REMOTE = frozenset({Modality.PHONE, Modality.VIDEO})
_PLANNED = MeetingStatus.PLANNED


class _Conflict:
    """Two dates no day fits."""

    def __repr__(self) -> str:
        return "CONFLICT"


CONFLICT = _Conflict()


# ------------------------------------------------------------------ values of a merged meeting


def unify_dates(a: PartialDate | None, b: PartialDate | None) -> PartialDate | _Conflict | None:
    """The date both describe (year, month and day each from whichever knows it), or CONFLICT.

    >>> unify_dates(PartialDate(year=2018), PartialDate(month=12, day=7))
    PartialDate(year=2018, month=12, day=7)
    >>> unify_dates(PartialDate(year=2018, month=6), PartialDate(year=2019))
    CONFLICT
    """
    if a is None or b is None:
        return b if a is None else a
    parts = []
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is not None and y is not None and x != y:
            return CONFLICT
        parts.append(x if x is not None else y)
    try:
        return PartialDate(year=parts[0], month=parts[1], day=parts[2])
    except SchemaError:  # 29 February of a year that has none
        return CONFLICT


def _unified(dates: Iterable[PartialDate | None]) -> PartialDate | _Conflict | None:
    out: PartialDate | None = None
    for d in dates:
        both = unify_dates(out, d)
        if isinstance(both, _Conflict):
            return both
        out = both
    return out


def _city(location: str | None) -> str | None:
    """A place's comparison key: 'Washington, D.C.' and 'washington' are one city."""
    if location is None:
        return None
    # letters of any script: '서울' is a place, if not one this key can tell is Seoul
    words = re.sub(r"[\W_]+", " ", fold(location.split(",")[0])).split()
    while len(words) > 1 and words[-1] in ("dc", "d", "c", "city"):
        words.pop()
    return " ".join(words) or None


def _modality(modalities: Iterable[Modality]) -> Modality:
    """In person over video over phone over unknown (in person and remote never meet)."""
    seen = set(modalities)
    for m in (Modality.IN_PERSON, Modality.VIDEO, Modality.PHONE):
        if m in seen:
            return m
    return Modality.UNKNOWN


def _status(statuses: Iterable[MeetingStatus]) -> MeetingStatus:
    """Held over cancelled over planned.

    A group never holds both held and cancelled, nor a plan reported after the meeting was
    reported held, so this is the status of the latest report: plans come first.
    """
    return max(statuses, key=_RANK.__getitem__)


# ------------------------------------------------------------------ what a group of reports says


@attrs.frozen
class _Summary:
    """What a group of reports states, as its merged meeting states it."""

    date: PartialDate | None
    status: MeetingStatus
    modality: Modality
    city: str | None
    participants: frozenset[str]
    countries: frozenset[str]
    sources: frozenset[str]
    documents: frozenset[str]
    evidence: frozenset[Span]
    #: the first and last day the meeting was reported, if any report is dated
    reported: tuple[_dt.date, _dt.date] | None
    #: the days the event can be on, given when it was reported held (before) or planned (after)
    window: tuple[_dt.date | None, _dt.date | None]
    #: by phone or video (True), in person (False), or not said (None)
    remote: bool | None

    @property
    def specific(self) -> bool:
        """Dated at least to a month of a known year."""
        return self.date is not None and self.date.year is not None and self.date.month is not None


def _summarise(meeting: Meeting, documents: Documents) -> _Summary:
    """The summary of a merged meeting (a group of one): everything the rules look at."""
    days = [d for s in meeting.sources if (d := documents.date(s)) is not None]
    reported = (min(days), max(days)) if days else None
    return _Summary(
        date=meeting.date,
        status=meeting.status,
        modality=meeting.modality,
        city=_city(meeting.location),
        participants=frozenset(p.official_id for p in meeting.participants),
        countries=frozenset(meeting.countries),
        sources=frozenset(meeting.sources),
        documents=documents.documents(meeting.sources),
        evidence=frozenset(meeting.evidence),
        reported=reported,
        window=_window(meeting.status, meeting.date, reported),
        remote=None if meeting.modality is Modality.UNKNOWN else meeting.modality in _REMOTE,
    )


def _window(
    status: MeetingStatus, date: PartialDate | None, reported: tuple[_dt.date, _dt.date] | None
) -> tuple[_dt.date | None, _dt.date | None]:
    """The days a meeting can be on, given when it was reported.

    Each report of a meeting held was published after it, each plan before it (a day's
    leeway either way).  A group's window is its merged meeting's, so a meeting merged before
    is judged as its reports were: one whose day falls outside its own window (a date misread,
    or a plan and the report of it held, which join only on a full day) is not judged by
    windows at all (see :func:`_conflict`).
    """
    if reported is None:
        return None, None
    if status is MeetingStatus.HELD:
        return None, _shifted(reported[0], _LEEWAY)
    if status is MeetingStatus.PLANNED:
        return _shifted(reported[1], -_LEEWAY), None
    return None, None


def _shifted(day: _dt.date, by: _dt.timedelta) -> _dt.date:
    """``day + by``, or the first or last day there is."""
    try:
        return day + by
    except OverflowError:
        return _dt.date.max if by > _dt.timedelta(0) else _dt.date.min


def _joined(g: _Summary, h: _Summary) -> _Summary:
    """The summary of two groups joined (as :func:`_summarise` of their merged meeting)."""
    date = unify_dates(g.date, h.date)
    assert not isinstance(date, _Conflict)
    status = g.status if _RANK[g.status] >= _RANK[h.status] else h.status
    reported = (
        h.reported
        if g.reported is None
        else g.reported
        if h.reported is None
        else (min(g.reported[0], h.reported[0]), max(g.reported[1], h.reported[1]))
    )
    modality = _modality((g.modality, h.modality))
    return _Summary(
        date=date,
        status=status,
        modality=modality,
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


def _span(date: PartialDate) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day a date can be, or None without a year."""
    if date.year is None:
        return None
    if date.month is None:
        return _dt.date(date.year, 1, 1), _dt.date(date.year, 12, 31)
    if date.day is None:
        following = _dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return _dt.date(date.year, date.month, 1), following - _dt.timedelta(days=1)
    day = _dt.date(date.year, date.month, date.day)
    return day, day


def _fits(date: PartialDate | None, window: tuple[_dt.date | None, _dt.date | None]) -> bool:
    span = None if date is None else _span(date)
    if span is None:
        return True
    lo, hi = window
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


def _conflict(g: _Summary, h: _Summary) -> bool:
    """True when ``g`` and ``h`` cannot be one event, whatever else they share."""
    if g.documents & h.documents and not g.evidence & h.evidence:
        return True  # one document never reports one event as two (one report seen twice is one)
    date = unify_dates(g.date, h.date)
    if isinstance(date, _Conflict):
        return True
    if g.city is not None and h.city is not None and g.city != h.city:
        return True
    if g.remote is not None and h.remote is not None and g.remote is not h.remote:
        return True
    if g.status is not h.status:
        if g.status is not _PLANNED and h.status is not _PLANNED:  # held and cancelled
            return True
        if date is None or not date.is_complete:
            return True  # that a plan is the meeting later held (or called off) needs its day
    lo = _later(g.window[0], h.window[0])
    hi = _earlier(g.window[1], h.window[1])
    if lo is not None and hi is not None and lo > hi:
        return True  # planned in a report published after one that said it was held
    # a date must fall where the other reports' timing allows; a report that contradicts its
    # own timing (a date misread) cannot be judged that way
    return not _fits(date, (lo, hi)) and _fits(g.date, g.window) and _fits(h.date, h.window)


def _later(a: _dt.date | None, b: _dt.date | None) -> _dt.date | None:
    return b if a is None else a if b is None else max(a, b)


def _earlier(a: _dt.date | None, b: _dt.date | None) -> _dt.date | None:
    return b if a is None else a if b is None else min(a, b)


def _near(g: _Summary, h: _Summary) -> bool:
    """Reported within a week of each other (or either undated): news of the same days."""
    if g.reported is None or h.reported is None:
        return True
    gap = max(g.reported[0], h.reported[0]) - min(g.reported[1], h.reported[1])
    return gap <= _NEAR


# ------------------------------------------------------------------ evidence of identity


def _score(g: _Summary, h: _Summary) -> tuple[int, ...]:
    """How well ``h`` agrees with ``g``: shared people first, then fewer differences."""
    return (
        len(g.participants & h.participants),
        -len(g.participants ^ h.participants),
        g.countries == h.countries,
        g.city is not None and g.city == h.city,
        g.modality is h.modality,
        g.status is h.status,
    )


def _same_city(g: _Summary, h: _Summary) -> tuple[int, ...]:
    return (g.city is not None and g.city == h.city,)


def _same_day(g: _Summary, h: _Summary) -> bool:
    """Tier 1: the same full day, and a shared participant, or (someone unnamed) the same sides."""
    if g.date is None or not g.date.is_complete or g.date != h.date:
        return False
    if g.participants and h.participants:
        return bool(g.participants & h.participants)
    return g.countries == h.countries


def _same_report(g: _Summary, h: _Summary) -> bool:
    """Tier 2: the same date (or none) and the same people, or, naming nobody, the same sides.

    Unless dated to a month of a known year, the reports must also be from the same week.
    """
    if g.date != h.date or (g.date is not None and g.date.is_complete):
        return False
    if g.participants != h.participants or (not g.participants and g.countries != h.countries):
        return False
    return g.specific or _near(g, h)


def _within(g: _Summary, h: _Summary) -> bool:
    """Tier 3: ``h`` is more precisely dated and has every one of ``g``'s participants.

    A report that gives no year is news of its month: ``h``'s date must lie within a month
    of when ``g`` was reported.
    """
    if not g.participants or not g.participants <= h.participants:
        return False
    if _precision(h.date) <= _precision(g.date):
        return False
    if (g.date is None or g.date.year is None) and g.reported is not None and h.date is not None:
        span = _span(h.date)
        if span is not None and (
            span[1] < _shifted(g.reported[0], -_RECENT)
            or span[0] > _shifted(g.reported[1], _RECENT)
        ):
            return False
    return True


def _precision(date: PartialDate | None) -> int:
    return 0 if date is None else sum(x is not None for x in (date.year, date.month, date.day))


# ------------------------------------------------------------------ the merge


def merge_meetings(
    tagged: list[tuple[int, Meeting]], official_ids: dict[str, str], documents: Documents
) -> tuple[list[Meeting], dict[tuple[int, str], str]]:
    """The merged meetings, and a map from (dossier index, input id) to the merged meeting's id."""
    meetings = [_renamed(m, official_ids) for _, m in tagged]
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
        and (_city(part.location) in (None, _city(whole.location)))
    )


Pairs = Callable[[dict[int, _Summary]], Iterator[tuple[int, int]]]


class _Merger:
    """Union-find over the reports, with the rounds of the three tiers that join them."""

    def __init__(self, meetings: list[Meeting], documents: Documents, rank: dict[int, int]):
        self.meetings = meetings
        self.documents = documents
        self.rank = rank
        self.uf = UnionFind(len(meetings))
        seen: dict[Meeting, int] = {}
        for i, m in enumerate(meetings):  # the same record twice is one report
            self.uf.union(i, seen.setdefault(m, i))
        for i, j in _constituents(meetings):
            self.uf.union(i, j)
        self.groups: dict[int, list[int]] = {g[0]: g for g in self.uf.groups()}
        # a group of equal records says what any of them says
        self.summaries = {root: _summarise(meetings[root], documents) for root in self.groups}

    def combine(self, group: list[int]) -> Meeting:
        return _combine([self.meetings[i] for i in group])

    def run(self) -> None:
        """Join groups, the surest tier first, until no tier joins anything."""
        tiers: tuple[tuple[Pairs, bool], ...] = (
            (self._same_words, True),
            (self._day_pairs, True),
            (self._report_pairs, True),
            (self._within_pairs, False),
        )
        self._join_repeats()
        while any(self._round(pairs, mutual) for pairs, mutual in tiers):
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
                if _conflict(self.summaries[union], self.summaries[root]):
                    break
                union = self._join(union, root)

    def _first_rank(self, root: int) -> int:
        return min(self.rank[i] for i in self.groups[root])

    def _join(self, a: int, b: int) -> int:
        """Join the groups rooted at ``a`` and ``b``; the root of the joined group."""
        self.uf.union(a, b)
        keep, gone = sorted((a, b))
        self.groups[keep] = sorted(self.groups[keep] + self.groups.pop(gone))
        self.summaries[keep] = _joined(self.summaries.pop(a), self.summaries.pop(b))
        return keep

    def _round(self, pairs: Pairs, mutual: bool) -> bool:
        """One round of one tier, decided on a snapshot of the groups; True if any joined.

        A group's choice is its best-agreeing candidates (``mutual`` tiers: each must choose
        the other too); otherwise its one candidate, or the one naming its city; a choice of
        several that cannot all be one event is no choice.  Joins are then made in an order
        set by the reports' content, each checked again against the groups as they have grown.
        """
        summaries = dict(self.summaries)
        found: dict[int, set[int]] = defaultdict(set)
        for a, b in pairs(summaries):
            if not _conflict(summaries[a], summaries[b]):
                found[a].add(b)
                if mutual:
                    found[b].add(a)
        score = _score if mutual else _same_city
        chosen: dict[int, set[int]] = {}
        for root, candidates in found.items():
            g = summaries[root]
            top = max(score(g, summaries[c]) for c in candidates)
            pick = {c for c in candidates if score(g, summaries[c]) == top}
            if not mutual and len(pick) > 1:
                continue
            if self._could_be_one(g, pick, summaries):
                chosen[root] = pick
        joins = [
            (a, b)
            for a, picks in chosen.items()
            for b in picks
            if not mutual or (a < b and a in chosen.get(b, ()))
        ]
        first = {root: self._first_rank(root) for root in self.groups}
        joins.sort(key=lambda p: sorted((first[p[0]], first[p[1]])))
        changed = False
        for a, b in joins:
            ra, rb = self.uf.find(a), self.uf.find(b)
            if ra == rb or _conflict(self.summaries[ra], self.summaries[rb]):
                continue
            self._join(ra, rb)
            changed = True
        return changed

    def _could_be_one(self, g: _Summary, pick: set[int], summaries: dict[int, _Summary]) -> bool:
        """Whether ``g`` and every group of ``pick`` could together be one event."""
        union = g
        for c in sorted(pick, key=lambda c: min(self.rank[i] for i in self.groups[c])):
            if _conflict(union, summaries[c]):
                return False
            union = _joined(union, summaries[c])
        return True

    def _same_words(self, summaries: dict[int, _Summary]) -> Iterator[tuple[int, int]]:
        """Tier 0: the same words of the same source (a report met again) are one report."""
        owner: dict[Span, int] = {}
        for root, s in summaries.items():
            for e in s.evidence:
                other = owner.setdefault(e, root)
                if other != root:
                    yield other, root

    def _day_pairs(self, summaries: dict[int, _Summary]) -> Iterator[tuple[int, int]]:
        by_day: dict[PartialDate, list[int]] = defaultdict(list)
        for root, s in summaries.items():
            if s.date is not None and s.date.is_complete:
                by_day[s.date].append(root)
        for roots in by_day.values():
            for i, a in enumerate(roots):
                for b in roots[i + 1 :]:
                    if _same_day(summaries[a], summaries[b]):
                        yield a, b

    def _report_pairs(self, summaries: dict[int, _Summary]) -> Iterator[tuple[int, int]]:
        by_key: dict[Hashable, list[int]] = defaultdict(list)
        for root, s in summaries.items():
            if s.date is None or not s.date.is_complete:
                # different statuses need a full day (see _conflict): apart at once
                sides = None if s.participants else s.countries
                by_key[s.date, s.participants, sides, s.status].append(root)
        for roots in by_key.values():
            if summaries[roots[0]].specific:
                candidates = _all_pairs(roots)
            else:
                candidates = _pairs_within_a_week(roots, summaries)
            for a, b in candidates:
                if _same_report(summaries[a], summaries[b]):
                    yield a, b

    def _within_pairs(self, summaries: dict[int, _Summary]) -> Iterator[tuple[int, int]]:
        index: dict[tuple[str, int | None, int | None], list[int]] = defaultdict(list)
        by_person: dict[str, list[int]] = defaultdict(list)
        for root, s in summaries.items():
            if s.date is None:
                continue
            for p in s.participants:
                index[p, s.date.year, s.date.month].append(root)
                by_person[p].append(root)
        for root, s in summaries.items():
            if not s.participants or (s.date is not None and s.date.is_complete):
                continue
            keys = _finer_keys(s)
            if keys is None:  # no way to narrow the search: everyone's meetings
                rarest = min(s.participants, key=lambda p: (len(by_person[p]), p))
                found: Iterable[int] = by_person[rarest]
            else:
                rarest = min(s.participants, key=lambda p: (len(by_person[p]), p))
                found = [o for k in keys for o in index.get((rarest, *k), ())]
            for other in found:
                if other != root and _within(s, summaries[other]):
                    yield root, other


def _all_pairs(roots: list[int]) -> Iterator[tuple[int, int]]:
    for i, a in enumerate(roots):
        for b in roots[i + 1 :]:
            yield a, b


def _pairs_within_a_week(
    roots: list[int], summaries: dict[int, _Summary]
) -> Iterator[tuple[int, int]]:
    """The pairs of groups reported within a week of each other (or either undated), found
    by sweeping the groups in order of their first report rather than trying every pair."""
    undated = [r for r in roots if summaries[r].reported is None]
    dated = sorted(
        (r for r in roots if summaries[r].reported is not None),
        key=lambda r: summaries[r].reported[0],  # type: ignore[index]
    )
    yield from _all_pairs(undated)
    for a in undated:
        for b in dated:
            yield a, b
    # a group's reports may span more than a week; those are tried against every later group
    open_: list[int] = []
    for b in dated:
        start = summaries[b].reported[0]  # type: ignore[index]
        open_ = [a for a in open_ if _shifted(summaries[a].reported[1], _NEAR) >= start]  # type: ignore[index]
        for a in open_:
            yield a, b
        open_.append(b)


def _finer_keys(s: _Summary) -> list[tuple[int | None, int | None]] | None:
    """The (year, month) keys under which every meeting dated more finely than ``s`` that
    :func:`_within` can accept is indexed, or None if there is no telling."""
    months = range(1, 13)
    date = s.date
    if date is not None and date.year is not None:
        if date.month is not None:
            return [(date.year, date.month), (None, date.month)]
        return [(date.year, m) for m in months] + [(None, m) for m in months]
    if s.reported is None:
        return None
    # no year: news of its month -- meetings within a month of its reports, or without a year
    first, last = _shifted(s.reported[0], -_RECENT), _shifted(s.reported[1], _RECENT)
    keys: list[tuple[int | None, int | None]] = [(None, m) for m in months]
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        keys += [(y, m), (y, None)]
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return list(dict.fromkeys(keys))


# ------------------------------------------------------------------ helpers


def _renamed(meeting: Meeting, ids: dict[str, str]) -> Meeting:
    """The meeting with its participants' merged ids (itself when nothing changes)."""
    own = [p.official_id for p in meeting.participants]
    if all(ids.get(o, o) == o for o in own) and len(set(own)) == len(own):
        return meeting
    return attrs.evolve(meeting, participants=_participants(meeting.participants, ids))


def _participants(
    participants: Iterable[Participant], ids: dict[str, str]
) -> tuple[Participant, ...]:
    """Participants with merged ids, one per official, keeping the first known role."""
    roles: dict[str, str | None] = {}
    for p in participants:
        oid = ids.get(p.official_id, p.official_id)
        if roles.get(oid) is None:
            roles[oid] = p.role
    return tuple(Participant(official_id=oid, role=role) for oid, role in roles.items())


def _unite(seqs: Iterable[Iterable[T]]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(x for seq in seqs for x in seq))


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v is not None), None)


def _place(group: list[Meeting]) -> str | None:
    """The first location that names a city (the group's, as no two cities join), else the
    first at all: a place without a city key ('—') would let the merged meeting join a meeting
    elsewhere that the group's own city kept apart, so merging again would change it."""
    return _first(m.location for m in group if _city(m.location) is not None) or _first(
        m.location for m in group
    )


def _unrepeated(meeting: Meeting) -> bool:
    """Whether a meeting names each participant, country, topic, source and span once."""
    officials = [p.official_id for p in meeting.participants]
    fields = (officials, meeting.countries, meeting.topics, meeting.sources, meeting.evidence)
    return all(len(set(values)) == len(values) for values in fields)


def _combine(group: list[Meeting]) -> Meeting:
    first = group[0]
    if len(group) == 1 and _unrepeated(first):
        return first  # what combining it alone would build again
    date = _unified(m.date for m in group)
    if isinstance(date, _Conflict):  # no group is joined so; kept total all the same
        date = first.date
    return attrs.evolve(
        first,
        title=_first(m.title for m in group),
        date=date,
        status=_status(m.status for m in group),
        modality=_modality(m.modality for m in group),
        location=_place(group),
        participants=_participants((p for m in group for p in m.participants), {}),
        countries=_unite(m.countries for m in group),
        topics=_unite(m.topics for m in group),
        duration_minutes=_first(m.duration_minutes for m in group),
        sources=_unite(m.sources for m in group),
        evidence=_unite(m.evidence for m in group),
    )

"""Joining dossiers: one official per person, one meeting per event reported twice.

The rules, in the order they run:

1. **Sources** with the same id are one source.
2. **Officials** are one person when they share an id, or a name key of any spelling (name or
   alias; :func:`koreadip.names.name_keys` ignores family-name order and hyphens).  Then a
   surname-only official ("Biegun") joins the one person whose full name starts or ends with that
   surname; if several do, it stays apart.  The merged official keeps the id and name of its first
   member with a multi-part name (else its first member), every other spelling as an alias, the
   first known title, country, organization and Korean name, and all evidence.
3. **Meetings** of the same status are one event when they share a complete date and a
   participant (after officials are merged), or, having no participants, a complete date and a
   country; or when they have the same date (or none) and the same participants.  A meeting with
   a coarser date ("2018-12", or none) joins the only finer-dated meeting of its status whose
   participants include all of its own; if there are several, it stays apart.  Repeated until
   nothing changes.  (One person meets many people: a shared participant alone, without a shared
   day, says nothing.)
4. **Statements** with the same text and speaker, and **positions** with the same holder, topic
   and stance, are one.

Where merged records disagree on a single value, the first one (in argument order) wins; lists
are united in order of first appearance.  References (participants, speakers, holders, a
statement's meeting) are rewritten to the merged records, and ids stay unique per record type.
Merging is idempotent, and the same dossiers in another order describe the same merged records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import product
from typing import TypeVar

import attrs

from .dates import PartialDate
from .names import name_keys, name_tokens
from .records import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    Official,
    Participant,
    Position,
    Source,
    Statement,
)

__all__ = ["merge_dossiers"]

T = TypeVar("T")
R = TypeVar("R", Meeting, Statement, Position)


def merge_dossiers(dossiers: Iterable[Dossier]) -> Dossier:
    """Join dossiers into one, merging records that describe the same thing.

    >>> from koreadip import Official
    >>> a = Dossier(officials=[Official(id="noh", name="Noh Kyu-duk", country="KR")])
    >>> b = Dossier(officials=[Official(id="kdn", name="Kyu-Duk Noh", title="envoy")])
    >>> (noh,) = merge_dossiers([a, b]).officials
    >>> noh.id, noh.name, noh.aliases, noh.country, noh.title
    ('noh', 'Noh Kyu-duk', ('Kyu-Duk Noh',), 'KR', 'envoy')
    """
    parts = list(dossiers)
    officials, official_ids = _merge_officials([o for d in parts for o in d.officials])

    tagged = [(i, m) for i, d in enumerate(parts) for m in d.meetings]
    meetings, meeting_ids = _merge_meetings(tagged, official_ids)

    statements = [
        attrs.evolve(
            s,
            speaker_id=_lookup(official_ids, s.speaker_id),
            meeting_id=None
            if s.meeting_id is None
            else meeting_ids.get((i, s.meeting_id), s.meeting_id),
        )
        for i, d in enumerate(parts)
        for s in d.statements
    ]
    positions = [
        attrs.evolve(p, holder=official_ids.get(p.holder, p.holder))
        for d in parts
        for p in d.positions
    ]
    return Dossier(
        sources=[_combine_sources(g) for g in _group(_all(parts, "sources"), lambda s: s.id)],
        officials=officials,
        meetings=meetings,
        statements=_unique_ids(
            [
                _combine_statements(g)
                for g in _group(statements, lambda s: (s.text, s.speaker_id, s.speaker))
            ]
        ),
        positions=_unique_ids(
            [
                _combine_positions(g)
                for g in _group(positions, lambda p: (p.holder, p.topic, p.stance))
            ]
        ),
    )


# ------------------------------------------------------------------ helpers


class _UnionFind:
    """Disjoint sets over 0..n-1 whose root is always the smallest (first-seen) member."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:
            self._parent[i], i = root, self._parent[i]
        return root

    def union(self, i: int, j: int) -> bool:
        a, b = sorted((self.find(i), self.find(j)))
        if a == b:
            return False
        self._parent[b] = a
        return True

    def groups(self) -> list[list[int]]:
        """The sets, each in ascending order, ordered by their first member."""
        by_root: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self._parent)):
            by_root[self.find(i)].append(i)
        return list(by_root.values())


def _all(parts: Sequence[Dossier], field: str) -> list[Source]:
    return [r for d in parts for r in getattr(d, field)]


def _group(records: Iterable[T], key: Callable[[T], Hashable]) -> list[list[T]]:
    groups: dict[Hashable, list[T]] = {}
    for r in records:
        groups.setdefault(key(r), []).append(r)
    return list(groups.values())


def _unite(seqs: Iterable[Iterable[T]]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(x for seq in seqs for x in seq))


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v is not None), None)


def _lookup(mapping: dict[str, str], key: str | None) -> str | None:
    return None if key is None else mapping.get(key, key)


def _unique_ids(records: list[R]) -> list[R]:
    """Give a fresh id (``id-2``, ``id-3``, ...) to a record whose id an earlier one took."""
    taken = {r.id for r in records}
    seen: set[str] = set()
    out: list[R] = []
    for r in records:
        if r.id in seen:
            n = 2
            while f"{r.id}-{n}" in taken:
                n += 1
            r = attrs.evolve(r, id=f"{r.id}-{n}")
            taken.add(r.id)
        seen.add(r.id)
        out.append(r)
    return out


# ------------------------------------------------------------------ sources


def _combine_sources(group: list[Source]) -> Source:
    first = group[0]
    return attrs.evolve(
        first,
        publisher=_first(s.publisher for s in group),
        title=_first(s.title for s in group),
        authors=_unite(s.authors for s in group),
        published=_first(s.published for s in group),
        url=_first(s.url for s in group),
        format=_first(s.format for s in group),
        cites=_unite(s.cites for s in group),
    )


# ------------------------------------------------------------------ officials


def _spellings(official: Official) -> tuple[str, ...]:
    return (official.name, *official.aliases)


def _merge_officials(officials: list[Official]) -> tuple[list[Official], dict[str, str]]:
    """The merged officials, and a map from every input id to its merged official's id."""
    uf = _UnionFind(len(officials))
    owner: dict[tuple[str, str], int] = {}
    for i, o in enumerate(officials):
        keys = [("id", o.id)] + [("key", k) for s in _spellings(o) for k in name_keys(s)]
        # one external id is one person, however differently the texts spell the name
        keys += [("ident", f"{scheme}\x00{value}") for scheme, value in o.identifiers.items()]
        for key in keys:
            uf.union(i, owner.setdefault(key, i))
    _absorb_surnames(officials, uf)

    merged: list[Official] = []
    ids: dict[str, str] = {}
    for group in uf.groups():
        official = _combine_officials([officials[i] for i in group])
        merged.append(official)
        for i in group:
            ids[officials[i].id] = official.id
    return merged, ids


def _absorb_surnames(officials: list[Official], uf: _UnionFind) -> None:
    """Join each surname-only group to the one group whose full name begins or ends with it."""
    by_end: dict[str, set[int]] = defaultdict(set)
    surname_only: list[tuple[int, set[str]]] = []
    countries: dict[int, set[str]] = {}
    for group in uf.groups():
        root = group[0]
        tokens = [name_tokens(s) for i in group for s in _spellings(officials[i])]
        countries[root] = {c for i in group if (c := officials[i].country) is not None}
        if any(len(t) > 1 for t in tokens):
            for t in tokens:
                if len(t) > 1:
                    by_end[t[0]].add(root)
                    by_end[t[-1]].add(root)
        elif singles := {t[0] for t in tokens if t}:
            surname_only.append((root, singles))
    for root, singles in surname_only:
        candidates = set().union(*(by_end.get(t, set()) for t in singles))
        if len(candidates) == 1:
            target = candidates.pop()
            mine, theirs = countries[root], countries[target]
            if not (mine and theirs and mine.isdisjoint(theirs)):
                uf.union(root, target)


def _combine_officials(group: list[Official]) -> Official:
    lead = next((o for o in group if len(name_tokens(o.name)) > 1), group[0])
    return Official(
        id=lead.id,
        name=lead.name,
        aliases=tuple(s for s in _unite(_spellings(o) for o in group) if s != lead.name),
        country=_first(o.country for o in group),
        title=_first(o.title for o in group),
        organization=_first(o.organization for o in group),
        korean_name=_first(o.korean_name for o in group),
        identifiers=lead.identifiers.merged(*(o.identifiers for o in group)),
        evidence=_unite(o.evidence for o in group),
    )


# ------------------------------------------------------------------ meetings


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


def _merge_meetings(
    tagged: list[tuple[int, Meeting]], official_ids: dict[str, str]
) -> tuple[list[Meeting], dict[tuple[int, str], str]]:
    """The merged meetings, and a map from (dossier index, input id) to the merged meeting's id."""
    meetings = [
        attrs.evolve(m, participants=_participants(m.participants, official_ids)) for _, m in tagged
    ]
    uf = _UnionFind(len(meetings))
    seen: dict[Meeting, int] = {}
    for i, m in enumerate(meetings):
        uf.union(i, seen.setdefault(m, i))
    while _meeting_round(meetings, uf):
        pass

    groups = uf.groups()
    merged = _unique_ids([_combine_meetings([meetings[i] for i in g]) for g in groups])
    ids: dict[tuple[int, str], str] = {}
    for group, meeting in zip(groups, merged, strict=True):
        for i in group:
            ids.setdefault((tagged[i][0], tagged[i][1].id), meeting.id)
    return merged, ids


@attrs.frozen
class _Summary:
    status: MeetingStatus
    date: PartialDate | None
    participants: frozenset[str]
    countries: frozenset[str]


def _finest(dates: Iterable[PartialDate | None]) -> PartialDate | None:
    """The most precise date; every other date of a merged group contains it."""
    known = [d for d in dates if d is not None]
    if not known:
        return None
    return max(known, key=lambda d: sum(x is not None for x in (d.year, d.month, d.day)))


def _coarser(date: PartialDate) -> list[PartialDate | None]:
    """Every date strictly containing ``date``: 2018-12-07 → None, 2018-12, 2018, XXXX-12-07, ..."""
    own = (date.year, date.month, date.day)
    found: list[PartialDate | None] = [None]
    for y, m, d in product(*(dict.fromkeys((part, None)) for part in own)):
        # a day needs a month, and a date needs a year or a month
        if (y, m, d) == own or (m is None and (d is not None or y is None)):
            continue
        found.append(PartialDate(year=y, month=m, day=d))
    return found


def _meeting_round(meetings: list[Meeting], uf: _UnionFind) -> bool:
    """One pass of the meeting rules over the current groups; True if any groups joined."""
    summaries: dict[int, _Summary] = {}
    for group in uf.groups():
        members = [meetings[i] for i in group]
        summaries[group[0]] = _Summary(
            status=members[0].status,
            date=_finest(m.date for m in members),
            participants=frozenset(p.official_id for m in members for p in m.participants),
            countries=frozenset(c for m in members for c in m.countries),
        )

    changed = False
    owner: dict[tuple[object, ...], int] = {}
    for root, s in summaries.items():
        keys: list[tuple[object, ...]] = []
        if s.participants:
            keys.append((s.status, s.date, "same", s.participants))
            if s.date is not None and s.date.is_complete:
                keys += [(s.status, s.date, "p", p) for p in s.participants]
        elif s.date is not None and s.date.is_complete:
            keys = [(s.status, s.date, "c", c) for c in s.countries]
        for key in keys:
            changed |= uf.union(root, owner.setdefault(key, root))
    if changed:
        return True

    # A coarser-dated group joins the one finer-dated group of its status whose participants
    # include all of its own.  Decisions are taken on this round's snapshot so the outcome does
    # not depend on order; finer groups are indexed under every date containing theirs, so no
    # pair of groups is compared.
    finer: dict[tuple[MeetingStatus, PartialDate | None, str], set[int]] = defaultdict(set)
    for root, s in summaries.items():
        if s.date is not None:
            for above in _coarser(s.date):
                for p in s.participants:
                    finer[s.status, above, p].add(root)
    joins: list[tuple[int, int]] = []
    for root, s in summaries.items():
        candidates: set[int] | None = None
        for p in s.participants:
            found = finer.get((s.status, s.date, p), set())
            candidates = found if candidates is None else candidates & found
            if not candidates:
                break
        if candidates is not None and len(candidates) == 1:
            joins.append((root, next(iter(candidates))))
    for a, b in joins:
        changed |= uf.union(a, b)
    return changed


def _combine_meetings(group: list[Meeting]) -> Meeting:
    first = group[0]
    return attrs.evolve(
        first,
        title=_first(m.title for m in group),
        date=_finest(m.date for m in group),
        modality=next(
            (m.modality for m in group if m.modality is not Modality.UNKNOWN), first.modality
        ),
        location=_first(m.location for m in group),
        participants=_participants((p for m in group for p in m.participants), {}),
        countries=_unite(m.countries for m in group),
        topics=_unite(m.topics for m in group),
        duration_minutes=_first(m.duration_minutes for m in group),
        sources=_unite(m.sources for m in group),
        evidence=_unite(m.evidence for m in group),
    )


# ------------------------------------------------------------------ statements, positions


def _combine_statements(group: list[Statement]) -> Statement:
    return attrs.evolve(
        group[0],
        date=_first(s.date for s in group),
        meeting_id=_first(s.meeting_id for s in group),
        via=_first(s.via for s in group),
        sources=_unite(s.sources for s in group),
        evidence=_unite(s.evidence for s in group),
    )


def _combine_positions(group: list[Position]) -> Position:
    return attrs.evolve(
        group[0],
        summary=_first(p.summary for p in group),
        date=_first(p.date for p in group),
        sources=_unite(p.sources for p in group),
        evidence=_unite(p.evidence for p in group),
    )

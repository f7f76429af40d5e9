"""Joining dossiers: one official per person, one meeting per event, however many reports.

The rules, in the order they run (docs/data-model.md says the same for users):

1. **Sources** with the same id are one source -- unless they were read from different files
   or URLs: copies of one text each keep a source of their own (see
   :func:`koreadip.provenance.distinct_copies`).  A source's *document* is its file, else its
   URL, else the source itself.
2. **Officials** are one person when they share an id, or a name key of any spelling (name or
   alias; :func:`koreadip.names.name_keys` ignores family-name order and hyphens), or, both being
   Korean (KR or KP) of one country, a romanisation key (:func:`koreadip.romanization.korean_key`:
   "Noh Kyu-duk" and "Roh Gyu-deok").  Then a surname-only official ("Biegun") joins the one
   person of its own document whose full name starts or ends with that surname; with none there,
   the one person of the whole corpus with that surname and a country that does not differ.
   Where several fit, it stays apart.  The merged official keeps the id and name of its first
   member with a multi-part name (else its first member), every other spelling as an alias, the
   first known title, country, organization and Korean name, and all evidence.
3. **Meetings**: two groups of reports are one event only when nothing they state contradicts --
   not two documents' worth of the same source (one document never reports one event twice),
   not dates that differ in year, month or day, not two different cities, not in person against
   by phone or video, not held against cancelled, and not a plan reported after the meeting was
   reported held -- and they share evidence of identity, tried in three tiers:
   the same full day and a shared participant (or, naming nobody, the same sides);
   the same date or none and the same participants (or sides), reported within a week unless
   dated to a month; a less precisely dated group and the one more precise group holding all of
   its participants.  A group joins its best-agreeing candidates only if they could all be one
   event, and (first two tiers) only if they choose it too.  Repeated until nothing changes.
   The merged meeting's date unites what each report knows, its status is the latest report's
   (by publication date; held over cancelled over planned on a tie), its modality the most
   specific, and it keeps every participant, country, topic, source and piece of evidence.
4. **Statements** with the same text and speaker, and **positions** with the same holder, topic
   and stance, are one.

Where merged records disagree on a single value not named above, the first one (in argument
order) wins; lists are united in order of first appearance.  References (participants,
speakers, holders, a statement's meeting) are rewritten to the merged records, and ids stay
unique per record type.  Merging is idempotent, and the same dossiers in another order describe
the same merged records.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

import attrs

from .merge_meetings import merge_meetings
from .merge_officials import merge_officials
from .provenance import Documents, distinct_copies
from .records import Dossier, Position, Source, Statement
from .unionfind import unique_ids

__all__ = ["merge_dossiers"]

T = TypeVar("T")


def merge_dossiers(dossiers: Iterable[Dossier], *, one_document: bool = False) -> Dossier:
    """Join dossiers into one, merging records that describe the same thing.

    With ``one_document``, the dossiers are the parts of one page (as :func:`koreadip.parse`
    reads them): two reports are not kept apart for coming from the same document, so a
    meeting the reader found twice in the page becomes one.

    >>> from koreadip import Official
    >>> a = Dossier(officials=[Official(id="noh", name="Noh Kyu-duk", country="KR")])
    >>> b = Dossier(officials=[Official(id="kdn", name="Kyu-Duk Noh", title="envoy")])
    >>> (noh,) = merge_dossiers([a, b]).officials
    >>> noh.id, noh.name, noh.aliases, noh.country, noh.title
    ('noh', 'Noh Kyu-duk', ('Kyu-Duk Noh',), 'KR', 'envoy')
    """
    parts = distinct_copies(list(dossiers))
    documents = Documents(parts, one_document=one_document)
    officials, official_ids = merge_officials([o for d in parts for o in d.officials], documents)

    tagged = [(i, m) for i, d in enumerate(parts) for m in d.meetings]
    meetings, meeting_ids = merge_meetings(tagged, official_ids, documents)
    # a record whose references stay as they are is kept as it is (the same value, unbuilt)
    statements: list[Statement] = []
    for i, d in enumerate(parts):
        for s in d.statements:
            speaker_id = _lookup(official_ids, s.speaker_id)
            meeting_id = (
                None if s.meeting_id is None else meeting_ids.get((i, s.meeting_id), s.meeting_id)
            )
            if speaker_id != s.speaker_id or meeting_id != s.meeting_id:
                s = attrs.evolve(s, speaker_id=speaker_id, meeting_id=meeting_id)
            statements.append(s)
    positions: list[Position] = []
    for d in parts:
        for p in d.positions:
            holder = official_ids.get(p.holder, p.holder)
            positions.append(p if holder == p.holder else attrs.evolve(p, holder=holder))
    return Dossier(
        sources=[_combine_sources(g) for g in _group(_all(parts, "sources"), lambda s: s.id)],
        officials=officials,
        meetings=meetings,
        statements=unique_ids(
            [
                _combine_statements(g)
                for g in _group(statements, lambda s: (s.text, s.speaker_id, s.speaker))
            ]
        ),
        positions=unique_ids(
            [
                _combine_positions(g)
                for g in _group(positions, lambda p: (p.holder, p.topic, p.stance))
            ]
        ),
    )


# ------------------------------------------------------------------ helpers


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
        path=_first(s.path for s in group),
        reference_date=_first(s.reference_date for s in group),
    )


def _alone(group: list[Statement] | list[Position]) -> bool:
    """Whether a group is one record that combining would leave as it is (no repeated source
    or evidence to drop)."""
    if len(group) != 1:
        return False
    (r,) = group
    return len(set(r.sources)) == len(r.sources) and len(set(r.evidence)) == len(r.evidence)


def _combine_statements(group: list[Statement]) -> Statement:
    if _alone(group):
        return group[0]
    return attrs.evolve(
        group[0],
        date=_first(s.date for s in group),
        meeting_id=_first(s.meeting_id for s in group),
        via=_first(s.via for s in group),
        sources=_unite(s.sources for s in group),
        evidence=_unite(s.evidence for s in group),
    )


def _combine_positions(group: list[Position]) -> Position:
    if _alone(group):
        return group[0]
    return attrs.evolve(
        group[0],
        summary=_first(p.summary for p in group),
        date=_first(p.date for p in group),
        sources=_unite(p.sources for p in group),
        evidence=_unite(p.evidence for p in group),
    )

"""Where records come from: the document and the date of each source, and copies of one text.

Merging across documents needs to know which reports come from the same document (one document
never reports one event as two) and when each report was published (a plan reported after the
meeting was reported held is another meeting).  A source's *document* is the file it was read
from, else its URL, else the source itself; its *report date* is the day it was published.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from .records import Dossier, Source, Span

__all__ = ["Documents", "distinct_copies", "rename_sources"]


def _location(source: Source) -> str | None:
    """Where a source was read: its file and URL, or None when neither is known."""
    if source.path is None and source.url is None:
        return None
    return f"{source.path or ''}\n{source.url or ''}"


def _copy_id(source_id: str, location: str) -> str:
    digest = hashlib.sha1(location.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{source_id}-copy-{digest}"


def distinct_copies(parts: Sequence[Dossier]) -> list[Dossier]:
    """Give the copies of one text read from different files (or URLs) ids of their own.

    A source's id comes from its text, so the same text saved under two names gets one id; but
    each copy is a report of its own, with its own file, URL and publisher.  Every source whose
    id was read from more than one place gets ``<id>-copy-<8 hex digits of its place>``, in its
    own dossier, references included; a source whose place is unknown keeps its id.  The new ids
    depend only on the places, not on the order of the dossiers.
    """
    places: dict[str, set[str]] = defaultdict(set)
    for d in parts:
        for s in d.sources:
            if (where := _location(s)) is not None:
                places[s.id].add(where)
    shared = {sid for sid, where in places.items() if len(where) > 1}
    if not shared:
        return list(parts)
    out = []
    for d in parts:
        mapping = {
            s.id: _copy_id(s.id, where)
            for s in d.sources
            if s.id in shared and (where := _location(s)) is not None
        }
        out.append(rename_sources(d, mapping) if mapping else d)
    return out


def rename_sources(dossier: Dossier, mapping: dict[str, str]) -> Dossier:
    """The dossier with source ids renamed by ``mapping`` everywhere they appear."""

    def ids(values: Iterable[str]) -> tuple[str, ...]:
        return tuple(mapping.get(v, v) for v in values)

    def spans(values: Iterable[Span]) -> tuple[Span, ...]:
        return tuple(
            attrs.evolve(s, source_id=mapping[s.source_id]) if s.source_id in mapping else s
            for s in values
        )

    return Dossier(
        sources=[
            attrs.evolve(s, id=mapping.get(s.id, s.id), cites=ids(s.cites)) for s in dossier.sources
        ],
        officials=[attrs.evolve(o, evidence=spans(o.evidence)) for o in dossier.officials],
        meetings=[
            attrs.evolve(m, sources=ids(m.sources), evidence=spans(m.evidence))
            for m in dossier.meetings
        ],
        statements=[
            attrs.evolve(s, sources=ids(s.sources), evidence=spans(s.evidence))
            for s in dossier.statements
        ],
        positions=[
            attrs.evolve(p, sources=ids(p.sources), evidence=spans(p.evidence))
            for p in dossier.positions
        ],
    )


class Documents:
    """The document and report date of every source of some dossiers, looked up by source id.

    With ``one_document``, the dossiers are parts of one page: no two records are told apart
    for coming from the same document.
    """

    def __init__(self, parts: Iterable[Dossier], *, one_document: bool = False) -> None:
        self.one_document = one_document
        self._document: dict[str, str] = {}
        self._date: dict[str, _dt.date] = {}
        # a source id read in several places was renamed by distinct_copies, so each id has at
        # most one place; where copies disagree on the date, the earliest is kept (any order)
        for d in parts:
            for s in d.sources:
                if s.path is not None or s.url is not None:
                    self._document[s.id] = s.path or s.url or s.id
                else:
                    self._document.setdefault(s.id, s.id)
                if (day := s.published or s.reference_date) is not None:
                    if isinstance(day, _dt.datetime):
                        day = day.date()
                    known = self._date.get(s.id)
                    self._date[s.id] = day if known is None else min(day, known)

    def document(self, source_id: str) -> str:
        """The document a source belongs to (a source unknown here is a document of its own)."""
        return self._document.get(source_id, source_id)

    def documents(self, source_ids: Iterable[str]) -> frozenset[str]:
        """The documents of these sources (none at all for the parts of one page)."""
        if self.one_document:
            return frozenset()
        return frozenset(self.document(s) for s in source_ids)

    def date(self, source_id: str) -> _dt.date | None:
        """The day the source was published, if known."""
        return self._date.get(source_id)

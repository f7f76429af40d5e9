"""What a source-format reader hands to the extractors: one :class:`Part` per document part."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Protocol, runtime_checkable

import attrs

from ..records import Source

__all__ = ["Part", "SourceFormat"]


@attrs.frozen(slots=True, kw_only=True)
class Part:
    """One document part, ready for the format-independent extractors.

    ``text`` is the part's slice of the input with its noise (captions repeated, ``Advertisement``,
    breadcrumbs, footers) replaced by spaces, newlines kept, so that it has exactly the length of
    the slice and an offset into ``text`` plus ``offset`` is an offset into the whole input.
    ``body_start`` is where the running text begins (after title, byline and date lines).
    """

    source: Source
    text: str
    offset: int = 0
    body_start: int = 0
    reference_date: _dt.date | None = None
    #: citation label ("1") → id of the cited source, for aggregator digests
    citations: Mapping[str, str] = attrs.field(factory=dict)
    #: the sources cited by this part (aggregator's ``Sources`` list, "according to News 1")
    cited_sources: tuple[Source, ...] = ()
    #: the city the text says it was written in (a dateline's ``SEOUL``), as written
    place: str | None = None


@runtime_checkable
class SourceFormat(Protocol):
    """A reader for one source format.  Built-ins and plugins implement the same protocol."""

    name: str
    description: str

    def detect(self, text: str) -> float:
        """How sure (0.0–1.0) this reader is that ``text`` is in its format."""

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        """The parts of ``text``: usually one, several for e.g. a media note plus remarks."""

"""News-aggregator digests: a title, ``Updated (N articles)``, paragraphs opening with a run-in
heading and carrying citation marks ``[1][2]``, and a trailing ``Sources (N articles)`` list.

Each entry of the list (``Yonhap: TITLE: summary``) becomes a cited :class:`~koreadip.Source` of
kind ``news_article``; the digest's own source has kind ``summary`` and cites them all, and
``Part.citations`` maps each label ("1") to the cited source's id.  The list itself is blanked
from the part's text so that it is not read as prose; the citation marks stay in the text.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..records import Source, SourceKind
from .base import Part
from .common import blank, found_in, iter_lines, source_id, whole_lines
from .credits import normalise_publisher, publisher_of
from .layout import build_part
from .noise import duplicate_spans, noise_spans

__all__ = ["AGGREGATOR", "AggregatorFormat", "citation_marks"]

_UPDATED = re.compile(r"^[ \t]*Updated \(\d{1,4} articles?\)[ \t]*$", re.M)
_SOURCES = re.compile(r"Sources(?: \(\d{1,4} articles?\))?:?")
_SOURCES_LINE = whole_lines(_SOURCES)
_ENTRY_LABEL = re.compile(r"\[(\d{1,3})\]\s*(.*)")
_MARK = re.compile(r"\[(\d{1,3}(?:\s?,\s?\d{1,3}){0,20})\]")
# "[n]" right after prose: the bracket is looked for first (a class of every lowercase letter
# first would be tried at nearly every character); tests/test_sources_scans.py checks it counts
# as "[a-z.,;)”\"'’]\[\d{1,3}\]" does
_MARKS_IN_PROSE = re.compile(r"\[(?<=[a-z.,;)”\"'’]\[)\d{1,3}\]")


def citation_marks(sentence: str) -> list[str]:
    """The citation labels in ``sentence``, in order, each once.

    >>> citation_marks("The envoys met in Seoul on Dec. 16 [1][3], officials said [1, 2].")
    ['1', '3', '2']
    """
    labels: list[str] = []
    for m in _MARK.finditer(sentence):
        for label in m[1].split(","):
            if label.strip() not in labels:
                labels.append(label.strip())
    return labels


def _cited_source(label: str, entry: str) -> Source:
    """``Yonhap: TITLE: summary`` (or a bare title) as a news-article source."""
    publisher: str | None = None
    title = entry.strip()
    head, sep, rest = title.partition(": ")
    if sep and 0 < len(head.split()) <= 5 and rest:
        publisher = normalise_publisher(head)
        title_part, sep2, _summary = rest.partition(": ")
        title = title_part if sep2 else rest
    return Source(
        id=source_id(entry.strip() or label),
        kind=SourceKind.NEWS_ARTICLE,
        publisher=publisher,
        title=title[:300] or None,
        language="en",
    )


def _sources_list(text: str) -> tuple[int, list[tuple[str, str]]]:
    """Where the ``Sources`` list starts (len(text) if absent) and its (label, entry) pairs."""
    start = len(text)
    for found in _SOURCES_LINE.finditer(text):  # the last one
        start = found.start()
    if start == len(text):
        return start, []
    entries: list[tuple[str, str]] = []
    label: str | None = None
    for ln in iter_lines(text, start):
        s = ln.text.strip()
        m = _ENTRY_LABEL.fullmatch(s)
        if m:
            label = m[1]
            if m[2]:
                entries.append((label, m[2]))
                label = None
        elif label is not None and s and s not in "-–—•":
            entries.append((label, s))
            label = None
    return start, entries


class AggregatorFormat:
    """Reader for news-aggregator digests with a cited ``Sources`` list."""

    name = "aggregator"
    description = "news-aggregator digest: 'Updated (N articles)', [1][2] marks, Sources list"

    def detect(self, text: str) -> float:
        """Sure with both the ``Updated`` line and the ``Sources`` list; marks add weight."""
        score = 0.0
        # the literals first: they rule most texts out far faster than the line patterns
        if "Updated (" in text and found_in(_UPDATED, text):
            score += 0.5
        if "Sources" in text and found_in(_SOURCES_LINE, text):
            score += 0.4
        if "[" in text and len(_MARKS_IN_PROSE.findall(text)) >= 2:
            score += 0.3
        return min(score, 1.0)

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        """One ``summary`` part citing one source per entry of the ``Sources`` list."""
        list_start, entries = _sources_list(text)
        repeats, _originals = duplicate_spans(text)
        spans = noise_spans(text) + repeats + [(list_start, len(text))]
        clean = blank(text, spans)
        cited: dict[str, Source] = {}
        for label, entry in entries:
            cited.setdefault(label, _cited_source(label, entry))
        return [
            build_part(
                text,
                clean,
                fmt=self.name,
                kind=SourceKind.SUMMARY,
                publisher=publisher_of(text[:list_start]),
                reference_date=reference_date,
                citations={label: src.id for label, src in cited.items()},
                cited_sources=list({s.id: s for s in cited.values()}.values()),
            )
        ]


AGGREGATOR = AggregatorFormat()

"""The layout of a part: where its body starts, its title, byline, kind and dates; and the
:class:`~.base.Part` built from them."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence

from ..records import Source, SourceKind
from . import stamps
from .base import Part
from .common import (
    author_names,
    blank,
    byline,
    bylines,
    is_prose,
    iter_lines,
    looks_like_transcript,
    search_folded,
    source_id,
)
from .credits import publisher_of
from .noise import caption_spans, credit_tail_spans, duplicate_spans, noise_spans

__all__ = ["body_start", "build_part", "kind_of", "single_part", "title_of"]


def body_start(
    clean: str, start: int = 0, end: int | None = None, *, original: str | None = None
) -> int:
    """Offset of the first caption or prose line of ``clean[start:end]`` (``end`` if none).

    Captions are found in ``original`` (the text before blanking: repeats mark them).
    """
    stop = len(clean) if end is None else end
    captions = {sp[0] for sp in caption_spans((original or clean)[start:stop])}
    for ln in iter_lines(clean, start, stop):
        s = ln.text.strip()
        if s and ((ln.start - start) in captions or is_prose(s)) and byline(s) is None:
            return ln.start + (len(ln.text) - len(ln.text.lstrip()))
    return stop


_TITLE_LABEL = re.compile(r"\A(?:Press Releases?|Media Note|Readout|Press Statement):\s*")


def title_of(clean: str, start: int, stop: int) -> str | None:
    """The title: the first header line of ``clean[start:stop]`` with four words or more."""
    for ln in iter_lines(clean, start, stop):
        s = ln.text.strip()
        if len(s) < 7:  # neither four words nor a label and a title (a page of blank lines)
            continue
        label = _TITLE_LABEL.match(s)
        if label and s[label.end() :]:
            return s[label.end() :][:300]
        if len(s.split()) < 4 or byline(s) is not None or stamps.has_full_date(s):
            continue
        return s[:300]
    return None


def build_part(
    text: str,
    clean: str,
    *,
    fmt: str,
    kind: SourceKind,
    publisher: str | None,
    reference_date: _dt.date | None,
    start: int = 0,
    end: int | None = None,
    index: int = 0,
    title: str | None = None,
    citations: dict[str, str] | None = None,
    cited_sources: Sequence[Source] = (),
    body: int | None = None,
    place: str | None = None,
) -> Part:
    """Read the layout of ``clean[start:end]`` (title, byline, dates) and make its :class:`Part`.

    ``text`` is the whole input and ``clean`` its blanked copy; ``title`` overrides the title
    found in the header; ``body`` is the :func:`body_start` of the part when the caller has it.
    """
    stop = len(text) if end is None else end
    if body is None:
        body = body_start(clean, start, stop, original=text)
    # each name once, in the order first read (a dict: a page of bylines has many names)
    authors = dict.fromkeys(
        a for ln, _names in bylines(text, start, stop) for a in author_names(ln.text)
    )
    published = stamps.published(text, start, body, stop, reference_date)
    own_date = published.date() if isinstance(published, _dt.datetime) else published
    source = Source(
        id=source_id(text, index),
        kind=kind,
        publisher=publisher,
        title=title or title_of(clean, start, body),
        authors=tuple(authors),
        published=published,
        language="en",
        format=fmt,
        cites=tuple(s.id for s in cited_sources),
    )
    return Part(
        source=source,
        text=clean[start:stop],
        offset=start,
        body_start=body - start,
        reference_date=own_date or reference_date,
        citations=dict(citations or {}),
        cited_sources=tuple(cited_sources),
        place=place,
    )


_KIND_LABEL = re.compile(
    r"^[ \t]*(?P<label>Media Note|Readout|Press Statement|Press Releases?|Joint Statement"
    r"|Statement|Fact Sheet|Remarks(?: to the Press)?|(?:Department )?Press Briefing"
    r"|Interview|Transcript)(?::[^\n]{0,200})?[ \t]*$",
    re.M,
)
_ATTRIBUTABLE = re.compile(r"attributable to (?:the )?(?:Department )?Spokesperson", re.I)


def kind_of(header: str, whole: str, default: SourceKind = SourceKind.NEWS_ARTICLE) -> SourceKind:
    """The kind of a part: a transcript when it has ``LABEL:`` turns, else what its header label
    says (``Media Note`` → press release, ``Readout`` → readout), else ``default``."""
    if looks_like_transcript(whole):
        return SourceKind.TRANSCRIPT
    m = _KIND_LABEL.search(header)
    if m:
        label = m["label"]
        if label == "Readout":
            return SourceKind.READOUT
        if label.startswith(("Remarks", "Department", "Press Briefing", "Interview", "Trans")):
            return SourceKind.TRANSCRIPT
        return SourceKind.PRESS_RELEASE
    if search_folded(_ATTRIBUTABLE, whole):
        return SourceKind.READOUT
    return default


def single_part(
    text: str,
    *,
    fmt: str,
    reference_date: _dt.date | None,
    kind: SourceKind | None = None,
    extra_noise: Iterable[tuple[int, int]] = (),
    default_kind: SourceKind = SourceKind.NEWS_ARTICLE,
) -> Part:
    """The one part of a single-article text: shared noise, repeats, dateline and ``extra_noise``
    blanked; publisher, dates, title and byline read from the text."""
    repeats, _originals = duplicate_spans(text)
    spans = noise_spans(text) + repeats + credit_tail_spans(text) + list(extra_noise)
    dl = stamps.find_dateline(text)
    if dl is not None:
        spans.append((dl.start, dl.end))
    clean = blank(text, spans)
    body = body_start(clean, original=text)
    if kind is None:
        kind = kind_of(text[:body], text, default_kind)
    return build_part(
        text,
        clean,
        fmt=fmt,
        kind=kind,
        publisher=publisher_of(text),
        reference_date=reference_date,
        body=body,
        place=dl.city if dl is not None else None,
    )

"""Source-format readers: detect a text's format and split it into :class:`Part` objects.

>>> from koreadip.sources import detect_format, split
>>> detect_format("Dec. 7 (UPI) -- The allies held talks on Friday.").name
'wire'
>>> [p.source.kind.value for p in split("Dec. 7 (UPI) -- The allies held talks on Friday.")]
['news_article']
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from ..errors import KoreadipError, ParseError
from .aggregator import AGGREGATOR, citation_marks
from .base import Part, SourceFormat
from .generic import GENERIC
from .korean_daily import KOREAN_DAILY
from .state_department import STATE_DEPARTMENT
from .translation import TRANSLATION
from .wire import WIRE

__all__ = [
    "BUILTIN_FORMATS",
    "Part",
    "SourceFormat",
    "citation_marks",
    "detect_format",
    "get_format",
    "split",
]

#: the built-in readers; ``generic`` is the fallback and stays last
BUILTIN_FORMATS: tuple[SourceFormat, ...] = (
    WIRE,
    STATE_DEPARTMENT,
    KOREAN_DAILY,
    AGGREGATOR,
    TRANSLATION,
    GENERIC,
)

#: below this confidence the generic reader is used
MIN_CONFIDENCE = 0.3


def detect_format(text: str, formats: Sequence[SourceFormat] | None = None) -> SourceFormat:
    """The reader most confident that ``text`` is in its format; ``generic`` when none is sure.

    A reader whose ``detect`` raises is passed over.  Ties go to the reader listed first.
    Once a reader is sure (1.0), the built-in readers after it are not asked.
    """
    candidates = BUILTIN_FORMATS if formats is None else tuple(formats)
    best: SourceFormat | None = None
    best_score = MIN_CONFIDENCE
    for fmt in candidates:
        if fmt.name == GENERIC.name:
            continue
        # a built-in reader is sure at most (1.0): once one is, no later built-in can win
        if best_score >= 1.0 and fmt in BUILTIN_FORMATS:
            continue
        try:
            score = float(fmt.detect(text))
        except Exception:
            continue
        if score >= best_score and (best is None or score > best_score):
            best, best_score = fmt, score
    if best is not None:
        return best
    return next((f for f in candidates if f.name == GENERIC.name), GENERIC)


def get_format(name: str, formats: Sequence[SourceFormat] | None = None) -> SourceFormat:
    """The reader called ``name``; :class:`~koreadip.ParseError` naming the known ones if none.

    >>> get_format("wire").name
    'wire'
    """
    candidates = BUILTIN_FORMATS if formats is None else tuple(formats)
    for fmt in candidates:
        if fmt.name == name:
            return fmt
    known = ", ".join(sorted(f.name for f in candidates))
    raise ParseError(f"unknown source format {name!r}; known formats: {known}")


def split(
    text: str,
    *,
    source_format: str | None = None,
    reference_date: _dt.date | None = None,
    formats: Sequence[SourceFormat] | None = None,
) -> list[Part]:
    """Split ``text`` into parts with the named reader, or the detected one.

    Each part's ``reference_date`` is its own publication date where the text states one, else
    ``reference_date``.  Raises :class:`~koreadip.ParseError` for an unknown format name or a
    reader that fails.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, got {type(text).__name__}")
    if isinstance(reference_date, _dt.datetime):
        reference_date = reference_date.date()
    fmt = (
        get_format(source_format, formats)
        if source_format is not None
        else detect_format(text, formats)
    )
    try:
        return list(fmt.split(text, reference_date=reference_date))
    except KoreadipError:
        raise
    except Exception as e:
        raise ParseError(f"source format {fmt.name!r} could not read the text: {e}") from e

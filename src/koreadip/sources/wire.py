"""Wire stories (UPI style; Yonhap, Xinhua, AFP, Reuters and Sputnik copy read the same way).

A wire story has a title, a ``By NAME`` byline, photo captions printed twice, a dateline such
as ``SEOUL, March 5 (UPI) --`` that names the agency, ``Advertisement`` lines between the
paragraphs and a ``Latest Headlines`` footer.

>>> [part] = WIRE.split("Envoys meet\\n\\nBy Jo Kim\\n\\nDec. 7 (UPI) -- The envoys met on Friday.",
...                     reference_date=__import__("datetime").date(2018, 12, 7))
>>> part.source.publisher, part.source.authors, part.source.published
('UPI', ('Jo Kim',), datetime.date(2018, 12, 7))
"""

from __future__ import annotations

import datetime as _dt
import re

from ..records import SourceKind
from . import stamps
from .base import Part
from .common import bylines, found_in, whole_lines
from .layout import single_part
from .noise import footer_spans

__all__ = ["WIRE", "WireFormat"]

_FOOTER = re.compile(
    r"Latest Headlines|Trending Stories|Recommended Stories|Most Read|Most Popular|Read More"
    r"|Related Stories|More Stories|Top Stories"
)
_FOOTER_LINE = whole_lines(_FOOTER)
_AD = re.compile(r"^[ \t]*(?:Advertisement|ADVERTISEMENT)[ \t]*$", re.M)


class WireFormat:
    """Reader for wire stories: byline, dateline naming the agency, ads and captions."""

    name = "wire"
    description = "wire story (UPI style): byline, dateline '(UPI) --', Advertisement lines"

    def detect(self, text: str) -> float:
        """Sure on an agency dateline; ads, footers and a byline add weight."""
        score = 0.0
        dl = stamps.find_dateline(text)
        if dl is not None:
            score += 0.8 if dl.agency else 0.35
        if ("Advertisement" in text or "ADVERTISEMENT" in text) and found_in(_AD, text):
            score += 0.3
        if found_in(_FOOTER_LINE, text):
            score += 0.2
        if next(bylines(text, 0, 2000), None) is not None:
            score += 0.15
        return min(score, 1.0)

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        """One part; the footer from ``Latest Headlines`` on is blanked."""
        return [
            single_part(
                text,
                fmt=self.name,
                kind=SourceKind.NEWS_ARTICLE,
                reference_date=reference_date,
                extra_noise=footer_spans(text, _FOOTER),
            )
        ]


WIRE = WireFormat()

"""Machine-translated Korean wire copy (Yonhap, Newsis, Asia Economy, Chosun Biz, the300 style).

Machine translation leaves tell-tales that no English-language desk writes: Hangul credits in
brackets (``[연합뉴스]``, ``[서울=뉴시스]``), ``Copyrights ⓒ`` footers, ``picture explanation``
caption markers, ``▶ Click here ...`` links, and day-of-month-only dates ("on the 25th",
"on the 16th (local time)").  The credits are blanked; the publisher comes from them.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..records import SourceKind
from .base import Part
from .common import Sign, Spans, pattern_spans, score_signs
from .layout import single_part

__all__ = ["TRANSLATION", "TranslationFormat", "day_only_dates"]

_DAY_ONLY = re.compile(
    r"\b(?:[Oo]n|of|[Ss]ince|until|by) the (?:(?:morning|afternoon|evening|night) of the )?"
    r"\d{1,2}(?:st|nd|rd|th)\b"
    r"(?=[ \t]{0,2}[,.;:)(]|\s+(?:and|at|in|to|when|that|with|from|after|before|saying|said"
    r"|local|Korea|this|last|next)\b)"
)
_THE_NUMBER = re.compile(r"the \d")
_SIGNS = [
    Sign(
        re.compile(r"[\[(][^\]\)\n]{0,30}[\uac00-\ud7a3]{2,}[^\]\)\n]{0,30}[\])]"),
        0.7,
        non_ascii=True,
    ),
    Sign(re.compile(r"picture explanation"), 0.6),
    Sign(
        re.compile(
            r"\[the ?300\]|by times news cr|\[Asia Economy Reporter|[\[(][A-Z][a-z]+ ?= ?[A-Z]"
        ),
        0.6,
        ("[the", "by times news cr", "[Asia Economy Reporter", "="),
    ),
    Sign(re.compile(r"Copyrights? ?ⓒ|ⓒ"), 0.25, ("ⓒ",)),
    Sign(re.compile(r"▶"), 0.2, non_ascii=True),
    Sign(re.compile(r"^[ \t]*Source[ \t]*\Z", re.M), 0.1, ("Source",)),
]
_LOCAL_TIME = re.compile(r"\((?:local time|Korean time|US time)\)")
# "[Seoul=Newsis] Reporter Kim Ji-hoon = ", "(Seoul = Yonhap News) Reporter Lee = "
_ROMAN_CREDIT = re.compile(
    r"[\[(][A-Z][A-Za-z]{1,15} ?= ?[A-Za-z0-9 ]{2,25}[\])][ \t]?"
    r"(?:Reporters? [A-Z][\w-]{0,20}(?: [A-Z][\w-]{0,20}){0,2} ?= ?)?"
)


def day_only_dates(text: str) -> list[str]:
    """The day-of-month-only date phrases of ``text`` ("on the 25th").

    >>> day_only_dates("They met on the 25th (local time), after talks on the 24th.")
    ['on the 25th', 'on the 24th']
    """
    if not _THE_NUMBER.search(text):  # every phrase ends "the 25th": a cheap literal scan first
        return []
    return [m[0] for m in _DAY_ONLY.finditer(text)]


class TranslationFormat:
    """Reader for machine-translated Korean news."""

    name = "translation"
    description = "machine-translated Korean wire copy: [연합뉴스], ⓒ footers, 'on the 25th' dates"

    def detect(self, text: str) -> float:
        """Credits and caption markers weigh most; day-only dates and "(local time)" add up."""
        score = score_signs(text, _SIGNS)
        score += min(0.3 * len(day_only_dates(text)), 0.6)
        score += min(0.15 * len(_LOCAL_TIME.findall(text)), 0.3)
        return min(score, 1.0)

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        """One part of kind ``translation``; credits, links and footers blanked."""
        extra: Spans = pattern_spans(text, _ROMAN_CREDIT)
        return [
            single_part(
                text,
                fmt=self.name,
                kind=SourceKind.TRANSLATION,
                reference_date=reference_date,
                extra_noise=extra,
            )
        ]


TRANSLATION = TranslationFormat()

"""Korean English-language dailies: Korea JoongAng Daily, The Korea Herald, The Korea Times.

Pages carry a breadcrumb (``Home > National > North Korea``), ``print dictionary print``,
``Back To Top``, ``Published : Apr 19, 2022 - 20:14``, a byline (``By Yonhap`` for agency copy),
captions printed twice, and social, comment and newsletter footers.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..records import SourceKind
from .base import Part
from .common import Sign, score_signs
from .layout import single_part
from .noise import footer_spans

__all__ = ["KOREAN_DAILY", "KoreanDailyFormat"]

_SIGNS = [
    Sign(re.compile(r"^[ \t]*Home ?> ?[A-Z]", re.M), 0.8, ("Home",)),
    Sign(re.compile(r"^[ \t]*print dictionary print[ \t]*$", re.M), 0.8, ("print dictionary",)),
    Sign(
        re.compile(r"^[ \t]*(?:Published|Posted) ?: ?[A-Z0-9]", re.M), 0.5, ("Published", "Posted")
    ),
    Sign(re.compile(r"Back [Tt]o [Tt]op"), 0.45),
    Sign(
        re.compile(r"^[ \t]*(?:Top 10 Stories|Sign up for eNewsletter)[ \t]*$", re.M),
        0.5,
        ("Top 10 Stories", "Sign up for eNewsletter"),
    ),
    Sign(
        re.compile(r"Log in to Twitter or Facebook|To write comments, please log in"),
        0.6,
        ("Log in to Twitter", "To write comments"),
    ),
    Sign(
        re.compile(r"Korea JoongAng Daily|The Korea Herald|The Korea Times|Herald Corporation"),
        0.4,
        ("JoongAng", "Herald", "Korea Times"),
    ),
    Sign(re.compile(r"\[YONHAP\]|\[NEWS1\]|\[JOONGANG ILBO\]"), 0.3),
    Sign(re.compile(r"^[ \t]*Related Articles?[ \t]*$", re.M), 0.2, ("Related Article",)),
    Sign(re.compile(r"Courtesy of [A-Z]"), 0.1),
]
_FOOTER = re.compile(
    r"Top 10 Stories|Sign up for eNewsletter|Log in to Twitter or Facebook(?: account to connect)?"
    r"|Most Popular|Most Viewed|Editor's Picks|Trending"
)


class KoreanDailyFormat:
    """Reader for Korean English-language dailies."""

    name = "korean_daily"
    description = "Korean English-language daily (JoongAng Daily / Korea Herald / Korea Times)"

    def detect(self, text: str) -> float:
        """The sum of the page-chrome signs found, at most 1."""
        return min(score_signs(text, _SIGNS), 1.0)

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        """One part; social, comment and "Top 10" footers are blanked to the end."""
        return [
            single_part(
                text,
                fmt=self.name,
                kind=SourceKind.NEWS_ARTICLE,
                reference_date=reference_date,
                extra_noise=footer_spans(text, _FOOTER),
            )
        ]


KOREAN_DAILY = KoreanDailyFormat()

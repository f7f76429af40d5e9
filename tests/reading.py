"""What the meeting tests share: the day they are read on and short ways to look at a meeting.

Not a test module (no ``test_`` prefix): the ``test_extract_*`` modules import it.
"""

from __future__ import annotations

import datetime as dt

import koreadip

#: unless a test says otherwise, its made-up text is read on Thursday 24 June 2021
THURSDAY = dt.date(2021, 6, 24)


def meetings(text: str, reference: dt.date = THURSDAY) -> list[koreadip.Meeting]:
    """The meetings ``koreadip.parse`` reads from ``text``."""
    return list(koreadip.parse(text, reference_date=reference).meetings)


def who(meeting: koreadip.Meeting) -> frozenset[str]:
    """The official ids of a meeting's participants."""
    return frozenset(p.official_id for p in meeting.participants)

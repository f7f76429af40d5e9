"""The country whose official holds a title: "specialist on Washington's National Security
Council" is a U.S. post, "Principal Deputy Assistant Secretary of Defense" one only the United
States has.  :mod:`~koreadip.extract.titles` reads titles around names and asks here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import country_of_phrase, title_side

__all__ = ["side_of"]

_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\b")
#: "... at the U.S. National Security Council": the body the holder serves names the side
_AFFILIATION = re.compile(r"\bat\s+(?:the\s+)?(?P<body>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")
#: offices only one country's government has ("Assistant Secretary of Defense")
_US_OFFICE = re.compile(
    r"\bSecretary of (?:State|Defense|the Treasury|Homeland Security|the Army|the Navy)\b"
)


@lru_cache(maxsize=1 << 14)
def side_of(title: str) -> str | None:
    """The country whose official holds ``title``: the one a possessive names ("specialist on
    Washington's ..."), else the one it names first (:func:`title_side`), else the one of the
    body it is held at, else the one whose government alone has that office.

    >>> side_of("Coordinator for Policy at the U.S. National Security Council")
    'US'
    >>> side_of("Korea specialist on Washington's National Security Council")
    'US'
    >>> side_of("Principal Deputy Assistant Secretary of Defense for Space Policy")
    'US'
    >>> side_of("Director-General for Peace Affairs at the Ministry of Foreign Affairs") is None
    True
    """
    side = next(
        (c for m in _OWNER.finditer(title) if (c := country_of_phrase(m.group(1)))), None
    ) or title_side(title)
    if side is None:
        body = _AFFILIATION.search(title)
        side = country_of_phrase(body.group("body")) if body else None
    if side is None and _US_OFFICE.search(title):
        side = "US"
    return side

"""Country names and alpha-3 codes for the exporters whose formats want them (PLOVER, Popolo).

Read from the ``iso3166`` package's table of ISO 3166-1, so that no code is typed by hand.

>>> alpha3("KR"), alpha3("KP"), alpha3("US")
('KOR', 'PRK', 'USA')
>>> display_name("KR"), display_name("KP"), display_name("JP")
('Republic of Korea', "Democratic People's Republic of Korea", 'Japan')
>>> government_name("US"), government_name("CN")
('Government of the United States of America', 'Government of China')
"""

from __future__ import annotations

import re

from iso3166 import countries_by_alpha2

__all__ = ["alpha3", "display_name", "government_name"]

#: names with one of these words take "the" ("the Republic of Korea", "the Marshall Islands")
_ARTICLE = re.compile(
    r"\b(Republic|Kingdom|Federation|States|Emirates|Islands|Netherlands|Philippines|Bahamas|"
    r"Gambia|Maldives|Comoros|Seychelles)\b"
)


def alpha3(code: str) -> str:
    """The ISO 3166-1 alpha-3 code of an alpha-2 code (KeyError for an unknown one)."""
    return countries_by_alpha2[code].alpha3


def display_name(code: str) -> str:
    """The ISO short name in reading order: 'Korea, Republic of' becomes 'Republic of Korea'."""
    name: str = countries_by_alpha2[code].apolitical_name
    head, sep, tail = name.partition(", ")
    if sep and tail.endswith(" of") and ", " not in tail:
        return f"{tail} {head}"
    return name


def government_name(code: str) -> str:
    """'Government of the Republic of Korea', 'Government of Japan'."""
    name = display_name(code)
    return f"Government of the {name}" if _ARTICLE.search(name) else f"Government of {name}"

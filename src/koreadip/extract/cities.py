"""The cities that meetings are held in, as English-language text spells them (shared through
:mod:`.vocabulary`).
"""

from __future__ import annotations

import re

__all__ = ["CITIES", "holds_a_city"]

#: cities that meetings are held in, as text spells them
CITIES: frozenset[str] = frozenset(
    [
        "Seoul",
        "Washington",
        "Pyongyang",
        "Beijing",
        "Tokyo",
        "Hanoi",
        "Singapore",
        "Panmunjom",
        "Moscow",
        "Brussels",
        "Lima",
        "Jakarta",
        "Bangkok",
        "Vientiane",
        "Manila",
        "Honolulu",
        "Geneva",
        "Stockholm",
        "Osaka",
        "Busan",
        "Jeju",
        "Gyeongju",
        "Helsinki",
        "London",
        "Paris",
        "Berlin",
        "Munich",
        "Vladivostok",
        "Ulaanbaatar",
        "Shanghai",
        "Dandong",
        "Phnom Penh",
        "Hiroshima",
        "Ottawa",
        "Canberra",
        "Sejong",
        "Incheon",
        "Kuala Lumpur",
        "New York",
        "Da Nang",
        "Camp David",
        "San Francisco",
        "Los Angeles",
        "Rome",
        "Madrid",
        "Warsaw",
        "Vilnius",
        "Kyiv",
        "New Delhi",
        "Nagoya",
        "Sapporo",
        "Bali",
        "Davos",
        "Oslo",
        "Copenhagen",
        "Vienna",
        "Doha",
        "Riyadh",
        "Dubai",
        "Cairo",
        "Jerusalem",
        "Ankara",
        "Istanbul",
        "Taipei",
        "Hong Kong",
        "Yangon",
        "Tianjin",
        "Shenyang",
        "Dalian",
        "Sochi",
        "Kaesong",
        "Paju",
        "Pyeongchang",
        "Gangneung",
        "Daegu",
        "Daejeon",
        "Gwangju",
        "Ulsan",
        "Songdo",
        "Anchorage",
        "Guam",
        "Phuket",
        "Hawaii",
        "Sunnylands",
        "Mar-a-Lago",
        "Panama City",
        "Santiago",
        "Buenos Aires",
        "Johannesburg",
        "Kananaskis",
        "Hiroshima",
        "Apia",
        "Nuku'alofa",
        "Port Moresby",
        "Lisbon",
        "Ottawa",
    ]
)


def _any_city() -> re.Pattern[str]:
    """Every city as a plain string, grouped by its first letter: re skips at once past the
    characters no city opens with, and at a capital tries only the cities it opens."""
    rests: dict[str, list[str]] = {}
    for city in sorted(CITIES, key=len, reverse=True):
        rests.setdefault(city[0], []).append(re.escape(city[1:]))
    return re.compile("|".join(re.escape(a) + "(?:" + "|".join(r) + ")" for a, r in rests.items()))


_ANY_CITY = _any_city()


def holds_a_city(text: str) -> bool:
    """Whether one of :data:`CITIES` stands in ``text`` (a text that holds none has no city to
    read in any window of it).

    >>> holds_a_city("They met in Buenos Aires."), holds_a_city("They met by phone.")
    (True, False)
    """
    return _ANY_CITY.search(text) is not None

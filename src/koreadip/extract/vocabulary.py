"""Word lists the extractors share: title words, country words, non-name capitals (and the
cities, kept in ``cities.py``).

These describe the field (how officials, countries and places are named in English-language
coverage of the Korean Peninsula), not any one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .cities import CITIES
from .text import Caseless

__all__ = [
    "CITIES",
    "COUNTRY_WORDS",
    "KOREAN_SURNAMES",
    "NON_NAME_WORDS",
    "NON_OFFICIAL_TITLE",
    "REPORTING",
    "TITLE_HEADS",
    "TITLE_LEADS",
    "countries_in",
    "country_of_phrase",
    "country_spans",
    "title_side",
]

#: the verbs that report what someone said, as a regex alternation ("..., Kim told reporters",
#: "said Tuesday"); the quote attribution in ``attribution.py`` reads a much longer list
REPORTING = (
    r"(?:said|says|told|added|noted|explained|announced|stated|confirmed|revealed|disclosed|"
    r"tweeted|posted|reported)"
)

#: words that make a phrase a title of office ("Special Representative", "Foreign Minister")
TITLE_HEADS = frozenset(
    """
    president president-elect vice-president minister ministers secretary secretary-general
    undersecretary under-secretary representative envoy envoys ambassador ambassadors director
    director-general directors-general advisor adviser spokesperson spokesman spokeswoman
    chairman chairwoman chair leader senator sen. sen rep congressman congresswoman lawmaker
    premier chancellor counselor counsellor negotiator commissioner chief head official
    chargé charge d'affaires deputy governor mayor general admiral commander king emperor
    member vice-minister vice-chairman ministry-official coordinator aide diplomat
    """.split()
)

#: words that may open a title phrase before its head ("Acting", "First Vice", "Deputy")
TITLE_LEADS = frozenset(
    """
    acting deputy vice first second senior special chief top assistant principal former new
    newly-appointed incoming outgoing executive permanent prime foreign defense defence
    unification national presidential state white house interim lead nuclear
    """.split()
)

#: phrases naming a country (lowercase, typographic apostrophes made plain) → ISO code
COUNTRY_WORDS: dict[str, str] = {
    "u.s.": "US",
    "us": "US",
    "u.s": "US",
    "usa": "US",
    "united states": "US",
    "america": "US",
    "american": "US",
    "americans": "US",
    "washington": "US",
    "washington's": "US",
    "the u.s.": "US",
    "white house": "US",
    "state department": "US",
    "secretary of state": "US",
    "department of state": "US",
    "pentagon": "US",
    "south korea": "KR",
    "the south": "KR",
    "south korean": "KR",
    "s. korea": "KR",
    "s. korean": "KR",
    "s.korea": "KR",
    "rok": "KR",
    "republic of korea": "KR",
    "korea": "KR",
    "korean": "KR",
    "seoul": "KR",
    "seoul's": "KR",
    "cheong wa dae": "KR",
    "blue house": "KR",
    "unification ministry": "KR",
    "ministry of unification": "KR",
    "national intelligence service": "KR",
    "north korea": "KP",
    "the north": "KP",  # the Korean press's name for North Korea ("the North's envoy")
    "north korean": "KP",
    "n. korea": "KP",
    "n. korean": "KP",
    "n.k.": "KP",
    "nk": "KP",
    "dprk": "KP",
    "pyongyang": "KP",
    "pyongyang's": "KP",
    "democratic people's republic of korea": "KP",
    "japan": "JP",
    "japanese": "JP",
    "tokyo": "JP",
    "tokyo's": "JP",
    "china": "CN",
    "chinese": "CN",
    "beijing": "CN",
    "russia": "RU",
    "russian": "RU",
    "moscow": "RU",
    "australia": "AU",
    "australian": "AU",
    "india": "IN",
    "indian": "IN",
    "canada": "CA",
    "canadian": "CA",
    "united kingdom": "GB",
    "u.k.": "GB",
    "uk": "GB",
    "britain": "GB",
    "british": "GB",
    "france": "FR",
    "french": "FR",
    "germany": "DE",
    "german": "DE",
    "vietnam": "VN",
    "vietnamese": "VN",
    "singapore": "SG",
    "mongolia": "MN",
    "philippines": "PH",
    "indonesia": "ID",
    "ukraine": "UA",
    "ukrainian": "UA",
    "indonesian": "ID",
    "mongolian": "MN",
    "philippine": "PH",
    "filipino": "PH",
    "singaporean": "SG",
    "thailand": "TH",
    "thai": "TH",
    "malaysia": "MY",
    "malaysian": "MY",
    "cambodia": "KH",
    "laos": "LA",
    "taiwan": "TW",
    "taiwanese": "TW",
    "poland": "PL",
    "polish": "PL",
    "spain": "ES",
    "spanish": "ES",
    "netherlands": "NL",
    "dutch": "NL",
    "switzerland": "CH",
    "swiss": "CH",
    "norway": "NO",
    "norwegian": "NO",
    "finland": "FI",
    "finnish": "FI",
    "turkey": "TR",
    "turkish": "TR",
    "israel": "IL",
    "israeli": "IL",
    "iran": "IR",
    "iranian": "IR",
    "saudi arabia": "SA",
    "saudi": "SA",
    "egypt": "EG",
    "egyptian": "EG",
    "mexico": "MX",
    "mexican": "MX",
    "brazil": "BR",
    "brazilian": "BR",
    "peruvian": "PE",
    "new zealander": "NZ",
    "sweden": "SE",
    "swedish": "SE",
    "peru": "PE",
    "italy": "IT",
    "italian": "IT",
    "new zealand": "NZ",
    "eu": "BE",
}


def _by_first_letter(words: list[str]) -> str:
    """``words`` as one alternation, longest first, with the words that open with the same
    letter grouped behind it: the same matches as the flat alternation (words with different
    first letters never match at one place), but a place tries one group, not every word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        # "the North Korean envoy" is North Korean, not "the North" and a Korean
        tail = r"(?!\s+korea)" if word.startswith("the ") else ""
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + tail)
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


_COUNTRY_RE = re.compile(
    r"(?<![A-Za-z])("
    + _by_first_letter(sorted(COUNTRY_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_COUNTRY = Caseless(_COUNTRY_RE)  # the same matches, several times faster on ASCII text


def _countries(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Each country word of ``text`` (apostrophes made plain): its offsets, the word as written
    and its code; the pronoun "us" is not the U.S."""
    for m in _COUNTRY.finditer(text):
        start, end = m.span(1)
        word = text[start:end]
        key = word.lower()
        if key == "us" and word != "US":
            continue
        yield start, end, word, COUNTRY_WORDS[key]


# titles and attributions recur in a text and across texts: each phrase is read once
@lru_cache(maxsize=1 << 14)
def country_of_phrase(phrase: str) -> str | None:
    """The country a title or attribution names first: "U.S. envoy" → US, "Seoul's" → KR.

    A North/South qualifier wins over a bare "Korean" that follows it.
    """
    return next((code for *_, code in _countries(phrase.replace("\u2019", "'"))), None)


_PORTFOLIO = re.compile(
    r"\b(?:for|on|to|toward|towards|with|of|in|about|regarding|at)\s+(?:the\s+)?$", re.I
)
_PLACE = re.compile(r"\b(?:in|at|to)\s+$")


@lru_cache(maxsize=1 << 14)
def title_side(title: str) -> str | None:
    """The country whose official holds a title: "U.S. envoy" → US, "director-general at Tokyo's
    foreign ministry" → JP — but not the portfolio in "Special Representative for North Korea"."""
    text = title.replace("\u2019", "'")
    for start, end, word, code in _countries(text):
        possessive = text[end : end + 2] == "'s" or word.endswith("'s")
        if possessive or not _PORTFOLIO.search(text[max(0, start - 14) : start]):
            return code
    return None


def countries_in(phrase: str) -> list[str]:
    """Every country named in a phrase, in order, without repeats ("in Singapore", a place, is
    not a country taking part)."""
    return list(_countries_in(phrase))


@lru_cache(maxsize=1 << 14)
def _countries_in(phrase: str) -> tuple[str, ...]:
    out: list[str] = []
    phrase = phrase.replace("\u2019", "'")
    for start, _end, word, code in _countries(phrase):
        if word in CITIES and _PLACE.search(phrase[max(0, start - 5) : start]):
            continue
        if code not in out:
            out.append(code)
    return tuple(out)


#: titles that make a person not a government official
NON_OFFICIAL_TITLE = re.compile(
    r"\b(?:professor|researcher|analyst|fellow|journalist|correspondent|reporter|editor|anchor|"
    r"host|photographer|institute|university|foundation|think tank|center for|centre for|"
    r"scholar|expert|ceo|executive director of|co-founder|founder|first lady|spouse|wife|"
    r"husband)\b",
    re.IGNORECASE,
)

#: capitalised words that are never part of a person's name
NON_NAME_WORDS = frozenset(
    """
    North South Korea Korean Koreas Korean-American United States State States' America
    American Department Ministry Minister Foreign Affairs Peninsula Council Security National
    Republic People's Democratic Party Workers' Central Committee Committee House White Blue
    Office Bureau East Asian Asia Pacific Pacific's Indo-Pacific Human Rights Nations UN U.N.
    U.S. US ROK DPRK Japan Japanese China Chinese Russia Russian Seoul Washington Pyongyang
    Tokyo Beijing Moscow Hanoi Singapore Secretary President Vice Deputy Assistant Special
    Representative Ambassador Envoy Director Director-General General Chairman Chief Acting
    Senior Official Affairs Policy Peace Unification Defense Defence Senate Congress Assembly
    The A An In On At For Of And But Or If As By With From To Meanwhile However Yonhap UPI
    News Agency Press Release Media Note Spokesperson Spokesman Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Photo Reporter Government Administration Embassy Commission Agency Force Forces Army
    Navy Command Forces Korea-U.S. U.S.-ROK ROK-U.S. Alliance Working Group Summit Talks
    Cooperation Dialogue Denuclearization Sanctions Nuclear Missile Kaesong Panmunjom DMZ
    Cheong Wa Dae Yongsan Chunchugwan Incheon International Airport Yellow Sea Europe
    European Union NATO APEC ASEAN Quad G7 G20 Biden-Harris Trump-Kim Moon-Trump
    Acting Prime Premier Sen Rep Mr Ms Mrs Dr Lt Gen Adm Col Maj Former New First Second
    Third Top Strategic Strategy Intelligence Diplomatic Diplomacy Planning Political
    Economic Trade Commerce Treasury Justice Interior Agency's Headquarters Bargaining Regime
    Facebook Twitter Instagram YouTube Reuters AFP AP Xinhua Sputnik KCNA Rodong Sinmun
    Newsis News1 KBS MBC SBS JTBC Arirang VOA CNN BBC NHK
    """.split()
)

#: common Korean family names in the romanisations English-language text uses
KOREAN_SURNAMES = frozenset(
    """
    Kim Lee Yi Rhee Ri Park Pak Bak Choi Choe Chey Jung Jeong Chung Cheong Kang Cho Jo Yoon Yun
    Jang Chang Lim Im Rim Han Oh Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Yoo Yu Ryu Hong
    Jeon Chun Jun Ko Koh Go Moon Mun Yang Son Sohn Bae Baek Paik Heo Hur Nam Noh Roh No Ha Kwak
    Sung Seong Cha Joo Ju Woo Wu Koo Ku Min Na Jin Ji Um Eom Chae Won Bang Kong Hyun Hyon Ham
    Byun Pyun Yeom Yeo Chu Do So Seok Suk Sun Seol Ma Gil Kil Yeon Wi Pyo Myung Ki Ban Geum Ok
    Yuk In Maeng Je Tak Eun Ro Ryoo Hyeon Chon Yeom Jeon Kye Hyon Thae Tae
    """.split()
)

# ------------------------------------------------------------------ positions: country words


def country_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Each country word of ``text`` with its offsets and code, in order (what a stance's
    holder is read from: "Seoul and Washington's commitment").

    >>> list(country_spans("Seoul and Washington agreed"))
    [(0, 5, 'KR'), (10, 20, 'US')]
    """
    for start, end, _word, code in _countries(text.replace("\u2019", "'")):
        yield start, end, code

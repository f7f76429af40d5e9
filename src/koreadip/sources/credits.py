"""The publisher a text itself credits: dateline, byline agency, credit and copyright lines.

A photo credit (``Photo : YONHAP News``, a caption ending ``(Yonhap)`` or ``[YONHAP]``) credits the
picture, not the story, and is ignored; where the text credits nobody the publisher is None.
"""

from __future__ import annotations

import re

from . import stamps
from .common import AGENCIES, bylines, iter_lines, lines_of
from .noise import NOISE_LINE

__all__ = ["STATE_DEPARTMENT", "normalise_publisher", "publisher_of"]

STATE_DEPARTMENT = "U.S. Department of State"

_STATE_CREDIT = re.compile(
    r"^[ \t]*(?:Source: U\.S\. Department of State|State Department\s?[-–—]\s?Press Release"
    r"|Office of the Spokesperson|Press Releases?: [^\n]{3}|U\.S\. Department of State)[ \t]*$",
    re.M,
)
_HANGUL_OUTLETS = {
    "연합뉴스": "Yonhap",
    "뉴시스": "Newsis",
    "뉴스1": "News1",
    "아시아경제": "The Asia Business Daily",
    "머니투데이": "Money Today",
    "조선비즈": "Chosun Biz",
    "조선일보": "The Chosun Ilbo",
    "중앙일보": "JoongAng Ilbo",
    "동아일보": "The Dong-A Ilbo",
    "한겨레": "The Hankyoreh",
    "경향신문": "The Kyunghyang Shinmun",
    "한국일보": "Hankook Ilbo",
    "매일경제": "Maeil Business Newspaper",
    "한국경제": "The Korea Economic Daily",
    "서울경제": "Seoul Economic Daily",
    "이데일리": "Edaily",
    "헤럴드경제": "Herald Economy",
    "노컷뉴스": "CBS NoCut News",
    "데일리NK": "Daily NK",
    "통일뉴스": "Tongil News",
}
_ALIASES = {
    "yonhap news": "Yonhap",
    "yonhapnews": "Yonhap",
    "news 1": "News1",
    "asia economy": "The Asia Business Daily",
    "the asia business daily": "The Asia Business Daily",
    "herald corporation": "The Korea Herald",
    "herald corp": "The Korea Herald",
    "koreaherald.com": "The Korea Herald",
    "koreatimes.co.kr": "The Korea Times",
    "joongang daily": "Korea JoongAng Daily",
}
_MASTHEADS = {
    "with the korea joongang daily": "Korea JoongAng Daily",
    "korea joongang daily": "Korea JoongAng Daily",
    "the korea herald": "The Korea Herald",
    "the korea times": "The Korea Times",
    "arirang mobile": "Arirang",
    "arirang news": "Arirang",
    "yonhap news agency": "Yonhap",
    "kbs world": "KBS",
    "kbs news": "KBS",
    "nk news": "NK News",
    "daily nk": "Daily NK",
    "voice of america": "VOA",
}
# At the start of a line "[서울=뉴시스]기자 = ..." credits the story; at the end of a caption,
# "... 2024.11.15 [서울=뉴시스]" credits the photo.
_HANGUL_CREDIT = re.compile(
    r"^[ \t]*[\[(]([^\]\)\n]{0,40}[\uac00-\ud7a3][^\]\)\n]{0,40})[\])]", re.M
)
# "[Seoul=Newsis]", "(Seoul = Yonhap News)"; "(Photo = Foreign Ministry)" credits a picture
_ROMAN_CREDIT = re.compile(
    r"[\[(](?!Photo|Picture|Graphic)[A-Z][a-z]{1,20} ?= ?(?P<name>[A-Z][A-Za-z0-9 ]{1,25}?)[\])]"
)
_REPORTER_CREDIT = re.compile(r"\[(?P<name>[A-Z][A-Za-z ]{1,30}?) Reporter [^\]\n]{1,40}\]")
_COPYRIGHT = re.compile(
    r"^[ \t]*(?:(?:Copyrights?|COPYRIGHT)[ \t]*(?:ⓒ|©|\([cC]\))?|ⓒ|©)[ \t]*(?:\d{4}[ \t]+)?"
    r"(?P<name>[^\s.,(][^\n.,(]{0,50}?)[ \t]*(?:\(|\.|,|All |Unauthorized|[-–—]|$)",
    re.M,
)
_TRAILING = re.compile(
    r"(?:(?<=[.!?\"”’])[ \t]*[(\[](?P<a>[A-Za-z0-9]{2,12})[)\]]"
    r"|\A[(\[]?(?:BY |By )?(?P<b>[A-Za-z]{2,12})[)\]]?(?: \[[^\]\n]{1,60}\])?)[ \t]*\Z"
)


_PARENTHESES = re.compile(r"\([^)\n]{0,80}\)?")
_LATIN = re.compile(r"[A-Za-z]")


def normalise_publisher(name: str) -> str | None:
    """The usual short form of an outlet's name.

    >>> normalise_publisher("Yonhap News Agency")
    'Yonhap'
    >>> normalise_publisher("The Asia Business Daily(www.asiae.co.kr)")
    'The Asia Business Daily'
    """
    s = _PARENTHESES.sub("", name).strip(" \t.,:;-–—")
    if not s:
        return None
    for hangul, outlet in _HANGUL_OUTLETS.items():
        if hangul in s:
            return outlet
    key = s.lower()
    if key in AGENCIES:
        return AGENCIES[key]
    if key in _ALIASES:
        return _ALIASES[key]
    return s if _LATIN.search(s) else None


def _agency(name: str | None) -> str | None:
    return AGENCIES.get(name.lower()) if name else None


def _trailing_credit(text: str) -> str | None:
    last = ""
    for ln in reversed(lines_of(text)):
        s = ln.text.strip()
        if s and not NOISE_LINE.fullmatch(s):
            last = s
            break
    m = _TRAILING.search(last)
    return _agency((m["a"] or m["b"]) if m else None)


def publisher_of(text: str) -> str | None:
    """The organisation the text credits, or None.

    >>> publisher_of("SEOUL, March 5 (UPI) -- Envoys met.")
    'UPI'
    >>> publisher_of("Envoys met.\\nPhoto : YONHAP News") is None
    True
    """
    if _STATE_CREDIT.search(text):
        return STATE_DEPARTMENT
    dl = stamps.find_dateline(text)
    if dl is not None and dl.agency:
        return normalise_publisher(dl.agency)
    for _ln, names in bylines(text):
        if names and len(names) == 1 and _agency(names[0]):
            return _agency(names[0])
    for m in _HANGUL_CREDIT.finditer(text):
        for hangul, outlet in _HANGUL_OUTLETS.items():
            if hangul in m[1]:
                return outlet
    for pattern in (_ROMAN_CREDIT, _REPORTER_CREDIT):
        found = pattern.search(text)
        if found:
            return normalise_publisher(found["name"])
    trailing = _trailing_credit(text)
    if trailing:
        return trailing
    for m in _COPYRIGHT.finditer(text):
        credited = normalise_publisher(m["name"])
        if credited:
            return credited
    for ln in iter_lines(text):
        masthead = _MASTHEADS.get(ln.text.strip().lower())
        if masthead:
            return masthead
    return None

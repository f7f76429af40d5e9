"""The publisher a text itself credits: dateline, byline agency, credit and copyright lines.

Credits are recognised by their shape, not by a list of outlets: a dateline credit
``PLACE, DATE (Outlet) --``, a one-word byline ``By Outlet``, a ``Source: Outlet`` line, a copyright
line, a page title ending ``– Outlet``, a masthead line naming an organisation above the headline,
an author's note ``X is a correspondent at Outlet``.  A photo credit (``Photo : YONHAP News``, a
caption ending ``(Yonhap)`` or ``[YONHAP]``), a reporter's e-mail address and a site's footer text
credit no story and are ignored; where the text credits nobody the publisher is None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import stamps
from .common import AGENCIES, Line, bylines, found_in, lines_of
from .noise import NOISE_LINE
from .outlets import NOT_OUTLETS, OUTLET, organisation

__all__ = ["STATE_DEPARTMENT", "normalise_publisher", "publisher_of"]

STATE_DEPARTMENT = "U.S. Department of State"

_STATE_CREDIT = re.compile(
    r"^[ \t]*(?:Source: U\.S\. Department of State|State Department\s?[-–—]\s?Press Release"
    r"|Office of the Spokesperson|Press Releases?: [^\n]{3}|U\.S\. Department of State)[ \t]*$",
    re.M,
)
# a literal every match of _STATE_CREDIT holds
_STATE_NEEDLES = ("Department of State", "State Department", "Office of the Spokesperson",
                  "Press Release")  # fmt: skip
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
#: spellings of one outlet's name written the one way ("News 1" → "News1")
_ALIASES = {
    "yonhap news": "Yonhap",
    "news 1": "News1",
    "united states department of state": STATE_DEPARTMENT,
    "department of state": STATE_DEPARTMENT,
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
    r"^[ \t]*(?:(?:Copyrights?|COPYRIGHT)[ \t]*(?:ⓒ|©|\([cC]\))?|ⓒ|©)[ \t]*"
    # the years: "2024", "2019-2024", "Since 2020"
    r"(?:(?:[Ss]ince|[Ff]rom)[ \t]+)?(?:\d{4}(?:[ \t]*[-–~][ \t]*\d{4})?[ \t]+)?(?:by[ \t]+)?"
    r"(?P<name>[^\s.,(][^\n.,(]{0,50}?)[ \t]*(?:\(|\.|,|All |Unauthorized|[-–—]|$)",
    re.M,
)
# one of these stands in every match of _COPYRIGHT
_COPYRIGHT_NEEDLES = ("Copyright", "COPYRIGHT", "ⓒ", "©")
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


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
#: what may open a paragraph before a dateline credit: the store's page date, a place, a date
_DATELINE_HEAD = (
    r"\A[ \t]{0,8}(?:date \d{4}-\d\d-\d\d[ \t]+)?"
    r"(?:(?P<place>[A-Z][\w.'’-]{1,20}(?: [A-Z][\w.'’-]{1,20}){0,3}"
    r"(?:, ?[A-Z][\w.]{1,12}(?: [A-Z][a-z]{2,12})?)?),?[ \t]+)?"
    rf"(?:(?P<date>{_MONTH}[ \t]\d{{1,2}}(?:,[ \t]\d{{4}})?),?[ \t]+)?"
)
# "Seoul, Jan 26 (IANS) --", "Washington, DC (STL.News) The ...": a credit in parentheses
_DATELINE_CREDIT = re.compile(
    _DATELINE_HEAD
    + rf"\((?P<name>{OUTLET})\)[ \t]{{0,3}}(?P<dash>[-–—]{{1,2}}|:)?[ \t]*(?P<next>\S)"
)
# "SEOUL, June 30, 2019, Yonhap. The ...": after a place and a date, the credit and a full stop
_MONTH_DAY = re.compile(rf"{_MONTH}[ \t]\d")  # what the date of a dateline's head holds
_DATELINE_RUN_IN = re.compile(_DATELINE_HEAD + rf"(?P<name>{OUTLET})\.[ \t]+[A-Z\"“]")
_SOURCE_LINE = re.compile(
    rf"[ \t]*Source[ \t]*:[ \t]*(?P<name>{OUTLET})(?=[ \t]+[A-Z][a-z]+[ \t]*:|[ \t]*$)"
)
_AUTHOR_NOTE = re.compile(
    r"\b(?:is|was) an? (?:[\w-]+ ){0,3}(?i:correspondent|reporter|journalist|editor|writer|"
    r"columnist|contributor|producer)(?: [a-z]+){0,2} (?:at|for|with) (?:the )?"
    rf"(?P<name>{OUTLET})"
)
# one of these stands (in any case) in every match of _AUTHOR_NOTE
_AUTHOR_WORDS = ("correspondent", "reporter", "journalist", "editor", "writer", "columnist",
                 "contributor", "producer")  # fmt: skip
# the name opens on a character that is no blank, so the blanks before it are taken whole: giving
# them back could never match, only try every split of a long blank (quadratic in it)
_TITLE_SUFFIX = re.compile(r"\S[ \t]+[-–—|][ \t]++(?P<name>[^-–—|\s][^-–—|\n]{1,79}?)[ \t]*+\Z")
# the first line of a site's page naming it with its edition: "brandname mobile"
_EDITION = re.compile(
    r"\A(?P<name>[A-Za-z][\w.&-]{1,20}(?: [\w.&-]{1,20}){0,2}) (?i:mobile|online|english)\Z"
)
# a site's own sign-in prompt ("... to connect / with the Outlet Daily")
_CONNECT = re.compile(r"\A(?:connect )?with the (?P<name>.{2,60})\Z")


def _outlet(name: str | None) -> str | None:
    """The normalised outlet ``name``, unless it is a word no credit is (a position, a note)."""
    if not name or name.rstrip(".").lower() in NOT_OUTLETS or name.endswith("."):
        return None
    return normalise_publisher(name)


def _dateline_credit(text: str) -> str | None:
    """The outlet a dateline credits in one of the first paragraphs, in any of its shapes."""
    for ln in _head_lines(text, 15):
        m = _DATELINE_CREDIT.match(ln) if "(" in ln else None
        # a credit with neither a place, a date nor a dash could be any parenthesis
        if m and (m["dash"] or (_placed(m) and m["next"].isupper())):
            return _outlet(m["name"])
        # a run-in credit counts only after a date: a line naming none is not read for one
        m = _DATELINE_RUN_IN.match(ln) if _MONTH_DAY.search(ln) else None
        if m and m["date"]:
            return _outlet(m["name"])
    return None


def _placed(m: re.Match[str]) -> bool:
    """Whether a credit with no dash after it follows a dateline's place and date: a date, a
    "City, Region" or a city in capitals ("North Korea (DPRK) Says ..." is a headline)."""
    place = m["place"] or ""
    return bool(m["date"]) or "," in place or (place.isupper() and len(place) > 2)


def _source_line(text: str) -> str | None:
    """A ``Source: Outlet`` line in the page's head or foot; one in the story credits the data
    of a chart or a table, not the story."""
    lines = _filled_lines(text)
    for ln in (*lines[:15], *lines[-5:]):
        m = _SOURCE_LINE.match(ln.text)
        if m:
            return normalise_publisher(m["name"])
    return None


def _head_lines(text: str, n: int) -> list[str]:
    return [ln.text for ln in _filled_lines(text)[:n]]


@lru_cache(maxsize=4)
def _filled_lines(text: str) -> tuple[Line, ...]:
    """The lines of ``text`` that hold more than spaces: every credit reader walks them."""
    return tuple(ln for ln in lines_of(text) if not ln.text.isspace() and ln.text)


def _trailing_credit(text: str) -> str | None:
    """An outlet credited at the end of the story: "... the ministry said. (Outlet)"."""
    last = ""
    for ln in reversed(_filled_lines(text)):
        s = ln.text.strip()
        if s and not NOISE_LINE.fullmatch(s):
            last = s
            break
    m = _TRAILING.search(last)
    if m is None:
        return None
    return _outlet(m["a"]) if m["a"] else _agency(m["b"])


def _masthead(text: str) -> str | None:
    """The organisation a page's masthead names: a line naming an outlet or a government body
    above the headline (the first longer line), a site's name with its edition as the first
    line, or a sign-in prompt "with the Outlet"."""
    head = _head_lines(text, 12)
    if head:
        edition = _EDITION.match(head[0].strip())
        if edition:
            name = edition["name"]
            return name[:1].upper() + name[1:] if name.islower() else name
        title = _TITLE_SUFFIX.search(head[0].strip())
        if title and organisation(title["name"]):
            return normalise_publisher(title["name"])
    for line in head:
        s = line.strip()
        if organisation(s):
            return normalise_publisher(s)
        if len(s.split()) >= 5:
            break  # the headline: an organisation named below it is a venue or a subject
    for ln in _filled_lines(text):
        m = _CONNECT.match(ln.text.strip()) if "with the " in ln.text else None
        if m and organisation(m["name"]):
            return normalise_publisher(m["name"])
    return None


def _byline_outlet(text: str) -> str | None:
    """An outlet standing in a byline: "By Outlet" (one word: people's names have two)."""
    for _ln, names in bylines(text):
        for name in names:
            if (" " not in name and name.lower() not in NOT_OUTLETS) or organisation(name):
                return normalise_publisher(name)
    return None


# beyond ASCII, (?i:) also matches "i" to "İ" (lowercased "i" and a combining dot) and to "ı",
# and "s" to "ſ" (a test checks no other letter has such a twin)
_CASE_TWINS = (("\u0307", ""), ("ı", "i"), ("ſ", "s"))


def _caseless(text: str) -> str:
    """``text`` lowercased so that a word an ``(?i:)`` pattern of ASCII letters matches in it
    stands in it in lower case (other words may be joined: it is only looked in)."""
    lowered = text.lower()
    if not lowered.isascii():
        for twin, letter in _CASE_TWINS:  # (a replace each: translate walks every character)
            lowered = lowered.replace(twin, letter)
    return lowered


def publisher_of(text: str) -> str | None:
    """The organisation the text credits, or None.

    >>> publisher_of("SEOUL, March 5 (UPI) -- Envoys met.")
    'UPI'
    >>> publisher_of("Envoys met.\\nPhoto : YONHAP News") is None
    True
    """
    # each pattern below is tried only where a literal that every match of it holds is present
    if any(n in text for n in _STATE_NEEDLES) and found_in(_STATE_CREDIT, text):
        return STATE_DEPARTMENT
    dl = stamps.find_dateline(text)
    if dl is not None and dl.agency:
        return normalise_publisher(dl.agency)
    credited = _dateline_credit(text) or _byline_outlet(text)
    if credited:
        return credited
    source = _source_line(text)
    if source:
        return source
    for m in () if text.isascii() else _HANGUL_CREDIT.finditer(text):
        for hangul, outlet in _HANGUL_OUTLETS.items():
            if hangul in m[1]:
                return outlet
    found = _ROMAN_CREDIT.search(text) if "=" in text else None
    if found:
        return normalise_publisher(found["name"])
    trailing = _trailing_credit(text)
    if trailing:
        return trailing
    # the owner a copyright line names outranks the desk a reporter's tag names
    has_copyright = any(n in text for n in _COPYRIGHT_NEEDLES)
    for m in _COPYRIGHT.finditer(text) if has_copyright else ():
        credited = normalise_publisher(m["name"])
        if credited:
            return credited
    found = _REPORTER_CREDIT.search(text) if " Reporter " in text else None
    if found:
        return normalise_publisher(found["name"])
    masthead = _masthead(text)
    if masthead:
        return masthead
    lowered = _caseless(text)
    if not any(word in lowered for word in _AUTHOR_WORDS):
        return None
    author = _AUTHOR_NOTE.search(text)
    return _outlet(author["name"]) if author else None

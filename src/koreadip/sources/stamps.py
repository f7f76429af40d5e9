"""Publication dates as pages state them: date lines, timestamps, datelines and the page date.

``Source.published`` is filled only where the text states when it was published: a header line
(``11/20/2018 04:06 PM EST``, ``Published : Apr 19, 2022 - 20:14``, ``2017-07-28``), a wire
dateline (``SEOUL, March 5 (UPI) --``, whose year comes from the page date or the caller's
reference date), or the store's leading `` date YYYY-MM-DD`` page-date line.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import NamedTuple

from ..date_reading import parse_timestamp

__all__ = [
    "Dateline",
    "find_dateline",
    "full_date",
    "has_full_date",
    "page_date",
    "published",
]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_TIME = (
    r"(?:\s{0,3}[-,]?\s{0,3}\(?(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?\)?\s{0,3}(?P<ap>[AaPp]\.?[Mm]\.?)?"
    r"\s{0,3}(?P<tz>E[SD]T|KST|JST|GMT|UTC)?)?"
)
_FULL_DATES = [
    re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\b" + _TIME),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T|\b)" + _TIME),
    re.compile(r"\b(?P<y>\d{4})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\b\.?" + _TIME),
    re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b" + _TIME, re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\.?,?\s+(?P<y>\d{{4}})\b" + _TIME, re.I),
    re.compile(
        r"(?:\b(?P<H>\d{2}):(?P<M>\d{2})\s(?P<tz>GMT|UTC|KST)\s)?"
        r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"
    ),
]
_DIGIT = re.compile(r"\d")
_ZONES = {"EST": -5, "EDT": -4, "KST": 9, "JST": 9, "GMT": 0, "UTC": 0}
_PAGE_DATE = re.compile(r"\A\ufeff?[ \t]{0,3}date (\d{4})-(\d{2})-(\d{2})\b")


def page_date(text: str) -> _dt.date | None:
    """The date of a leading `` date YYYY-MM-DD`` page-date line.

    >>> page_date(" date 2018-10-29 News")
    datetime.date(2018, 10, 29)
    """
    m = _PAGE_DATE.match(text)
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> _dt.date | _dt.datetime | None:
    g = m.groupdict()
    month = _MONTHS[g["mon"][:3].lower()] if g.get("mon") else int(g["m"])
    try:
        day = _dt.date(int(g["y"]), month, int(g["d"]))
    except ValueError:
        return None
    if not 1900 <= day.year <= 2100:
        return None
    if g.get("H") is None or g.get("tz") is None:
        return day
    hour, minute = int(g["H"]), int(g["M"])
    ap = (g.get("ap") or "").lower()[:1]
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day
    zone = _dt.timezone(_dt.timedelta(hours=_ZONES[g["tz"]]), g["tz"])
    return _dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def _timestamp(piece: str, mine: _dt.date | _dt.datetime) -> _dt.date | _dt.datetime:
    # The shared timestamp parser reads times and zones; the pattern's reading is the check.
    theirs = parse_timestamp(piece)
    if theirs is None:
        return mine
    day = theirs.date() if isinstance(theirs, _dt.datetime) else theirs
    mine_day = mine.date() if isinstance(mine, _dt.datetime) else mine
    return theirs if day == mine_day else mine


def full_date(line: str) -> _dt.date | _dt.datetime | None:
    """The first complete date (with its time and zone where stated) in ``line``.

    >>> full_date("11/20/2018 04:06 PM EST").isoformat()
    '2018-11-20T16:06:00-05:00'
    >>> full_date("Published : Apr 19, 2022 - 20:14")
    datetime.datetime(2022, 4, 19, 20, 14)
    """
    if not _DIGIT.search(line):  # every full date has a year: skip the six patterns
        return None
    best: re.Match[str] | None = None
    for pattern in _FULL_DATES:
        m = pattern.search(line)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    value = _from_match(best)
    return None if value is None else _timestamp(best[0], value)


def has_full_date(line: str) -> bool:
    """True when ``line`` states a complete date."""
    return full_date(line) is not None


class Dateline(NamedTuple):
    """A wire dateline such as ``SEOUL, March 5 (UPI) --``: where it is and what it says."""

    start: int
    end: int
    city: str | None
    month: int | None
    day: int | None
    agency: str | None


_DATELINE = re.compile(
    r"\A\s{0,8}(?:(?P<city>[A-Z][A-Za-z.'’-]{1,20}(?: [A-Z][A-Za-z.'’-]{1,20}){0,3}),?\s+)?"
    rf"(?:(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})\s+)?"
    r"\((?P<agency>[A-Z][A-Za-z0-9]{1,14}(?: [A-Z][A-Za-z]{1,14}){0,2})\)\s{0,3}[-–—]{1,2}\s?"
)
_BARE_DATELINE = re.compile(
    r"\A\s{0,8}(?!FILE\b|PHOTO\b|UPDATE\b)"
    r"(?P<city>[A-Z]{2,}(?:[ ,]{1,2}[A-Z]{2,}){0,3})\s{1,3}[-–—]{1,2}\s"
)


def find_dateline(text: str, start: int = 0, stop: int | None = None) -> Dateline | None:
    """The dateline opening one of the first paragraphs of ``text[start:stop]``, if any.

    >>> find_dateline("Title\\n\\nSEOUL, March 5 (UPI) -- Envoys met.")
    Dateline(start=7, end=31, city='SEOUL', month=3, day=5, agency='UPI')
    """
    return _find_dateline(text, start, len(text) if stop is None else stop)


# detection, blanking, the publisher and the publication date all ask for the same dateline
@lru_cache(maxsize=4)
def _find_dateline(text: str, start: int, end: int) -> Dateline | None:
    pos, seen = start, 0
    while pos < end and seen < 15:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        if line.strip():
            seen += 1
            m = _DATELINE.match(line) if "(" in line else None  # it holds "(Agency)"
            if m:
                mon = _MONTHS[m["mon"][:3].lower()] if m["mon"] else None
                day = int(m["day"]) if m["day"] else None
                return Dateline(pos, pos + m.end(), m["city"], mon, day, m["agency"])
            b = _BARE_DATELINE.match(line) if len(line) > 60 else None
            if b:
                return Dateline(pos, pos + b.end(), b["city"], None, None, None)
        if nl < 0:
            break
        pos = nl + 1
    return None


def _nearest(month: int, day: int, ref: _dt.date) -> _dt.date | None:
    best: _dt.date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = _dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def published(
    text: str,
    start: int,
    body: int,
    stop: int,
    reference_date: _dt.date | None = None,
) -> _dt.date | _dt.datetime | None:
    """When the part ``text[start:stop]`` (body from ``body``) says it was published.

    A date line in the header wins; then the dateline (its year taken from the page date or
    ``reference_date``, the nearest year to it); then the leading page-date line.
    """
    page = page_date(text)
    head = text[start:body]
    if start == 0:
        head = _PAGE_DATE.sub("", head, count=1)
    # every full date holds a digit: a header of none (a page of blank lines) is not walked
    for line in head.split("\n") if _DIGIT.search(head) else ():
        if len(line) <= 200:
            found = full_date(line)
            if found is not None:
                return found
    ref = page or reference_date
    dl = find_dateline(text, start, stop)
    if dl is not None and dl.month is not None and dl.day is not None and ref is not None:
        near = _nearest(dl.month, dl.day, ref)
        if near is not None:
            return near
    return page

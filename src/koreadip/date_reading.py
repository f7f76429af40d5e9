"""Date phrases in prose and their resolution against a reference date.

:func:`find_dates` finds date phrases in prose (their grammar is :mod:`koreadip.date_grammar`),
:func:`resolve_date` reads one phrase, and :func:`parse_timestamp` reads the publication line of
a page header. Phrases that depend on when the text was written ("on Friday", "on the 25th",
"last month") resolve against a reference date; without one they keep only what the text
states, never a guess.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

import attrs
from dateutil import parser as _du_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from .date_grammar import MONTH_NAMES, WEEKDAY_NAMES, date_phrases
from .dates import PartialDate
from .errors import SchemaError

__all__ = [
    "DateMention",
    "date_phrases",
    "find_dates",
    "parse_timestamp",
    "read_dates",
    "resolve_date",
]


@attrs.frozen(slots=True, kw_only=True)
class DateMention:
    """A date phrase found in text: its span, its words and what it resolved to.

    ``kind`` is ``"absolute"`` (the text states the year), ``"yearless"`` (a month, or month and
    day, without a year: "Dec. 7", "in April"), ``"weekday"``, ``"day_of_month"`` ("on the 25th")
    or ``"relative"`` ("last month", "in June last year"). ``value`` is None when the phrase
    cannot be placed without a reference date, or when placing it would be a guess.
    """

    start: int
    end: int
    text: str
    value: PartialDate | None
    kind: str


_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
_BARE_DAY = re.compile(r"(?i:the\s{1,3})?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)")
_HINT = re.compile(r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b)|\d{4}")
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"(?:\s{0,2}(?P<ap>[AaPp])\.?[Mm]\b\.?)?(?![\d:])"
)
_ZONE_HOURS = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
               "PDT": -7, "KST": 9, "JST": 9, "GMT": 0, "UTC": 0}  # fmt: skip
_ZONE = re.compile(
    rf"\b(?P<name>{'|'.join(_ZONE_HOURS)})\b(?:(?P<sign>[+-])(?P<h>\d{{1,2}})(?::?(?P<m>\d\d))?)?"
)
_DAY_WORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
              "earlier today": 0, "later today": 0}  # fmt: skip
_Reading = tuple[str, PartialDate | None]


def find_dates(text: str, reference: _dt.date | None, *, future: bool = False) -> list[DateMention]:
    """Every date phrase in ``text``, in order, with non-overlapping spans.

    Phrases that need a reference date ("on Friday", "on the 25th", "last month") resolve
    against ``reference``; ``future=True`` places them on or after it instead of on or before
    ("will meet on Tuesday"). A leading preposition ("on", "in", "since", ...) and a trailing
    "(local time)" belong to the mention.

    >>> [(m.text, str(m.value)) for m in find_dates(
    ...     "They met on Friday and will talk again in late May.", _dt.date(2018, 12, 7))]
    [('on Friday', '2018-12-07'), ('in late May', '2018-05')]
    """
    return read_dates(text, date_phrases(text), reference, future=future)


def read_dates(
    text: str,
    phrases: list[re.Match[str]],
    reference: _dt.date | None,
    *,
    future: bool = False,
) -> list[DateMention]:
    """The dates of the :func:`date_phrases` of ``text``, read as :func:`find_dates` does."""
    found = []
    for match in phrases:
        try:
            reading = _read(match, reference, future)
        except (OverflowError, ValueError):  # counting days past the edge of the calendar
            reading = ("weekday" if match["wd"] else "relative"), None
        if reading is not None:
            kind, value = reading
            start, end = match.span()
            found.append(
                DateMention(start=start, end=end, text=text[start:end], value=value, kind=kind)
            )
    return found


def resolve_date(
    phrase: str, reference: _dt.date | None, *, future: bool = False
) -> PartialDate | None:
    """The date one phrase names, resolved against ``reference``; None when it names none.

    Without a reference only what the text states is kept ("Dec. 7" gives ``XXXX-12-07``);
    a phrase that cannot be placed at all ("on the 25th", "Tuesday") gives None.

    >>> resolve_date("Dec. 16", _dt.date(2019, 1, 3))
    PartialDate(year=2018, month=12, day=16)
    >>> resolve_date("on the 25th", None) is None
    True
    """
    mentions = find_dates(phrase, reference, future=future)
    for mention in mentions:
        if mention.kind == "absolute":
            return mention.value
    if mentions:
        return mentions[0].value
    bare = _BARE_DAY.fullmatch(phrase.strip())
    if bare is not None:
        return None if reference is None else _day_of_month(int(bare["d"]), reference, future)
    return _dateutil_fallback(phrase, reference, future)


def parse_timestamp(text: str) -> _dt.datetime | _dt.date | None:
    """The publication time a header line states: an aware datetime when it names a zone,
    a naive one when it gives a time only, a date when it gives no time, else None.

    >>> parse_timestamp("11/20/2018 04:06 PM EST").isoformat()
    '2018-11-20T16:06:00-05:00'
    >>> parse_timestamp("April 6, 2022")
    datetime.date(2022, 4, 6)
    """
    day = next(
        (m.value.to_date() for m in find_dates(text, None) if m.value and m.value.is_complete),
        None,
    )
    if day is None:
        return None
    clock = _CLOCK.search(text)
    if clock is None:
        return day
    hour, minute, second = int(clock["h"]), int(clock["mi"]), int(clock["s"] or 0)
    if clock["ap"] and 1 <= hour <= 12:
        hour = hour % 12 + (12 if clock["ap"] in "Pp" else 0)
    zone = _ZONE.search(text)
    tzinfo = None
    if zone is not None:
        offset = _dt.timedelta(hours=_ZONE_HOURS[zone["name"]])
        if zone["sign"] and int(zone["h"]) <= 14:
            extra = _dt.timedelta(hours=int(zone["h"]), minutes=int(zone["m"] or 0))
            offset += extra if zone["sign"] == "+" else -extra
        tzinfo = _dt.timezone(offset, zone.group())
    return _dt.datetime.combine(day, _dt.time(hour, minute, second), tzinfo=tzinfo)


def _read(match: re.Match[str], ref: _dt.date | None, future: bool) -> _Reading | None:
    """The kind and value of one scanner match, or None when the match is not a date."""
    g = match.group
    if g("ymd") is not None:
        return _stated(int(g("ymd_y")), int(g("ymd_m")), int(g("ymd_d")))
    if g("dmy") is not None:
        first, second = int(g("n1")), int(g("n2"))
        # Slashes are U.S. month/day unless the first number cannot be a month;
        # dots and dashes are day.month (13.06.2023).
        if g("ns") == "/" and first <= 12:
            first, second = second, first
        return _stated(int(g("n3")), second, first)
    for alt in ("md", "dt"):
        if g(alt) is not None:
            month, day, year = _month(g(f"{alt}_m")), int(g(f"{alt}_d")), g(f"{alt}_y")
            if year is not None:
                return _stated(int(year), month, day)
            rely = g(f"{alt}_rely")
            if rely is not None and ref is not None:
                shift = {"last": -1, "this": 0, "next": 1}[rely.lower()]
                value = _partial(ref.year + shift, month, day)
                return None if value is None else ("relative", value)
            stated = _partial(None, month, day)
            if stated is None:
                return None
            if ref is None:
                return "yearless", stated
            return "yearless", _yearless(month, day, ref, future)
    if g("mp") is not None:
        return _month_phrase(match, ref, future)
    if g("yr") is not None:
        if not (g("prep") or g("yr_part")):
            return None  # a bare number
        return _stated(int(g("yr_y")))
    if g("wd") is not None:
        name, rel = g("wd_d").title(), (g("wd_rel") or "").lower()
        return "weekday", None if ref is None else _weekday(name, rel, ref, future)
    if g("dom") is not None:
        if not (g("prep") or g("dom_tod") or g("suffix")):
            return None  # "the 10th anniversary", "the 46th session"
        if g("dom_rel") is not None and ref is not None:  # "the 25th of last month"
            shift = {"last": -1, "this": 0, "next": 1}[g("dom_rel").lower()]
            moved = ref + relativedelta(months=shift)
            return "relative", _partial(moved.year, moved.month, int(g("dom_d")))
        value = None if ref is None else _day_of_month(int(g("dom_d")), ref, future)
        return "day_of_month", value
    words = " ".join(g("rel_w").lower().split())
    return "relative", None if ref is None else _relative(words, ref)


def _month(word: str) -> int:
    return _MONTH_NUMBER[word[:3].title()]


_MONTH_NUMBER = {n[:3]: i for i, n in enumerate(MONTH_NAMES, 1)}


# the readers below are pure functions of a few numbers, asked again and again for the same
# days: their answers are kept (bounded caches; a PartialDate is immutable, so it may be shared)
@functools.lru_cache(maxsize=4096)
def _partial(
    year: int | None, month: int | None = None, day: int | None = None
) -> PartialDate | None:
    try:
        return PartialDate(year=year, month=month, day=day)
    except SchemaError:
        return None


def _stated(year: int, month: int | None = None, day: int | None = None) -> _Reading | None:
    value = _partial(year, month, day)
    return None if value is None else ("absolute", value)


@functools.lru_cache(maxsize=4096)
def _yearless(month: int, day: int, ref: _dt.date, future: bool) -> PartialDate | None:
    """The month-day nearest ``ref`` on its side: this year, else a year back (or on)."""
    step = 1 if future else -1
    year = ref.year
    for _ in range(9):  # 29 February may need up to eight years
        try:
            candidate = _dt.date(year, month, day)
        except ValueError:
            year += step
            continue
        if (candidate < ref) if future else (candidate > ref):
            year += step
            continue
        return PartialDate.from_date(candidate)
    return None


def _day_of_month(day: int, ref: _dt.date, future: bool) -> PartialDate | None:
    """The ``day`` of the reference month, else the nearest month on its side that has it."""
    year, month = ref.year, ref.month
    step = 1 if future else -1
    for _ in range(13):
        try:
            candidate: _dt.date | None = _dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and not ((candidate < ref) if future else (candidate > ref)):
            return PartialDate.from_date(candidate)
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return None


def _month_phrase(match: re.Match[str], ref: _dt.date | None, future: bool) -> _Reading | None:
    """ "in April", "in late May", "in November last year", "February 2019", "next April"."""
    g = match.group
    month, rel, year_rel = _month(g("mp_m")), g("mp_rel"), g("mp_rely")
    if g("mp_y") is not None:
        return _stated(int(g("mp_y")), month)
    if not (g("prep") or rel or g("mp_part") or year_rel):
        return None  # a bare "May" or "March" may be a name or a verb
    kind = "relative" if rel or year_rel else "yearless"
    if ref is None:
        return kind, PartialDate(month=month)
    if year_rel is not None:
        year = ref.year + {"last": -1, "this": 0, "next": 1}[year_rel.lower()]
    elif rel is not None and rel.lower() != "this":
        ahead = rel.lower() == "next"
        year = ref.year + (ahead and month <= ref.month) - (not ahead and month >= ref.month)
    else:
        return kind, _month_only(month, ref, future)
    return kind, _partial(year, month)


def _month_only(month: int, ref: _dt.date, future: bool) -> PartialDate | None:
    """The month in the reference year, unless that is after it (before it when ``future``)."""
    return _partial(
        ref.year + (future and month < ref.month) - (not future and month > ref.month), month
    )


@functools.lru_cache(maxsize=4096)
def _weekday(name: str, rel: str, ref: _dt.date, future: bool) -> PartialDate:
    """The weekday ``name`` on or before ``ref`` (on or after when ``future``); after "last"
    (``rel``, lowercase) strictly before, after "next" strictly after."""
    which = _WEEKDAYS[WEEKDAY_NAMES.index(name)]
    if rel in ("last", "past"):
        ref, future = ref - _dt.timedelta(days=1), False
    elif rel in ("next", "coming"):
        ref, future = ref + _dt.timedelta(days=1), True
    return PartialDate.from_date(ref + relativedelta(weekday=which(1 if future else -1)))


def _relative(words: str, ref: _dt.date) -> PartialDate | None:
    """ "today", "last month", "earlier this year", ...; "this week" is the reference's month
    (the week the text is written in); another week or weekend gives its month only when it
    lies inside one month, since guessing which would be wrong half the time."""
    if words in _DAY_WORDS:
        return PartialDate.from_date(ref + _dt.timedelta(days=_DAY_WORDS[words]))
    first, unit = words.split()[0], words.split()[-1]
    shift = {"last": -1, "next": 1}.get(first, 0)
    if unit == "year":
        return _partial(ref.year + shift)
    if unit == "month":
        moved = ref + relativedelta(months=shift)
        return PartialDate(year=moved.year, month=moved.month)
    monday = ref - _dt.timedelta(days=ref.weekday())  # ISO weeks run Monday to Sunday
    if unit == "weekend":
        start = monday + _dt.timedelta(days=-2 if first == "last" else 5)
        end = start + _dt.timedelta(days=1)
    elif first == "this":
        return PartialDate(year=ref.year, month=ref.month)
    else:
        start = monday + _dt.timedelta(days=7 * shift)
        end = start + _dt.timedelta(days=6)
        start, end = (ref if first == "later" else start), (ref if first == "earlier" else end)
    if (start.year, start.month) != (end.year, end.month):
        return None
    return PartialDate(year=start.year, month=start.month)


def _dateutil_fallback(phrase: str, ref: _dt.date | None, future: bool) -> PartialDate | None:
    """Other spellings of a date, read by dateutil. Parsing twice with different defaults
    shows which fields the phrase states: those are the ones that agree."""
    if not _HINT.search(phrase):
        return None
    try:
        one = _du_parser.parse(phrase, default=_dt.datetime(2000, 1, 1))
        two = _du_parser.parse(phrase, default=_dt.datetime(2004, 3, 3))
    except (ValueError, OverflowError):
        return None
    year, month, day = (
        a if a == b else None
        for a, b in zip((one.year, one.month, one.day), (two.year, two.month, two.day), strict=True)
    )
    if year is None and month is not None and ref is not None:
        return (
            _month_only(month, ref, future) if day is None else _yearless(month, day, ref, future)
        )
    return _partial(year, month, day) if year is not None or month is not None else None

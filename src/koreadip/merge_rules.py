"""The rules that judge reports of meetings: what a group of them says (:class:`Summary`), when
two contradict (:func:`conflicts`), and what evidence says two are one event (the tiers'
scores).  :mod:`koreadip.merge_meetings` applies them; docs/data-model.md states them.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence

import attrs

from .dates import PartialDate
from .errors import SchemaError
from .names import fold
from .provenance import Documents
from .records import Meeting, MeetingStatus, Modality, Span

__all__ = [
    "CONFLICT",
    "NEAR",
    "RECENT",
    "Conflict",
    "Summary",
    "city_key",
    "conflicts",
    "evidence_score",
    "falls_within",
    "join_all",
    "join_for_conflicts",
    "join_summaries",
    "modality_of",
    "same_day",
    "same_report",
    "shifted",
    "status_of",
    "summarise",
    "unified",
    "unify_dates",
]

#: a plan is reported before the meeting, a meeting held after it: a day's leeway for time zones
_LEEWAY = _dt.timedelta(days=1)
#: reports of a vaguely dated meeting this close in time are news of the same event
NEAR = _dt.timedelta(days=7)
#: a report that gives no year speaks of a meeting this close to when it was published
RECENT = _dt.timedelta(days=31)
_RANK = {MeetingStatus.HELD: 2, MeetingStatus.CANCELLED: 1, MeetingStatus.PLANNED: 0}
_REMOTE = frozenset({Modality.PHONE, Modality.VIDEO})
_PLANNED = MeetingStatus.PLANNED


class Conflict:
    """Two dates no day fits."""

    def __repr__(self) -> str:
        return "CONFLICT"


CONFLICT = Conflict()


# ------------------------------------------------------------------ values of a merged meeting


def unify_dates(a: PartialDate | None, b: PartialDate | None) -> PartialDate | Conflict | None:
    """The date both describe (year, month and day each from whichever knows it), or CONFLICT.

    >>> unify_dates(PartialDate(year=2018), PartialDate(month=12, day=7))
    PartialDate(year=2018, month=12, day=7)
    >>> unify_dates(PartialDate(year=2018, month=6), PartialDate(year=2019))
    CONFLICT
    """
    if a is None or b is None:
        return b if a is None else a
    parts = []
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is not None and y is not None and x != y:
            return CONFLICT
        parts.append(x if x is not None else y)
    try:
        return PartialDate(year=parts[0], month=parts[1], day=parts[2])
    except SchemaError:  # 29 February of a year that has none
        return CONFLICT


def unified(dates: Iterable[PartialDate | None]) -> PartialDate | Conflict | None:
    out: PartialDate | None = None
    for d in dates:
        both = unify_dates(out, d)
        if isinstance(both, Conflict):
            return both
        out = both
    return out


def city_key(location: str | None) -> str | None:
    """A place's comparison key: 'Washington, D.C.' and 'washington' are one city."""
    if location is None:
        return None
    # letters of any script: '서울' is a place, if not one this key can tell is Seoul
    words = re.sub(r"[\W_]+", " ", fold(location.split(",")[0])).split()
    while len(words) > 1 and words[-1] in ("dc", "d", "c", "city"):
        words.pop()
    return " ".join(words) or None


def modality_of(modalities: Iterable[Modality]) -> Modality:
    """In person over video over phone over unknown (in person and remote never meet)."""
    seen = set(modalities)
    for m in (Modality.IN_PERSON, Modality.VIDEO, Modality.PHONE):
        if m in seen:
            return m
    return Modality.UNKNOWN


def status_of(statuses: Iterable[MeetingStatus]) -> MeetingStatus:
    """Held over cancelled over planned.

    A group never holds both held and cancelled, nor a plan reported after the meeting was
    reported held, so this is the status of the latest report: plans come first.
    """
    return max(statuses, key=_RANK.__getitem__)


# ------------------------------------------------------------------ what a group of reports says


@attrs.frozen
class Summary:
    """What a group of reports states, as its merged meeting states it."""

    date: PartialDate | None
    status: MeetingStatus
    modality: Modality
    city: str | None
    participants: frozenset[str]
    countries: frozenset[str]
    sources: frozenset[str]
    documents: frozenset[str]
    evidence: frozenset[Span]
    #: the first and last day the meeting was reported, if any report is dated
    reported: tuple[_dt.date, _dt.date] | None
    #: the days the event can be on, given when it was reported held (before) or planned (after)
    window: tuple[_dt.date | None, _dt.date | None]
    #: by phone or video (True), in person (False), or not said (None)
    remote: bool | None

    @property
    def specific(self) -> bool:
        """Dated at least to a month of a known year."""
        return self.date is not None and self.date.year is not None and self.date.month is not None


def summarise(meeting: Meeting, documents: Documents) -> Summary:
    """The summary of a merged meeting (a group of one): everything the rules look at."""
    days = [d for s in meeting.sources if (d := documents.date(s)) is not None]
    reported = (min(days), max(days)) if days else None
    return Summary(
        date=meeting.date,
        status=meeting.status,
        modality=meeting.modality,
        city=city_key(meeting.location),
        participants=frozenset(p.official_id for p in meeting.participants),
        countries=frozenset(meeting.countries),
        sources=frozenset(meeting.sources),
        documents=documents.documents(meeting.sources),
        evidence=frozenset(meeting.evidence),
        reported=reported,
        window=_window(meeting.status, meeting.date, reported),
        remote=None if meeting.modality is Modality.UNKNOWN else meeting.modality in _REMOTE,
    )


def _window(
    status: MeetingStatus, date: PartialDate | None, reported: tuple[_dt.date, _dt.date] | None
) -> tuple[_dt.date | None, _dt.date | None]:
    """The days a meeting can be on, given when it was reported.

    Each report of a meeting held was published after it, each plan before it (a day's
    leeway either way).  A group's window is its merged meeting's, so a meeting merged before
    is judged as its reports were: one whose day falls outside its own window (a date misread,
    or a plan and the report of it held, which join only on a full day) is not judged by
    windows at all (see :func:`conflicts`).
    """
    if reported is None:
        return None, None
    if status is MeetingStatus.HELD:
        return None, shifted(reported[0], _LEEWAY)
    if status is MeetingStatus.PLANNED:
        return shifted(reported[1], -_LEEWAY), None
    return None, None


def shifted(day: _dt.date, by: _dt.timedelta) -> _dt.date:
    """``day + by``, or the first or last day there is."""
    try:
        return day + by
    except OverflowError:
        return _dt.date.max if by > _dt.timedelta(0) else _dt.date.min


def _joined_time(
    groups: Sequence[Summary],
) -> tuple[PartialDate | None, MeetingStatus, tuple[_dt.date, _dt.date] | None]:
    """The date, status and report window of groups joined."""
    date = unified(s.date for s in groups)
    assert not isinstance(date, Conflict)
    status = status_of(s.status for s in groups)  # the first of the highest rank
    reports = [s.reported for s in groups if s.reported is not None]
    reported = (min(r[0] for r in reports), max(r[1] for r in reports)) if reports else None
    return date, status, reported


def join_summaries(g: Summary, h: Summary) -> Summary:
    """The summary of two groups joined (as :func:`summarise` of their merged meeting)."""
    return join_all((g, h))


def join_all(groups: Sequence[Summary]) -> Summary:
    """The summary of groups joined, as joining them one by one in order
    (:func:`join_summaries`) makes it, without copying the sets of every group so far at each
    step: joining many reports of one event at once took time quadratic in them."""
    date, status, reported = _joined_time(groups)
    return Summary(
        date=date,
        status=status,
        modality=modality_of(s.modality for s in groups),
        city=next((s.city for s in groups if s.city is not None), None),
        participants=frozenset().union(*(s.participants for s in groups)),
        countries=frozenset().union(*(s.countries for s in groups)),
        sources=frozenset().union(*(s.sources for s in groups)),
        documents=frozenset().union(*(s.documents for s in groups)),
        evidence=frozenset().union(*(s.evidence for s in groups)),
        reported=reported,
        window=_window(status, date, reported),
        remote=next((s.remote for s in groups if s.remote is not None), None),
    )


def join_for_conflicts(g: Summary, h: Summary, *, spans: bool = True) -> Summary:
    """:func:`join_summaries` of ``g`` and ``h`` as far as :func:`conflicts` reads it: the
    date, status, report window, city, remoteness, documents and (unless ``spans`` is False:
    the parts of one page, which have no documents, so :func:`conflicts` never reads them)
    spans; the people, sides, sources and modality are ``g``'s.

    Judging whether many groups can be one event joins them one by one: the whole join copied
    the sets of every group so far at each step.
    """
    date, status, reported = _joined_time((g, h))
    documents = g.documents | h.documents if h.documents else g.documents
    return attrs.evolve(
        g,
        date=date,
        status=status,
        city=g.city if g.city is not None else h.city,
        documents=documents,
        evidence=g.evidence | h.evidence if spans else g.evidence,
        reported=reported,
        window=_window(status, date, reported),
        remote=g.remote if g.remote is not None else h.remote,
    )


def _span(date: PartialDate) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day a date can be, or None without a year."""
    if date.year is None:
        return None
    if date.month is None:
        return _dt.date(date.year, 1, 1), _dt.date(date.year, 12, 31)
    if date.day is None:
        following = _dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return _dt.date(date.year, date.month, 1), following - _dt.timedelta(days=1)
    day = _dt.date(date.year, date.month, date.day)
    return day, day


def _fits(date: PartialDate | None, window: tuple[_dt.date | None, _dt.date | None]) -> bool:
    span = None if date is None else _span(date)
    if span is None:
        return True
    lo, hi = window
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


def conflicts(g: Summary, h: Summary) -> bool:
    """True when ``g`` and ``h`` cannot be one event, whatever else they share."""
    if g.documents & h.documents and not g.evidence & h.evidence:
        return True  # one document never reports one event as two (one report seen twice is one)
    date = unify_dates(g.date, h.date)
    if isinstance(date, Conflict):
        return True
    if g.city is not None and h.city is not None and g.city != h.city:
        return True
    if g.remote is not None and h.remote is not None and g.remote is not h.remote:
        return True
    if g.status is not h.status:
        if g.status is not _PLANNED and h.status is not _PLANNED:  # held and cancelled
            return True
        if date is None or not date.is_complete:
            return True  # that a plan is the meeting later held (or called off) needs its day
    lo = _later(g.window[0], h.window[0])
    hi = _earlier(g.window[1], h.window[1])
    if lo is not None and hi is not None and lo > hi:
        return True  # planned in a report published after one that said it was held
    # a date must fall where the other reports' timing allows; a report that contradicts its
    # own timing (a date misread) cannot be judged that way
    return not _fits(date, (lo, hi)) and _fits(g.date, g.window) and _fits(h.date, h.window)


def _later(a: _dt.date | None, b: _dt.date | None) -> _dt.date | None:
    return b if a is None else a if b is None else max(a, b)


def _earlier(a: _dt.date | None, b: _dt.date | None) -> _dt.date | None:
    return b if a is None else a if b is None else min(a, b)


def _near(g: Summary, h: Summary) -> bool:
    """Reported within a week of each other (or either undated): news of the same days."""
    if g.reported is None or h.reported is None:
        return True
    gap = max(g.reported[0], h.reported[0]) - min(g.reported[1], h.reported[1])
    return gap <= NEAR


# ------------------------------------------------------------------ evidence of identity


def evidence_score(g: Summary, h: Summary) -> tuple[int, ...]:
    """How well ``h`` agrees with ``g``: shared people first, then fewer differences."""
    return (
        len(g.participants & h.participants),
        -len(g.participants ^ h.participants),
        g.countries == h.countries,
        g.city is not None and g.city == h.city,
        g.modality is h.modality,
        g.status is h.status,
    )


def same_day(g: Summary, h: Summary) -> bool:
    """Tier 1: the same full day, and a shared participant, or (someone unnamed) the same sides."""
    if g.date is None or not g.date.is_complete or g.date != h.date:
        return False
    if g.participants and h.participants:
        return bool(g.participants & h.participants)
    return g.countries == h.countries


def same_report(g: Summary, h: Summary) -> bool:
    """Tier 2: the same date (or none) and the same people, or, naming nobody, the same sides.

    Unless dated to a month of a known year, the reports must also be from the same week.
    """
    if g.date != h.date or (g.date is not None and g.date.is_complete):
        return False
    if g.participants != h.participants or (not g.participants and g.countries != h.countries):
        return False
    return g.specific or _near(g, h)


def falls_within(g: Summary, h: Summary) -> bool:
    """Tier 3: ``h`` is more precisely dated and has every one of ``g``'s participants.

    A report that gives no year is news of its month: ``h``'s date must lie within a month
    of when ``g`` was reported.
    """
    if not g.participants or not g.participants <= h.participants:
        return False
    if _precision(h.date) <= _precision(g.date):
        return False
    if (g.date is None or g.date.year is None) and g.reported is not None and h.date is not None:
        span = _span(h.date)
        if span is not None and (
            span[1] < shifted(g.reported[0], -RECENT) or span[0] > shifted(g.reported[1], RECENT)
        ):
            return False
    return True


def _precision(date: PartialDate | None) -> int:
    return 0 if date is None else sum(x is not None for x in (date.year, date.month, date.day))

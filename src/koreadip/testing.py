"""Hypothesis strategies for every koreadip record, for your own property tests.

Every strategy is a plural noun and takes keyword-only strategies for the parts you want to
control.  :func:`dossiers` builds whole dossiers that hang together: participants, speakers and
holders name officials of the same dossier, evidence and source lists name its sources, and ids
are unique per record type.  Text is deliberately awkward (Hangul, curly quotes, commas,
semicolons, tabs, newlines, backslashes, emoji, a leading ``=``, ``+``, ``-`` or ``@``) while
still passing the schema's validators.

>>> from hypothesis import given, settings
>>> import koreadip
>>> from koreadip.testing import dossiers
>>> @settings(max_examples=10, database=None)
... @given(dossiers())
... def test_native_json_round_trips(dossier):
...     assert koreadip.loads(koreadip.dumps(dossier)) == dossier
>>> test_native_json_round_trips()

The strategies are also registered for :func:`hypothesis.strategies.from_type` (through
hypothesis's entry point, so ``st.from_type(koreadip.Meeting)`` works without importing this
module).  This module needs the ``testing`` extra: ``pip install koreadip[testing]``.
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, TypeVar

from hypothesis import strategies as st

from ._hypothesis_setup_hook import _hypothesis_setup_hook
from ._testing_slots import SLOT, Slots
from .countries import COUNTRY_CODES
from .dates import PartialDate
from .identifiers import Identifiers
from .records import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    Official,
    Participant,
    Position,
    Source,
    SourceKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    Topic,
)

__all__ = [
    "country_codes",
    "dossiers",
    "identifiers",
    "meetings",
    "officials",
    "partial_dates",
    "participants",
    "positions",
    "sources",
    "spans",
    "statements",
    "texts",
]

T = TypeVar("T")
S = st.SearchStrategy

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_AWKWARD = "“”‘’\"',;:.\\/|<>&%#*()[]{}=+-@·…–—"
_EMOJI = "🇰🇷🇺🇸🕊️🤝📰🚀"
_SPACE = " \t\n\r"
_PREFIXES = ("", "", "=", "+", "-", "@")
_HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
_VISIBLE = st.one_of(st.sampled_from(_PLAIN), st.sampled_from(_AWKWARD + _EMOJI), _HANGUL)
_ANY_CHAR = st.one_of(_VISIBLE, st.sampled_from(_SPACE))
_NAME_PARTS = (
    "Noh", "Kyu-duk", "Kyu-Duk", "Gyu-deok", "Stephen", "Biegun", "Lee", "Do-hoon", "Kim",
    "Jong-un", "Jong", "Un", "Kang", "Kyung-wha", "Mike", "Pompeo", "Moon", "Jae-in", "O'Brien",
)  # fmt: skip
_KNOWN_AWKWARD = (
    '=노규덕, 외교부; "대표"',
    "Seoul, Washington; Pyongyang",
    "+1; a \\ b\nnext line",
    "@Kim\t“quoted”, ‘single’;",
    "-Lee Do-hoon; 이도훈, 😀",
)
_MAX_INNER = 3
_PATHS = ("articles/a.txt", "/data/기사 1.txt", "C:\\a b;c.txt", "=cmd|'x'.txt", "a, b\tc/d.txt")


def texts() -> S[str]:
    """Awkward non-empty text: Hangul, curly quotes, separators, whitespace, formula prefixes.

    Every value has a visible character, so it passes the schema's "non-empty" validators.
    """
    drawn = st.builds(
        lambda prefix, core, rest: prefix + core + rest,
        st.sampled_from(_PREFIXES),
        st.text(_VISIBLE, min_size=1, max_size=4),
        st.text(_ANY_CHAR, max_size=16),
    )
    # the combinations a CSV or iCalendar writer trips on, every so often for certain
    return st.one_of(drawn, drawn, drawn, st.sampled_from(_KNOWN_AWKWARD))


def _ids() -> S[str]:
    slugs = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)
    return st.one_of(slugs, slugs, texts())


def _names() -> S[str]:
    pooled = st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=3).map(" ".join)
    return st.one_of(pooled, pooled, texts())


def _hangul() -> S[str]:
    return st.text(_HANGUL, min_size=2, max_size=4)


def country_codes() -> S[str]:
    """ISO 3166-1 alpha-2 codes, mostly the ones this subject is about."""
    return st.one_of(
        st.sampled_from(("US", "KR", "KP", "JP", "CN")), st.sampled_from(sorted(COUNTRY_CODES))
    )


def _optional(strategy: S[T]) -> S[T | None]:
    return st.none() | strategy


def _tuples(strategy: S[T], *, max_size: int = _MAX_INNER, **kw: Any) -> S[tuple[T, ...]]:
    # st.lists refuses an element strategy with no values, e.g. ids of a dossier with no sources
    if strategy.is_empty:
        return st.just(())
    return st.lists(strategy, max_size=max_size, **kw).map(tuple)


def partial_dates() -> S[PartialDate]:
    """Dates of every precision: ``2018-12-07``, ``2018-12``, ``2018``, ``XXXX-02-29``, ``XXXX-12``.

    >>> from hypothesis import find
    >>> find(partial_dates(), lambda d: d.year is None and d.day == 29).isoformat()
    'XXXX-01-29'
    """
    full = st.dates().map(PartialDate.from_date)
    # 2000 is a leap year, so 29 February appears among the dates with an unknown year
    no_year = st.dates(_dt.date(2000, 1, 1), _dt.date(2000, 12, 31))
    return st.one_of(
        full,
        st.builds(PartialDate, year=st.integers(1, 9999), month=_optional(st.integers(1, 12))),
        no_year.map(lambda d: PartialDate(month=d.month, day=d.day)),
        st.builds(PartialDate, month=st.integers(1, 12)),
    )


def spans(*, source_ids: S[str] | None = None) -> S[Span]:
    """Evidence spans ``start <= end`` into the text of a source drawn from ``source_ids``."""
    return st.builds(
        lambda sid, start, length: Span(source_id=sid, start=start, end=start + length),
        source_ids if source_ids is not None else _ids(),
        st.integers(0, 10**6),
        st.integers(0, 2000),
    )


def _published() -> S[_dt.date | _dt.datetime | None]:
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: _dt.timezone(_dt.timedelta(minutes=m)))
    return st.one_of(
        st.none(),
        st.dates(),
        st.datetimes(),
        st.datetimes(timezones=st.just(_dt.UTC) | offsets),
    )


def sources(*, ids: S[str] | None = None, source_ids: S[str] | None = None) -> S[Source]:
    """Sources of every kind; ``cites`` are drawn from ``source_ids``."""
    return st.builds(
        Source,
        id=ids if ids is not None else _ids(),
        kind=st.sampled_from(SourceKind),
        publisher=_optional(texts()),
        title=_optional(texts()),
        authors=_tuples(_names()),
        published=_published(),
        language=st.sampled_from(("en", "ko", "ko-Latn", "en-US")) | texts(),
        url=_optional(
            st.sampled_from(("https://example.org/a?b=1&c=2", "http://x.kr/가")) | texts()
        ),
        format=_optional(st.sampled_from(("wire", "state_department", "digest")) | texts()),
        cites=_tuples(source_ids if source_ids is not None else _ids()),
        # a few awkward paths: drawing free text here makes whole dossiers too costly to draw
        path=_optional(st.sampled_from(_PATHS)),
        reference_date=_optional(st.dates()),
    )


_SCHEMES = ("viaf", "isni", "x-local.id", "freebase")


def identifiers() -> S[Identifiers]:
    """External identifiers: a Wikidata item id or not, and other schemes with awkward values."""
    wikidata = st.integers(1, 10**9).map(lambda n: f"Q{n}")
    others = st.dictionaries(st.sampled_from(_SCHEMES), texts(), max_size=2)
    return st.builds(
        lambda item, rest: Identifiers(rest if item is None else {**rest, "wikidata": item}),
        _optional(wikidata),
        others,
    )


def officials(
    *,
    ids: S[str] | None = None,
    names: S[str] | None = None,
    source_ids: S[str] | None = None,
    identifiers: S[Identifiers] | None = None,
) -> S[Official]:
    """Officials whose names come from a small pool of (re)spellings, or are awkward text."""
    names = names if names is not None else _names()
    return st.builds(
        Official,
        id=ids if ids is not None else _ids(),
        name=names,
        aliases=_tuples(names),
        country=_optional(country_codes()),
        title=_optional(texts()),
        organization=_optional(texts()),
        korean_name=_optional(_hangul()),
        identifiers=identifiers if identifiers is not None else _identifiers_or_none(),
        evidence=_tuples(spans(source_ids=source_ids), max_size=2),
    )


def _identifiers_or_none() -> S[Identifiers]:
    # most officials a parser reads have none
    return st.one_of(st.just(Identifiers()), identifiers())


def participants(*, official_ids: S[str] | None = None) -> S[Participant]:
    """Meeting participants: an official's id and, perhaps, a role."""
    return st.builds(
        Participant,
        official_id=official_ids if official_ids is not None else _ids(),
        role=_optional(st.sampled_from(("co-chair", "head of delegation")) | texts()),
    )


def meetings(
    *,
    ids: S[str] | None = None,
    official_ids: S[str] | None = None,
    source_ids: S[str] | None = None,
    dates: S[PartialDate | None] | None = None,
) -> S[Meeting]:
    """Meetings with at most one participant entry per official."""
    return st.builds(
        Meeting,
        id=ids if ids is not None else _ids(),
        title=_optional(texts()),
        date=dates if dates is not None else _optional(partial_dates()),
        status=st.sampled_from(MeetingStatus),
        modality=st.sampled_from(Modality),
        location=_optional(st.sampled_from(("Seoul", "Washington", "서울")) | texts()),
        participants=_tuples(participants(official_ids=official_ids), unique_by=_official_id),
        countries=_tuples(country_codes()),
        topics=_tuples(st.sampled_from(Topic)),
        duration_minutes=_optional(st.integers(1, 10_000)),
        sources=_tuples(source_ids if source_ids is not None else _ids()),
        evidence=_tuples(spans(source_ids=source_ids), max_size=2),
    )


def _official_id(participant: Participant) -> str:
    return participant.official_id


def statements(
    *,
    ids: S[str] | None = None,
    official_ids: S[str] | None = None,
    meeting_ids: S[str] | None = None,
    source_ids: S[str] | None = None,
) -> S[Statement]:
    """Quotes, paraphrases, transcript turns and questions, attributed or not."""
    return st.builds(
        Statement,
        id=ids if ids is not None else _ids(),
        text=texts(),
        speaker_id=_optional(official_ids if official_ids is not None else _ids()),
        speaker=_optional(texts()),
        kind=st.sampled_from(StatementKind),
        date=_optional(partial_dates()),
        meeting_id=_optional(meeting_ids if meeting_ids is not None else _ids()),
        via=_optional(st.sampled_from(("News 1", "Yonhap", "연합뉴스")) | texts()),
        sources=_tuples(source_ids if source_ids is not None else _ids()),
        evidence=_tuples(spans(source_ids=source_ids), max_size=2),
    )


def positions(
    *,
    ids: S[str] | None = None,
    holders: S[str] | None = None,
    source_ids: S[str] | None = None,
) -> S[Position]:
    """Stances on topics, held by an official id or a country code drawn from ``holders``."""
    return st.builds(
        Position,
        id=ids if ids is not None else _ids(),
        holder=holders if holders is not None else (_ids() | country_codes()),
        topic=st.sampled_from(Topic),
        stance=st.sampled_from(Stance),
        summary=_optional(texts()),
        date=_optional(partial_dates()),
        sources=_tuples(source_ids if source_ids is not None else _ids()),
        evidence=_tuples(spans(source_ids=source_ids), max_size=2),
    )


# A dossier's records are drawn from strategies built once, whose references are placeholder
# slots; the slots are then resolved to the dossier's own ids.  Building strategies per dossier
# (sampled_from its ids) made generation several times slower.
_SLOTS = st.integers(0, 7).map(lambda k: f"{SLOT}{k}")


@functools.lru_cache(maxsize=16)
def _slotted(
    names: S[str] | None, meeting_dates: S[PartialDate | None] | None
) -> tuple[S[Source], S[Official], S[Meeting], S[Statement], S[Position]]:
    return (
        sources(ids=_SLOTS, source_ids=_SLOTS),
        officials(ids=_SLOTS, names=names, source_ids=_SLOTS),
        meetings(ids=_SLOTS, official_ids=_SLOTS, source_ids=_SLOTS, dates=meeting_dates),
        statements(ids=_SLOTS, official_ids=_SLOTS, meeting_ids=_SLOTS, source_ids=_SLOTS),
        positions(ids=_SLOTS, holders=_SLOTS | country_codes(), source_ids=_SLOTS),
    )


@st.composite
def _dossiers(
    draw: Any,
    ids: S[str],
    names: S[str] | None,
    meeting_dates: S[PartialDate | None] | None,
    max_records: int,
) -> Dossier:
    unique_ids = st.lists(ids, unique=True, max_size=max_records)
    the_ids: list[list[str]] = [draw(unique_ids) for _ in range(5)]
    slots = Slots(sources=the_ids[0], officials=the_ids[1], meetings=the_ids[2])
    records = [
        [slots.resolve(draw(strategy), i) for i in kind_ids]
        for strategy, kind_ids in zip(_slotted(names, meeting_dates), the_ids, strict=True)
    ]
    return Dossier(
        sources=records[0],
        officials=records[1],
        meetings=records[2],
        statements=records[3],
        positions=records[4],
    )


def dossiers(
    *,
    ids: S[str] | None = None,
    names: S[str] | None = None,
    meeting_dates: S[PartialDate | None] | None = None,
    max_records: int = 4,
) -> S[Dossier]:
    """Referentially consistent dossiers of up to ``max_records`` records of each type.

    Participants, speakers and official holders are officials of the dossier; a statement's
    meeting is one of its meetings; evidence, ``sources`` and ``cites`` name its sources.  Pass a
    small ``ids`` strategy (``st.sampled_from("abc")``) to make two dossiers share ids, and
    ``names`` or ``meeting_dates`` to steer officials' names and meetings' dates.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, database=None)
    ... @given(dossiers(ids=st.sampled_from("abc")))
    ... def test_participants_are_officials(d):
    ...     officials = {o.id for o in d.officials}
    ...     assert all(p.official_id in officials for m in d.meetings for p in m.participants)
    >>> test_participants_are_officials()
    """
    return _dossiers(ids if ids is not None else _ids(), names, meeting_dates, max_records)


_hypothesis_setup_hook()

"""The schema: frozen, slotted, keyword-only attrs records, validated where they are built.

Every record read from text keeps its evidence as :class:`Span` objects: character offsets into
the text of the source it came from.  Collections are tuples, so records hash and compare by value.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from .countries import is_country_code
from .dates import PartialDate
from .errors import SchemaError
from .identifiers import Identifiers

__all__ = [
    "Dossier",
    "Meeting",
    "MeetingStatus",
    "Modality",
    "Official",
    "Participant",
    "Position",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "Statement",
    "StatementKind",
    "Topic",
]


class SourceKind(enum.Enum):
    """What kind of text a source is."""

    NEWS_ARTICLE = "news_article"
    PRESS_RELEASE = "press_release"
    READOUT = "readout"
    TRANSCRIPT = "transcript"
    SUMMARY = "summary"
    TRANSLATION = "translation"
    OTHER = "other"


class MeetingStatus(enum.Enum):
    """Whether a meeting took place, is to take place, or was called off."""

    HELD = "held"
    PLANNED = "planned"
    CANCELLED = "cancelled"


class Modality(enum.Enum):
    """How the participants met."""

    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    UNKNOWN = "unknown"


class StatementKind(enum.Enum):
    """A direct quote, a paraphrase, a transcript turn, or a reporter's question."""

    QUOTE = "quote"
    PARAPHRASE = "paraphrase"
    TRANSCRIPT_TURN = "transcript_turn"
    QUESTION = "question"


class Stance(enum.Enum):
    """A holder's stance on a topic."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    MIXED = "mixed"


class Topic(enum.Enum):
    """The controlled vocabulary of policy topics."""

    DENUCLEARIZATION = "denuclearization"
    SANCTIONS = "sanctions"
    INTER_KOREAN_COOPERATION = "inter_korean_cooperation"
    HUMAN_RIGHTS = "human_rights"
    WORKING_GROUP = "working_group"
    DIALOGUE = "dialogue"
    ALLIANCE = "alliance"
    HUMANITARIAN_AID = "humanitarian_aid"
    MILITARY_EXERCISES = "military_exercises"
    DETERRENCE = "deterrence"
    TRILATERAL_COOPERATION = "trilateral_cooperation"


# ------------------------------------------------------------------ validators


def _fail(inst: Any, attribute: attrs.Attribute[Any], reason: str) -> SchemaError:
    return SchemaError(f"{type(inst).__name__}.{attribute.name}", reason)


def _non_empty(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail(inst, attribute, "must be a non-empty string")


# The validators below run for every field of every record built (tens of thousands a page):
# each does its test inline, calling out only to raise.


def _optional_non_empty(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and value.strip()):
        _non_empty(inst, attribute, value)


def _country(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and is_country_code(value)):
        raise _fail(inst, attribute, f"{value!r} is not an ISO 3166-1 alpha-2 country code")


def _countries(inst: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not isinstance(value, tuple):
        _sequence(inst, attribute, value)
    for code in value:
        if not (isinstance(code, str) and is_country_code(code)):
            _country(inst, attribute, code)


def _sequence(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise _fail(inst, attribute, f"expected a sequence, got {type(value).__name__}")


def _strings(inst: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not isinstance(value, tuple):
        _sequence(inst, attribute, value)
    for item in value:
        if not (isinstance(item, str) and item.strip()):
            _non_empty(inst, attribute, item)


def _instances(kind: type) -> Callable[[Any, attrs.Attribute[Any], tuple[Any, ...]], None]:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        if not isinstance(value, tuple):
            _sequence(inst, attribute, value)
        for item in value:
            if not isinstance(item, kind):
                raise _fail(inst, attribute, f"expected {kind.__name__}, got {type(item).__name__}")

    return check


def _enum(kind: type[enum.Enum]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise _fail(inst, attribute, f"{value!r} is not a {kind.__name__}")

    return check


def _optional_instance(
    kind: type | tuple[type, ...],
) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            raise _fail(inst, attribute, f"unexpected {type(value).__name__}")

    return check


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    if type(value) is tuple:
        return value
    # text is left as it is, for the field's validator to refuse by name
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]
    return tuple(value)


def _strings_field(**kw: Any) -> Any:
    return attrs.field(factory=tuple, converter=_tuple, validator=_strings, **kw)


def _identifiers(value: Any) -> Any:
    if type(value) is Identifiers:
        return value
    if not isinstance(value, Mapping):
        return value  # for the validator to refuse by name
    try:
        return Identifiers(value)
    except SchemaError as e:
        raise SchemaError(f"Official.{e.path}", e.reason) from None


# an official with no identifiers shares this one (immutable) instead of building its own
_NO_IDENTIFIERS = Identifiers()


def _no_identifiers() -> Identifiers:
    return _NO_IDENTIFIERS


def _identifiers_check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Identifiers):
        raise _fail(inst, attribute, f"expected a mapping of scheme to id, got {value!r}")


def _evidence_field() -> Any:
    return attrs.field(factory=tuple, converter=_tuple, validator=_instances(Span))


# ------------------------------------------------------------------ records


@attrs.frozen(slots=True, kw_only=True)
class Span:
    """Evidence: characters ``start``..``end`` of the text of source ``source_id``."""

    source_id: str = attrs.field(validator=_non_empty)
    start: int = attrs.field()
    end: int = attrs.field()

    @start.validator
    def _check_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise _fail(self, attribute, f"{value!r} must be a non-negative integer")

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < self.start:
            raise _fail(self, attribute, f"{value!r} ends before start {self.start}")


@attrs.frozen(slots=True, kw_only=True)
class Source:
    """A document, or one part of one: an article, a media note, a transcript."""

    id: str = attrs.field(validator=_non_empty)
    kind: SourceKind = attrs.field(default=SourceKind.NEWS_ARTICLE, validator=_enum(SourceKind))
    publisher: str | None = attrs.field(default=None, validator=_optional_non_empty)
    title: str | None = attrs.field(default=None, validator=_optional_non_empty)
    authors: tuple[str, ...] = _strings_field()
    published: _dt.datetime | _dt.date | None = attrs.field(
        default=None, validator=_optional_instance((_dt.datetime, _dt.date))
    )
    language: str = attrs.field(default="en", validator=_non_empty)
    url: str | None = attrs.field(default=None, validator=_optional_non_empty)
    format: str | None = attrs.field(default=None, validator=_optional_non_empty)
    cites: tuple[str, ...] = _strings_field()
    path: str | None = attrs.field(default=None, validator=_optional_non_empty)
    reference_date: _dt.date | None = attrs.field(
        default=None, validator=_optional_instance(_dt.date)
    )


@attrs.frozen(slots=True, kw_only=True)
class Official:
    """A named government official (leaders included)."""

    id: str = attrs.field(validator=_non_empty)
    name: str = attrs.field(validator=_non_empty)
    aliases: tuple[str, ...] = _strings_field()
    country: str | None = attrs.field(default=None, validator=_country)
    title: str | None = attrs.field(default=None, validator=_optional_non_empty)
    organization: str | None = attrs.field(default=None, validator=_optional_non_empty)
    korean_name: str | None = attrs.field(default=None, validator=_optional_non_empty)
    #: scheme -> id in that scheme, e.g. ``{"wikidata": "Q..."}`` (:mod:`koreadip.identifiers`)
    identifiers: Identifiers = attrs.field(
        factory=_no_identifiers, converter=_identifiers, validator=_identifiers_check
    )
    evidence: tuple[Span, ...] = _evidence_field()


@attrs.frozen(slots=True, kw_only=True)
class Participant:
    """An official taking part in a meeting, with a role such as ``co-chair``."""

    official_id: str = attrs.field(validator=_non_empty)
    role: str | None = attrs.field(default=None, validator=_optional_non_empty)


@attrs.frozen(slots=True, kw_only=True)
class Meeting:
    """A meeting, call, video conference, round of talks or summit."""

    id: str = attrs.field(validator=_non_empty)
    title: str | None = attrs.field(default=None, validator=_optional_non_empty)
    date: PartialDate | None = attrs.field(default=None, validator=_optional_instance(PartialDate))
    status: MeetingStatus = attrs.field(default=MeetingStatus.HELD, validator=_enum(MeetingStatus))
    modality: Modality = attrs.field(default=Modality.UNKNOWN, validator=_enum(Modality))
    location: str | None = attrs.field(default=None, validator=_optional_non_empty)
    participants: tuple[Participant, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_instances(Participant)
    )
    countries: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple, validator=_countries)
    topics: tuple[Topic, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_instances(Topic)
    )
    duration_minutes: int | None = attrs.field(default=None)
    sources: tuple[str, ...] = _strings_field()
    evidence: tuple[Span, ...] = _evidence_field()
    #: how many distinct sources report it; derived from ``sources``, never passed
    source_count: int = attrs.field(init=False)

    @source_count.default
    def _count_sources(self) -> int:
        return len(set(self.sources))

    @duration_minutes.validator
    def _check_duration(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value <= 0
        ):
            raise _fail(self, attribute, f"{value!r} must be a positive number of minutes")


@attrs.frozen(slots=True, kw_only=True)
class Statement:
    """Something an official, an institution or a source said, or a transcript turn."""

    id: str = attrs.field(validator=_non_empty)
    text: str = attrs.field(validator=_non_empty)
    speaker_id: str | None = attrs.field(default=None, validator=_optional_non_empty)
    speaker: str | None = attrs.field(default=None, validator=_optional_non_empty)
    kind: StatementKind = attrs.field(default=StatementKind.QUOTE, validator=_enum(StatementKind))
    date: PartialDate | None = attrs.field(default=None, validator=_optional_instance(PartialDate))
    meeting_id: str | None = attrs.field(default=None, validator=_optional_non_empty)
    via: str | None = attrs.field(default=None, validator=_optional_non_empty)
    sources: tuple[str, ...] = _strings_field()
    evidence: tuple[Span, ...] = _evidence_field()


@attrs.frozen(slots=True, kw_only=True)
class Position:
    """A stance on a policy topic held by an official (its id) or a country (its code)."""

    id: str = attrs.field(validator=_non_empty)
    holder: str = attrs.field(validator=_non_empty)
    topic: Topic = attrs.field(validator=_enum(Topic))
    stance: Stance = attrs.field(default=Stance.SUPPORT, validator=_enum(Stance))
    summary: str | None = attrs.field(default=None, validator=_optional_non_empty)
    date: PartialDate | None = attrs.field(default=None, validator=_optional_instance(PartialDate))
    sources: tuple[str, ...] = _strings_field()
    evidence: tuple[Span, ...] = _evidence_field()


@attrs.frozen(slots=True, kw_only=True)
class Dossier:
    """Everything read from one or more sources: what every parser returns and exporters take."""

    sources: tuple[Source, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_instances(Source)
    )
    officials: tuple[Official, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_instances(Official)
    )
    meetings: tuple[Meeting, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_instances(Meeting)
    )
    statements: tuple[Statement, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_instances(Statement)
    )
    positions: tuple[Position, ...] = attrs.field(
        factory=tuple, converter=_tuple, validator=_instances(Position)
    )

    def merge(self, *others: Dossier) -> Dossier:
        """Join dossiers: one official per person, one meeting per event, however many reports.

        Officials are the same person when they share an id or a name key (family-name order
        and hyphens ignored); two reports are one meeting only when nothing they state
        contradicts (date, city, in person or remote, held or cancelled) and they share
        evidence of identity, such as the same day and a participant (see :mod:`koreadip.merge`
        for every rule).  A merged meeting keeps every source that reported it.

        >>> a = Dossier(officials=[Official(id="noh-kyu-duk", name="Noh Kyu-duk")])
        >>> b = Dossier(officials=[Official(id="kyu-duk-noh", name="Kyu-Duk Noh")])
        >>> [o.aliases for o in a.merge(b).officials]
        [('Kyu-Duk Noh',)]
        """
        from .merge import merge_dossiers

        return merge_dossiers((self, *others))

    def official(self, official_id: str) -> Official | None:
        """The official with this id, or None."""
        return next((o for o in self.officials if o.id == official_id), None)

"""The schema: records refuse bad values where they are built, and are frozen and hashable."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from koreadip import (
    Dossier,
    KoreadipError,
    Meeting,
    MeetingStatus,
    Official,
    PartialDate,
    Participant,
    Position,
    SchemaError,
    Source,
    Span,
    Statement,
    Topic,
)

RECORD_TYPES = [Span, Source, Official, Participant, Meeting, Statement, Position, Dossier]


VALID: dict[type[Any], dict[str, Any]] = {
    Span: {"source_id": "s", "start": 3, "end": 9},
    Source: {"id": "s"},
    Official: {"id": "x", "name": "Kim Jong Un"},
    Meeting: {"id": "m"},
    Statement: {"id": "q", "text": "“Yes,” he said"},
    Position: {"id": "p", "holder": "KR", "topic": Topic.SANCTIONS},
}
A_SPAN = Span(source_id="s", start=0, end=3)


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [
        pytest.param(Official, "country", "XX", id="country-code"),
        pytest.param(Official, "country", "kr", id="lowercase-country"),
        pytest.param(Meeting, "countries", ["US", "EU"], id="country-in-list"),
        pytest.param(Official, "name", "", id="empty-name"),
        pytest.param(Official, "name", " \n\t", id="blank-name"),
        pytest.param(Official, "id", "", id="empty-id"),
        pytest.param(Official, "aliases", ["Kim Jong-un", " "], id="blank-alias"),
        pytest.param(Official, "aliases", ["Kim Jong-un", 3], id="non-text-alias"),
        pytest.param(Official, "title", " ", id="blank-optional-title"),
        pytest.param(Official, "title", 3, id="non-text-optional-title"),
        pytest.param(Meeting, "countries", ["US", 7], id="number-in-countries"),
        pytest.param(Statement, "text", "", id="empty-text"),
        pytest.param(Span, "end", 2, id="span-ends-before-start"),
        pytest.param(Span, "start", -1, id="negative-start"),
        pytest.param(Span, "start", True, id="bool-start"),
        pytest.param(Official, "evidence", [A_SPAN, (0, 3)], id="non-span-evidence"),
        pytest.param(Meeting, "evidence", ["s:0-3"], id="text-evidence"),
        pytest.param(Meeting, "status", "held", id="enum-as-text"),
        pytest.param(Meeting, "modality", MeetingStatus.HELD, id="wrong-enum"),
        pytest.param(Position, "topic", "sanctions", id="topic-as-text"),
        pytest.param(Meeting, "topics", ["alliance"], id="topic-in-list"),
        pytest.param(Meeting, "date", "2018-12-07", id="date-as-text"),
        pytest.param(Meeting, "duration_minutes", 0, id="zero-minutes"),
        pytest.param(Meeting, "participants", [Official(id="x", name="X Y")], id="not-participant"),
        pytest.param(Source, "published", "2018-12-07", id="published-as-text"),
    ],
)
def test_invalid_value_raises_a_schema_error_naming_the_field(
    cls: type[Any], field: str, value: Any
) -> None:
    cls(**VALID[cls])  # the valid base builds
    with pytest.raises(SchemaError) as caught:
        cls(**{**VALID[cls], field: value})
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, KoreadipError)
    assert caught.value.path == f"{cls.__name__}.{field}"
    assert str(caught.value).startswith(f"{cls.__name__}.{field}: ")


@pytest.mark.parametrize(
    ("parts", "field"),
    [
        pytest.param({"year": 2019, "month": 2, "day": 30}, "day", id="30-february"),
        pytest.param({"year": 2019, "month": 2, "day": 29}, "day", id="29-february-2019"),
        pytest.param({"year": 2018, "month": 4, "day": 31}, "day", id="31-april"),
        pytest.param({"year": 2018, "month": 13}, "month", id="month-13"),
        pytest.param({"year": 0}, "year", id="year-0"),
        pytest.param({"year": 2018, "day": 7}, "day", id="day-without-month"),
        pytest.param({}, "year", id="nothing-known"),
    ],
)
def test_impossible_partial_date_raises_a_schema_error_naming_the_part(
    parts: dict[str, int], field: str
) -> None:
    with pytest.raises(SchemaError, match=f"^{field}: "):
        PartialDate(**parts)


def test_29_february_is_allowed_when_the_year_is_unknown_or_leap() -> None:
    assert PartialDate(month=2, day=29).isoformat() == "XXXX-02-29"
    assert PartialDate(year=2020, month=2, day=29).to_date() == dt.date(2020, 2, 29)


def test_text_where_a_tuple_belongs_names_the_field() -> None:
    with pytest.raises(SchemaError, match=r"^Official\.aliases: "):
        Official(id="x", name="X Y", aliases="Y X")  # type: ignore[arg-type]


def test_collections_become_tuples() -> None:
    official = Official(id="x", name="X Y", aliases=["Y X"], evidence=iter([]))
    assert official.aliases == ("Y X",)
    assert official.evidence == ()


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_records_are_frozen(cls: type[Any], data: st.DataObject) -> None:
    record = data.draw(st.from_type(cls))
    field = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, getattr(record, field))
    assert not hasattr(record, "__dict__")  # slotted


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_records_are_hashable_and_equal_copies_hash_alike(
    cls: type[Any], data: st.DataObject
) -> None:
    record = data.draw(st.from_type(cls))
    copy = attrs.evolve(record)
    assert copy == record
    assert hash(copy) == hash(record)
    assert len({record, copy}) == 1


def test_records_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Span("s", 0, 3)  # type: ignore[misc]


def test_dossier_finds_an_official_by_id() -> None:
    noh = Official(id="noh-kyu-duk", name="Noh Kyu-duk")
    dossier = Dossier(officials=[noh])
    assert dossier.official("noh-kyu-duk") is noh
    assert dossier.official("nobody") is None


def test_topics_and_positions_accept_the_controlled_vocabulary() -> None:
    position = Position(id="p", holder="US", topic=Topic.DENUCLEARIZATION)
    assert position.topic.value == "denuclearization"

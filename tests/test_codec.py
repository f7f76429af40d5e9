"""The codec: every record round-trips through plain data and native JSON; bad input is named."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import koreadip
from koreadip import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    Official,
    Participant,
    Position,
    SchemaError,
    Source,
    SourceKind,
    Span,
    Stance,
    Statement,
    Topic,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from koreadip.testing import dossiers

RECORD_TYPES = [Span, Source, Official, Participant, Meeting, Statement, Position, Dossier]
ISO_DATE = re.compile(r"(\d{4}|XXXX)(-\d{2}(-\d{2})?)?")


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_every_record_round_trips_through_plain_data(cls: type[Any], data: st.DataObject) -> None:
    record = data.draw(st.from_type(cls))
    assert from_dict(to_dict(record), type(record)) == record


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_every_record_round_trips_through_native_json(cls: type[Any], data: st.DataObject) -> None:
    record = data.draw(st.from_type(cls))
    assert loads(dumps(record), type(record)) == record


@given(dossiers())
def test_dumps_is_plain_json_of_to_dict(dossier: Dossier) -> None:
    assert json.loads(dumps(dossier)) == to_dict(dossier)
    assert json.loads(dumps(dossier, indent=None)) == to_dict(dossier)


def _values(enum: Any) -> set[str]:
    return {member.value for member in enum}


@given(dossiers())
def test_native_json_carries_the_contract_keys(dossier: Dossier) -> None:
    data = json.loads(dumps(dossier))
    for s in data["sources"]:
        assert s["kind"] in _values(SourceKind)
        assert "publisher" in s
    for o in data["officials"]:
        assert {"id", "name", "aliases", "country", "title"} <= o.keys()
        assert isinstance(o["aliases"], list)
    for m in data["meetings"]:
        assert m["date"] is None or ISO_DATE.fullmatch(m["date"])
        assert m["status"] in _values(MeetingStatus)
        assert m["modality"] in _values(Modality)
        assert "location" in m
        assert all(set(p) >= {"official_id"} for p in m["participants"])
        assert isinstance(m["countries"], list)
    for s in data["statements"]:
        assert {"speaker_id", "speaker", "text"} <= s.keys()
    for p in data["positions"]:
        assert p["topic"] in _values(Topic)
        assert p["stance"] in _values(Stance)
        assert "holder" in p


def test_enums_are_lowercase_values_and_dates_iso_text() -> None:
    dossier = Dossier(
        meetings=[
            Meeting(
                id="m",
                date=koreadip.PartialDate(year=2018, month=12),
                status=MeetingStatus.PLANNED,
                modality=Modality.VIDEO,
                topics=[Topic.HUMAN_RIGHTS],
            )
        ],
        sources=[Source(id="s", kind=SourceKind.PRESS_RELEASE)],
    )
    data = to_dict(dossier)
    meeting = data["meetings"][0]
    assert (meeting["date"], meeting["status"], meeting["modality"], meeting["topics"]) == (
        "2018-12",
        "planned",
        "video",
        ["human_rights"],
    )
    assert data["sources"][0]["kind"] == "press_release"


# ------------------------------------------------------------------ malformed documents

VALID: dict[str, Any] = {
    "sources": [{"id": "s1", "kind": "news_article", "publisher": "UPI"}],
    "officials": [{"id": "noh", "name": "Noh Kyu-duk", "country": "KR"}],
    "meetings": [
        {"id": f"m{i}", "date": "2018-12-07", "participants": [{"official_id": "noh"}]}
        for i in range(4)
    ],
    "statements": [{"id": "q", "text": "“Close coordination,” he said", "speaker_id": "noh"}],
    "positions": [{"id": "p", "holder": "KR", "topic": "sanctions", "stance": "support"}],
}


MISSING = object()


def _path_text(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)[1:]


def test_the_valid_document_loads() -> None:
    assert len(from_dict(VALID).meetings) == 4


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param(("meetings", 3, "date"), "2018-02-30", id="30-february"),
        pytest.param(("meetings", 3, "date"), "Dec. 7", id="date-not-iso"),
        pytest.param(("meetings", 3, "status"), "postponed", id="bad-enum"),
        pytest.param(("meetings", 3, "modality"), "VIDEO", id="enum-by-name"),
        pytest.param(("sources", 0, "kind"), "blog", id="bad-source-kind"),
        pytest.param(("meetings", 3, "title"), 5, id="number-for-text"),
        pytest.param(("meetings", 3, "duration_minutes"), "90", id="text-for-number"),
        pytest.param(("officials", 0, "name"), MISSING, id="missing-name"),
        pytest.param(("positions", 0, "topic"), MISSING, id="missing-topic"),
        pytest.param(("officials", 0, "country"), "XX", id="bad-country"),
        pytest.param(("meetings", 3, "countries"), ["US", "ZZ"], id="bad-country-in-list"),
        pytest.param(("officials", 0, "name"), "  ", id="blank-name"),
        pytest.param(("sources", 0, "published"), "yesterday", id="bad-published"),
        pytest.param(("meetings", 2), 7, id="record-not-an-object"),
    ],
)
def test_malformed_document_names_the_bad_field(path: tuple[str | int, ...], value: Any) -> None:
    doc = copy.deepcopy(VALID)
    *parents, last = path
    parent: Any = doc
    for step in parents:
        parent = parent[step]
    if value is MISSING:
        del parent[last]
    else:
        parent[last] = value
    expected = _path_text(path)
    for load in (lambda: from_dict(doc), lambda: loads(json.dumps(doc))):
        with pytest.raises(SchemaError) as caught:
            load()
        assert caught.value.path == expected
        assert str(caught.value).startswith(f"{expected}: ")


def test_a_span_ending_before_it_starts_names_its_end() -> None:
    doc = copy.deepcopy(VALID)
    doc["officials"][0]["evidence"] = [{"source_id": "s1", "start": 9, "end": 2}]
    with pytest.raises(SchemaError, match=re.escape("officials[0].evidence[0].end")):
        from_dict(doc)


def test_text_where_a_list_belongs_is_refused_under_that_field() -> None:
    doc = copy.deepcopy(VALID)
    doc["meetings"][3]["participants"] = "noh"
    with pytest.raises(SchemaError) as caught:
        from_dict(doc)
    assert caught.value.path.startswith("meetings[3].participants")


@pytest.mark.parametrize("text", ["[]", '"dossier"', "null", "42"])
def test_non_object_json_is_a_schema_error(text: str) -> None:
    with pytest.raises(SchemaError, match="expected a JSON object"):
        loads(text)


@pytest.mark.parametrize("text", ["{", "", '{"sources": [}', b"\xff\xfe{"])
def test_invalid_json_is_a_schema_error(text: str | bytes) -> None:
    with pytest.raises(SchemaError, match="not JSON"):
        loads(text)


def test_schema_errors_are_value_errors_and_koreadip_errors() -> None:
    with pytest.raises(ValueError, match="meetings"):
        from_dict({"meetings": [{"id": "m"}, {"id": "n", "date": 2018}]})
    with pytest.raises(koreadip.KoreadipError):
        from_dict([], Dossier)  # type: ignore[arg-type]

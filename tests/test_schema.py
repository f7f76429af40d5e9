"""The JSON Schema of the native JSON: valid, generated from the records, admits what koreadip
writes and refuses what it would not read."""

from __future__ import annotations

import copy
import datetime
import doctest
import json
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

import koreadip
from koreadip import records, schema
from koreadip.cli import main
from koreadip.schema import json_schema
from koreadip.testing import dossiers

ROOT = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def errors(document: Any) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(document)]


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_module_examples_run() -> None:
    assert doctest.testmod(schema, optionflags=doctest.ELLIPSIS).failed == 0


@settings(max_examples=150, deadline=None)
@given(d=dossiers())
def test_every_generated_dossier_validates(d: koreadip.Dossier) -> None:
    assert errors(json.loads(koreadip.dumps(d))) == []


@pytest.mark.parametrize("path", sorted((ROOT / "examples" / "articles").glob("*.txt")))
def test_the_parse_of_each_example_article_validates(path: Path) -> None:
    assert errors(json.loads(koreadip.dumps(koreadip.parse_file(path)))) == []


def test_every_field_of_every_record_is_in_the_schema() -> None:
    # the schema follows the records: a field added to a record class appears without an edit
    defs = json_schema()["$defs"]
    classes = [getattr(records, n) for n in records.__all__ if attrs.has(getattr(records, n))]
    for cls in classes:
        fields = {f.name for f in attrs.fields(cls)}
        where = json_schema()["properties"] if cls is koreadip.Dossier else defs[cls.__name__]
        props = where if cls is koreadip.Dossier else where["properties"]
        assert set(props) == fields, cls.__name__
        # a derived field (init=False, like Meeting.source_count) is written, never read
        derived = {f.name for f in attrs.fields(cls) if not f.init}
        assert {n for n in props if props[n].get("readOnly")} == derived, cls.__name__
        if cls is not koreadip.Dossier:
            required = {f.name for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING}
            assert set(where.get("required", [])) == required, cls.__name__


def test_a_field_added_to_a_record_appears_in_the_schema() -> None:
    @attrs.frozen(kw_only=True)
    class Extra:
        id: str = attrs.field(validator=records._non_empty)
        note: str | None = None
        tags: tuple[str, ...] = ()
        scores: dict[str, int] = attrs.field(factory=dict)

    builder = schema._Builder()
    assert builder.record(Extra) == {"$ref": "#/$defs/Extra"}
    made = builder.defs["Extra"]
    assert made["required"] == ["id"]
    assert made["properties"] == {
        "id": {"$ref": "#/$defs/Text"},
        "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "scores": {"type": "object", "additionalProperties": {"type": "integer"}},
    }
    assert typing.get_type_hints(Extra)  # the hints resolved, as the generator needs


def _sample() -> dict[str, Any]:
    d = koreadip.Dossier(
        sources=[koreadip.Source(id="s", published=datetime.date(2018, 12, 7))],
        officials=[koreadip.Official(id="a", name="A", country="KR")],
        meetings=[
            koreadip.Meeting(
                id="m", date=koreadip.PartialDate(year=2018, month=12), countries=["US", "KR"]
            )
        ],
    )
    return json.loads(koreadip.dumps(d))


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("meetings", 0, "status"), "postponed", "'postponed' is not one of"),
        (("meetings", 0, "date"), "2018-13", "not valid under any"),
        (("meetings", 0, "countries", 0), "XX", "'XX' is not one of"),
        (("officials", 0, "name"), " ", "does not match"),
        (("officials", 0, "identifiers"), {"wikidata": "Q0"}, "does not match"),
        (("officials", 0, "identifiers"), {"Bad Scheme": "x"}, "does not match"),
        (("sources", 0, "published"), "7 Dec 2018", "not valid under any"),
    ],
)
def test_the_schema_refuses_what_loads_refuses(
    path: tuple[Any, ...], value: Any, message: str
) -> None:
    document = copy.deepcopy(_sample())
    assert errors(document) == []
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = errors(document)
    assert found
    assert any(message in e for e in found), found
    with pytest.raises(koreadip.SchemaError):
        koreadip.from_dict(document)


def test_a_key_no_record_has_is_refused() -> None:
    # stricter than loads, which ignores it: the schema describes what koreadip writes
    document = _sample()
    document["officials"][0]["nickname"] = "Al"
    assert any("Additional properties are not allowed" in e for e in errors(document))


def test_a_missing_id_is_refused() -> None:
    document = _sample()
    del document["officials"][0]["id"]
    assert any("'id' is a required property" in e for e in errors(document))


def test_koreadip_schema_prints_the_schema(capsys: pytest.CaptureFixture[bytes]) -> None:
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == json_schema()

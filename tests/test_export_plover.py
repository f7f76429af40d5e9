"""``plover``: one CONSULT event a line per meeting held; the mode, the sides and their shape.

PLOVER events do not carry statements or positions, so the exporter cannot load: these tests
check the output's shape (a JSON Schema of the documented line format) and its rules instead
of a round trip.
"""

from __future__ import annotations

import doctest
import io
import json
import re
import warnings
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import koreadip
from koreadip import Meeting, MeetingStatus, Modality, Official, Participant, plugins
from koreadip.cli import main
from koreadip.countries import COUNTRY_CODES
from koreadip.errors import PluginError
from koreadip.exporters import ExportWarning
from koreadip.testing import dossiers
from koreadip_plugins import plover
from koreadip_plugins._iso3166 import alpha3

ROOT = Path(__file__).resolve().parent.parent
ALPHA3 = {"type": "string", "pattern": "^[A-Z]{3}$"}
NULLABLE_TEXT = {"type": ["string", "null"]}
SIDE = {
    "type": "object",
    "properties": {
        "country": ALPHA3,
        "people": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                               "title": NULLABLE_TEXT},
                "required": ["id", "name", "title"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["country", "people"],
    "additionalProperties": False,
}  # fmt: skip
LINE = jsonschema.Draft202012Validator(
    {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "date": {"type": ["string", "null"], "pattern": r"^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$"},
            "event_type": {"const": "CONSULT"},
            "mode": {"enum": ["visit", "meet", "phone", None]},
            "actor": {"anyOf": [SIDE, {"type": "null"}]},
            "recipient": {"anyOf": [SIDE, {"type": "null"}]},
            "location": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {"placename": {"type": "string"},
                                       "country": {"anyOf": [ALPHA3, {"type": "null"}]}},
                        "required": ["placename", "country"],
                        "additionalProperties": False,
                    },
                    {"type": "null"},
                ]
            },
            "sources": {"type": "array", "items": {"type": "string"}},
            "koreadip": {
                "type": "object",
                "properties": {
                    "title": NULLABLE_TEXT,
                    "modality": {"enum": [m.value for m in Modality]},
                    "topics": {"type": "array", "items": {"type": "string"}},
                    "other_parties": {"type": "array", "items": SIDE},
                },
                "required": ["title", "modality", "topics", "other_parties"],
                "additionalProperties": False,
            },
        },
        "required": ["id", "date", "event_type", "mode", "actor", "recipient", "location",
                     "sources", "koreadip"],
        "additionalProperties": False,
    }
)  # fmt: skip


def dump(d: koreadip.Dossier) -> list[dict[str, Any]]:
    out = io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        plugins.export(d, "plover", out)
    text = out.getvalue()
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


@settings(max_examples=80, deadline=None)
@given(d=dossiers())
def test_one_valid_line_per_meeting_held(d: koreadip.Dossier) -> None:
    lines = dump(d)
    held = [m for m in d.meetings if m.status is MeetingStatus.HELD]
    assert [e["id"] for e in lines] == [m.id for m in held]
    officials = {o.id: o for o in d.officials}
    for event, meeting in zip(lines, held, strict=True):
        assert [e.message for e in LINE.iter_errors(event)] == []
        sides = [event["actor"], event["recipient"], *event["koreadip"]["other_parties"]]
        countries = [s["country"] for s in sides if s is not None]
        assert sorted(countries) == sorted(alpha3(c) for c in dict.fromkeys(meeting.countries))
        participants = {p.official_id for p in meeting.participants}
        for side in filter(None, sides):
            for person in side["people"]:
                assert person["id"] in participants
                assert alpha3(officials[person["id"]].country or "") == side["country"]
        assert event["sources"] == list(meeting.sources)


def _meeting(**kw: Any) -> Meeting:
    base: dict[str, Any] = {
        "id": "m1",
        "modality": Modality.IN_PERSON,
        "countries": ["US", "KR"],
        "participants": [Participant(official_id="pompeo"), Participant(official_id="kang")],
    }
    return Meeting(**{**base, **kw})


OFFICIALS = [
    Official(id="pompeo", name="Mike Pompeo", country="US", title="Secretary of State"),
    Official(id="kang", name="Kang Kyung-wha", country="KR", title="Foreign Minister"),
]


def one(meeting: Meeting) -> dict[str, Any]:
    (event,) = dump(koreadip.Dossier(officials=OFFICIALS, meetings=[meeting]))
    return event


@pytest.mark.parametrize(
    ("location", "countries", "mode", "actor", "recipient"),
    [
        ("Seoul", ["US", "KR"], "visit", "USA", "KOR"),  # the U.S. side visits Seoul
        ("Seoul", ["KR", "US"], "visit", "USA", "KOR"),  # whatever order the meeting lists
        ("Washington", ["US", "KR"], "visit", "KOR", "USA"),
        ("Singapore", ["US", "KR"], "meet", "USA", "KOR"),  # a third country
        ("Panmunjom", ["KR", "US"], "meet", "KOR", "USA"),  # nobody's ground
        ("Atlantis", ["US", "KR"], None, "USA", "KOR"),  # a place koreadip cannot place
        (None, ["US", "KR"], None, "USA", "KOR"),
    ],
)
def test_in_person_mode_and_direction_follow_the_place(
    location: str | None, countries: list[str], mode: str | None, actor: str, recipient: str
) -> None:
    event = one(_meeting(location=location, countries=countries))
    assert (event["mode"], event["actor"]["country"], event["recipient"]["country"]) == (
        mode,
        actor,
        recipient,
    )


@pytest.mark.parametrize("modality", [Modality.PHONE, Modality.VIDEO])
def test_calls_and_video_calls_are_phone(modality: Modality) -> None:
    event = one(_meeting(modality=modality, location="Seoul"))
    assert event["mode"] == "phone"
    assert event["koreadip"]["modality"] == modality.value


def test_sides_name_their_people_and_a_third_party_is_kept() -> None:
    december = koreadip.PartialDate(year=2018, month=12)
    event = one(_meeting(location="Tokyo", countries=["US", "KR", "JP"], date=december))
    assert event["date"] == "2018-12"
    assert event["mode"] == "visit"
    assert event["recipient"] == {"country": "JPN", "people": []}
    assert event["actor"] == {
        "country": "USA",
        "people": [{"id": "pompeo", "name": "Mike Pompeo", "title": "Secretary of State"}],
    }
    assert event["koreadip"]["other_parties"] == [
        {"country": "KOR", "people": [{"id": "kang", "name": "Kang Kyung-wha",
                                       "title": "Foreign Minister"}]}
    ]  # fmt: skip
    assert event["location"] == {"placename": "Tokyo", "country": "JPN"}


def test_planned_and_cancelled_meetings_are_left_out_and_counted() -> None:
    d = koreadip.Dossier(
        meetings=[
            _meeting(id="a"),
            _meeting(id="b", status=MeetingStatus.PLANNED),
            _meeting(id="c", status=MeetingStatus.CANCELLED),
        ]
    )
    out = io.StringIO()
    with pytest.warns(ExportWarning, match=r"2 planned or cancelled meeting\(s\) left out"):
        plugins.export(d, "plover", out)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["a"]


def test_the_gazetteer_names_real_country_codes() -> None:
    assert set(plover.CITY_COUNTRIES.values()) <= COUNTRY_CODES
    assert not set(plover.CITY_COUNTRIES) & plover.NEUTRAL


def test_the_cli_writes_a_line_per_meeting_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = ROOT / "examples" / "articles" / "wire_1.txt"
    out = tmp_path / "events.plover.jsonl"
    assert main(["parse", str(article), "--to", "plover", "-o", str(out), "-q"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    held = [m for m in koreadip.parse_file(article).meetings if m.status is MeetingStatus.HELD]
    assert lines
    assert len(lines) == len(held)
    assert all(not list(LINE.iter_errors(e)) for e in lines)


def test_every_field_written_is_documented_in_the_formats_page() -> None:
    page = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    section = page.split("## PLOVER", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", section, re.M))
    event = one(_meeting(location="Seoul"))
    assert set(event) == documented
    for key in ("koreadip", "actor", "location"):
        for inner in event[key]:
            assert f"`{inner}`" in section, (key, inner)


def test_cannot_be_loaded() -> None:
    exporter = plugins.get_exporter("plover")
    assert not exporter.can_load
    with pytest.raises(PluginError, match="cannot read its output back"):
        exporter.load(io.StringIO(""))


def test_module_examples_run() -> None:
    assert doctest.testmod(plover).failed == 0

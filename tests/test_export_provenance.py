"""Where each record comes from, in every format: files, URLs, and how many sources report a
meeting (CSV, JSON-LD and iCalendar, checked by frictionless, pyld and icalendar)."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

import frictionless
import icalendar
from pyld import jsonld

import koreadip
from koreadip import Dossier, Meeting, PartialDate, Source, plugins

KD = "urn:koreadip:vocab:"


def no_network(url: str, options: Any = None) -> Any:
    raise AssertionError(f"tried to fetch {url}")


def reported_twice() -> Dossier:
    """A made-up meeting reported by a wire story and by a daily."""
    return Dossier(
        sources=[
            Source(
                id="s1",
                publisher="Example Wire",
                title="Ministers meet",
                url="https://example.org/wire/1",
                path="corpus/wire-1.txt",
                reference_date=datetime.date(2018, 10, 5),
            ),
            Source(
                id="s2",
                publisher="Example Daily",
                published=datetime.date(2018, 10, 3),
                path="corpus/daily-7.txt",
            ),
        ],
        meetings=[
            Meeting(
                id="m1",
                date=PartialDate(year=2018, month=10, day=2),
                location="Seoul",
                countries=["US", "KR"],
                sources=["s1", "s2"],
            )
        ],
    )


def test_json_shows_the_source_count_and_each_sources_file() -> None:
    data = json.loads(koreadip.dumps(reported_twice()))
    assert data["meetings"][0]["source_count"] == 2
    assert [(s["path"], s["reference_date"]) for s in data["sources"]] == [
        ("corpus/wire-1.txt", "2018-10-05"),
        ("corpus/daily-7.txt", None),
    ]
    assert koreadip.loads(json.dumps(data)) == reported_twice()


def test_the_source_count_is_derived_and_never_read_back() -> None:
    data = json.loads(koreadip.dumps(reported_twice()))
    data["meetings"][0]["source_count"] = 99
    assert koreadip.loads(json.dumps(data)).meetings[0].source_count == 2
    assert Meeting(id="m", sources=["a", "b", "a"]).source_count == 2


def test_csv_tables_carry_files_dates_and_counts_and_frictionless_validates(
    tmp_path: Path,
) -> None:
    plugins.export(reported_twice(), "csv", tmp_path)
    with open(tmp_path / "sources.csv", newline="", encoding="utf-8") as f:
        sources = list(csv.DictReader(f))
    with open(tmp_path / "meetings.csv", newline="", encoding="utf-8") as f:
        (meeting,) = csv.DictReader(f)
    assert [(s["path"], s["url"], s["reference_date"]) for s in sources] == [
        ("corpus/wire-1.txt", "https://example.org/wire/1", "2018-10-05"),
        ("corpus/daily-7.txt", "", ""),
    ]
    assert meeting["source_count"] == "2"
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert plugins.get_exporter("csv").load(tmp_path) == reported_twice()


def test_jsonld_expands_files_dates_and_the_number_of_sources() -> None:
    out = io.StringIO()
    plugins.export(reported_twice(), "jsonld", out)
    expanded = jsonld.expand(json.loads(out.getvalue()), {"documentLoader": no_network})
    nodes = {n["@id"]: n for n in expanded}
    event = nodes["urn:koreadip:meeting:m1"]
    assert event[KD + "numSources"] == [{"@value": 2}]
    wire = nodes["urn:koreadip:source:s1"]
    assert wire[KD + "filePath"] == [{"@value": "corpus/wire-1.txt"}]
    assert wire[KD + "referenceDate"] == [
        {"@value": "2018-10-05", "@type": "http://www.w3.org/2001/XMLSchema#date"}
    ]
    assert wire["https://schema.org/url"] == [{"@value": "https://example.org/wire/1"}]
    assert plugins.get_exporter("jsonld").load(io.StringIO(out.getvalue())) == reported_twice()


def test_a_calendar_events_description_names_its_sources() -> None:
    out = io.BytesIO()
    plugins.export(reported_twice(), "ical", out)
    (event,) = icalendar.Calendar.from_ical(out.getvalue()).walk("VEVENT")
    lines = str(event["description"]).splitlines()
    at = lines.index("Sources (2):")
    assert lines[at + 1 :] == [
        "- Example Wire, “Ministers meet”, https://example.org/wire/1",
        "- Example Daily, 2018-10-03, corpus/daily-7.txt",
    ]

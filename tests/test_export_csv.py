"""``csv``: exact round trips through a directory, a zip and a stream; Frictionless accepts it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import frictionless
import pytest
from hypothesis import HealthCheck, given, settings

import koreadip
from koreadip import plugins
from koreadip.errors import PluginError, SchemaError
from koreadip.testing import dossiers
from koreadip_plugins.tables import CsvExporter, neutralise, restore

HOSTILE = [
    "=1+1",
    "+SUM(A1)",
    "-2",
    "@cmd",
    "\tTab",
    "\rCR",
    "'quoted",
    "''two",
    "a,b;c",
    "한국어\n둘째 줄",
    "back\\slash",
    '"q"',
]


def zipped(d: koreadip.Dossier) -> bytes:
    out = io.BytesIO()
    plugins.export(d, "csv", out)
    return out.getvalue()


def hostile_dossier() -> koreadip.Dossier:
    src = koreadip.Source(id="=src", title=HOSTILE[0], authors=HOSTILE, publisher="'Pub")
    return koreadip.Dossier(
        sources=[src],
        officials=[koreadip.Official(id=t, name=t, aliases=[t], title=t) for t in HOSTILE],
        meetings=[
            koreadip.Meeting(
                id="-m", title=HOSTILE[1], location="@Seoul", date=koreadip.PartialDate(year=2018),
                participants=[koreadip.Participant(official_id=t, role=t) for t in HOSTILE],
                sources=["=src"], evidence=[koreadip.Span(source_id="=src", start=0, end=1)],
            )
        ],
        statements=[koreadip.Statement(id="s", text="=x", speaker_id=HOSTILE[0], meeting_id="-m")],
    )  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(d=dossiers())
def test_load_of_dump_gives_the_dossier_back(d: koreadip.Dossier) -> None:
    data = zipped(d)
    assert plugins.get_exporter("csv").load(io.BytesIO(data)) == d
    assert zipped(d) == data, "the same dossier exports to the same bytes"


def test_directory_and_zip_path_round_trip(tmp_path: Path) -> None:
    d = hostile_dossier()
    plugins.export(d, "csv", tmp_path / "tables")
    plugins.export(d, "csv", tmp_path / "tables.zip")
    assert plugins.get_exporter("csv").load(tmp_path / "tables") == d
    assert plugins.get_exporter("csv").load(str(tmp_path / "tables.zip")) == d
    assert (tmp_path / "tables" / "datapackage.json").is_file()


def test_formula_cells_are_neutralised_in_every_table(tmp_path: Path) -> None:
    plugins.export(hostile_dossier(), "csv", tmp_path)
    for path in tmp_path.glob("*.csv"):
        with path.open(newline="", encoding="utf-8") as fp:
            for row in csv.reader(fp):
                for cell in row:
                    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (path.name, cell)


@pytest.mark.parametrize("text", HOSTILE)
def test_neutralise_then_restore_is_exact(text: str) -> None:
    assert restore(neutralise(text)) == text
    assert neutralise(text)[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_frictionless_validates_types_and_keys(tmp_path: Path) -> None:
    plugins.export(hostile_dossier(), "csv", tmp_path)
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(d=dossiers(max_records=3))
def test_frictionless_validates_generated_dossiers(
    tmp_path_factory: pytest.TempPathFactory, d: koreadip.Dossier
) -> None:
    out = tmp_path_factory.mktemp("pkg")
    plugins.export(d, "csv", out)
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_catches_a_dangling_participant(tmp_path: Path) -> None:
    d = koreadip.Dossier(
        meetings=[
            koreadip.Meeting(id="m", participants=[koreadip.Participant(official_id="ghost")])
        ]
    )
    plugins.export(d, "csv", tmp_path)
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert not report.valid
    assert "foreign-key" in {row[0] for row in report.flatten(["type"])}


def test_datapackage_declares_keys() -> None:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(zipped(koreadip.Dossier()))) as zf:
        package = json.loads(zf.read("datapackage.json"))
    resources = {r["name"]: r for r in package["resources"]}
    participants = resources["meeting_participants"]["schema"]
    assert participants["primaryKey"] == ["meeting_id", "seq"]
    refs = {fk["fields"][0]: fk["reference"]["resource"] for fk in participants["foreignKeys"]}
    assert refs == {"meeting_id": "meetings", "official_id": "officials"}
    assert {"meeting_countries", "meeting_topics", "meeting_sources", "evidence"} <= set(resources)


def test_none_and_text_are_told_apart() -> None:
    d = koreadip.Dossier(meetings=[koreadip.Meeting(id="m", title=None, location="'")])
    back = plugins.get_exporter("csv").load(io.BytesIO(zipped(d)))
    assert back.meetings[0].title is None
    assert back.meetings[0].location == "'"


def test_single_table_to_a_text_stream() -> None:
    out = io.StringIO()
    CsvExporter(table="meetings").dump(hostile_dossier(), out)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0][:3] == ["id", "title", "date"]
    assert rows[1][:3] == ["'-m", "'+SUM(A1)", "2018"]


def test_text_stream_without_a_table_is_refused_with_advice() -> None:
    with pytest.raises(PluginError, match="table="):
        plugins.export(koreadip.Dossier(), "csv", io.StringIO())


def test_duplicate_ids_are_refused() -> None:
    d = koreadip.Dossier(meetings=[koreadip.Meeting(id="m"), koreadip.Meeting(id="m")])
    with pytest.raises(SchemaError, match="appears twice"):
        zipped(d)


def test_missing_table_and_bad_cell_are_named(tmp_path: Path) -> None:
    plugins.export(hostile_dossier(), "csv", tmp_path)
    meetings = tmp_path / "meetings.csv"
    meetings.write_text(
        meetings.read_text(encoding="utf-8").replace(",2018,", ",20x8,"), encoding="utf-8"
    )
    with pytest.raises(SchemaError, match=r"meetings\.csv:2\.date"):
        plugins.get_exporter("csv").load(tmp_path)
    plugins.export(hostile_dossier(), "csv", tmp_path)  # tables are read as streams, in order
    (tmp_path / "evidence.csv").unlink()
    with pytest.raises(SchemaError, match=r"evidence\.csv"):
        plugins.get_exporter("csv").load(tmp_path)


def test_every_record_table_is_named_after_the_dossier_field_it_holds() -> None:
    # a link table finds its parents' records by the parent table's name
    from koreadip_plugins._table_specs import LINKS, RECORDS

    assert all(t.name == t.field for t in RECORDS.values())
    parents = {p for t in LINKS.values() for p in getattr(t, "parents", ())}
    assert parents <= set(RECORDS)

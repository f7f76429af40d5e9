"""``ical``: every meeting with a full date becomes a VEVENT that loads back equal."""

from __future__ import annotations

import io
import re
import warnings

import icalendar
import pytest
from hypothesis import given, settings

import koreadip
from koreadip import plugins
from koreadip.exporters import ExportWarning
from koreadip.testing import dossiers
from koreadip_plugins.ical import place

HOSTILE = '=cmd, 한국; a\\b\\nc\r\nline "q" @x'


@pytest.fixture(autouse=True)
def fixed_timestamp(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed DTSTAMP, so the calendars compare byte for byte."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1544140800")


def dump(d: koreadip.Dossier) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        plugins.export(d, "ical", out)
    return out.getvalue()


def load(data: bytes) -> koreadip.Dossier:
    return plugins.get_exporter("ical").load(io.BytesIO(data))


def day(y: int, m: int, d: int) -> koreadip.PartialDate:
    return koreadip.PartialDate(year=y, month=m, day=d)


def hostile_dossier() -> koreadip.Dossier:
    noh = koreadip.Official(id="noh", name='Noh "Kyu-duk"', korean_name="노규덕", country="KR")
    return koreadip.Dossier(
        officials=[noh, koreadip.Official(id="unused", name="Unused")],
        meetings=[
            koreadip.Meeting(
                id="m 1/한", title=HOSTILE, date=day(2018, 12, 7), location=HOSTILE,
                status=koreadip.MeetingStatus.PLANNED, modality=koreadip.Modality.PHONE,
                participants=[koreadip.Participant(official_id="noh", role=HOSTILE)],
                countries=["US", "KR"], topics=[koreadip.Topic.SANCTIONS, koreadip.Topic.DIALOGUE],
                duration_minutes=45, sources=[HOSTILE],
                evidence=[koreadip.Span(source_id=HOSTILE, start=1, end=2)],
            ),
            koreadip.Meeting(id="m2", status=koreadip.MeetingStatus.CANCELLED,
                             date=day(2019, 2, 27)),
            koreadip.Meeting(id="undated", date=koreadip.PartialDate(year=2019, month=3)),
            koreadip.Meeting(id="no-date"),
        ],
    )  # fmt: skip


#: RFC 5545 CONTROL: no TEXT value or parameter holds one (CR LF only end lines)
CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


@settings(max_examples=40, deadline=None)
@given(d=dossiers())
def test_every_placed_meeting_loads_back_equal(d: koreadip.Dossier) -> None:
    data = dump(d)
    assert CONTROL.search(data.replace(b"\r\n", b"")) is None
    assert icalendar.Calendar.from_ical(data).subcomponents, "RFC 5545: one component at least"
    back = load(data)
    placed, _ = place(d)
    assert back.meetings == tuple(placed)
    needed = {p.official_id for m in placed for p in m.participants}
    assert set(back.officials) == {o for o in d.officials if o.id in needed}
    assert dump(d) == data, "with SOURCE_DATE_EPOCH set, output is reproducible"


def test_hostile_text_round_trips() -> None:
    d = hostile_dossier()
    back = load(dump(d))
    assert back.meetings == d.meetings[:2]
    assert back.officials == d.officials[:1]


def test_icalendar_reads_required_properties() -> None:
    cal = icalendar.Calendar.from_ical(dump(hostile_dossier()))
    events = cal.walk("VEVENT")
    assert len(events) == 2
    for ev in events:
        assert {"UID", "DTSTAMP", "DTSTART", "SUMMARY", "STATUS"} <= set(ev)
        assert (
            ev["DTSTART"].params.get("VALUE") == "DATE"
            or type(ev.decoded("DTSTART")).__name__ == "date"
        )
    first, second = events
    assert str(first["STATUS"]) == "TENTATIVE"  # planned
    assert str(second["STATUS"]) == "CANCELLED"
    assert [str(c) for c in first["CATEGORIES"].cats] == ["sanctions", "dialogue"]
    attendee = first["ATTENDEE"]
    assert attendee.params["CN"] == "Noh 'Kyu-duk'"
    assert str(first["SUMMARY"]).startswith("=cmd, 한국; a")
    assert first.decoded("DTSTAMP").isoformat() == "2018-12-07T00:00:00+00:00"


def test_unplaced_meetings_are_counted_and_reported() -> None:
    out = io.BytesIO()
    with pytest.warns(ExportWarning, match=r"2 of 4 meetings .*'undated', 'no-date'"):
        plugins.export(hostile_dossier(), "ical", out)
    cal = icalendar.Calendar.from_ical(out.getvalue())
    assert str(cal["X-KOREADIP-UNPLACED"]) == "2"


def test_untitled_meeting_gets_a_summary_but_loads_untitled() -> None:
    d = koreadip.Dossier(
        officials=[koreadip.Official(id="a", name="Stephen Biegun")],
        meetings=[
            koreadip.Meeting(
                id="m", date=day(2018, 12, 20), participants=[koreadip.Participant(official_id="a")]
            )
        ],
    )
    data = dump(d)
    assert b"SUMMARY:Meeting: Stephen Biegun" in data
    assert load(data).meetings == d.meetings


def test_dtstamp_defaults_to_now_without_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    cal = icalendar.Calendar.from_ical(dump(hostile_dossier()))
    assert cal.walk("VEVENT")[0].decoded("DTSTAMP").year >= 2024


def test_ical_refuses_a_text_stream() -> None:
    with pytest.raises(koreadip.PluginError, match="writes bytes"):
        plugins.export(hostile_dossier(), "ical", io.StringIO())

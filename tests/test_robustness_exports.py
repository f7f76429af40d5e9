"""Hostile records given to every exporter, and writes interrupted: every export valid, no half.

Issue 13, the audit's failing inputs: text holding a lone surrogate, which every exporter failed
to encode (leaving a 0-byte file); and so on for each item, one section each.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import json
import os
import random
import re
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar
import pytest

import koreadip
from koreadip import (
    Dossier,
    Meeting,
    MeetingStatus,
    Official,
    PartialDate,
    Participant,
    SchemaError,
)
from koreadip.cli import main
from koreadip.exporters import ExportWarning

BUILTIN = ("csv", "ical", "json", "jsonl", "jsonld")
DAY = PartialDate(year=2018, month=12, day=7)


def suffix(name: str) -> str:
    return koreadip.get_exporter(name).suffix


# ------------------------------------------------------------------ lone surrogates (item 1)

#: the audit's input (made up, not from an article); "\udee5" is a lone surrogate
SURROGATE_TEXT = 'Secretary of State Mike Pompeo said, "We will talk \udee5 soon."'


def test_a_lone_surrogate_in_parsed_text_is_read_as_u_fffd_in_place() -> None:
    dossier = koreadip.parse(SURROGATE_TEXT)
    (statement,) = dossier.statements
    assert statement.text == "We will talk \ufffd soon."
    span = statement.evidence[0]
    assert SURROGATE_TEXT[span.start : span.end].replace("\udee5", "\ufffd") == statement.text


@pytest.mark.parametrize("name", BUILTIN)
def test_every_exporter_writes_the_dossier_of_text_with_a_lone_surrogate(
    tmp_path: Path, name: str
) -> None:
    dossier = koreadip.parse(SURROGATE_TEXT)
    target = tmp_path / f"out{suffix(name)}"
    koreadip.export(dossier, name, target)
    assert target.stat().st_size > 0
    if name != "ical":  # a calendar carries meetings only
        assert koreadip.get_exporter(name).load(target) == dossier


@pytest.mark.parametrize("name", BUILTIN)
def test_a_record_holding_a_lone_surrogate_is_refused_naming_the_field_and_nothing_written(
    tmp_path: Path, name: str
) -> None:
    bad = Dossier(meetings=[Meeting(id="m1", title="Talks \udee5", date=DAY)])
    target = tmp_path / f"out{suffix(name)}"
    target.write_bytes(b"the previous export")
    message = r"^meetings\[0\]\.title: '\\udee5' is a lone surrogate"
    with pytest.raises(SchemaError, match=message):
        koreadip.export(bad, name, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    stream = io.BytesIO() if koreadip.get_exporter(name).binary else io.StringIO()
    if name in ("csv", "ical"):  # the others write str: the stream's owner encodes it
        with pytest.raises(SchemaError, match=message):
            koreadip.export(bad, name, stream)


@pytest.mark.parametrize("output", ["-", "out.ics"])
def test_convert_of_json_escaping_a_lone_surrogate_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    output: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    source = json.loads(koreadip.dumps(Dossier(meetings=[Meeting(id="m1", date=DAY)])))
    source["meetings"][0]["location"] = "Seoul \udee5"
    Path("in.json").write_text(json.dumps(source), encoding="ascii")  # "\udee5" as an escape
    code = main(["convert", "in.json", "--to", "ical", "-o", output])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    # the loader or the exporter may refuse it: either names the field
    assert err.startswith("koreadip: error: ")
    assert "meetings[0].location" in err
    assert "surrogate" in err
    assert len(err.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_an_ics_property_escaping_a_lone_surrogate_is_refused_naming_it() -> None:
    d = Dossier(meetings=[Meeting(id="m1", date=DAY, sources=["src-1"])])
    out = io.BytesIO()
    koreadip.export(d, "ical", out)
    ics = out.getvalue().replace(b'["src-1"]', b'["src-\\\\udee5"]')
    with pytest.raises(SchemaError, match=r"^VEVENT\[0\]\.x-koreadip-sources\[0\]: '\\udee5'"):
        koreadip.get_exporter("ical").load(io.BytesIO(ics))


# ------------------------------------------------------------------ directory output (item 5)

#: a child process that writes package after package to one directory until it is killed
WRITER = """
import itertools, sys
from pathlib import Path

import koreadip
from koreadip import atomic
from koreadip import Dossier, Meeting, Official, PartialDate, Participant, Source, Span, Statement

if sys.argv[2] == "two-renames":
    atomic._renameat2 = lambda: None  # as on a system without renameat2

def package(run):
    source = Source(id=f"src-{run}", title=f"Made-up sample {run}")
    officials = [
        Official(id=f"o{i}-{run}", name=f"Made Up {i}", aliases=[f"M. U. {i}"], country="KR")
        for i in range(60)
    ]
    meeting = Meeting(
        id=f"m-{run}",
        date=PartialDate(year=2018, month=12, day=7),
        participants=[Participant(official_id=o.id) for o in officials],
        sources=[source.id],
        evidence=[Span(source_id=source.id, start=0, end=1)],
    )
    words = Statement(
        id=f"s-{run}", text="Made-up words.", speaker_id=officials[0].id, meeting_id=meeting.id,
        sources=[source.id],
    )
    return Dossier(sources=[source], officials=officials, meetings=[meeting], statements=[words])

target = Path(sys.argv[1])
koreadip.export(package(0), "csv", target)
print("ready", flush=True)
for run in itertools.count(1):
    koreadip.export(package(run), "csv", target)
"""

RUN_OF_ID = re.compile(r"-(\d+)$")


def runs_in(package: Path) -> set[str]:
    """The runs the records of a CSV package come from; loading checks every foreign key."""
    d = koreadip.get_exporter("csv").load(package)
    ids = [r.id for r in (*d.sources, *d.officials, *d.meetings, *d.statements)]
    return {m[1] for i in ids if (m := RUN_OF_ID.search(i))}


def env() -> dict[str, str]:
    return {**os.environ, "KOREADIP_LOAD_PLUGINS": "koreadip"}


#: kills per mode: each costs a child's start-up (about half a second)
KILLS = 8


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("mode", ["exchange", "two-renames"])
def test_a_writer_killed_at_random_points_leaves_one_whole_package(
    tmp_path: Path, mode: str
) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    target = tmp_path / "out" / "tables"
    rng = random.Random()
    for attempt in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(target), mode],
            stdout=subprocess.PIPE,
            env=env(),
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        delay = rng.uniform(0, 0.25)
        time.sleep(delay)
        child.kill()
        child.wait()
        where = f"attempt {attempt}, killed {delay:.3f} s after ready ({mode})"
        if mode == "exchange" or target.exists():
            assert len(runs_in(target)) == 1, where
        leftovers = {p.name for p in target.parent.iterdir()} - {"tables"}
        assert leftovers <= {".tables.koreadip-tmp"}, where
    # the next writer sweeps what the killed ones left, and writes a whole package
    koreadip.export(Dossier(sources=[koreadip.Source(id="src-99")]), "csv", target)
    assert runs_in(target) == {"99"}
    assert [p.name for p in target.parent.iterdir()] == ["tables"]


def test_a_directory_export_replaces_the_previous_package_whole(tmp_path: Path) -> None:
    target = tmp_path / "tables"
    old = Dossier(sources=[koreadip.Source(id="src-1")])
    koreadip.export(old, "csv", target)
    (target / "meeting_topics.csv").unlink()  # a table the new export writes again
    new = Dossier(sources=[koreadip.Source(id="src-2")])
    koreadip.export(new, "csv", target)
    assert koreadip.get_exporter("csv").load(target) == new
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]


def test_a_directory_holding_other_files_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "tables"
    koreadip.export(Dossier(), "csv", target)
    (target / "notes.txt").write_text("mine")
    with pytest.raises(koreadip.KoreadipError, match=r"tables: holds 'notes\.txt'.* new or empty"):
        koreadip.export(Dossier(sources=[koreadip.Source(id="src-2")]), "csv", target)
    assert (target / "notes.txt").read_text() == "mine"
    assert koreadip.get_exporter("csv").load(target) == Dossier()
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]


def test_a_second_writer_finishing_first_on_a_new_folder_does_not_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "tables"
    first = tmp_path / "first"
    koreadip.export(Dossier(sources=[koreadip.Source(id="src-1")]), "csv", first)
    real_rename, real_replace = os.rename, os.replace

    def first_writer_wins(name: Callable[..., None]) -> Callable[..., None]:
        def move(src: Any, dst: Any) -> None:
            # the other writer puts its package at the target between our check and our move
            if Path(dst) == target and first.exists():
                real_rename(first, target)
            name(src, dst)

        return move

    monkeypatch.setattr(os, "rename", first_writer_wins(real_rename))
    monkeypatch.setattr(os, "replace", first_writer_wins(real_replace))
    second = Dossier(sources=[koreadip.Source(id="src-2")])
    koreadip.export(second, "csv", target)  # was: OSError "Directory not empty"
    monkeypatch.undo()
    assert koreadip.get_exporter("csv").load(target) == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


@pytest.mark.skipif(os.name != "posix", reason="two processes on one folder")
def test_two_processes_writing_one_new_folder_both_succeed(tmp_path: Path) -> None:
    script = tmp_path / "writers.py"
    script.write_text(
        "import sys, koreadip\n"
        "from pathlib import Path\n"
        "for i in range(20):\n"
        "    d = koreadip.Dossier(sources=[koreadip.Source(id=f'src-{sys.argv[1]}')])\n"
        "    koreadip.export(d, 'csv', Path(sys.argv[2]) / f'round{i}')\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    children = [
        subprocess.Popen([sys.executable, str(script), n, str(out)], env=env()) for n in "12"
    ]
    assert [c.wait(timeout=120) for c in children] == [0, 0]
    assert {p.name for p in out.iterdir()} == {f"round{i}" for i in range(20)}
    for i in range(20):
        assert runs_in(out / f"round{i}") in ({"1"}, {"2"})


# ------------------------------------------------------------------ iCalendar (item 2)


def ics(d: Dossier) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        koreadip.export(d, "ical", out)
    return out.getvalue()


def load_ics(data: bytes) -> Dossier:
    return koreadip.get_exporter("ical").load(io.BytesIO(data))


def _libical() -> Any:
    found = ctypes.util.find_library("ical")
    if found is None:
        return None
    lib = ctypes.CDLL(found)
    lib.icalparser_parse_string.restype = ctypes.c_void_p
    lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
    lib.icalcomponent_count_components.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.icalcomponent_count_errors.argtypes = [ctypes.c_void_p]
    lib.icalcomponent_free.argtypes = [ctypes.c_void_p]
    return lib


NO_DATED_MEETING = {
    "no meeting": Dossier(),
    "undated meetings": Dossier(
        meetings=[Meeting(id="m1", date=PartialDate(year=2018, month=12)), Meeting(id="m2")]
    ),
}


@pytest.mark.parametrize("case", sorted(NO_DATED_MEETING))
def test_a_calendar_with_no_dated_meeting_is_valid_with_one_utc_time_zone(case: str) -> None:
    data = ics(NO_DATED_MEETING[case])
    cal = icalendar.Calendar.from_ical(data)
    assert [c.name for c in cal.subcomponents] == ["VTIMEZONE"]  # was: no component at all
    assert str(cal.subcomponents[0]["TZID"]) == "UTC"
    assert str(cal["X-KOREADIP-UNPLACED"]) == str(len(NO_DATED_MEETING[case].meetings))
    assert load_ics(data) == Dossier()


#: the control characters the audit found written raw (libical stops reading at the NUL)
CONTROLS = "\x1b\x07\x7f\x00"
HOSTILE_TEXT = f"\ufeffTalks{CONTROLS} in\r\nSeoul"


def hostile_ics_dossier(**meeting: Any) -> Dossier:
    return Dossier(
        officials=[Official(id="k", name=f"Kim{CONTROLS}\r\nHostile")],
        meetings=[
            Meeting(
                id="m1",
                date=DAY,
                participants=[Participant(official_id="k", role=CONTROLS)],
                sources=[CONTROLS],
                **meeting,
            )
        ],
    )


@pytest.mark.parametrize("field", ["title", "location"])
def test_control_characters_are_never_written_raw_and_load_back_exactly(field: str) -> None:
    d = hostile_ics_dossier(**{field: HOSTILE_TEXT})
    data = ics(d)
    assert re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", data.replace(b"\r\n", b"")) is None
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    shown = str(event["SUMMARY" if field == "title" else "LOCATION"])
    assert shown == "Talks\ufffd\ufffd\ufffd\ufffd in\nSeoul"
    assert str(event["ATTENDEE"].params["CN"]) == "Kim\ufffd\ufffd\ufffd\ufffd Hostile"
    assert load_ics(data) == d


def test_a_leading_byte_order_mark_in_a_title_survives_the_round_trip() -> None:
    d = Dossier(meetings=[Meeting(id="m1", date=DAY, title="\ufeffTalks", location="\ufeffSeoul")])
    back = load_ics(ics(d))
    assert back.meetings[0].title == "\ufeffTalks"  # was: "Talks"
    assert back == d


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        (MeetingStatus.HELD, "CONFIRMED"),
        (MeetingStatus.PLANNED, "TENTATIVE"),  # was: CONFIRMED
        (MeetingStatus.CANCELLED, "CANCELLED"),
    ],
)
def test_the_status_of_an_event_says_whether_the_meeting_is_held_planned_or_cancelled(
    status: MeetingStatus, shown: str
) -> None:
    d = Dossier(meetings=[Meeting(id="m1", date=DAY, status=status)])
    data = ics(d)
    assert str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["STATUS"]) == shown
    assert load_ics(data) == d


@pytest.mark.parametrize(
    "case",
    ["no meeting", "undated meetings", "control characters"],
)
def test_libical_reads_every_calendar_with_one_component_and_no_error(case: str) -> None:
    lib = _libical()
    if lib is None:
        pytest.skip("libical is not installed (Debian: libical3)")
    d = NO_DATED_MEETING.get(case) or hostile_ics_dossier(title=HOSTILE_TEXT)
    component = lib.icalparser_parse_string(ics(d))
    assert component, "libical read no calendar"  # was, with the NUL written raw
    try:
        assert lib.icalcomponent_count_components(component, 1) == 1  # 1: ICAL_ANY_COMPONENT
        assert lib.icalcomponent_count_errors(component) == 0
    finally:
        lib.icalcomponent_free(component)

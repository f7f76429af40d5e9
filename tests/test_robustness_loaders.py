"""Hostile files given to every exporter's ``load``: a clear koreadip error and no other effect.

A remote JSON-LD ``@context`` is refused without touching the network, JSON nested 100,000 deep is
refused in every JSON format, a 100 MB CSV cell is refused without being read whole, broken CSV
packages and iCalendar files name the table, row or property at fault, and ``koreadip convert``
on any of them exits 1 with one line on stderr and writes nothing.  Broken plugins are named
while every built-in exporter keeps working.
"""

from __future__ import annotations

import io
import json
import os
import re
import socket
import stat
import textwrap
import threading
import tracemalloc
import urllib.request
import uuid
import warnings
import zipfile
from pathlib import Path
from typing import Any

import frictionless
import pytest

import koreadip
from koreadip import Dossier, KoreadipError, Meeting, Official, PartialDate, Participant, Statement
from koreadip import plugins as host
from koreadip.cli import main
from koreadip.plugins import KoreadipPluginWarning
from koreadip_plugins import _table_package, tables  # type: ignore[import-untyped]
from koreadip_plugins.jsonld import CONTEXT  # type: ignore[import-untyped]

BUILTIN = ("csv", "ical", "json", "jsonl", "jsonld")

SAMPLE = Dossier(
    officials=[Official(id="kim", name="Kim Yong-ho", country="KR")],
    meetings=[
        Meeting(
            id="m1",
            title="Made-up sample talks",
            date=PartialDate(year=2018, month=12, day=7),
            participants=[Participant(official_id="kim")],
        )
    ],
    statements=[Statement(id="s1", text="Made-up sample words.", speaker_id="kim")],
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way out to the network records the attempt and fails; the test asserts none."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def blocked(*args: Any, **_kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:2]!r}")
            raise OSError(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urllib.request.urlopen"))
    return attempts


def load(name: str, data: str | bytes) -> Dossier:
    exporter = koreadip.get_exporter(name)
    stream: Any = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)
    return exporter.load(stream)


def dumped(name: str, dossier: Dossier = SAMPLE) -> bytes:
    buf = io.BytesIO()
    exporter = koreadip.get_exporter(name)
    if exporter.binary:
        exporter.dump(dossier, buf)
        return buf.getvalue()
    text = io.StringIO()
    exporter.dump(dossier, text)
    return text.getvalue().encode("utf-8")


def convert(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, str, str]:
    code = main(["convert", str(path), "--to", "json", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def assert_cli_refuses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, path: Path, fragment: str, *extra: str
) -> None:
    """``koreadip convert`` exits 1, prints one error line naming the file, writes nothing."""
    target = tmp_path / "converted.json"
    code, out, err = convert(capsys, path, *extra, "-o", str(target))
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith(f"koreadip: error: {path}"), err
    assert fragment in lines[0], err
    assert "internal error" not in lines[0]
    assert not target.exists()


# ------------------------------------------------------------------ JSON-LD context


@pytest.mark.parametrize(
    ("context", "fragment"),
    [
        ("https://schema.org/", "remote context 'https://schema.org/' refused"),
        (["https://schema.org/", {"@vocab": "urn:x:"}], "remote context"),
        ({"@import": "https://example.org/context.jsonld"}, "expected koreadip's embedded context"),
        ({**CONTEXT, "@vocab": "https://example.org/"}, "expected koreadip's embedded context"),
    ],
)
def test_jsonld_with_a_remote_or_foreign_context_is_refused_without_the_network(
    no_network: list[str], context: Any, fragment: str
) -> None:
    document = json.dumps({"@context": context, "@graph": []})
    with pytest.raises(koreadip.SchemaError, match="@context") as info:
        load("jsonld", document)
    assert fragment in str(info.value)
    assert no_network == []


def test_jsonld_with_the_embedded_context_loads_without_the_network(
    no_network: list[str],
) -> None:
    assert load("jsonld", dumped("jsonld").decode("utf-8")) == SAMPLE
    assert no_network == []


# ------------------------------------------------------------------ deep nesting

DEEP = 100_000


@pytest.mark.parametrize("name", ["json", "jsonl", "jsonld"])
@pytest.mark.parametrize(
    "document",
    ["[" * DEEP + "]" * DEEP, '{"sources": ' + "[" * DEEP + "]" * DEEP + "}"],
    ids=["array", "in-an-object"],
)
def test_json_nested_100000_deep_is_refused(name: str, document: str) -> None:
    with pytest.raises(koreadip.SchemaError) as info:
        load(name, document)
    assert "nested too deeply" in str(info.value) or "recursion" in str(info.value)


def test_ical_with_deeply_nested_json_in_a_property_is_refused() -> None:
    ics = dumped("ical").replace(
        b"X-KOREADIP-STATUS:held", b"X-KOREADIP-STATUS:held\r\nX-KOREADIP-SOURCES:" + b"[" * DEEP
    )
    with pytest.raises(koreadip.SchemaError, match="x-koreadip-sources: JSON nested too deeply"):
        load("ical", ics)


# ------------------------------------------------------------------ text where a list belongs

# the audit's failing inputs (issue 13, item 4): each was split into characters and loaded
TEXT_FOR_A_LIST = [
    (
        {"officials": [{"id": "kim", "name": "Kim Yong-ho", "aliases": "abc"}]},
        "officials[0].aliases",
    ),
    ({"meetings": [{"id": "m1", "sources": "src-x"}]}, "meetings[0].sources"),
    ({"meetings": [{"id": "m1", "countries": "US"}]}, "meetings[0].countries"),
    ({"sources": [{"id": "s1", "authors": {"name": "Kim"}}]}, "sources[0].authors"),
    ({"meetings": "m1"}, "meetings"),
]


@pytest.mark.parametrize(("document", "path"), TEXT_FOR_A_LIST, ids=[p for _, p in TEXT_FOR_A_LIST])
@pytest.mark.parametrize("name", ["json", "jsonl"])
def test_text_where_a_list_belongs_is_refused_naming_the_field(
    name: str, document: dict[str, Any], path: str
) -> None:
    if name == "json":
        text = json.dumps(document)
    else:
        if not isinstance(next(iter(document.values())), list):
            return  # a JSON Lines file has no group to get wrong
        (group, (record,)), *_ = document.items()
        text = json.dumps({"type": group.removesuffix("s"), **record})
        path = "line 1." + path.split(".", 1)[1]
    with pytest.raises(koreadip.SchemaError) as info:
        load(name, text)
    assert info.value.path == path
    assert "expected a list" in str(info.value)
    assert "\n" not in str(info.value)


def test_convert_of_text_where_a_list_belongs_exits_1_naming_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for number, (document, path) in enumerate(TEXT_FOR_A_LIST):
        source = tmp_path / f"list-{number}.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        assert_cli_refuses(capsys, tmp_path, source, f"{path}: expected a list, got ")


# ------------------------------------------------------------------ CSV packages


def members(dossier: Dossier = SAMPLE) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(dumped("csv", dossier))) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def zipped(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_a_csv_cell_of_100_mb_is_refused_without_reading_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # under the package's size limit, so that the line length is what refuses it
    monkeypatch.setattr(tables, "MAX_PACKAGE_BYTES", 256 * 1024 * 1024)
    monkeypatch.setattr(tables, "MAX_TABLE_BYTES", 256 * 1024 * 1024)
    files = members()
    files["officials.csv"] += b'x,"' + b"x" * (100 * 1024 * 1024) + b'",KR,,,\r\n'
    package = tmp_path / "huge.zip"
    package.write_bytes(zipped(files))
    del files
    tracemalloc.start()
    try:
        with pytest.raises(koreadip.SchemaError, match=r"^officials\.csv: a line longer than"):
            koreadip.get_exporter("csv").load(package)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"{peak:,} bytes held to refuse a 100 MB cell"


def test_a_csv_table_larger_than_the_limit_is_refused_before_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tables, "MAX_TABLE_BYTES", 100)
    with pytest.raises(koreadip.SchemaError, match=r"\.csv: larger than 100 bytes"):
        load("csv", zipped(members()))


@pytest.mark.parametrize(
    ("table", "old", "new", "message"),
    [
        (
            "meeting_participants.csv",
            b"m1,0,kim",
            b"m1,0,ghost",
            "meeting_participants.csv:2.official_id: no officials row has id 'ghost'",
        ),
        (
            "meeting_participants.csv",
            b"m1,0,kim",
            b"m2,0,kim",
            "meeting_participants.csv:2.meeting_id: no meetings row has id 'm2'",
        ),
        (
            "statements.csv",
            b"Made-up sample words.,kim",
            b"Made-up sample words.,ghost",
            "statements.csv:2.speaker_id: no officials row has id 'ghost'",
        ),
    ],
)
def test_a_csv_package_with_a_broken_foreign_key_is_refused_naming_the_row(
    table: str, old: bytes, new: bytes, message: str
) -> None:
    files = members()
    assert old in files[table]
    files[table] = files[table].replace(old, new)
    with pytest.raises(koreadip.SchemaError) as info:
        load("csv", zipped(files))
    assert str(info.value) == message


def test_a_csv_package_with_a_missing_table_is_refused_naming_it(tmp_path: Path) -> None:
    files = members()
    del files["officials.csv"]
    with pytest.raises(koreadip.SchemaError, match=r"^officials\.csv: missing from the package$"):
        load("csv", zipped(files))
    folder = tmp_path / "package"
    koreadip.export(SAMPLE, "csv", folder)
    (folder / "meetings.csv").unlink()
    with pytest.raises(koreadip.SchemaError, match=r"^meetings\.csv: missing from the package$"):
        koreadip.get_exporter("csv").load(folder)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00\x01garbage", "officials.csv: not UTF-8 text"),
        (b'id,name,country,title,organization,korean_name\r\n"kim', "officials.csv:2: expected 6"),
        (b"id,name\r\nkim,Kim\r\n", "officials.csv: expected the columns id, name, country"),
    ],
    ids=["not-utf-8", "unterminated-quote", "wrong-columns"],
)
def test_a_broken_csv_table_is_refused_naming_it(content: bytes, message: str) -> None:
    files = members()
    files["officials.csv"] = content
    with pytest.raises(koreadip.SchemaError) as info:
        load("csv", zipped(files))
    assert str(info.value).startswith(message)


def test_a_csv_id_given_twice_is_refused_not_silently_replaced() -> None:
    files = members()
    row = files["officials.csv"].split(b"\r\n")[1]
    files["officials.csv"] += row.replace(b"Kim Yong-ho", b"Someone Else") + b"\r\n"
    with pytest.raises(koreadip.SchemaError, match=r"officials\.csv:3\.id: 'kim' appears twice"):
        load("csv", zipped(files))


# ------------------------------------------------------------------ CSV packages (issue 13, item 3)


def test_a_small_zip_expanding_past_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    # the audit's zip bomb: a few tens of KB of zip, tens of MB of one row repeated
    files = members()
    files["official_aliases.csv"] += b"kim,0,a\r\n" * (tables.MAX_PACKAGE_BYTES // 9 + 1)
    package = tmp_path / "bomb.zip"
    package.write_bytes(zipped(files))
    del files
    assert package.stat().st_size < 100_000
    tracemalloc.start()
    try:
        with pytest.raises(koreadip.SchemaError) as info:
            koreadip.get_exporter("csv").load(package)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(info.value) == "official_aliases.csv: larger than 33,554,432 bytes uncompressed"
    assert peak < 8 * 1024 * 1024, f"{peak:,} bytes held to refuse a zip bomb"


def test_tables_together_past_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    files = members()
    monkeypatch.setattr(tables, "MAX_PACKAGE_BYTES", sum(map(len, files.values())) - 1)
    with pytest.raises(koreadip.SchemaError, match=r"the package is larger than [\d,]+ bytes"):
        load("csv", zipped(files))


def test_sizes_that_lie_are_caught_by_the_bytes_actually_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # as a file still growing, or a zip entry stating too small a size, would: only the bytes
    # read count, and reading stops at the limit
    files = members()
    files["official_aliases.csv"] += b"".join(b"kim,%d,a\r\n" % i for i in range(1, 20_000))
    monkeypatch.setattr(tables, "MAX_PACKAGE_BYTES", 100_000)
    monkeypatch.setattr(_table_package.Package, "_check_size", lambda *_args: None)
    with pytest.raises(koreadip.SchemaError) as info:
        load("csv", zipped(files))
    assert str(info.value) == (
        "official_aliases.csv: the package is larger than 100,000 bytes uncompressed"
    )


def _with_duplicate(files: dict[str, bytes], table: str, repeat: bytes, at_end: bool) -> None:
    lines = files[table].split(b"\r\n")
    assert repeat in lines
    files[table] += repeat + b"\r\n" if at_end else b""
    if not at_end:
        lines.insert(lines.index(repeat) + 1, repeat)
        files[table] = b"\r\n".join(lines)


@pytest.mark.parametrize(
    ("table", "row", "at_end", "message"),
    [
        (
            "meeting_participants.csv",
            b"m1,0,kim,",
            False,
            "meeting_participants.csv:3: the primary key meeting_id='m1', seq=0 is also row 2's",
        ),
        (
            "evidence.csv",
            b"meetings,m1,0,src-1,0,4",
            True,
            "evidence.csv:4: the primary key record_type='meetings', record_id='m1', seq=0 "
            "is also row 3's",
        ),
    ],
    ids=["repeated-row", "repeated-later"],
)
def test_duplicate_rows_in_a_link_table_are_refused_naming_both(
    tmp_path: Path, table: str, row: bytes, at_end: bool, message: str
) -> None:
    span = koreadip.Span(source_id="src-1", start=0, end=4)
    d = Dossier(
        sources=[koreadip.Source(id="src-1")],
        officials=[Official(id="kim", name="Kim Yong-ho", evidence=[span])],
        meetings=[Meeting(id="m1", participants=[Participant(official_id="kim")], evidence=[span])],
    )
    files = members(d)
    _with_duplicate(files, table, row, at_end)
    with pytest.raises(koreadip.SchemaError) as info:
        load("csv", zipped(files))
    assert str(info.value) == message
    folder = tmp_path / "package"  # frictionless, a consumer we do not own, agrees
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    report = frictionless.validate(folder / "datapackage.json")
    assert "primary-key" in {row[0] for row in report.flatten(["type"])}


def _package_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "package"
    koreadip.export(SAMPLE, "csv", folder)
    return folder


def _load_within(path: Path, seconds: float = 30) -> BaseException | Dossier | None:
    """Load in a daemon thread: a loader that blocks (on a FIFO) fails the test, not the run."""
    result: list[BaseException | Dossier] = []

    def run() -> None:
        try:
            result.append(koreadip.get_exporter("csv").load(path))
        except BaseException as e:  # the test looks at it
            result.append(e)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    return result[0] if result else None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_in_a_package_folder_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = _package_folder(tmp_path)
    (folder / "officials.csv").unlink()
    os.mkfifo(folder / "officials.csv")
    outcome = _load_within(folder)
    assert outcome is not None, "the loader blocked on the FIFO"
    assert str(outcome) == "officials.csv: a FIFO, not a file: refused"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_symlinked_table_in_a_package_folder_is_refused(tmp_path: Path) -> None:
    folder = _package_folder(tmp_path)
    elsewhere = tmp_path / "elsewhere.csv"
    (folder / "officials.csv").rename(elsewhere)
    (folder / "officials.csv").symlink_to(elsewhere)
    with pytest.raises(koreadip.SchemaError) as info:
        koreadip.get_exporter("csv").load(folder)
    assert str(info.value) == "officials.csv: a symbolic link, not a file: refused"


@pytest.mark.parametrize(
    ("mode", "kind"),
    [(stat.S_IFLNK | 0o777, "a symbolic link"), (stat.S_IFIFO | 0o644, "a FIFO")],
    ids=["symlink", "fifo"],
)
def test_a_zip_entry_that_is_not_a_regular_file_is_refused(mode: int, kind: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members().items():
            info = zipfile.ZipInfo(name)
            if name == "officials.csv":
                info.external_attr = mode << 16
                data = b"/etc/passwd"
            zf.writestr(info, data)
    with pytest.raises(koreadip.SchemaError) as info_:
        load("csv", buf.getvalue())
    assert str(info_.value) == f"officials.csv: {kind} in the zip archive, not a file: refused"


def test_a_zip_holding_a_table_twice_is_refused() -> None:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        with zipfile.ZipFile(buf, "w") as zf:
            for name, data in members().items():
                zf.writestr(name, data)
            zf.writestr("officials.csv", b"id,name,country,title,organization,korean_name\r\n")
    with pytest.raises(koreadip.SchemaError, match=r"^officials\.csv: appears twice in the zip"):
        load("csv", buf.getvalue())


def _descriptor(change: Any) -> bytes:
    document = json.loads(members()["datapackage.json"])
    change(document)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("descriptor", "message"),
    [
        (None, "datapackage.json: missing from the package"),
        (b"{not json", "datapackage.json: not JSON (Expecting property name enclosed in double"),
        (b"[]", "datapackage.json: expected a JSON object with a list of resources"),
        (b"\xff\xfe{}", "datapackage.json: not UTF-8 text"),
        (
            _descriptor(lambda d: d["resources"].pop(1)),
            "datapackage.json: no resource describes the table 'officials'",
        ),
        (
            _descriptor(lambda d: d["resources"][1].update(path="../../etc/passwd")),
            "datapackage.json:resources[1].path: expected 'officials.csv', got '../../etc/passwd'",
        ),
        (
            _descriptor(lambda d: d["resources"][1]["schema"]["fields"].pop()),
            "datapackage.json:resources[1].schema.fields: expected the fields id, name, country,",
        ),
    ],
    ids=["missing", "not-json", "not-an-object", "not-utf-8", "no-resource", "path", "fields"],
)
def test_a_missing_or_broken_datapackage_json_is_refused_saying_what_is_wrong(
    descriptor: bytes | None, message: str
) -> None:
    files = members()
    if descriptor is None:
        del files["datapackage.json"]
    else:
        files["datapackage.json"] = descriptor
    with pytest.raises(koreadip.SchemaError) as info:
        load("csv", zipped(files))
    assert str(info.value).startswith(message)


# ------------------------------------------------------------------ iCalendar


def test_a_title_with_crlf_and_a_property_is_escaped_in_ical_not_injected() -> None:
    hostile = "Talks\r\nATTENDEE:mailto:intruder@example.org\r\nX-EVIL:1"
    d = Dossier(
        officials=SAMPLE.officials,
        meetings=[Meeting(id="m1", title=hostile, location=hostile, date=SAMPLE.meetings[0].date)],
    )
    ics = dumped("ical", d)
    lines = ics.decode("utf-8").split("\r\n")
    assert not any(line.startswith(("ATTENDEE:mailto", "X-EVIL")) for line in lines)
    assert load("ical", ics) == Dossier(meetings=d.meetings)


def test_properties_injected_into_an_ics_file_do_not_reach_the_records() -> None:
    ics = dumped("ical")
    injected = ics.replace(
        b"SUMMARY:",
        b"ATTENDEE;CN=Intruder:mailto:intruder@example.org\r\nX-EVIL:1\r\nSUMMARY:",
    )
    assert injected != ics
    assert load("ical", injected) == load("ical", ics)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (b"UID:m1@koreadip\r\n", b"", "VEVENT[0].UID: '' is not a koreadip meeting UID"),
        (b"UID:m1@koreadip", b"UID:evil\r\nUID:m1@koreadip", "VEVENT[0].UID: more than one UID"),
        (
            b"X-KOREADIP-STATUS:held",
            b"X-KOREADIP-STATUS:held\r\nX-KOREADIP-DURATION-MINUTES:1e9",
            "VEVENT[0].X-KOREADIP-DURATION-MINUTES: '1e9' is not minutes",
        ),
        (
            b"X-KOREADIP-STATUS:held",
            b"X-KOREADIP-STATUS:overthrown",
            "VEVENT[0].status: invalid value for type, expected MeetingStatus",
        ),
        (
            b"DTSTART;VALUE=DATE:20181207",
            b"DTSTART:20181207T100000Z",
            "VEVENT[0].DTSTART: expected a DATE",
        ),
        (
            b"X-KOREADIP-UNPLACED:0",
            b'X-KOREADIP-UNPLACED:0\r\nX-KOREADIP-OFFICIAL:{"id":5}',
            "X-KOREADIP-OFFICIAL[1].id: expected text, got int",
        ),
        (
            b"BEGIN:VEVENT",
            b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT",
            "not an iCalendar file: a VCALENDAR nested in the VCALENDAR",
        ),
    ],
    ids=[
        "missing-uid",
        "two-uids",
        "bad-duration",
        "bad-status",
        "datetime-start",
        "bad-official",
        "nested-calendar",
    ],
)
def test_a_tampered_ics_file_is_refused_naming_the_property(
    old: bytes, new: bytes, message: str
) -> None:
    ics = dumped("ical")
    assert old in ics
    with pytest.raises(koreadip.SchemaError) as info:
        load("ical", ics.replace(old, new, 1))
    assert str(info.value) == message


# ------------------------------------------------------------------ empty and binary files

GARBAGE = b"\x00\xff\xfe\x89PNG\r\n\x1a\n\x80garbage\x00"


@pytest.mark.parametrize("name", BUILTIN)
def test_binary_garbage_is_refused_by_every_loader(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"garbage{koreadip.get_exporter(name).suffix}"
    path.write_bytes(GARBAGE)
    with pytest.raises(KoreadipError):
        koreadip.get_exporter(name).load(path)


@pytest.mark.parametrize("name", [n for n in BUILTIN if n != "jsonl"])
def test_an_empty_file_is_refused_by_every_loader_but_jsonl(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"empty{koreadip.get_exporter(name).suffix}"
    path.write_bytes(b"")
    with pytest.raises(KoreadipError):
        koreadip.get_exporter(name).load(path)


def test_an_empty_jsonl_file_is_the_empty_dossier_it_was_written_from(tmp_path: Path) -> None:
    assert dumped("jsonl", Dossier()) == b""
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert koreadip.get_exporter("jsonl").load(path) == Dossier()


# ------------------------------------------------------------------ the CLI


def _hostile_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Name → (file, a fragment its one-line error must contain)."""
    out: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, fragment: str) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        out[name] = (path, fragment)

    deep = ("[" * DEEP + "]" * DEEP).encode()
    put("remote.jsonld", json.dumps({"@context": "https://schema.org/"}).encode(), "refused")
    put("deep.json", deep, "nested too deeply")
    put("deep.jsonl", deep, "line 1: JSON nested too deeply")
    put("deep.jsonld", deep, "recursion")
    files = members()
    files["meeting_participants.csv"] = files["meeting_participants.csv"].replace(b"kim", b"x")
    put("dangling.zip", zipped(files), "no officials row has id 'x'")
    files = members()
    del files["positions.csv"]
    put("missing.zip", zipped(files), "positions.csv: missing from the package")
    files = members()
    files["officials.csv"] += b'x,"' + b"x" * (5 * 1024 * 1024) + b'",KR,,,\r\n'
    put("big-cell.zip", zipped(files), "officials.csv: a line longer than 4,194,304 characters")
    files = members()
    del files["datapackage.json"]
    put("no-datapackage.zip", zipped(files), "datapackage.json: missing from the package")
    files = members()
    files["meeting_participants.csv"] += b"m1,0,kim,\r\n"
    put("duplicate-row.zip", zipped(files), "meeting_participants.csv:3: the primary key")
    put("no-uid.ics", dumped("ical").replace(b"UID:m1@koreadip\r\n", b""), "UID")
    put("empty.json", b"", "empty file (0 bytes)")
    put("empty.ics", b"", "not an iCalendar file")
    put("empty.zip", b"", "not a directory of tables or a zip archive")
    put("garbage.json", GARBAGE, "binary file (contains NUL bytes)")
    put("garbage.jsonld", GARBAGE, "binary file (contains NUL bytes)")
    put("garbage.ics", GARBAGE, "not an iCalendar file")
    put("garbage.zip", GARBAGE, "not a directory of tables or a zip archive")
    return out


HOSTILE_FILES = [
    "remote.jsonld",
    "deep.json",
    "deep.jsonl",
    "deep.jsonld",
    "dangling.zip",
    "missing.zip",
    "big-cell.zip",
    "no-datapackage.zip",
    "duplicate-row.zip",
    "no-uid.ics",
    "empty.json",
    "empty.ics",
    "empty.zip",
    "garbage.json",
    "garbage.jsonld",
    "garbage.ics",
    "garbage.zip",
]


@pytest.mark.parametrize("name", HOSTILE_FILES)
def test_convert_of_a_hostile_file_exits_1_with_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    files = _hostile_files(tmp_path)
    assert sorted(files) == sorted(HOSTILE_FILES)
    path, fragment = files[name]
    assert_cli_refuses(capsys, tmp_path, path, fragment)


# ------------------------------------------------------------------ plugins


def _install(root: Path, source: str, dist: str) -> None:
    module = f"kd_hostile_{uuid.uuid4().hex[:8]}"
    (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[koreadip]\n{dist} = {module}\n")


BROKEN_PLUGINS = {
    "raises-at-import": "raise RuntimeError('boom at import')",
    "raises-in-hook": """
        from koreadip.hookspecs import hookimpl

        @hookimpl
        def register_exporters(register):
            raise ValueError('hook broke')
    """,
    "returns-garbage": """
        from koreadip.hookspecs import hookimpl

        @hookimpl
        def register_exporters(register):
            return {"not": "an exporter"}
    """,
}


def test_three_broken_plugins_are_named_and_every_builtin_exporter_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for dist, source in BROKEN_PLUGINS.items():
        _install(tmp_path, source, dist)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv(host.ENV_LOAD_PLUGINS, ",".join(["koreadip", *BROKEN_PLUGINS]))
    host.reset_plugins()
    with pytest.warns(KoreadipPluginWarning) as caught:
        names = set(host.exporters())
    warned = " ".join(str(w.message) for w in caught)
    for dist in BROKEN_PLUGINS:
        assert dist in warned
    assert names >= set(BUILTIN)
    for name in BUILTIN:
        exporter = koreadip.get_exporter(name)
        data = dumped(name)
        stream = io.BytesIO(data) if exporter.binary else io.StringIO(data.decode("utf-8"))
        assert exporter.load(stream).meetings == SAMPLE.meetings

    assert main(["formats"]) == 0
    listing = capsys.readouterr().out.splitlines()
    for dist in BROKEN_PLUGINS:
        rows = [line for line in listing if dist in line]
        assert rows, f"{dist} missing from 'koreadip formats'"
        assert all("failed" in line for line in rows)
    for name in BUILTIN:
        assert any(line.split()[:2] == ["exporter", name] for line in listing)


# ------------------------------------------------------------------ docs/robustness.md

DOC = Path(__file__).resolve().parents[1] / "docs" / "robustness.md"


def test_the_robustness_table_names_only_tests_that_exist() -> None:
    named = set(re.findall(r"`tests/(test_\w+\.py)::(test_\w+)`", DOC.read_text(encoding="utf-8")))
    assert len(named) >= 30
    for module, test in sorted(named):
        source = (Path(__file__).parent / module).read_text(encoding="utf-8")
        assert f"def {test}(" in source, f"docs/robustness.md names {module}::{test}"
    mine = {
        (p.name, name)
        for p in Path(__file__).parent.glob("test_robustness_*.py")
        for name in re.findall(r"^def (test_\w+)\(", p.read_text(encoding="utf-8"), re.M)
    }
    missing = sorted(f"{m}::{t}" for m, t in mine - named if "robustness_table" not in t)
    assert not missing, f"tests not in docs/robustness.md: {missing}"

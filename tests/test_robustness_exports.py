"""Hostile records given to every exporter, and writes interrupted: every export valid, no half.

Issue 13, the audit's failing inputs: text holding a lone surrogate, which every exporter failed
to encode (leaving a 0-byte file); and so on for each item, one section each.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import koreadip
from koreadip import Dossier, Meeting, PartialDate, SchemaError
from koreadip.cli import main

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

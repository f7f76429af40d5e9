"""``json`` and ``jsonl``: lossless round trips, byte-identical re-exports."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings

import koreadip
from koreadip import plugins
from koreadip.errors import SchemaError
from koreadip.testing import dossiers


def dump(d: koreadip.Dossier, name: str) -> str:
    out = io.StringIO()
    plugins.export(d, name, out)
    return out.getvalue()


@pytest.mark.parametrize("name", ["json", "jsonl"])
@settings(max_examples=40, deadline=None)
@given(d=dossiers())
def test_load_of_dump_gives_the_dossier_back(name: str, d: koreadip.Dossier) -> None:
    text = dump(d, name)
    assert plugins.get_exporter(name).load(io.StringIO(text)) == d
    assert dump(d, name) == text, "the same dossier exports to the same text"


@settings(max_examples=30, deadline=None)
@given(d=dossiers())
def test_jsonl_is_one_typed_record_a_line(d: koreadip.Dossier) -> None:
    lines = dump(d, "jsonl").split("\n")
    assert lines[-1] == ""
    total = sum(
        len(getattr(d, f)) for f in ("sources", "officials", "meetings", "statements", "positions")
    )
    assert len(lines) - 1 == total
    assert all(line.startswith('{"type":"') for line in lines[:-1])


def test_json_is_the_codec_document() -> None:
    d = koreadip.Dossier(officials=[koreadip.Official(id="noh", name="Noh Kyu-duk", country="KR")])
    assert koreadip.loads(dump(d, "json")) == d


def test_jsonl_bad_line_names_its_number() -> None:
    text = '{"type":"official","id":"a","name":"A"}\n{"type":"bogus"}\n'
    with pytest.raises(SchemaError, match="line 2"):
        plugins.get_exporter("jsonl").load(io.StringIO(text))


def test_jsonl_keeps_line_separator_inside_text() -> None:
    d = koreadip.Dossier(officials=[koreadip.Official(id="a", name="A\u2028B\nC")])
    assert plugins.get_exporter("jsonl").load(io.StringIO(dump(d, "jsonl"))) == d


def test_text_exporter_refuses_a_binary_stream() -> None:
    with pytest.raises(koreadip.PluginError, match="writes text"):
        plugins.export(koreadip.Dossier(), "json", io.BytesIO())

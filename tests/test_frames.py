"""``koreadip.to_frames``: the CSV tables as typed pandas DataFrames."""

from __future__ import annotations

import csv
import doctest
import io
import numbers
import subprocess
import sys
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings

import koreadip
from koreadip import frames as frames_module
from koreadip.errors import KoreadipError
from koreadip.testing import dossiers
from koreadip_plugins._table_specs import TABLES
from koreadip_plugins.tables import dump_table, restore


def csv_tables(d: koreadip.Dossier) -> dict[str, list[list[str]]]:
    tables = {}
    for name in TABLES:
        out = io.StringIO(newline="")
        dump_table(d, name, out)
        tables[name] = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    return tables


def _plain(value: Any) -> Any:
    return None if value is pd.NA or value is None else value


@settings(max_examples=40, deadline=None)
@given(d=dossiers())
def test_frames_hold_the_csv_tables_cell_for_cell(d: koreadip.Dossier) -> None:
    tables = csv_tables(d)
    frames = koreadip.to_frames(d)
    assert list(frames) == list(tables)
    for name, (header, *rows) in tables.items():
        frame = frames[name]
        extra = [c for c in frame.columns if c not in header]
        assert [c for c in frame.columns if c in header] == header, name
        assert all(c.rsplit("_", 1)[1] in ("year", "month", "day") for c in extra), name
        assert len(frame) == len(rows), name
        for i, row in enumerate(rows):
            got = [_plain(frame[c].iloc[i]) for c in header]
            want = [None if cell == "" else restore(cell) for cell in row]
            assert [str(g) if isinstance(g, numbers.Integral) else g for g in got] == want


def test_dtypes_are_nullable_integers_categoricals_and_strings() -> None:
    d = koreadip.Dossier(
        meetings=[
            koreadip.Meeting(
                id="m1",
                title="=made-up talks",
                date=koreadip.PartialDate(month=12, day=7),
                modality=koreadip.Modality.VIDEO,
                duration_minutes=90,
            ),
            koreadip.Meeting(id="m2"),
        ]
    )
    meetings = koreadip.to_frames(d)["meetings"]
    assert str(meetings["duration_minutes"].dtype) == "Int64"
    assert meetings["duration_minutes"].tolist() == [90, pd.NA]
    assert isinstance(meetings["modality"].dtype, pd.CategoricalDtype)
    assert meetings["modality"].cat.categories.tolist() == [m.value for m in koreadip.Modality]
    assert meetings["modality"].tolist() == ["video", "unknown"]
    assert isinstance(meetings["title"].dtype, pd.StringDtype)
    assert meetings["title"].tolist() == ["=made-up talks", pd.NA]  # no spreadsheet guard
    assert meetings["date"].tolist() == ["XXXX-12-07", pd.NA]
    assert meetings["date_year"].tolist() == [pd.NA, pd.NA]
    assert meetings["date_month"].tolist() == [12, pd.NA]
    assert meetings["date_day"].tolist() == [7, pd.NA]
    assert all(str(meetings[f"date_{p}"].dtype) == "Int64" for p in ("year", "month", "day"))


def test_an_empty_dossier_gives_empty_frames_with_their_columns() -> None:
    frames = koreadip.to_frames(koreadip.Dossier())
    assert frames["officials"].empty
    assert frames["officials"].columns.tolist()[:2] == ["id", "name"]
    assert str(frames["evidence"]["start"].dtype) == "Int64"


def test_module_examples_run() -> None:
    assert doctest.testmod(frames_module).failed == 0


def test_importing_koreadip_does_not_import_pandas() -> None:
    code = "import sys, koreadip; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_without_pandas_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(KoreadipError, match=r"pip install 'koreadip\[pandas\]'"):
        koreadip.to_frames(koreadip.Dossier())

"""Manifests: one CSV row per file; each bad row is one error naming its line, the rest stand."""

from __future__ import annotations

import datetime
import doctest
from pathlib import Path

import pytest

import koreadip
from koreadip import KoreadipError, read_manifest
from koreadip import manifest as manifest_module


def _write(folder: Path, text: str, name: str = "manifest.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("A made-up article.", encoding="utf-8")
    return tmp_path


def test_rows_give_reference_date_url_publisher_and_published(folder: Path) -> None:
    path = _write(
        folder,
        "file,reference_date,url,publisher,published\n"
        "a.txt,2018-12-07,https://example.org/a,Example Wire,2018-12-06T21:00:00+09:00\n"
        f"{folder / 'b.txt'},2019-01-02,,,\n",
    )
    m = read_manifest(path)
    assert m.errors == ()
    a, b = m.entry(folder / "a.txt"), m.entry(str(folder / "b.txt"))
    assert a is not None
    assert b is not None
    assert (a.given, a.line, a.reference_date) == ("a.txt", 2, datetime.date(2018, 12, 7))
    assert (a.url, a.publisher) == ("https://example.org/a", "Example Wire")
    assert a.published == datetime.datetime.fromisoformat("2018-12-06T21:00:00+09:00")
    assert (b.url, b.publisher, b.published) == (None, None, None)


def test_a_relative_path_is_read_from_the_manifests_folder(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text("Made up.", encoding="utf-8")
    m = read_manifest(_write(folder / "sub", "file,reference_date\nc.txt,2018-12-07\n"))
    (entry,) = m.entries.values()
    assert entry.file == folder / "sub" / "c.txt"


def test_column_names_ignore_case_and_spaces(folder: Path) -> None:
    m = read_manifest(_write(folder, " File , Reference_Date \na.txt,2018-12-07\n"))
    assert m.errors == ()
    assert len(m.entries) == 1


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("missing.txt,2018-12-07", "no such file: 'missing.txt'"),
        ("a.txt,2018-13-01", "reference_date: not a date (YYYY-MM-DD): '2018-13-01'"),
        ("a.txt,20181207", "reference_date: not a date (YYYY-MM-DD): '20181207'"),
        ("a.txt,", "reference_date: not a date (YYYY-MM-DD): ''"),
        ("a.txt,2018-12-07,extra", "3 cells in a row of 2 columns"),
        (",2018-12-07", "the file cell is empty"),
    ],
)
def test_a_bad_row_is_one_error_naming_its_line_and_the_others_stand(
    folder: Path, row: str, reason: str
) -> None:
    path = _write(folder, f"file,reference_date\nb.txt,2018-12-08\n{row}\n")
    m = read_manifest(path)
    assert m.errors == ((f"{path}:3", reason),)
    assert [e.given for e in m.entries.values()] == ["b.txt"]


def test_a_bad_published_value_is_named(folder: Path) -> None:
    path = _write(folder, "file,reference_date,published\na.txt,2018-12-07,yesterday\n")
    ((where, reason),) = read_manifest(path).errors
    assert (where, reason) == (
        f"{path}:2",
        "published: not an ISO 8601 date or date and time: 'yesterday'",
    )


def test_a_refused_row_is_remembered_for_its_file(folder: Path) -> None:
    path = _write(folder, "file,reference_date\na.txt,someday\n")
    m = read_manifest(path)
    assert m.entry(folder / "a.txt") is None
    assert m.refusal(folder / "a.txt") == (
        f"{path}:2",
        "reference_date: not a date (YYYY-MM-DD): 'someday'",
    )


def test_a_file_listed_twice_keeps_its_first_row(folder: Path) -> None:
    path = _write(folder, "file,reference_date\na.txt,2018-12-07\n./a.txt,2019-01-01\n")
    m = read_manifest(path)
    assert m.errors == ((f"{path}:3", "'./a.txt' is already listed on line 2"),)
    entry = m.entry(folder / "a.txt")
    assert entry is not None
    assert entry.reference_date == datetime.date(2018, 12, 7)


def test_an_unknown_column_is_reported_once_and_ignored(folder: Path) -> None:
    path = _write(folder, "file,reference_date,outlet\na.txt,2018-12-07,Example\n")
    m = read_manifest(path)
    ((where, reason),) = m.errors
    assert where == f"{path}:1"
    assert reason.startswith("unknown column 'outlet' ignored (known: file, reference_date")
    assert len(m.entries) == 1


def test_blank_rows_are_skipped(folder: Path) -> None:
    m = read_manifest(_write(folder, "file,reference_date\n\na.txt,2018-12-07\n,\n"))
    assert (m.errors, len(m.entries)) == ((), 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("path,date\na.txt,2018-12-07\n", "no 'file' or 'reference_date' column"),
        ("file\na.txt\n", "no 'reference_date' column"),
    ],
)
def test_a_manifest_without_its_columns_is_refused_in_one_line(
    folder: Path, text: str, message: str
) -> None:
    path = _write(folder, text)
    with pytest.raises(KoreadipError, match=message) as e:
        read_manifest(path)
    assert str(e.value).startswith(str(path))
    assert "\n" not in str(e.value)


def test_a_missing_manifest_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(KoreadipError, match=r"nowhere\.csv"):
        read_manifest(tmp_path / "nowhere.csv")


def test_cells_that_look_like_formulas_or_quotes_are_text(folder: Path) -> None:
    path = _write(
        folder,
        'file,reference_date,publisher\na.txt,2018-12-07,"=Example, ""Wire"""\n',
    )
    (entry,) = read_manifest(path).entries.values()
    assert entry.publisher == '=Example, "Wire"'


def test_the_module_examples_run() -> None:
    result = doctest.testmod(manifest_module)
    assert result.attempted > 0
    assert result.failed == 0


def test_the_manifest_api_is_public() -> None:
    assert koreadip.read_manifest is read_manifest
    assert koreadip.Manifest is manifest_module.Manifest

"""``koreadip parse --manifest CSV``: per-file dates and metadata, one line per bad row, exit 1.

Every article here is made up for the tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from koreadip.cli import main

MET = (
    "Made-up sample: talks\n\n"
    "Secretary of State Mike Pompeo met Foreign Minister Kang Kyung-wha in Seoul on Tuesday.\n"
)
CALL = (
    "Made-up sample: a call\n\n"
    "Secretary of State Mike Pompeo spoke by phone with Foreign Minister Kang Kyung-wha "
    "on Tuesday.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(MET, encoding="utf-8")
    (folder / "b.txt").write_text(CALL, encoding="utf-8")
    return folder


def _manifest(folder: Path, *rows: str, header: str = "file,reference_date,url") -> Path:
    path = folder / "manifest.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}, err


def test_each_file_gets_its_rows_date_and_url(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    manifest = _manifest(corpus, "a.txt,2018-10-05,https://example.org/a", "b.txt,2021-03-12,")
    code, data, err = _run(
        capsys, "parse", str(corpus), "--manifest", str(manifest), "--to", "json"
    )
    assert code == 0, err
    assert sorted(m["date"] for m in data["meetings"]) == ["2018-10-02", "2021-03-09"]
    by_file = {Path(s["path"]).name: s for s in data["sources"]}
    assert by_file["a.txt"]["url"] == "https://example.org/a"
    assert by_file["a.txt"]["reference_date"] == "2018-10-05"
    assert by_file["b.txt"]["url"] is None
    assert all(m["source_count"] == 1 for m in data["meetings"])


def test_the_manifest_alone_names_the_files(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    manifest = _manifest(corpus, "b.txt,2021-03-12,")
    code, data, _ = _run(capsys, "parse", "--manifest", str(manifest), "-q")
    assert code == 0
    assert [Path(s["path"]).name for s in data["sources"]] == ["b.txt"]


def test_a_bad_row_is_one_error_line_and_the_other_files_are_exported(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    manifest = _manifest(corpus, "a.txt,2018-10-05,", "b.txt,2018-02-30,", "gone.txt,2018-10-05,")
    code, data, err = _run(capsys, "parse", str(corpus), "--manifest", str(manifest))
    assert code == 1
    assert [Path(s["path"]).name for s in data["sources"]] == ["a.txt"]
    errors = [line for line in err.splitlines() if line.startswith("koreadip: error:")]
    assert len(errors) == 2  # one line per bad row, and its file is not read
    assert f"koreadip: error: {manifest}:4: no such file: 'gone.txt'" in errors
    assert any(f"{manifest}:3: reference_date: not a date" in e for e in errors)
    assert "Traceback" not in err


def test_an_unknown_column_is_an_error_but_the_rows_are_used(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    manifest = _manifest(corpus, "a.txt,2018-10-05,x", header="file,reference_date,outlet")
    code, data, err = _run(capsys, "parse", str(corpus / "a.txt"), "--manifest", str(manifest))
    assert code == 1
    assert f"{manifest}:1: unknown column 'outlet' ignored" in err
    assert [m["date"] for m in data["meetings"]] == ["2018-10-02"]


def test_a_manifest_without_its_columns_fails_in_one_line(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    manifest = _manifest(corpus, "a.txt", header="file")
    code, data, err = _run(capsys, "parse", str(corpus), "--manifest", str(manifest))
    assert (code, data) == (1, {})
    assert err.count("koreadip: error:") == 1
    assert f"{manifest}:1: no 'reference_date' column" in err


def test_no_path_and_no_manifest_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "parse")
    assert code == 2
    assert "give a PATH" in err


def test_the_manifest_wins_over_reference_date(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    manifest = _manifest(corpus, "a.txt,2018-10-05,")
    argv = ["parse", str(corpus), "--manifest", str(manifest), "--reference-date", "2021-03-12"]
    code, data, _ = _run(capsys, *argv, "-q")
    assert code == 0
    assert sorted(m["date"] for m in data["meetings"]) == ["2018-10-02", "2021-03-09"]

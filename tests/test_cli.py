"""The ``koreadip`` command: exit codes, one-line errors, stdout carrying only the export,
atomic output files, and the subcommands."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import koreadip
import koreadip.api
import koreadip.plugins
from koreadip import Dossier, Official, Source
from koreadip.cli import build_parser, main

# Made-up sample articles, written for these tests; not from any real publication.
ARTICLE_A = """\
Made-up sample: Envoys meet in Seoul

SEOUL, Dec. 7 -- Special Representative for North Korea Stephen Biegun met South Korea's
Special Representative for Korean Peninsula Peace and Security Affairs Lee Do-hoon in Seoul on
Friday, Dec. 7, 2018, the foreign ministry said.

"We had a productive discussion," Biegun told reporters after the talks.
"""

ARTICLE_B = """\
Made-up sample: Ministers speak by phone

WASHINGTON, Oct. 2 -- Secretary of State Mike Pompeo and Foreign Minister Kang Kyung-wha held
a phone call on Oct. 2, 2018, to discuss denuclearization, the State Department said.
"""

Result = tuple[int, str, str]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    """Every error is one ``koreadip: error: ...`` line, and there is no traceback."""
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("koreadip: error:")]
    assert len(errors) == 1, err
    for fragment in fragments:
        assert fragment in errors[0], err


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


@pytest.fixture
def fake_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the parser with one that gives one source and one official per text."""

    def parse(text: str, **_options: Any) -> Dossier:
        key = str(abs(hash(text)))
        return Dossier(
            sources=[Source(id=f"s{key}", title=text.splitlines()[0])],
            officials=[Official(id=f"o{key}", name="Test Official")],
        )

    monkeypatch.setattr(koreadip.api, "parse", parse)


# ------------------------------------------------------------------ basics


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"koreadip {koreadip.__version__}"


@pytest.mark.parametrize("command", ["parse", "convert", "formats"])
def test_each_subcommand_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert f"usage: koreadip {command}" in out
    if command != "formats":
        assert "examples:" in out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "usage: koreadip" in err


def test_formats_lists_the_built_in_exporters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "formats")
    assert code == 0
    rows = {tuple(line.split()[:2]) for line in out.splitlines()[1:]}
    for name in ("json", "jsonld", "ical", "csv"):
        assert ("exporter", name) in rows, out


# ------------------------------------------------------------------ usage errors: exit 2


def test_an_impossible_reference_date_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    code, out, err = run(capsys, "parse", str(articles), "--reference-date", "2018-13-45")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, "--reference-date", "2018-13-45")


def test_an_unknown_exporter_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    code, out, err = run(capsys, "parse", str(articles), "--to", "nosuchformat")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, "nosuchformat", "json")


def test_an_unknown_source_format_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    code, _, err = run(capsys, "parse", str(articles), "--source-format", "nosuchsource")
    assert code == 2
    assert_one_line_error(err, "nosuchsource")


@pytest.mark.parametrize("size", ["0", "-5", "lots", "10X"])
def test_a_bad_max_bytes_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], articles: Path, size: str
) -> None:
    code, _, err = run(capsys, "parse", str(articles), "--max-bytes", size)
    assert code == 2
    assert_one_line_error(err, "--max-bytes")


def test_no_merge_to_a_single_file_format_needs_an_output_directory(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    code, _, err = run(capsys, "parse", str(articles), "--no-merge", "--to", "jsonld")
    assert code == 2
    assert_one_line_error(err, "-o DIRECTORY")


# ------------------------------------------------------------------ input failures: exit 1


def test_a_missing_file_fails_with_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "parse", str(missing), "--to", "json")
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "missing.txt", "no such file")


def test_an_empty_file_fails_with_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    code, out, err = run(capsys, "parse", str(empty))
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "empty.txt", "empty")


def test_a_binary_file_fails_with_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 20)
    code, out, err = run(capsys, "parse", str(binary))
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "photo.txt", "binary file")


def test_a_file_over_max_bytes_fails_naming_the_limit(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    code, _, err = run(capsys, "parse", str(articles / "a.txt"), "--max-bytes", "100")
    assert code == 1
    assert_one_line_error(err, "a.txt", "limit of 100 bytes")


def test_a_binary_file_among_good_ones_fails_but_the_good_ones_are_exported(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    (articles / "c-broken.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 10)
    code, out, err = run(capsys, "parse", str(articles), "--reference-date", "2018-12-07")
    assert code == 1
    assert_one_line_error(err, "c-broken.txt", "binary file")
    dossier = json.loads(out)
    assert len(dossier["sources"]) >= 2
    names = {o["name"] for o in dossier["officials"]}
    assert {"Stephen Biegun", "Mike Pompeo"} <= names
    assert "read 2 of 3 inputs" in err
    assert "1 failure" in err


def test_a_parser_crash_is_one_input_failing_not_the_run(
    capsys: pytest.CaptureFixture[str], articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = koreadip.api.parse

    def flaky(text: str, **options: Any) -> Dossier:
        if "phone" in text:
            raise RuntimeError("parser bug")
        return real(text, **options)

    monkeypatch.setattr(koreadip.api, "parse", flaky)
    code, out, err = run(capsys, "parse", str(articles))
    assert code == 1
    assert_one_line_error(err, "b.txt", "RuntimeError: parser bug")
    assert json.loads(out)["sources"]


def test_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str], articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, **_options: Any) -> Dossier:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(koreadip.api, "parse", broken)
    code, _, err = run(capsys, "parse", str(articles / "a.txt"), "--debug")
    assert code == 1
    assert "Traceback" in err
    assert "RuntimeError: parser bug" in err


def test_a_directory_without_text_files_is_a_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_parse: None
) -> None:
    code, _, err = run(capsys, "parse", str(tmp_path))
    assert code == 1
    assert_one_line_error(err, "no *.txt files")


# ------------------------------------------------------------------ output


def test_stdout_carries_only_the_json_export(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    path = str(articles / "a.txt")
    code, out, err = run(capsys, "parse", path, "--reference-date", "2018-12-07", "--to", "json")
    assert code == 0
    assert koreadip.loads(out).sources
    assert err.strip().startswith("koreadip: read 1 of 1 inputs")


def test_the_summary_counts_every_record_kind(
    capsys: pytest.CaptureFixture[str], articles: Path, fake_parse: None
) -> None:
    code, _, err = run(capsys, "parse", str(articles))
    assert code == 0
    summary = err.strip().splitlines()[-1]
    for kind in ("sources", "officials", "meetings", "statements", "positions", "failures"):
        assert kind in summary or kind[:-1] in summary


def test_quiet_suppresses_the_summary(
    capsys: pytest.CaptureFixture[str], articles: Path, fake_parse: None
) -> None:
    code, out, err = run(capsys, "parse", str(articles), "--quiet")
    assert code == 0
    assert out
    assert err == ""


def test_merge_gives_one_dossier_and_no_merge_an_array(
    capsys: pytest.CaptureFixture[str], articles: Path, fake_parse: None
) -> None:
    _, merged, _ = run(capsys, "parse", str(articles))
    assert len(json.loads(merged)["sources"]) == 2
    _, separate, _ = run(capsys, "parse", str(articles), "--no-merge")
    assert [len(d["sources"]) for d in json.loads(separate)] == [1, 1]


def test_no_merge_json_to_a_file_writes_the_array(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path, fake_parse: None
) -> None:
    target = tmp_path / "all.json"
    assert run(capsys, "parse", str(articles), "--no-merge", "-o", str(target))[0] == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 2


def test_no_merge_writes_a_file_per_input(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path, fake_parse: None
) -> None:
    out_dir = tmp_path / "out"
    code, _, _ = run(
        capsys, "parse", str(articles), "--no-merge", "--to", "jsonl", "-o", str(out_dir)
    )
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.jsonl", "b.jsonl"]


def test_stdin_is_read_with_a_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_parse: None
) -> None:
    data = ARTICLE_A.replace("\n", "\r\n").encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "parse", "-")
    assert code == 0
    assert json.loads(out)["sources"][0]["title"] == "Made-up sample: Envoys meet in Seoul"


def test_output_file_is_written_and_stdout_stays_empty(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path, fake_parse: None
) -> None:
    target = tmp_path / "nested" / "dossier.json"
    code, out, err = run(capsys, "parse", str(articles), "-o", str(target))
    assert code == 0
    assert out == ""
    assert len(koreadip.loads(target.read_text(encoding="utf-8")).sources) == 2
    assert str(target) in err
    assert [p.name for p in target.parent.iterdir()] == ["dossier.json"]


class BrokenExporter:
    """Writes half its output, then fails: as a full disk or an exporter bug would."""

    name = "broken"
    media_type = "text/plain"
    suffix = ".txt"
    binary = False
    description = "fails half-way"
    can_load = False

    def __init__(self, as_directory: bool = False) -> None:
        self.as_directory = as_directory

    def dump(self, dossier: Dossier, target: Any) -> None:
        path = Path(target)
        if self.as_directory:
            path.mkdir()
            (path / "part.csv").write_text("half,")
        else:
            path.write_text("half of it")
        raise OSError(28, "No space left on device")

    def load(self, source: Any) -> Dossier:
        raise NotImplementedError


@pytest.mark.parametrize("as_directory", [False, True])
def test_a_failed_export_leaves_no_partial_output(
    capsys: pytest.CaptureFixture[str],
    articles: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_parse: None,
    as_directory: bool,
) -> None:
    monkeypatch.setattr(koreadip.plugins, "get_exporter", lambda _n: BrokenExporter(as_directory))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "export"
    code, _, err = run(capsys, "parse", str(articles), "--to", "broken", "-o", str(target))
    assert code == 1
    assert_one_line_error(err, "No space left on device")
    assert list(out_dir.iterdir()) == []  # neither the target nor a temporary file


def test_a_failed_export_keeps_the_previous_file(
    capsys: pytest.CaptureFixture[str],
    articles: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_parse: None,
) -> None:
    target = tmp_path / "timeline.ics"
    target.write_text("the previous export")
    monkeypatch.setattr(koreadip.plugins, "get_exporter", lambda _n: BrokenExporter())
    code, _, _ = run(capsys, "parse", str(articles), "--to", "broken", "-o", str(target))
    assert code == 1
    assert target.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "timeline.ics"]


def test_a_failed_export_to_stdout_prints_nothing(
    capsys: pytest.CaptureFixture[str],
    articles: Path,
    monkeypatch: pytest.MonkeyPatch,
    fake_parse: None,
) -> None:
    class HalfStream(BrokenExporter):
        def dump(self, dossier: Dossier, target: Any) -> None:
            target.write("half of it")
            raise ValueError("exporter bug")

    monkeypatch.setattr(koreadip.plugins, "get_exporter", lambda _n: HalfStream())
    code, out, err = run(capsys, "parse", str(articles), "--to", "broken")
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "exporter bug")


# ------------------------------------------------------------------ formats, terminals, encodings


@pytest.mark.parametrize(
    ("name", "exporter", "starts"),
    [
        ("timeline.ics", "ical", b"BEGIN:VCALENDAR\r\n"),
        ("tables.zip", "csv", b"PK\x03\x04"),
        ("d.jsonld", "jsonld", b"{"),
    ],
)
def test_the_format_of_o_is_inferred_from_its_suffix_and_said(
    capsys: pytest.CaptureFixture[str],
    articles: Path,
    tmp_path: Path,
    name: str,
    exporter: str,
    starts: bytes,
) -> None:
    target = tmp_path / name
    code, out, err = run(capsys, "parse", str(articles), "-o", str(target))
    assert code == 0
    assert out == ""
    assert target.read_bytes().startswith(starts)  # was: JSON, whatever the suffix
    assert f"koreadip: writing {exporter}, as the suffix of {target} says" in err
    loaded = koreadip.get_exporter(exporter).load(target)
    assert loaded.meetings if exporter == "ical" else loaded.sources


def test_a_json_suffix_gives_json_without_a_word(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.json"
    code, _, err = run(capsys, "parse", str(articles), "-o", str(target))
    assert code == 0
    assert "writing" not in err
    assert koreadip.loads(target.read_text(encoding="utf-8")).sources


@pytest.mark.parametrize("name", ["out.txt", "tables"])
def test_an_output_whose_suffix_names_no_format_needs_to(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path, name: str
) -> None:
    code, out, err = run(capsys, "parse", str(articles), "-o", str(tmp_path / name))
    assert code == 2
    assert out == ""
    assert_one_line_error(err, "is no format's: give --to NAME", ".ics ical")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]


def test_convert_infers_the_format_from_the_suffix_and_needs_to_for_stdout(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path
) -> None:
    source = tmp_path / "dossier.json"
    assert run(capsys, "parse", str(articles), "-o", str(source))[0] == 0
    target = tmp_path / "timeline.ics"
    code, _, err = run(capsys, "convert", str(source), "-o", str(target))
    assert code == 0
    assert "writing ical, as the suffix of" in err
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, _, err = run(capsys, "convert", str(source))
    assert code == 2
    assert_one_line_error(err, "give --to NAME to write to standard output")


def _on_a_terminal(*argv: str, cwd: Path) -> tuple[int, bytes, str]:
    """Run ``koreadip`` with stdout on a pseudo-terminal; (exit code, what it showed, stderr)."""
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "koreadip", *argv],
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env={**os.environ, "KOREADIP_LOAD_PLUGINS": "koreadip"},
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8")
    return proc.wait(timeout=120), shown, err


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals")
def test_a_zip_for_a_terminal_is_refused_unless_o_dash_says_so(articles: Path) -> None:
    code, shown, err = _on_a_terminal("parse", "articles", "--to", "csv", cwd=articles.parent)
    assert code == 2
    assert shown == b""  # was: the zip's bytes on the screen
    assert_one_line_error(err, "csv writes application/zip, not text", "-o FILE.zip", "-o -")
    code, shown, _ = _on_a_terminal(
        "parse", "articles", "--to", "csv", "-o", "-", cwd=articles.parent
    )
    assert code == 0
    assert shown.startswith(b"PK")
    code, shown, _ = _on_a_terminal("parse", "articles", "--to", "ical", cwd=articles.parent)
    assert code == 0  # a calendar is text
    assert shown.startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_a_western_legacy_encoded_file_is_read_and_its_encoding_said(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str
) -> None:
    text = ARTICLE_A.replace("Seoul", "Séoul")  # made up: accents, as a French site writes
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    code, out, err = run(capsys, "parse", str(path))
    assert code == 0  # was: "binary file", or U+FFFD without a word
    read = koreadip.loads(out)
    assert [source.path for source in read.sources] == [str(path)]
    unplaced = attrs.evolve(read, sources=[attrs.evolve(s, path=None) for s in read.sources])
    assert unplaced == koreadip.parse(text)
    warning = (
        f"koreadip: warning: {path}: read as cp1252, not UTF-8 (detected by charset-normalizer)"
    )
    assert warning in err.splitlines()


# ------------------------------------------------------------------ convert


def test_convert_round_trips_json_through_jsonl(
    capsys: pytest.CaptureFixture[str], articles: Path, tmp_path: Path, fake_parse: None
) -> None:
    first = tmp_path / "dossier.json"
    assert run(capsys, "parse", str(articles), "-o", str(first))[0] == 0
    lines = tmp_path / "dossier.jsonl"
    assert run(capsys, "convert", str(first), "--to", "jsonl", "-o", str(lines))[0] == 0
    code, out, _ = run(capsys, "convert", str(lines), "--to", "json")
    assert code == 0
    assert koreadip.loads(out) == koreadip.loads(first.read_text(encoding="utf-8"))


def test_convert_from_stdin_needs_from(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "convert", "-", "--to", "json")
    assert code == 2
    assert_one_line_error(err, "--from")


def test_convert_of_a_broken_file_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"meetings": [{"id": "m1", "date": "2018-02-30"}]}')
    code, out, err = run(capsys, "convert", str(bad), "--to", "jsonl")
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "bad.json")


# ------------------------------------------------------------------ a real process


def _koreadip(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "koreadip", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_python_m_koreadip_reports_failures_without_a_traceback(articles: Path) -> None:
    (articles / "empty.txt").write_bytes(b"")
    proc = _koreadip(
        "parse", "missing.txt", "articles/empty.txt", "--to", "json", cwd=articles.parent
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("koreadip: error:")]
    assert len(errors) == 2
    assert "missing.txt: no such file" in errors[0]
    assert "empty.txt: empty" in errors[1]


def test_python_m_koreadip_usage_error_exits_2(articles: Path) -> None:
    proc = _koreadip("parse", "articles", "--reference-date", "2018-13-45", cwd=articles.parent)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1


# ------------------------------------------------------------------ messages and progress


def test_a_multi_line_error_message_is_printed_as_one_line(
    capsys: pytest.CaptureFixture[str], articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def noisy(text: str, **_options: Any) -> Dossier:
        raise koreadip.ParseError("first line\nsecond line " + "x" * 1000)

    monkeypatch.setattr(koreadip.api, "parse", noisy)
    code, _, err = run(capsys, "parse", str(articles / "a.txt"))
    assert code == 1
    assert_one_line_error(err, "first line second line")
    assert max(len(line) for line in err.splitlines()) < 500


def test_debug_works_before_the_subcommand_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--debug", "parse", str(tmp_path / "missing.txt"))
    assert code == 1
    assert "missing.txt: no such file" in err


def test_progress_is_silent_unless_stderr_is_a_terminal() -> None:
    from koreadip.progress import Progress

    out = io.StringIO()
    bar = Progress(3, stream=out)
    bar.advance("a.txt")
    bar.close()
    assert out.getvalue() == ""


def test_progress_redraws_one_line_and_clears_it() -> None:
    from koreadip.progress import Progress

    out = io.StringIO()
    bar = Progress(2, stream=out, enabled=True, width=60)
    bar.advance("a.txt")
    bar.advance("b.txt")
    bar.close()
    drawn = out.getvalue()
    assert "\n" not in drawn
    assert "1/2 a.txt" in drawn
    assert "[####################] 2/2 b.txt" in drawn
    assert drawn.endswith("\r")


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "a.txt", "b.txt", "--reference-date", "2018-12-07", "-j", "2", "--no-merge"],
        ["--debug", "parse", "-", "--to", "csv", "-o", "out", "--max-bytes", "2M", "-q"],
        ["convert", "d.json", "--from", "json", "--to", "ical", "-o", "t.ics"],
        ["formats", "--refresh"],
        ["-q", "schema", "--debug"],
    ],
)
def test_a_parser_with_only_the_running_commands_arguments_reads_it_alike(
    argv: list[str],
) -> None:
    command = next(a for a in argv if not a.startswith("-"))
    assert build_parser(command).parse_args(argv) == build_parser().parse_args(argv)


def test_the_main_help_is_the_same_without_the_commands_arguments() -> None:
    assert build_parser("").format_help() == build_parser().format_help()

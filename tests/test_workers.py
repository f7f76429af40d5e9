"""Parsing in worker processes: what one process gives, in input order, with failures named."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import koreadip
import koreadip.api
from koreadip.cli import main
from koreadip.workers import Failure, default_workers, parse_files

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
ARTICLES = sorted(EXAMPLES.glob("*.txt"))
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="monkeypatches reach workers by fork"
)


def _jobs(paths: list[Path]) -> list[tuple[str, dict[str, Any]]]:
    return [(str(p), {}) for p in paths]


def test_the_default_is_one_worker_per_core_and_at_least_one() -> None:
    assert default_workers() >= 1
    if hasattr(os, "sched_getaffinity"):
        assert default_workers() == len(os.sched_getaffinity(0))


def test_workers_give_what_one_process_gives_in_input_order(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    paths = [*ARTICLES, tmp_path / "missing.txt", *ARTICLES[:2], empty]
    alone = list(parse_files(_jobs(paths), workers=1))
    together = list(parse_files(_jobs(paths), workers=3))
    assert [name for name, _ in together] == [str(p) for p in paths]
    assert together == alone
    assert [type(r).__name__ for _, r in together].count("Failure") == 2
    assert all(isinstance(r, koreadip.Dossier) for _, r in together[: len(ARTICLES)])


@linux_only
def test_a_parser_crash_in_a_worker_fails_that_input_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = koreadip.api.parse

    def crash_on_wire(text: str, **kw: Any) -> koreadip.Dossier:
        if "(UPI) --" in text:
            raise RuntimeError("made-up parser bug")
        return real(text, **kw)

    monkeypatch.setattr(koreadip.api, "parse", crash_on_wire)
    results = dict(parse_files(_jobs(ARTICLES), workers=2))
    wire = results.pop(str(EXAMPLES / "wire_1.txt"))
    assert isinstance(wire, Failure)
    assert wire.internal
    assert wire.message.endswith("internal error: RuntimeError: made-up parser bug")
    assert wire.traceback is not None
    assert "RuntimeError" in wire.traceback
    assert all(isinstance(r, koreadip.Dossier) for r in results.values())


@linux_only
def test_a_worker_that_dies_fails_its_inputs_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    real = koreadip.api.parse

    def die_on_wire(text: str, **kw: Any) -> koreadip.Dossier:
        if "(UPI) --" in text:
            os._exit(3)  # as a worker killed by the system would
        return real(text, **kw)

    monkeypatch.setattr(koreadip.api, "parse", die_on_wire)
    results = list(parse_files(_jobs(ARTICLES), workers=2))
    assert [name for name, _ in results] == [str(p) for p in ARTICLES]
    by_name = dict(results)
    wire = by_name[str(EXAMPLES / "wire_1.txt")]
    assert isinstance(wire, Failure)
    assert wire.message == f"{EXAMPLES / 'wire_1.txt'}: internal error: its worker process died"
    for name, result in results:  # every other input: its dossier, or a failure naming it
        assert isinstance(result, koreadip.Dossier) or result.message.startswith(name)


@pytest.mark.parametrize(
    "extra", [["--to", "json"], ["--no-merge", "--to", "json"], ["--to", "csv"], ["--to", "ical"]]
)
def test_parse_with_jobs_writes_the_bytes_one_process_writes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extra: list[str],
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1544140800")  # else DTSTAMP is the time of the run
    outputs = []
    for jobs in ("1", "2", "4"):
        target = tmp_path / f"out-{jobs}"
        code = main(["parse", str(EXAMPLES), "-j", jobs, "-q", *extra, "-o", str(target)])
        assert code == 0, capsys.readouterr().err
        outputs.append(_contents(target))
    assert outputs[0] == outputs[1] == outputs[2]


def _contents(path: Path) -> dict[str, bytes]:
    """The bytes of a file, or of each file of a directory (csv writes one)."""
    if path.is_file():
        return {"": path.read_bytes()}
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*"))}


def test_standard_input_is_read_by_the_command_among_files_parsed_by_workers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (EXAMPLES / "wire_1.txt").read_bytes()
    paths = [str(ARTICLES[0]), "-", str(ARTICLES[1])]
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
        assert main(["parse", *paths, "-j", jobs, "-q", "--no-merge"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert '"publisher": "UPI"' in outputs[0]


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_a_bad_number_of_jobs_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert main(["parse", str(ARTICLES[0]), "-j", value]) == 2
    assert "not a positive number of processes" in capsys.readouterr().err

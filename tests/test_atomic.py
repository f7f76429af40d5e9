"""``koreadip.atomic``: output written beside the target and put in place by one rename.

The hostile cases (a writer killed with SIGKILL, two writers, a directory holding other files)
are in ``test_robustness_exports.py``; these pin the ordinary behaviour.
"""

from __future__ import annotations

import doctest
import importlib
import os
import stat
from pathlib import Path

import pytest

from koreadip.atomic import atomic_file, atomic_output


@pytest.mark.parametrize("module", ["koreadip.atomic", "koreadip.exporters"])
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0
    assert result.failed == 0


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@pytest.mark.skipif(os.name != "posix", reason="Unix modes")
def test_files_and_directories_get_the_modes_open_and_mkdir_would_give(tmp_path: Path) -> None:
    with atomic_file(tmp_path / "dossier.json") as fp:
        fp.write("{}")
    with atomic_output(tmp_path / "tables") as tmp:
        tmp.mkdir()
        (tmp / "officials.csv").write_text("id\r\n")
    mask = _umask()
    assert stat.S_IMODE((tmp_path / "dossier.json").stat().st_mode) == 0o666 & ~mask  # not 0600
    assert stat.S_IMODE((tmp_path / "tables").stat().st_mode) == 0o777 & ~mask  # not 0700


def test_a_failed_write_leaves_the_target_and_no_work_directory(tmp_path: Path) -> None:
    target = tmp_path / "timeline.ics"
    target.write_bytes(b"previous")

    def write_half() -> None:
        with atomic_file(target, binary=True) as fp:
            fp.write(b"BEGIN:VCAL")
            raise RuntimeError("half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        write_half()
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.ics"]


def test_writing_nothing_is_an_error_and_leaves_nothing(tmp_path: Path) -> None:
    with (
        pytest.raises(FileNotFoundError, match="nothing was written"),
        atomic_output(tmp_path / "out.json"),
    ):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_file_cannot_replace_a_directory(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with pytest.raises(IsADirectoryError), atomic_output(tmp_path / "out") as tmp:
        tmp.write_text("x")
    assert (tmp_path / "out").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_symlink_to_a_directory_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    with atomic_output(tmp_path / "link") as tmp:
        tmp.mkdir()
        (tmp / "a.csv").write_bytes(b"id\n")
    assert (tmp_path / "link").is_symlink()
    assert (real / "a.csv").read_bytes() == b"id\n"

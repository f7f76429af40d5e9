"""Write output files so that a reader never sees half of one.

Everything is first written next to the target (same directory, so the same file system) and
moved into place with :func:`os.replace`, which is atomic on POSIX and Windows.  If writing
fails, the temporary file or directory is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["atomic_directory", "atomic_path", "atomic_text"]


def _parent(target: Path) -> Path:
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    return parent


@contextlib.contextmanager
def atomic_text(target: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream whose content replaces ``target`` only when the block ends without error.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "dossier.json"
    >>> with atomic_text(out) as fp:
    ...     _ = fp.write("{}")
    >>> out.read_text()
    '{}'
    """
    path = Path(target)
    fd, tmp = tempfile.mkstemp(dir=_parent(path), prefix=f".{path.name}.", suffix=".tmp")
    try:
        # newline="" keeps exporters' own line ends: iCalendar needs CRLF, JSON wants LF
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file path (same suffix) that is moved onto ``target`` when the block succeeds.

    For writers that want a path rather than a stream, such as a zip archive.
    """
    path = Path(target)
    fd, tmp = tempfile.mkstemp(dir=_parent(path), prefix=f".{path.stem}.", suffix=path.suffix)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_directory(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A fresh temporary directory that replaces the directory ``target`` when the block succeeds.

    An existing ``target`` is moved aside first and deleted only once the new one is in place;
    a file (not a directory) at ``target`` is never touched and raises :class:`FileExistsError`.
    """
    path = Path(target)
    if path.exists() and not path.is_dir():
        raise FileExistsError(f"{path} exists and is not a directory")
    tmp = Path(tempfile.mkdtemp(dir=_parent(path), prefix=f".{path.name}.", suffix=".tmp"))
    try:
        yield tmp
        old: Path | None = None
        if path.exists():
            old = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".old"))
            os.replace(path, old / path.name)
        try:
            os.replace(tmp, path)
        except OSError:
            if old is not None:
                os.replace(old / path.name, path)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise

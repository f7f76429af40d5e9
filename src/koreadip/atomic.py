"""Write output files so that a reader never sees half of one.

Everything is first written next to the target (same directory, so the same file system) and
moved into place with :func:`os.replace`, which is atomic on POSIX and Windows.  If writing
fails, the temporary file or directory is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .errors import KoreadipError

if TYPE_CHECKING:
    from .exporters import Exporter
    from .records import Dossier

__all__ = ["atomic_output", "atomic_text", "write_export", "write_stdout"]


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
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A path to write a file *or* a directory at, moved onto ``target`` when the block succeeds.

    The path lies in a fresh temporary directory beside ``target`` and has its name, so writers
    that pick a layout from the name (``tables.zip`` versus ``tables/``) behave as they would at
    ``target``.  A file replaces ``target`` atomically; a directory replaces a missing or empty
    one atomically, and otherwise moves its files in one by one, each atomically, leaving other
    files alone.  If the block raises, or writes nothing, nothing is left behind.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "timeline.ics"
    >>> with atomic_output(out) as tmp:
    ...     _ = tmp.write_text("BEGIN:VCALENDAR")
    >>> out.read_text()
    'BEGIN:VCALENDAR'
    """
    path = Path(target)
    workdir = Path(tempfile.mkdtemp(dir=_parent(path), prefix=f".{path.name}.", suffix=".tmp"))
    try:
        tmp = workdir / path.name
        yield tmp
        if tmp.is_dir():
            _move_directory(tmp, path)
        elif tmp.exists():
            if path.is_dir():
                raise IsADirectoryError(f"{path} is a directory")
            os.replace(tmp, path)
        else:
            raise FileNotFoundError(f"nothing was written for {path}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _move_directory(src: Path, dst: Path) -> None:
    if dst.exists() and not dst.is_dir():
        raise NotADirectoryError(f"{dst} exists and is not a directory")
    if not dst.exists() or not any(dst.iterdir()):
        with contextlib.suppress(FileNotFoundError):
            dst.rmdir()
        os.replace(src, dst)
        return
    for item in sorted(src.rglob("*")):
        rel = dst / item.relative_to(src)
        if item.is_dir():
            rel.mkdir(exist_ok=True)
        else:
            os.replace(item, rel)


def write_export(exporter: Exporter, dossier: Dossier, output: str | None) -> str:
    """Export ``dossier`` to the path ``output`` atomically, or to stdout when it is None or ``-``.

    Stdout gets the export only once it is complete, so a failing exporter prints nothing.
    Returns where the export went ("stdout" or the path), for messages.
    """
    if output is None or output == "-":
        buffer: io.BytesIO | io.StringIO = io.BytesIO() if exporter.binary else io.StringIO()
        exporter.dump(dossier, buffer)
        data = buffer.getvalue()
        write_stdout(data.encode("utf-8") if isinstance(data, str) else data)
        return "stdout"
    try:
        with atomic_output(output) as tmp:
            exporter.dump(dossier, tmp)
    except OSError as e:
        raise KoreadipError(f"{output}: cannot write ({e.strerror or e})") from None
    return output


def write_stdout(data: bytes) -> None:
    """Write UTF-8 bytes to stdout whatever its text encoding, after any text already written."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
    else:
        buffer.write(data)
        buffer.flush()

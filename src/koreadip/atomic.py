"""Write output files and directories so that a reader never sees half of one.

Everything is first written beside the target, in a hidden work directory of its own
(``.NAME.koreadip-tmp/HOST-PID-RANDOM/NAME``: same directory, so the same file system), then put
in place by one rename: :func:`os.replace` for a file; for a directory that already exists, an
atomic exchange of the two directories (Linux ``renameat2(RENAME_EXCHANGE)``), after which the
old one is deleted.  A reader sees the old output or the new one, never a mixture.  On every exit
path that runs Python code (an error, ``KeyboardInterrupt``, ``SystemExit``) the work directory
is removed and the target is left as it was; what a writer killed with ``SIGKILL`` left behind is
removed by the next writer of the same target on the same host, once that process is gone.

Where the exchange is not available (another OS, a file system without it), a directory is
replaced by two renames: the old one out of the way, the new one in.  A reader then may find no
directory for that instant, but never a mixture.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import io
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

from .errors import KoreadipError

if TYPE_CHECKING:
    from .exporters import Exporter
    from .records import Dossier

__all__ = ["atomic_file", "atomic_output", "atomic_text", "write_export", "write_stdout"]

_WORK_SUFFIX = ".koreadip-tmp"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: files and directories get the modes ``open`` and ``mkdir`` would give them, not mkstemp's 0600
_UMASK = _umask()


def _host() -> str:
    return socket.gethostname().replace(os.sep, "_").replace("-", "_") or "host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # EPERM: someone else's process, alive
    return True


def _sweep(work: Path) -> None:
    """Remove what writers killed on this host left in ``work`` (their process is gone)."""
    if os.name != "posix":
        return  # os.kill(pid, 0) would terminate the process on Windows
    host = _host() + "-"
    with contextlib.suppress(OSError):
        for entry in os.scandir(work):
            owner = entry.name.removeprefix(host).split("-", 1)[0]
            if entry.name.startswith(host) and owner.isdigit() and not _alive(int(owner)):
                shutil.rmtree(entry.path, ignore_errors=True)


def _workdir(path: Path) -> Path:
    """A fresh directory of this writer's beside ``path``, after sweeping dead writers' ones."""
    work = path.parent / f".{path.name}{_WORK_SUFFIX}"
    for _ in range(100):
        try:
            work.mkdir(parents=True, exist_ok=True)
            _sweep(work)
            return Path(tempfile.mkdtemp(dir=work, prefix=f"{_host()}-{os.getpid()}-"))
        except FileNotFoundError:
            continue  # another writer removed the (then empty) work directory: make it again
    raise OSError(errno.EAGAIN, "could not make a work directory", str(work))


def _remove_workdir(tmp: Path) -> None:
    shutil.rmtree(tmp, ignore_errors=True)
    with contextlib.suppress(OSError):
        tmp.parent.rmdir()  # fails while another writer of the same target is at work


def _renameat2() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn: Callable[..., int] = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None  # a C library without renameat2 (glibc < 2.28, musl)
    return fn


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap the directories ``a`` and ``b`` in one step; False where that is not supported."""
    fn = _renameat2()
    if fn is None:
        return False
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _check_replaceable(old: Path, new: Path) -> None:
    """Refuse to replace a directory holding entries the new one would not have."""
    names = {p.name for p in new.iterdir()}
    extra = sorted(p.name for p in old.iterdir() if p.name not in names)
    if extra:
        more = f" and {len(extra) - 1} more" if len(extra) > 1 else ""
        raise KoreadipError(
            f"{old}: holds {extra[0]!r}{more}, which this export would not write; "
            "give a new or empty directory"
        )


def _fsync_tree(root: Path) -> None:
    for item in [root, *root.rglob("*")]:
        if item.is_file() and not item.is_symlink():
            with open(item, "rb") as fp:
                os.fsync(fp.fileno())


def _install_directory(new: Path, target: Path) -> None:
    """Put the directory ``new`` at ``target`` in one rename; ``new``'s parent is a work dir."""
    os.chmod(new, 0o777 & ~_UMASK)
    _fsync_tree(new)
    for _ in range(100):
        if not os.path.lexists(target):
            try:
                os.rename(new, target)
                return
            except OSError as e:
                if e.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                    raise
                continue  # another writer put its directory there first: exchange with it
        if target.is_symlink() or not target.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "exists and is not a directory", str(target))
        _check_replaceable(target, new)
        if _exchange(new, target):
            shutil.rmtree(new, ignore_errors=True)  # the old directory, now at new's place
            return
        old = new.parent / (new.name + ".old")
        try:
            os.rename(target, old)
        except FileNotFoundError:
            continue  # another writer moved it away first
        try:
            os.rename(new, target)
        except OSError as e:
            if e.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                with contextlib.suppress(OSError):
                    os.rename(old, target)
                raise
            continue
        shutil.rmtree(old, ignore_errors=True)
        return
    raise OSError(errno.EBUSY, "other writers kept replacing it", str(target))


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A path to write a file *or* a directory at, put at ``target`` when the block succeeds.

    The path lies in a fresh work directory beside ``target`` and has its name, so writers that
    pick a layout from the name (``tables.zip`` versus ``tables/``) behave as they would at
    ``target``.  A file replaces ``target`` atomically; so does a directory (see the module
    docstring), provided the directory it replaces holds nothing the new one lacks (else
    :class:`~koreadip.KoreadipError`: the files of another program are never deleted).  A symlink
    to a directory is followed.  If the block raises, or writes nothing, nothing is left behind.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "timeline.ics"
    >>> with atomic_output(out) as tmp:
    ...     _ = tmp.write_text("BEGIN:VCALENDAR")
    >>> out.read_text(), sorted(p.name for p in out.parent.iterdir())
    ('BEGIN:VCALENDAR', ['timeline.ics'])
    """
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink() and path.is_dir():
        path = path.resolve()
    workdir = _workdir(path)
    try:
        tmp = workdir / path.name
        yield tmp
        if tmp.is_dir() and not tmp.is_symlink():
            _install_directory(tmp, path)
        elif tmp.exists():
            if path.is_dir() and not path.is_symlink():
                raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
            os.replace(tmp, path)
        else:
            raise FileNotFoundError(errno.ENOENT, "nothing was written", str(path))
    finally:
        _remove_workdir(workdir)


@contextlib.contextmanager
def atomic_file(
    target: str | os.PathLike[str], *, binary: bool = False, encoding: str = "utf-8"
) -> Iterator[IO[Any]]:
    """A stream whose content replaces the file ``target`` only when the block ends without error.

    Binary, or text in ``encoding`` with newlines written as given (iCalendar needs CRLF, JSON
    wants LF).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "timeline.ics"
    >>> with atomic_file(out, binary=True) as fp:
    ...     _ = fp.write(b"BEGIN:VCALENDAR")
    >>> out.read_bytes()
    b'BEGIN:VCALENDAR'
    """
    with atomic_output(target) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~_UMASK)
        raw = os.fdopen(fd, "wb")
        stream: IO[Any] = raw if binary else io.TextIOWrapper(raw, encoding=encoding, newline="")
        with stream:
            yield stream
            stream.flush()
            os.fsync(fd)


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
    with atomic_file(target, binary=False, encoding=encoding) as fp:
        yield fp  # type: ignore[misc]


def write_export(exporter: Exporter, dossier: Dossier, output: str | None) -> str:
    """Export ``dossier`` to the path ``output`` atomically, or to stdout when it is None or ``-``.

    Stdout gets the export only once it is complete, so a failing exporter prints nothing.
    Returns where the export went ("stdout" or the path), for messages.
    """
    from .exporters import encode_error

    if output is None or output == "-":
        buffer: io.BytesIO | io.StringIO = io.BytesIO() if exporter.binary else io.StringIO()
        try:
            exporter.dump(dossier, buffer)
            data = buffer.getvalue()
            out = data.encode("utf-8") if isinstance(data, str) else data
        except UnicodeEncodeError as e:
            raise encode_error(dossier, e, exporter.name) from None
        write_stdout(out)
        return "stdout"
    try:
        with atomic_output(output) as tmp:
            exporter.dump(dossier, tmp)
    except UnicodeEncodeError as e:
        raise encode_error(dossier, e, exporter.name) from None
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

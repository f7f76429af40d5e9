"""Reading a CSV package — a directory of tables or a zip of them — without trusting it.

A member is opened only as a regular file: never a symbolic link, a FIFO (which would block the
reader forever) or a device, in a directory or in a zip (whose entries carry a Unix mode).  Each
is read as a stream whose uncompressed bytes count against one budget for the whole package, so
a zip bomb, a zip whose sizes lie, or a file still growing stops at the limit instead of filling
memory.  ``datapackage.json`` must be there and describe the tables koreadip reads.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from koreadip.errors import PluginError, SchemaError
from koreadip.exporters import Target

__all__ = ["MAX_LINE", "Package", "check_datapackage", "opened", "table_rows"]

#: the most ``datapackage.json`` may hold: koreadip's is about 20 KB
_MAX_DESCRIPTOR = 1024 * 1024
#: a physical line longer than this is refused while reading, so one huge cell is never held whole
MAX_LINE = 4 * 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


class _Counted(io.RawIOBase):
    """A member's bytes, each counted against the package's budget as it is read."""

    def __init__(self, raw: IO[bytes], package: Package, name: str) -> None:
        self._raw, self._package, self._name = raw, package, name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        self._package.spend(len(data), self._name)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class Package:
    """The members of a CSV package, opened one at a time as counted binary streams.

    ``max_bytes`` bounds the package's uncompressed bytes, all members together; ``max_table``
    each member's.  Both are checked from the sizes the directory or the zip states before a
    member is read, and again on the bytes actually read.
    """

    def __init__(self, source: Target, *, max_bytes: int, max_table: int) -> None:
        self.max_bytes, self.max_table = max_bytes, max_table
        self.spent = 0
        self.directory: Path | None = None
        self.zip: zipfile.ZipFile | None = None
        if isinstance(source, str | os.PathLike):
            path = Path(source)
            if path.is_dir():
                self.directory = path
                return
            try:
                self.zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                raise SchemaError("", "not a directory of tables or a zip archive") from None
        else:
            raw = source.read()
            if not isinstance(raw, bytes):
                raise PluginError("csv reads a directory, a .zip path or a binary stream of a zip")
            try:
                self.zip = zipfile.ZipFile(io.BytesIO(raw))
            except (zipfile.BadZipFile, EOFError, ValueError):
                raise SchemaError("", "not a directory of tables or a zip archive") from None
        names = self.zip.namelist()
        if len(names) != len(set(names)):
            twice = sorted({n for n in names if names.count(n) > 1})
            raise SchemaError(twice[0], "appears twice in the zip archive")

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    def spend(self, size: int, name: str) -> None:
        """Count ``size`` more uncompressed bytes of ``name``; refuse past the budget."""
        self.spent += size
        if self.spent > self.max_bytes:
            raise SchemaError(
                name, f"the package is larger than {self.max_bytes:,} bytes uncompressed"
            )

    def _check_size(self, name: str, size: int, limit: int) -> None:
        if size > limit:
            raise SchemaError(name, f"larger than {limit:,} bytes uncompressed")
        if self.spent + size > self.max_bytes:
            self.spend(size, name)

    def open(self, name: str, limit: int | None = None) -> IO[bytes]:
        """``name`` as a counted binary stream; SchemaError if missing or not a regular file, or
        larger than ``limit`` (default: ``max_table``)."""
        limit = self.max_table if limit is None else limit
        if self.zip is not None:
            try:
                info = self.zip.getinfo(name)
            except KeyError:
                raise SchemaError(name, "missing from the package") from None
            mode = info.external_attr >> 16
            if info.is_dir() or (stat.S_IFMT(mode) and not stat.S_ISREG(mode)):
                raise SchemaError(name, f"{_kind(mode)} in the zip archive, not a file: refused")
            self._check_size(name, info.file_size, limit)
            raw: IO[bytes] = self.zip.open(info)
        else:
            assert self.directory is not None
            raw = self._open_file(self.directory / name, name, limit)
        return io.BufferedReader(_Counted(raw, self, name))

    def _open_file(self, path: Path, name: str, limit: int) -> IO[bytes]:
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:
            raise SchemaError(name, "missing from the package") from None
        if not stat.S_ISREG(mode):
            raise SchemaError(name, f"{_kind(mode)}, not a file: refused")
        try:
            # no O_NOFOLLOW race: a link swapped in after lstat fails here with ELOOP; and a FIFO
            # swapped in opens without blocking, then fails the fstat check
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
        except FileNotFoundError:
            raise SchemaError(name, "missing from the package") from None
        except OSError as e:
            raise SchemaError(name, f"cannot open ({e.strerror or e}): refused") from None
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            raise SchemaError(name, f"{_kind(st.st_mode)}, not a file: refused")
        try:
            self._check_size(name, st.st_size, limit)
        except SchemaError:
            os.close(fd)
            raise
        return os.fdopen(fd, "rb")


def _lines(stream: IO[str], name: str) -> Iterator[str]:
    while line := stream.readline(MAX_LINE + 1):
        if len(line) > MAX_LINE:
            raise SchemaError(name, f"a line longer than {MAX_LINE:,} characters")
        yield line


def table_rows(
    package: Package, name: str, columns: tuple[str, ...]
) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each row of the table ``name`` after its header, read as a stream.

    The header must be ``columns``.  Every failure is a SchemaError naming the table.
    """
    try:
        with package.open(name) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            reader = csv.reader(_lines(text, name))
            header = next(reader, None)
            if header is None or tuple(header) != columns:
                raise SchemaError(name, f"expected the columns {', '.join(columns)}")
            yield from enumerate(reader, 2)
    except UnicodeDecodeError as e:
        raise SchemaError(name, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except csv.Error as e:
        # "field larger than field limit (131072)": the csv module's own bound on a cell
        raise SchemaError(name, f"not a readable CSV table: {e}") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        raise SchemaError(name, f"broken zip member: {e}") from None
    except OSError as e:
        raise SchemaError(name, f"cannot read ({e.strerror or e})") from None


def _descriptor(package: Package) -> Any:
    name = "datapackage.json"
    try:
        with package.open(name, _MAX_DESCRIPTOR) as raw:
            data = raw.read(_MAX_DESCRIPTOR + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        raise SchemaError(name, f"broken zip member: {e}") from None
    except OSError as e:
        raise SchemaError(name, f"cannot read ({e.strerror or e})") from None
    if len(data) > _MAX_DESCRIPTOR:
        raise SchemaError(name, f"larger than {_MAX_DESCRIPTOR:,} bytes")
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise SchemaError(name, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise SchemaError(name, f"not JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    except RecursionError:
        raise SchemaError(name, "JSON nested too deeply") from None


def check_datapackage(package: Package, expected: dict[str, Any]) -> None:
    """``datapackage.json`` is there, is JSON, and has each resource of ``expected`` with the
    same path and field names (other keys and extra resources are the author's business)."""
    where = "datapackage.json"
    document = _descriptor(package)
    resources = document.get("resources") if isinstance(document, dict) else None
    if not isinstance(resources, list):
        raise SchemaError(where, "expected a JSON object with a list of resources")
    found: dict[str, tuple[int, dict[str, Any]]] = {}
    for i, resource in enumerate(resources):
        if not isinstance(resource, dict) or not isinstance(resource.get("name"), str):
            raise SchemaError(f"{where}:resources[{i}]", "expected an object with a name")
        found.setdefault(resource["name"], (i, resource))
    for resource in expected["resources"]:
        table = resource["name"]
        if table not in found:
            raise SchemaError(where, f"no resource describes the table {table!r}")
        i, theirs = found[table]
        if theirs.get("path") != resource["path"]:
            raise SchemaError(
                f"{where}:resources[{i}].path",
                f"expected {resource['path']!r}, got {theirs.get('path')!r}",
            )
        schema = theirs.get("schema")
        fields = schema.get("fields") if isinstance(schema, dict) else None
        names = [f.get("name") for f in fields or [] if isinstance(f, dict)]
        wanted = [f["name"] for f in resource["schema"]["fields"]]
        if not isinstance(fields, list) or names != wanted:
            raise SchemaError(
                f"{where}:resources[{i}].schema.fields",
                f"expected the fields {', '.join(wanted)}; got {names!r}",
            )


@contextlib.contextmanager
def opened(source: Target, *, max_bytes: int, max_table: int) -> Iterator[Package]:
    """A :class:`Package` for ``source``, closed when the block ends."""
    package = Package(source, max_bytes=max_bytes, max_table=max_table)
    try:
        yield package
    finally:
        package.close()

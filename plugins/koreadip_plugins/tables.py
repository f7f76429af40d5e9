"""``csv``: one table per record type, link tables for the tuples, and a Frictionless data package.

The target is a directory (tables as ``<name>.csv`` beside ``datapackage.json``), a path ending in
``.zip``, or a binary stream that receives the zip.  A text stream takes a single table, for an
exporter made with ``CsvExporter(table="meetings")`` (or call :func:`dump_table`).

Cells a spreadsheet would run as a formula — text starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return — are written with a leading ``'``; a text that really starts with ``'`` gets
a second one, so loading strips exactly one and the round trip ``load(dump(x)) == x`` is exact.
An empty cell is ``None`` (records never hold empty text).
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from koreadip.atomic import atomic_output
from koreadip.errors import PluginError, SchemaError
from koreadip.exporters import BaseExporter, Exporter, Target, encode_error
from koreadip.hookspecs import hookimpl
from koreadip.records import Dossier

from ._table_specs import HAZARDS, LINKS, RECORDS, TABLES, LinkTable, datapackage, rows

__all__ = ["CsvExporter", "dump_table", "register_exporters"]

#: fixed zip timestamps, so the same dossier gives the same bytes
_EPOCH = (1980, 1, 1, 0, 0, 0)


def neutralise(text: str) -> str:
    """``text`` safe for a spreadsheet cell: a leading formula character gets a ``'`` before it.

    >>> neutralise("=SUM(A1)"), neutralise("'quoted"), neutralise("plain")
    ("'=SUM(A1)", "''quoted", 'plain')
    """
    return "'" + text if text[:1] in HAZARDS else text


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given."""
    return cell[1:] if cell[:1] == "'" else cell


def _csv_text(dossier: Dossier, table: str) -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(TABLES[table].columns)
    writer.writerows(rows(dossier, table))
    return buf.getvalue()


def _check_unique(dossier: Dossier) -> None:
    for table, spec in RECORDS.items():
        seen: set[str] = set()
        for record in getattr(dossier, spec.field):
            if record.id in seen:
                raise SchemaError(
                    f"{table}.id",
                    f"{record.id!r} appears twice; CSV link tables need one row per id",
                )
            seen.add(record.id)


def _files(dossier: Dossier) -> list[tuple[str, bytes]]:
    _check_unique(dossier)
    files = [(f"{t}.csv", _csv_text(dossier, t).encode("utf-8")) for t in TABLES]
    package = json.dumps(datapackage(), ensure_ascii=False, indent=2) + "\n"
    return [("datapackage.json", package.encode("utf-8")), *files]


def _write_zip(files: list[tuple[str, bytes]], fp: IO[bytes]) -> None:
    with zipfile.ZipFile(fp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)


def dump_table(dossier: Dossier, table: str, fp: IO[str]) -> None:
    """Write one table (e.g. ``meetings``) as CSV text to ``fp``."""
    if table not in TABLES:
        raise PluginError(f"no table {table!r}; tables: {', '.join(TABLES)}")
    fp.write(_csv_text(dossier, table))


#: a table larger than this (uncompressed) is refused before it is read: a zip bomb stops here
MAX_TABLE_BYTES = 256 * 1024 * 1024
#: a physical line longer than this is refused while reading, so one huge cell is never held whole
_MAX_LINE = 4 * 1024 * 1024

Opener = Callable[[str], IO[bytes]]


def _read_files(source: Target) -> Opener:
    """An opener of the package's member files (binary streams); raises SchemaError if none."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():

            def open_member(name: str) -> IO[bytes]:
                member = path / name
                if member.is_file() and member.stat().st_size > MAX_TABLE_BYTES:
                    raise SchemaError(name, f"larger than {MAX_TABLE_BYTES:,} bytes")
                return member.open("rb")

            return open_member
        try:
            zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError):
            raise SchemaError("", "not a directory of tables or a zip archive") from None
    else:
        raw = source.read()
        if not isinstance(raw, bytes):
            raise PluginError("csv reads a directory, a .zip path or a binary stream of a zip")
        try:
            zf = zipfile.ZipFile(io.BytesIO(raw))
        except (zipfile.BadZipFile, EOFError):
            raise SchemaError("", "not a directory of tables or a zip archive") from None

    def open_zipped(name: str) -> IO[bytes]:
        info = zf.getinfo(name)  # KeyError: missing
        if info.file_size > MAX_TABLE_BYTES:
            raise SchemaError(name, f"larger than {MAX_TABLE_BYTES:,} bytes uncompressed")
        return zf.open(info)

    return open_zipped


def _lines(stream: IO[str], name: str) -> Iterator[str]:
    while line := stream.readline(_MAX_LINE + 1):
        if len(line) > _MAX_LINE:
            raise SchemaError(name, f"a line longer than {_MAX_LINE:,} characters")
        yield line


def _table_rows(open_member: Opener, name: str) -> list[list[str]]:
    try:
        with open_member(name) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            return list(csv.reader(_lines(text, name)))
    except (FileNotFoundError, KeyError):
        raise SchemaError(name, "missing from the package") from None
    except UnicodeDecodeError as e:
        raise SchemaError(name, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except csv.Error as e:
        # "field larger than field limit (131072)": the csv module's own bound on a cell
        raise SchemaError(name, f"not a readable CSV table: {e}") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        raise SchemaError(name, f"broken zip member: {e}") from None
    except OSError as e:
        raise SchemaError(name, f"cannot read ({e.strerror or e})") from None


def _check_references(
    tables: dict[str, list[list[str]]], by_id: dict[str, dict[str, dict[str, Any]]]
) -> None:
    """Every foreign key ``datapackage.json`` declares must name a row of its table."""
    for table, spec in TABLES.items():
        for column, ref in spec.foreign_keys:
            if isinstance(spec, LinkTable) and column == spec.key:
                continue  # checked where the link rows are attached to their parents
            at = spec.columns.index(column)
            for number, row in enumerate(tables[table], 2):
                if at >= len(row) or row[at] == "":
                    continue
                value = restore(row[at])
                if value not in by_id[ref]:
                    raise SchemaError(
                        f"{table}.csv:{number}.{column}", f"no {ref} row has id {value!r}"
                    )


def _load(open_member: Opener) -> Dossier:
    tables: dict[str, list[list[str]]] = {}
    for table, spec in TABLES.items():
        rows = _table_rows(open_member, f"{table}.csv")
        if not rows or tuple(rows[0]) != spec.columns:
            raise SchemaError(f"{table}.csv", f"expected the columns {', '.join(spec.columns)}")
        tables[table] = rows[1:]
    kwargs: dict[str, list[Any]] = {spec.field: [] for spec in RECORDS.values()}
    by_id: dict[str, dict[str, dict[str, Any]]] = {}
    for table, spec in RECORDS.items():
        by_id[table] = {}
        for number, row in enumerate(tables[table], 2):
            fields = spec.parse(row, f"{table}.csv:{number}", restore)
            if fields["id"] in by_id[table]:
                raise SchemaError(f"{table}.csv:{number}.id", f"{fields['id']!r} appears twice")
            by_id[table][fields["id"]] = fields
    _check_references(tables, by_id)
    for table, link in LINKS.items():
        link.attach(tables[table], by_id, restore)
    for table, spec in RECORDS.items():
        for number, fields in enumerate(by_id[table].values(), 2):
            kwargs[spec.field].append(spec.build(fields, f"{table}.csv:{number}"))
    return Dossier(**kwargs)


class CsvExporter(BaseExporter):
    """CSV tables and a Frictionless ``datapackage.json``: a directory, a ``.zip``, or one table."""

    name = "csv"
    media_type = "application/zip"
    suffix = ".zip"
    binary = True
    description = "CSV tables + Frictionless datapackage.json (directory or .zip), for pandas"

    def __init__(self, table: str | None = None) -> None:
        if table is not None and table not in TABLES:
            raise PluginError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        self.table = table

    def dump(self, dossier: Dossier, target: Target) -> None:
        if isinstance(target, io.TextIOBase):
            if self.table is None:
                raise PluginError(
                    "csv writes several tables: give a directory, a .zip path or a binary stream, "
                    f"or ask for one table with CsvExporter(table=...) ({', '.join(TABLES)})"
                )
            dump_table(dossier, self.table, target)  # type: ignore[arg-type]
            return
        try:
            files = _files(dossier)
        except UnicodeEncodeError as e:
            raise encode_error(dossier, e, self.name) from None
        if not isinstance(target, str | os.PathLike):
            _write_zip(files, target)  # type: ignore[arg-type]
            return
        # written beside the target, then put in place by one rename (koreadip.atomic)
        with atomic_output(target) as tmp:
            if tmp.suffix.lower() == ".zip":
                with open(tmp, "wb") as fp:
                    _write_zip(files, fp)
                return
            tmp.mkdir()
            for name, data in files:
                (tmp / name).write_bytes(data)

    def read(self, fp: IO[Any]) -> Dossier:
        return _load(_read_files(fp))

    def load(self, source: Target) -> Dossier:
        return _load(_read_files(source))


CSV: Exporter = CsvExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``csv``."""
    register(CSV)

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
from collections.abc import Callable
from typing import IO, Any

from koreadip.atomic import atomic_output
from koreadip.errors import PluginError, SchemaError
from koreadip.exporters import BaseExporter, Exporter, Target, encode_error
from koreadip.hookspecs import hookimpl
from koreadip.records import Dossier

from ._table_package import check_datapackage, opened, table_rows
from ._table_specs import HAZARDS, LINKS, RECORDS, TABLES, datapackage, rows

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


#: a package's tables together may not expand past this many bytes: a zip bomb stops here.
#: koreadip writes about 2.6 KB a news article, so this holds some 12,000 articles; hostile rows
#: of a few bytes each cost about 20 times their size to check, so about 650 MB at most
MAX_PACKAGE_BYTES = 32 * 1024 * 1024
#: nor may one table (checked from the size its zip entry or file states, before reading)
MAX_TABLE_BYTES = MAX_PACKAGE_BYTES


def _check_references(by_id: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Every foreign key of a record table names a row of its table (link tables check theirs
    as they are read)."""
    for table, spec in RECORDS.items():
        for column, ref in spec.foreign_keys:
            attr = next(a for c, a, _k in spec.spec if c == column)
            for number, fields in enumerate(by_id[table].values(), 2):
                value = fields[attr]
                if value is not None and value not in by_id[ref]:
                    raise SchemaError(
                        f"{table}.csv:{number}.{column}", f"no {ref} row has id {value!r}"
                    )


def _load(source: Target) -> Dossier:
    """The dossier of a package, its tables read as streams (see ``_table_package``)."""
    with opened(source, max_bytes=MAX_PACKAGE_BYTES, max_table=MAX_TABLE_BYTES) as package:
        check_datapackage(package, datapackage())
        by_id: dict[str, dict[str, dict[str, Any]]] = {}
        for table, spec in RECORDS.items():
            name = f"{table}.csv"
            found: dict[str, dict[str, Any]] = {}
            for number, row in table_rows(package, name, spec.columns):
                fields = spec.parse(row, f"{name}:{number}", restore)
                if fields["id"] in found:
                    raise SchemaError(f"{name}:{number}.id", f"{fields['id']!r} appears twice")
                found[fields["id"]] = fields
            by_id[table] = found
        _check_references(by_id)
        for table, link in LINKS.items():
            link.attach(table_rows(package, f"{table}.csv", link.columns), by_id, restore)
    kwargs: dict[str, list[Any]] = {spec.field: [] for spec in RECORDS.values()}
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
        return _load(fp)

    def load(self, source: Target) -> Dossier:
        return _load(source)


CSV: Exporter = CsvExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``csv``."""
    register(CSV)

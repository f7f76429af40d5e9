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
from pathlib import Path
from typing import IO, Any

from koreadip.errors import PluginError, SchemaError
from koreadip.exporters import BaseExporter, Exporter, Target
from koreadip.hookspecs import hookimpl
from koreadip.records import Dossier

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


def _read_files(source: Target) -> Callable[[str], str]:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            return lambda name: (path / name).read_bytes().decode("utf-8")
        with open(path, "rb") as fp:
            data = fp.read()
    else:
        raw = source.read()
        if not isinstance(raw, bytes):
            raise PluginError("csv reads a directory, a .zip path or a binary stream of a zip")
        data = raw
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise SchemaError("", "not a directory of tables or a zip archive") from None
    return lambda name: zf.read(name).decode("utf-8")


def _load(read: Callable[[str], str]) -> Dossier:
    tables: dict[str, list[list[str]]] = {}
    for table, spec in TABLES.items():
        try:
            text = read(f"{table}.csv")
        except (FileNotFoundError, KeyError):
            raise SchemaError(f"{table}.csv", "missing from the package") from None
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not rows or tuple(rows[0]) != spec.columns:
            raise SchemaError(f"{table}.csv", f"expected the columns {', '.join(spec.columns)}")
        tables[table] = rows[1:]
    kwargs: dict[str, list[Any]] = {spec.field: [] for spec in RECORDS.values()}
    by_id: dict[str, dict[str, dict[str, Any]]] = {}
    for table, spec in RECORDS.items():
        by_id[table] = {}
        for number, row in enumerate(tables[table], 2):
            fields = spec.parse(row, f"{table}.csv:{number}", restore)
            by_id[table][fields["id"]] = fields
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
        files = _files(dossier)
        if not isinstance(target, str | os.PathLike):
            _write_zip(files, target)  # type: ignore[arg-type]
            return
        path = Path(target)
        if path.suffix.lower() == ".zip":
            with open(path, "wb") as fp:
                _write_zip(files, fp)
            return
        path.mkdir(parents=True, exist_ok=True)
        for name, data in files:
            (path / name).write_bytes(data)

    def read(self, fp: IO[Any]) -> Dossier:
        return _load(_read_files(fp))

    def load(self, source: Target) -> Dossier:
        return _load(_read_files(source))


CSV: Exporter = CsvExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``csv``."""
    register(CSV)

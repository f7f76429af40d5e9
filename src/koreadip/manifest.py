"""A corpus manifest: one CSV row per file, with the date its relative dates are read against.

The manifest has a header row and at least the columns ``file`` (a path, absolute or relative to
the manifest's folder) and ``reference_date`` (YYYY-MM-DD); optional columns are ``url``,
``publisher`` and ``published`` (an ISO 8601 date or date and time).  Column names are matched
without regard to case or surrounding spaces.

A bad row -- a file that does not exist, a date that is not one, a cell too many, a file listed
twice -- is reported as one line naming the manifest and the row's line, and left out; an
unknown column is reported once and ignored.  The other rows stand.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("A made-up article.", encoding="utf-8")
>>> _ = (folder / "m.csv").write_text(
...     "file,reference_date,url\\na.txt,2018-12-07,https://example.org/a\\n"
...     "b.txt,2018-12-08,\\na.txt,2018-13-01,\\n", encoding="utf-8")
>>> m = read_manifest(folder / "m.csv")
>>> [(e.given, e.reference_date.isoformat(), e.url) for e in m.entries.values()]
[('a.txt', '2018-12-07', 'https://example.org/a')]
>>> [reason for _line, reason in m.errors]
["no such file: 'b.txt'", "reference_date: not a date (YYYY-MM-DD): '2018-13-01'"]
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import re
from pathlib import Path

import attrs

from .errors import KoreadipError
from .textio import read_text

__all__ = ["COLUMNS", "Manifest", "ManifestEntry", "read_manifest"]

#: the columns a manifest may have; the first two are required
COLUMNS = ("file", "reference_date", "url", "publisher", "published")
_REQUIRED = COLUMNS[:2]
#: a manifest is a list of files: a few megabytes hold a million rows
_MAX_BYTES = 256 * 1024 * 1024
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@attrs.frozen(kw_only=True)
class ManifestEntry:
    """One good row of a manifest."""

    #: the file, resolved to an absolute path
    file: Path
    #: the ``file`` cell as written
    given: str
    #: the line of the manifest the row is on
    line: int
    reference_date: _dt.date
    url: str | None = None
    publisher: str | None = None
    published: _dt.date | _dt.datetime | None = None


@attrs.frozen(kw_only=True)
class Manifest:
    """A read manifest: its good rows by file, and the problems found, as (where, reason)."""

    path: str
    entries: dict[str, ManifestEntry]
    #: ``("manifest.csv:4", "no such file: 'b.txt'")``: the line and what is wrong with it
    errors: tuple[tuple[str, str], ...] = ()
    #: files named by refused rows (resolved), with the line and reason of the refusal
    refused: dict[str, tuple[str, str]] = attrs.field(factory=dict)

    def entry(self, path: str | os.PathLike[str]) -> ManifestEntry | None:
        """The row for this file (any spelling of its path), or None."""
        return self.entries.get(_key(Path(path)))

    def refusal(self, path: str | os.PathLike[str]) -> tuple[str, str] | None:
        """The error of the bad row naming this file, or None."""
        return self.refused.get(_key(Path(path)))


def _key(path: Path) -> str:
    return str(path.expanduser().resolve())


def _published(text: str) -> _dt.date | _dt.datetime:
    if len(text) > 10:
        return _dt.datetime.fromisoformat(text)
    return _dt.date.fromisoformat(text)


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """Read a manifest file; problems are collected in ``errors``, one line each.

    Raises :class:`~koreadip.KoreadipError` only when the file itself cannot be read or has no
    usable header (no ``file`` or ``reference_date`` column).
    """
    where = os.fspath(path)
    text = read_text(Path(path), max_bytes=_MAX_BYTES)
    folder = Path(path).parent
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows, None)
    except csv.Error as e:
        raise KoreadipError(f"{where}:1: not a CSV header row: {e}") from None
    if header is None:
        raise KoreadipError(f"{where}: the manifest is empty (it needs a header row)")
    names = [h.strip().lower() for h in header]
    errors: list[tuple[str, str]] = []
    missing = [c for c in _REQUIRED if c not in names]
    if missing:
        raise KoreadipError(
            f"{where}:1: no {' or '.join(repr(c) for c in missing)} column "
            f"(the header row needs {', '.join(_REQUIRED)}; optional: {', '.join(COLUMNS[2:])})"
        )
    for n, name in enumerate(names):
        if name not in COLUMNS:
            errors.append(
                (
                    f"{where}:1",
                    f"unknown column {header[n].strip()!r} ignored (known: {', '.join(COLUMNS)})",
                )
            )
        elif names.index(name) != n:
            errors.append((f"{where}:1", f"column {name!r} given twice; the first is used"))

    entries: dict[str, ManifestEntry] = {}
    refused: dict[str, tuple[str, str]] = {}
    while True:
        try:
            row = next(rows, None)
        except csv.Error as e:
            errors.append((f"{where}:{rows.line_num}", f"not CSV: {e}"))
            break
        if row is None:
            break
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        entry, error = _entry(row, names, folder, line)
        if error is not None:
            message = (f"{where}:{line}", error)
            errors.append(message)
            if entry is not None:
                refused.setdefault(_key(entry.file), message)
            continue
        assert entry is not None
        key = _key(entry.file)
        if key in entries:
            first = entries[key].line
            errors.append((f"{where}:{line}", f"{entry.given!r} is already listed on line {first}"))
            continue
        entries[key] = entry
    return Manifest(path=where, entries=entries, errors=tuple(errors), refused=refused)


def _entry(
    row: list[str], names: list[str], folder: Path, line: int
) -> tuple[ManifestEntry | None, str | None]:
    """The entry of a row, or an error (with the entry so far, to name its file)."""
    if len(row) > len(names):
        return None, f"{len(row)} cells in a row of {len(names)} columns"
    cells: dict[str, str] = {}
    for name, cell in zip(names, row, strict=False):
        cells.setdefault(name, cell.strip())
    given = cells.get("file", "")
    if not given:
        return None, "the file cell is empty"
    file = Path(given).expanduser()
    if not file.is_absolute():
        file = folder / file
    entry = ManifestEntry(file=file, given=given, line=line, reference_date=_dt.date.min)
    if not file.is_file():
        return entry, f"no such file: {given!r}"
    reference = cells.get("reference_date", "")
    try:
        if not _DAY.fullmatch(reference):
            raise ValueError(reference)
        reference_date = _dt.date.fromisoformat(reference)
    except ValueError:
        return entry, f"reference_date: not a date (YYYY-MM-DD): {reference!r}"
    published_text = cells.get("published", "")
    try:
        published = _published(published_text) if published_text else None
    except ValueError:
        return entry, f"published: not an ISO 8601 date or date and time: {published_text!r}"
    return (
        attrs.evolve(
            entry,
            reference_date=reference_date,
            url=cells.get("url") or None,
            publisher=cells.get("publisher") or None,
            published=published,
        ),
        None,
    )

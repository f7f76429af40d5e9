"""A dossier as pandas DataFrames: one per table of the ``csv`` export, with proper dtypes.

Each frame has the columns of its CSV table, typed from the table's Frictionless schema:

* text is pandas' ``string`` dtype, with ``<NA>`` where the CSV cell is empty; the ``'`` the CSV
  puts before a formula character is not there (frames are not spreadsheets);
* whole numbers (``seq``, ``start``, ``duration_minutes``) are nullable ``Int64``;
* enum columns (``status``, ``modality``, ``kind``, ``topic``, ``stance``) are categoricals whose
  categories are every value of the enum, in the schema's order, used or not;
* a partial date stays ISO text (``2018-12-07``, ``2018-12``, ``XXXX-12-07``) and is followed by
  ``<column>_year``, ``<column>_month`` and ``<column>_day`` (``Int64``, ``<NA>`` where unknown);
* ``published`` stays ISO text: a date, or a date and time with or without a UTC offset, which
  one datetime column could not hold without inventing a time or a zone.

pandas is an optional dependency (``pip install koreadip[pandas]``), imported only when
:func:`to_frames` runs, so ``import koreadip`` does not pay for it.

>>> import koreadip
>>> december = koreadip.PartialDate(year=2018, month=12)
>>> d = koreadip.Dossier(meetings=[koreadip.Meeting(id="m1", date=december)])
>>> frames = koreadip.to_frames(d)
>>> frames["meetings"][["id", "date", "date_year", "date_month", "date_day", "status"]]
   id     date  date_year  date_month  date_day status
0  m1  2018-12       2018          12      <NA>   held
>>> frames["meetings"]["status"].cat.categories.tolist()
['held', 'planned', 'cancelled']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import KoreadipError
from .records import Dossier

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DATE_PARTS", "to_frames"]

#: the integer columns added after each partial-date column, by suffix
DATE_PARTS = ("year", "month", "day")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise KoreadipError("to_frames needs pandas: pip install 'koreadip[pandas]'") from None
    return pandas


def _date_parts(values: list[Any]) -> list[list[int | None]]:
    """Year, month and day columns of ISO partial dates (``None`` where unknown)."""
    parts: list[list[int | None]] = [[], [], []]
    for value in values:
        pieces = value.split("-") if isinstance(value, str) else []
        for i in range(3):
            piece = pieces[i] if i < len(pieces) else "XXXX"
            parts[i].append(None if piece == "XXXX" else int(piece))
    return parts


def _frame(pandas: Any, name: str, fields: list[dict[str, Any]], cells: list[list[Any]]) -> Any:
    from koreadip_plugins._table_specs import DATE_PATTERN
    from koreadip_plugins.tables import restore

    columns: dict[str, Any] = {}
    for i, field in enumerate(fields):
        column = field["name"]
        raw = [row[i] for row in cells]
        constraints = field.get("constraints", {})
        if field["type"] == "integer":
            values = [None if v == "" else v for v in raw]
            columns[column] = pandas.array(values, dtype="Int64")
        elif "enum" in constraints:
            kind = pandas.CategoricalDtype(categories=constraints["enum"])
            columns[column] = pandas.Categorical([None if v == "" else v for v in raw], dtype=kind)
        elif constraints.get("pattern") == DATE_PATTERN:
            values = [None if v == "" else v for v in raw]
            columns[column] = pandas.array(values, dtype="string")
            for suffix, part in zip(DATE_PARTS, _date_parts(values), strict=True):
                columns[f"{column}_{suffix}"] = pandas.array(part, dtype="Int64")
        else:
            values = [None if v == "" else restore(v) for v in raw]
            columns[column] = pandas.array(values, dtype="string")
    return pandas.DataFrame(columns, index=pandas.RangeIndex(len(cells)))


def to_frames(dossier: Dossier) -> dict[str, pd.DataFrame]:
    """One DataFrame per table of the ``csv`` export (``sources``, ``officials``, ...).

    The frames hold what the CSV tables hold, in the same order and with the same columns
    (plus year, month and day after each partial date); see the module documentation for the
    dtypes.  Raises :class:`~koreadip.KoreadipError` when pandas is not installed.
    """
    pandas = _pandas()
    from koreadip_plugins._table_specs import datapackage, rows

    frames: dict[str, pd.DataFrame] = {}
    for resource in datapackage()["resources"]:
        name = resource["name"]
        frames[name] = _frame(pandas, name, resource["schema"]["fields"], rows(dossier, name))
    return frames

"""The kinds of table the ``csv`` exporter writes: a record table (one row per record), a link
table (one row per item of a record's tuple field) and the identifiers table; how each makes its
rows (compiled once per table) and reads them back."""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import operator
from collections.abc import Callable, Iterable
from typing import Any

from koreadip.dates import PartialDate
from koreadip.errors import SchemaError
from koreadip.identifiers import SCHEME_PATTERN
from koreadip.records import Dossier, Participant, Span

Cell = str | int
Esc = Callable[[str], str]
#: (column name, attribute, kind); kind is "text", "required", "int", "date" (a PartialDate),
#: "day" (a datetime.date), "published", "derived" (an integer written, not read back) or an Enum
Column = tuple[str, str, Any]


#: a cell starting with one of these is prefixed with "'" (see ``tables.neutralise``)
HAZARDS = frozenset("=+-@\t\r'")
SCHEME = SCHEME_PATTERN.pattern
#: the Frictionless pattern of a partial-date column
DATE_PATTERN = "(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?"


def _cell(kind: Any, expr: str) -> str:
    """Python source computing the cell of ``expr`` (formula characters neutralised inline)."""
    text = f'("\'" + {expr} if {expr}[:1] in H else {expr})'
    if kind == "required":
        return text
    if kind == "text":
        return f'("" if {expr} is None else {text})'
    if kind in ("int", "derived"):
        return f'("" if {expr} is None else {expr})'
    if kind in ("date", "day", "published"):
        return f'("" if {expr} is None else {expr}.isoformat())'
    return f"{expr}.value"


def _compile(name: str, source: str) -> Callable[[Any], list[list[Cell]]]:
    # generated, specialised row builders, as attrs and cattrs generate theirs: a generic loop
    # over converters is three times slower than csv.writer itself
    namespace: dict[str, Any] = {"H": HAZARDS}
    exec(compile(source, f"<koreadip csv rows: {name}>", "exec"), namespace)
    rows: Callable[[Any], list[list[Cell]]] = namespace["rows"]
    return rows


def _back(kind: Any, cell: str, restore: Esc, where: str) -> Any:
    if cell == "" and kind != "required":
        return None
    try:
        if kind in ("text", "required"):
            return restore(cell)
        if kind == "int":
            if not cell.isascii() or not cell.isdigit():
                raise ValueError(f"{cell!r} is not a whole number")
            return int(cell)
        if kind == "date":
            return PartialDate.fromisoformat(cell)
        if kind == "day":
            return _dt.date.fromisoformat(cell)
        if kind == "published":
            if len(cell) > 10:
                return _dt.datetime.fromisoformat(cell)
            return _dt.date.fromisoformat(cell)
        return kind(cell)
    except (ValueError, SchemaError) as e:
        raise SchemaError(where, str(e)) from None


def _field(name: str, kind: Any, *, required: bool = False) -> dict[str, Any]:
    types = {"int": "integer", "derived": "integer", "day": "date"}
    field: dict[str, Any] = {"name": name, "type": types.get(kind, "string")}
    constraints: dict[str, Any] = {}
    if required or kind == "required":
        constraints["required"] = True
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        constraints["enum"] = [m.value for m in kind]
    elif kind == "date":
        constraints["pattern"] = DATE_PATTERN
    elif kind in ("int", "derived"):
        constraints["minimum"] = 0
    if constraints:
        field["constraints"] = constraints
    return field


class RecordTable:
    """A table of one record type, keyed by ``id``."""

    def __init__(self, name: str, cls: type, field: str, columns: tuple[Column, ...]) -> None:
        self.name, self.cls, self.field, self.spec = name, cls, field, columns
        self.columns = tuple(c for c, _a, _k in columns)
        self.primary_key = ["id"]
        self.foreign_keys: list[tuple[str, str]] = []

    def rows(self, dossier: Dossier) -> list[list[Cell]]:
        return self._rows(getattr(dossier, self.field))

    @functools.cached_property
    def _rows(self) -> Callable[[Any], list[list[Cell]]]:
        cells = ", ".join(_cell(k, f"r.{a}") for _c, a, k in self.spec)
        source = f"def rows(records):\n    return [[{cells}] for r in records]\n"
        return _compile(self.name, source)

    def parse(self, row: list[str], where: str, restore: Esc) -> dict[str, Any]:
        if len(row) != len(self.spec):
            raise SchemaError(where, f"expected {len(self.spec)} cells, got {len(row)}")
        # a derived column (a meeting's source_count) follows from the others: not read back
        return {
            attr: _back(kind, cell, restore, f"{where}.{col}")
            for (col, attr, kind), cell in zip(self.spec, row, strict=True)
            if kind != "derived"
        }

    def build(self, fields: dict[str, Any], where: str) -> Any:
        try:
            return self.cls(**fields)
        except SchemaError as e:
            raise SchemaError(f"{where}.{e.path.rpartition('.')[2]}", e.reason) from None

    def schema(self) -> list[dict[str, Any]]:
        return [_field(c, k, required=c == "id") for c, _a, k in self.spec]


class LinkTable:
    """The items of one tuple attribute of a record type, a row each, in order (``seq``)."""

    def __init__(
        self, name: str, parents: tuple[str, ...], attr: str, columns: tuple[Column, ...]
    ) -> None:
        self.name, self.parents, self.attr, self.spec = name, parents, attr, columns
        self.key = "record_id" if len(parents) > 1 else parents[0][:-1] + "_id"
        lead = ("record_type",) if len(parents) > 1 else ()
        self.columns = (*lead, self.key, "seq", *(c for c, _a, _k in columns))
        self.primary_key = [*lead, self.key, "seq"]
        self.foreign_keys: list[tuple[str, str]] = [] if lead else [(self.key, parents[0])]

    @property
    def _single(self) -> bool:
        return len(self.spec) == 1 and self.spec[0][1] == ""

    def rows(self, dossier: Dossier) -> list[list[Cell]]:
        out: list[list[Cell]] = []
        for parent in self.parents:
            records = getattr(dossier, parent)  # a record table is named after its field
            out.extend(self._rows(records, [parent] if len(self.parents) > 1 else []))
        return out

    @functools.cached_property
    def _rows(self) -> Callable[..., list[list[Cell]]]:
        items = [_cell(k, "i" if self._single else f"i.{a}") for _c, a, k in self.spec]
        source = (
            "def rows(records, lead):\n"
            "    out = []\n"
            "    append = out.append\n"
            "    for r in records:\n"
            f"        items = r.{self.attr}\n"
            "        if items:\n"
            f"            k = {_cell('required', 'r.id')}\n"
            "            for s, i in enumerate(items):\n"
            f"                append([*lead, k, s, {', '.join(items)}])\n"
            "    return out\n"
        )
        return _compile(self.name, source)

    def attach(
        self,
        rows: Iterable[tuple[int, list[str]]],
        by_id: dict[str, dict[str, dict[str, Any]]],
        restore: Esc,
    ) -> None:
        """Put each row's item into its parent record's fields, in ``seq`` order.

        ``rows`` is (row number, cells), read as a stream: every row is checked as it comes
        (its parent and foreign keys exist) and only its parsed item is kept; a primary key
        given twice is refused, naming both rows.
        """
        lead = len(self.parents) > 1
        at = {c: i for i, (c, _a, _k) in enumerate(self.spec)}
        refs = [(c, at[c], ref) for c, ref in self.foreign_keys if c != self.key]
        # each row's key is its parent's id: keep the parent's str, not one more copy per row
        ids = {parent: {i: i for i in by_id[parent]} for parent in self.parents}
        parsed: list[tuple[str, str, int, int, Any]] = []
        for number, row in rows:
            where = f"{self.name}.csv:{number}"
            if len(row) != len(self.columns):
                raise SchemaError(where, f"expected {len(self.columns)} cells, got {len(row)}")
            parent = row[0] if lead else self.parents[0]
            if parent not in self.parents:
                raise SchemaError(
                    f"{where}.record_type", f"{parent!r} is not one of {self.parents}"
                )
            rest = row[1:] if lead else row
            key = ids[parent].get(cell := restore(rest[0]))
            if key is None:
                raise SchemaError(f"{where}.{self.key}", f"no {parent} row has id {cell!r}")
            seq = _back("int", rest[1], restore, f"{where}.seq")
            values = [
                _back(k, cell, restore, f"{where}.{c}")
                for (c, _a, k), cell in zip(self.spec, rest[2:], strict=True)
            ]
            for column, i, ref in refs:
                if values[i] is not None and values[i] not in by_id[ref]:
                    raise SchemaError(f"{where}.{column}", f"no {ref} row has id {values[i]!r}")
            item = values[0] if self._single else self.make(values)
            if parsed and parsed[-1][:3] == (parent, key, seq):  # a row repeated: refused at once
                self._twice(parsed[-1][3], (parent, key, seq, number))
            parsed.append((parent, key, seq, number, item))
        parsed.sort(key=operator.itemgetter(0, 1, 2, 3))
        previous = None
        for parent, key, seq, number, item in parsed:
            if previous is not None and previous[:3] == (parent, key, seq):
                self._twice(previous[3], (parent, key, seq, number))
            previous = (parent, key, seq, number)
            by_id[parent][key].setdefault(self.attr, []).append(item)

    def _twice(self, first: int, row: tuple[str, str, int, int]) -> None:
        parent, key, seq, number = row
        lead = [("record_type", parent)] if len(self.parents) > 1 else []
        shown = ", ".join(f"{c}={v!r}" for c, v in [*lead, (self.key, key), ("seq", seq)])
        raise SchemaError(
            f"{self.name}.csv:{number}", f"the primary key {shown} is also row {first}'s"
        )

    def make(self, values: list[Any]) -> Any:
        if self.attr == "participants":
            return Participant(official_id=values[0], role=values[1])
        return Span(source_id=values[0], start=values[1], end=values[2])

    def schema(self) -> list[dict[str, Any]]:
        lead = [_field("record_type", "required")] if len(self.parents) > 1 else []
        return [
            *lead,
            _field(self.key, "required"),
            _field("seq", "int", required=True),
            *(_field(c, k) for c, _a, k in self.spec),
        ]


class IdentifierTable:
    """The external identifiers of officials: a row per (official, scheme), sorted by scheme."""

    name = "official_identifiers"
    key = "official_id"
    columns = ("official_id", "scheme", "identifier")

    def __init__(self) -> None:
        self.primary_key = ["official_id", "scheme"]
        self.foreign_keys: list[tuple[str, str]] = [("official_id", "officials")]

    def rows(self, dossier: Dossier) -> list[list[Cell]]:
        return [
            [_neutral(o.id), scheme, _neutral(value)]
            for o in dossier.officials
            for scheme, value in o.identifiers.items()
        ]

    def attach(
        self,
        rows: Iterable[tuple[int, list[str]]],
        by_id: dict[str, dict[str, dict[str, Any]]],
        restore: Esc,
    ) -> None:
        """Put each row's identifier into its official's fields; ``rows`` is (row number,
        cells), read as a stream like the other link tables'."""
        for number, row in rows:
            where = f"{self.name}.csv:{number}"
            if len(row) != len(self.columns):
                raise SchemaError(where, f"expected {len(self.columns)} cells, got {len(row)}")
            key, scheme, value = (restore(cell) for cell in row)
            if key not in by_id["officials"]:
                raise SchemaError(f"{where}.{self.key}", f"no officials row has id {key!r}")
            found = by_id["officials"][key].setdefault("identifiers", {})
            if scheme in found:
                raise SchemaError(f"{where}.scheme", f"{scheme!r} appears twice for {key!r}")
            found[scheme] = value

    def schema(self) -> list[dict[str, Any]]:
        return [
            _field("official_id", "required"),
            {**_field("scheme", "required"), "constraints": {"required": True, "pattern": SCHEME}},
            _field("identifier", "required"),
        ]


def _neutral(text: str) -> str:
    """``text`` as its cell: formula characters neutralised (see ``tables.neutralise``)."""
    return "'" + text if text[:1] in HAZARDS else text

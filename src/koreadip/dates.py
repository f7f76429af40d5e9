"""Partial dates: a :class:`PartialDate` is a calendar date of which any part may be unknown:
``2018-12-07``, ``2018-12``, ``2018``, or ``XXXX-12-07`` (EDTF's notation for an unknown year).

Date phrases in prose are found and resolved by :mod:`koreadip.date_reading`.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import attrs

from .errors import SchemaError

__all__ = ["PartialDate"]

_ISO = re.compile(r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def _check(inst: PartialDate, _a: Any, _v: Any) -> None:
    y, m, d = inst.year, inst.month, inst.day
    if y is not None and not 1 <= y <= 9999:
        raise SchemaError("year", f"{y} is out of range 1..9999")
    if m is not None and not 1 <= m <= 12:
        raise SchemaError("month", f"{m} is not a month")
    if d is not None:
        if m is None:
            raise SchemaError("day", "a day needs a month")
        # 2000 is a leap year, so 29 February passes when the year is unknown
        try:
            _dt.date(y if y is not None else 2000, m, d)
        except ValueError:
            raise SchemaError("day", f"{m:02d}-{d:02d} is not a day of the month") from None
    if y is None and m is None:
        raise SchemaError("year", "a partial date needs at least a year or a month")


@attrs.frozen(slots=True, kw_only=True, order=False)
class PartialDate:
    """A date with optional year, month and day.

    >>> PartialDate(year=2018, month=12).isoformat()
    '2018-12'
    >>> PartialDate.fromisoformat("XXXX-12-07")
    PartialDate(year=None, month=12, day=7)
    >>> PartialDate(year=2018) < PartialDate(year=2018, month=1, day=2)
    True
    """

    # one whole-date check (attrs runs validators once every field is set); it names the field
    year: int | None = attrs.field(default=None)
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None, validator=_check)

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """The full partial date of a :class:`datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``XXXX-MM[-DD]``."""
        m = _ISO.fullmatch(text.strip())
        if not m:
            raise SchemaError("", f"{text!r} is not an ISO 8601 / EDTF date")
        y = None if m["y"] == "XXXX" else int(m["y"])
        return cls(
            year=y,
            month=int(m["m"]) if m["m"] else None,
            day=int(m["d"]) if m["d"] else None,
        )

    def isoformat(self) -> str:
        """ISO 8601 with reduced precision; ``XXXX`` where the year is unknown."""
        parts = ["XXXX" if self.year is None else f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    __str__ = isoformat

    @property
    def is_complete(self) -> bool:
        """True when year, month and day are all known."""
        return self.year is not None and self.month is not None and self.day is not None

    def to_date(self) -> _dt.date | None:
        """The :class:`datetime.date`, when the date is complete."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return _dt.date(self.year, self.month, self.day)

    def contains(self, other: PartialDate) -> bool:
        """True when ``other`` is this date or a more precise date inside it."""
        return all(
            mine is None or mine == theirs
            for mine, theirs in (
                (self.year, other.year),
                (self.month, other.month),
                (self.day, other.day),
            )
        )

    def _key(self) -> tuple[int, int, int, int]:
        # A coarser date sorts before the days it contains: 2018 < 2018-01 < 2018-01-01.
        # An unknown year sorts after every known one.
        return (
            self.year is None,
            self.year or 0,
            self.month or 0,
            self.day or 0,
        )

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

"""The one cattrs converter for every record, and native JSON in and out.

The round-trip property, tested in ``tests/test_codec.py``: for every record ``x``,
``from_dict(type(x), to_dict(x)) == x`` and ``loads(dumps(x)) == x``.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, TypeVar

import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError

from .dates import PartialDate
from .errors import KoreadipError, SchemaError
from .records import Dossier

__all__ = ["dumps", "from_dict", "loads", "make_converter", "to_dict"]

T = TypeVar("T")

_Published = _dt.datetime | _dt.date | None


def _structure_published(value: Any, _t: Any) -> _dt.datetime | _dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SchemaError("", f"expected ISO date text, got {type(value).__name__}")
    try:
        if len(value) > 10:
            return _dt.datetime.fromisoformat(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise SchemaError("", f"{value!r} is not an ISO 8601 date or datetime") from None


def _unstructure_published(value: _dt.datetime | _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _structure_partial(value: Any, _t: Any) -> PartialDate:
    if not isinstance(value, str):
        raise SchemaError("", f"expected a date such as '2018-12-07', got {value!r}")
    return PartialDate.fromisoformat(value)


def _structure_str(value: Any, _t: Any) -> str:
    if not isinstance(value, str):
        raise SchemaError("", f"expected text, got {type(value).__name__}")
    return value


def _structure_int(value: Any, _t: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SchemaError("", f"expected an integer, got {type(value).__name__}")
    return value


def make_converter() -> cattrs.Converter:
    """A fresh converter configured for koreadip records (cattrs' preconf pattern).

    Enums become their lowercase values, dates ISO text, tuples JSON arrays.
    """
    c = cattrs.Converter(unstruct_collection_overrides={tuple: list}, detailed_validation=True)
    c.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    c.register_structure_hook(PartialDate, _structure_partial)
    c.register_unstructure_hook(_Published, _unstructure_published)
    c.register_structure_hook(_Published, _structure_published)
    c.register_unstructure_hook(_dt.datetime, _dt.datetime.isoformat)
    c.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    c.register_structure_hook(str, _structure_str)
    c.register_structure_hook(int, _structure_int)
    return c


_CONVERTER = make_converter()


def _path(error: BaseException) -> tuple[str, str]:
    """The path of the innermost failing field and its reason, from a cattrs error tree."""
    messages = cattrs.transform_error(error, path="")
    first = messages[0] if messages else str(error)
    path, _, reason = first.partition(" @ ")
    where = reason.strip().lstrip("$").lstrip(".") if reason else ""
    return where, path.strip()


def to_dict(record: Any) -> Any:
    """A record (or a tuple of records) as plain JSON-ready data."""
    return _CONVERTER.unstructure(record)


def from_dict(data: Any, cls: type[T] = Dossier) -> T:  # type: ignore[assignment]
    """Build a record of type ``cls`` from plain data; errors name the bad field's path.

    >>> from koreadip import Dossier
    >>> from_dict({"meetings": [{"id": "m1", "date": "2018-02-30"}]})
    Traceback (most recent call last):
    ...
    koreadip.errors.SchemaError: meetings[0].date: ...
    """
    if not isinstance(data, dict):
        raise SchemaError(cls.__name__, f"expected a JSON object, got {type(data).__name__}")
    try:
        return _CONVERTER.structure(data, cls)
    except (ClassValidationError, IterableValidationError) as e:
        where, reason = _path(e)
        inner = _innermost(e)
        if isinstance(inner, SchemaError):
            reason = inner.reason
            field = inner.path.rpartition(".")[2]
            if field and not where.endswith(field) and "." in inner.path:
                where = f"{where}.{field}" if where else field
        raise SchemaError(where or cls.__name__, reason) from None
    except KoreadipError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as e:
        raise SchemaError(cls.__name__, str(e)) from None


def _innermost(error: BaseException) -> BaseException:
    while isinstance(error, ExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error


def dumps(record: Any, *, indent: int | None = 2) -> str:
    """Native JSON of a record, usually a :class:`Dossier`."""
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


def loads(text: str | bytes, cls: type[T] = Dossier) -> T:  # type: ignore[assignment]
    """Read native JSON back into a record of type ``cls`` (a :class:`Dossier` by default)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise SchemaError("", f"not JSON: {e}") from None
    except RecursionError:
        raise SchemaError("", "JSON nested too deeply") from None
    return from_dict(data, cls)

"""The one cattrs converter for every record, and native JSON in and out.

The round-trip property, tested in ``tests/test_codec.py``: for every record ``x``,
``from_dict(type(x), to_dict(x)) == x`` and ``loads(dumps(x)) == x``.

Speed: each record class gets hooks generated from its fields (:mod:`koreadip.codec_hooks`),
which read and write a whole record in one expression instead of dispatching field by field.
Reading trusts the records' own validators, which run in ``__init__``; when anything fails, the
document is read again by cattrs' detailed-validation hooks, only to name the path of the bad
field (``meetings[3].date``).  ``dumps`` and ``loads`` skip the plain dicts where they can
(:mod:`koreadip.codec_json`): generated writers return JSON text directly, and a dossier is read
a record at a time.  Each fast path gives exactly what the plain one gives, or raises and leaves
the work to it: both accept and refuse exactly the same documents, and write the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import cattrs
import cattrs.cols
import msgspec
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_unstructure_fn

from . import collector
from . import records as _records
from .codec_hooks import HookGenerator, Published, item_of, partial_from_text
from .codec_json import TextCodec
from .dates import PartialDate
from .errors import KoreadipError, SchemaError
from .identifiers import Identifiers
from .records import Dossier

__all__ = ["dumps", "from_dict", "loads", "make_converter", "to_dict"]

T = TypeVar("T")

#: the record classes of the schema (any other attrs class gets the same hooks, when first used)
_RECORDS = tuple(
    getattr(_records, name) for name in _records.__all__ if attrs.has(getattr(_records, name))
)


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


def _structure_iso(kind: type[_dt.date]) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _t: Any) -> Any:
        if not isinstance(value, str):
            raise SchemaError("", f"expected ISO {kind.__name__} text, got {type(value).__name__}")
        try:
            return kind.fromisoformat(value)
        except ValueError:
            raise SchemaError("", f"{value!r} is not an ISO 8601 {kind.__name__}") from None

    return structure


def _unstructure_published(value: _dt.datetime | _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _structure_day(value: Any, _t: Any) -> _dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise SchemaError("", f"expected a date such as '2018-12-07', got {value!r}")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise SchemaError("", f"{value!r} is not a date") from None


def _structure_partial(value: Any, _t: Any) -> PartialDate:
    if not isinstance(value, str):
        raise SchemaError("", f"expected a date such as '2018-12-07', got {value!r}")
    return partial_from_text(value)


def _structure_str(value: Any, _t: Any) -> str:
    if not isinstance(value, str):
        raise SchemaError("", f"expected text, got {type(value).__name__}")
    return value


def _structure_int(value: Any, _t: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SchemaError("", f"expected an integer, got {type(value).__name__}")
    return value


def _structure_identifiers(value: Any, _t: Any) -> Identifiers:
    if not isinstance(value, dict):
        raise SchemaError("", f"expected an object of scheme to id, got {type(value).__name__}")
    return Identifiers(value)


def _structure_bool(value: Any, _t: Any) -> bool:
    if not isinstance(value, bool):
        raise SchemaError("", f"expected true or false, got {type(value).__name__}")
    return value


def _configure(c: cattrs.Converter) -> None:
    """The hooks every koreadip converter has: dates as ISO text, strict text and integers."""
    c.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    c.register_structure_hook(PartialDate, _structure_partial)
    c.register_unstructure_hook(Published, _unstructure_published)
    c.register_structure_hook(Published, _structure_published)
    c.register_unstructure_hook(_dt.datetime, _dt.datetime.isoformat)
    c.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    c.register_structure_hook(_dt.datetime, _structure_iso(_dt.datetime))
    c.register_structure_hook(_dt.date, _structure_day)
    c.register_structure_hook(str, _structure_str)
    c.register_unstructure_hook(Identifiers, dict)
    c.register_structure_hook(Identifiers, _structure_identifiers)
    c.register_structure_hook(int, _structure_int)
    # Meeting.source_count is derived (init=False): written for readers, never read back
    c.register_unstructure_hook(
        _records.Meeting,
        make_dict_unstructure_fn(_records.Meeting, c, _cattrs_include_init_false=True),
    )
    c.register_structure_hook(bool, _structure_bool)  # else the int hook takes it, a subclass
    c.register_structure_hook_factory(_is_sequence, _strict_sequence)


def _is_sequence(t: Any) -> bool:
    return item_of(t) is not None


def _strict_sequence(t: Any, c: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    """A JSON array for a tuple field: text or an object is refused, not split into items."""
    items = cattrs.cols.homogenous_tuple_structure_factory(t, c)

    def structure(value: Any, cls: Any) -> Any:
        if value.__class__ is not list and value.__class__ is not tuple:
            raise SchemaError("", f"expected a list, got {_json_type(value)}")
        return items(value, cls)

    return structure


def _json_type(value: Any) -> str:
    names = {str: "text", dict: "an object", int: "a number", float: "a number", bool: "true/false"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _converter() -> cattrs.Converter:
    return cattrs.Converter(unstruct_collection_overrides={tuple: list}, detailed_validation=True)


def make_converter() -> cattrs.Converter:
    """A fresh converter configured for koreadip records (cattrs' preconf pattern).

    Enums become their lowercase values, dates ISO text, tuples JSON arrays.  Every attrs
    class (every record) has generated hooks; a document they refuse is read again with cattrs'
    detailed validation, so the error names the path of the bad field.
    """
    detailed = _converter()
    _configure(detailed)
    c = _converter()
    _configure(c)
    generator = HookGenerator(c)
    c.register_unstructure_hook_factory(attrs.has, generator.unstructure_fn)
    c.register_structure_hook_factory(
        attrs.has, lambda cls: _with_fallback(generator.structure_fn(cls), detailed)
    )
    for cls in _RECORDS:  # the schema's: generated now, not in the middle of a first call
        c.get_unstructure_hook(cls)
        c.get_structure_hook(cls)
    return c


def _with_fallback(fast: Callable[[Any], T], detailed: cattrs.Converter) -> Callable[[Any, Any], T]:
    def structure(data: Any, cls: Any) -> T:
        try:
            return fast(data)
        except Exception:
            return detailed.structure(data, cls)  # type: ignore[no-any-return]

    return structure


_CONVERTER = make_converter()
_TEXT = TextCodec(_CONVERTER)
_TEXT.prepare(Dossier)  # and with it every record's mirror and reader


def _path(error: BaseException) -> tuple[str, str]:
    """The path of the innermost failing field and its reason, from a cattrs error tree."""
    messages = cattrs.transform_error(error, path="")
    first = messages[0] if messages else str(error)
    path, _, reason = first.partition(" @ ")
    where = reason.strip().lstrip("$").lstrip(".") if reason else ""
    return where, path.strip()


def to_dict(record: Any) -> Any:
    """A record (or a tuple of records) as plain JSON-ready data.

    >>> from koreadip import Participant
    >>> to_dict(Participant(official_id="noh-kyu-duk", role="co-chair"))
    {'official_id': 'noh-kyu-duk', 'role': 'co-chair'}
    """
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
    """Native JSON of a record, usually a :class:`Dossier`: ``json.dumps`` of :func:`to_dict`,
    indented by ``indent`` spaces, or with ``indent=None`` on one line with no spaces at all
    (``separators=(",", ":")``, the most compact form).

    >>> from koreadip import Participant
    >>> print(dumps(Participant(official_id="noh-kyu-duk"), indent=None))
    {"official_id":"noh-kyu-duk","role":null}
    """
    if indent is None or (type(indent) is int and indent > 0):
        try:
            with collector.paused():  # the mirrors make no cycles: nothing for it to free
                text = _TEXT.write(record)
            return (text if indent is None else msgspec.json.format(text, indent=indent)).decode()
        except Exception:  # the plain path below raises the error, if there is one
            pass
    compact = (",", ":") if indent is None else None
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent, separators=compact)


def loads(text: str | bytes, cls: type[T] = Dossier) -> T:  # type: ignore[assignment]
    """Read native JSON back into a record of type ``cls`` (a :class:`Dossier` by default).

    Bytes are read as UTF-8 (a byte-order mark or UTF-16 as ``json.loads`` takes them).

    >>> loads('{"officials": [{"id": "kang", "name": "Kang Kyung-wha"}]}').officials[0].name
    'Kang Kyung-wha'
    """
    if attrs.has(cls):
        try:
            data = text.encode() if isinstance(text, str) else text
            with collector.paused():  # many records, no cycles: nothing for it to free
                return _TEXT.read(data, cls)  # type: ignore[no-any-return]
        except Exception:  # the plain path below names the error, if there is one
            pass
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise SchemaError("", f"not JSON: {e}") from None
    except RecursionError:
        raise SchemaError("", "JSON nested too deeply") from None
    return from_dict(data, cls)

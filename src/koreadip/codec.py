"""The one cattrs converter for every record, and native JSON in and out.

The round-trip property, tested in ``tests/test_codec.py``: for every record ``x``,
``from_dict(type(x), to_dict(x)) == x`` and ``loads(dumps(x)) == x``.

Speed: each record class gets a hook generated from its fields, which reads and writes a whole
record (nested records, enums, dates, tuples) in one expression instead of dispatching field by
field.  Reading trusts the records' own validators, which run in ``__init__``; when anything
fails, the document is read again by cattrs' detailed-validation hooks, only to name the path of
the bad field (``meetings[3].date``).  Both paths accept and refuse exactly the same documents.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_unstructure_fn

from . import records as _records
from .dates import PartialDate
from .errors import KoreadipError, SchemaError
from .identifiers import Identifiers
from .records import Dossier

__all__ = ["dumps", "from_dict", "loads", "make_converter", "to_dict"]

T = TypeVar("T")

_Published = _dt.datetime | _dt.date | None
#: the record classes that get generated hooks; any other type is left to cattrs
_RECORDS: tuple[type, ...] = tuple(
    getattr(_records, name) for name in _records.__all__ if attrs.has(getattr(_records, name))
)
_PLAIN = (str, int, bool, float, str | None, int | None)


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
    return _partial_from_text(value)


# A decade holds ~3,650 days, so a document's dates repeat; a PartialDate is immutable, so one
# instance per text can be shared.  Non-text (unhashable or not) fails before the cache.
@functools.lru_cache(maxsize=8192)
def _partial_from_text(value: str) -> PartialDate:
    return PartialDate.fromisoformat(value)


_ISO_TEXT: dict[tuple[int | None, int | None, int | None], str] = {}


def _iso_text(value: PartialDate) -> str:
    """``value.isoformat()``, remembered for the few thousand dates a corpus holds."""
    key = (value.year, value.month, value.day)
    text = _ISO_TEXT.get(key)
    if text is None:
        if len(_ISO_TEXT) >= 8192:  # bounded, whatever the input
            _ISO_TEXT.clear()
        text = _ISO_TEXT[key] = value.isoformat()
    return text


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


def _configure(c: cattrs.Converter) -> None:
    """The hooks every koreadip converter has: dates as ISO text, strict text and integers."""
    c.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    c.register_structure_hook(PartialDate, _structure_partial)
    c.register_unstructure_hook(_Published, _unstructure_published)
    c.register_structure_hook(_Published, _structure_published)
    c.register_unstructure_hook(_dt.datetime, _dt.datetime.isoformat)
    c.register_unstructure_hook(_dt.date, _dt.date.isoformat)
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


def _converter() -> cattrs.Converter:
    return cattrs.Converter(unstruct_collection_overrides={tuple: list}, detailed_validation=True)


def make_converter() -> cattrs.Converter:
    """A fresh converter configured for koreadip records (cattrs' preconf pattern).

    Enums become their lowercase values, dates ISO text, tuples JSON arrays.  Every record
    class has generated hooks; a document they refuse is read again with cattrs' detailed
    validation, so the error names the path of the bad field.
    """
    detailed = _converter()
    _configure(detailed)
    c = _converter()
    _configure(c)
    for cls in _RECORDS:
        c.register_unstructure_hook(cls, _Generator(c).unstructure_fn(cls))
        c.register_structure_hook(cls, _with_fallback(_Generator(c).structure_fn(cls), detailed))
    return c


def _with_fallback(fast: Callable[[Any], T], detailed: cattrs.Converter) -> Callable[[Any, Any], T]:
    def structure(data: Any, cls: Any) -> T:
        try:
            return fast(data)
        except Exception:
            return detailed.structure(data, cls)  # type: ignore[no-any-return]

    return structure


# ------------------------------------------------------------------ hook generation


def _sequence(value: Any) -> list[Any] | tuple[Any, ...]:
    # a JSON array; anything else takes the detailed path, which decides what it means
    if type(value) is list or type(value) is tuple:
        return value
    raise TypeError(type(value).__name__)


_UnionType = type(int | None)


def _checker(kind: type, *, optional: bool) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        # exact types: a subclass, a bool for an int, takes the detailed path
        if type(value) is kind or (optional and value is None):
            return value
        raise TypeError(type(value).__name__)

    return check


_CHECKERS: dict[Any, Callable[[Any], Any]] = {
    str: _checker(str, optional=False),
    int: _checker(int, optional=False),
    str | None: _checker(str, optional=True),
    int | None: _checker(int, optional=True),
}


def _optional_of(t: Any) -> Any:
    """``X`` for ``X | None``, else None."""
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, _UnionType) and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return None


class _Generator:
    """Python source of one expression per record class, compiled into a hook."""

    def __init__(self, converter: cattrs.Converter) -> None:
        self.converter = converter
        self.names: dict[str, Any] = {
            "_sequence": _sequence,
            "_partial": _partial_from_text,
            "_iso": _iso_text,
        }

    def _name(self, value: Any, prefix: str = "_g") -> str:
        name = f"{prefix}{len(self.names)}"
        self.names[name] = value
        return name

    def _fresh(self) -> str:
        return self._name(None, "_v")

    def _compile(self, cls: type, kind: str, body: str) -> Callable[[Any], Any]:
        fn = f"{kind}_{cls.__name__}"
        source = f"def {fn}(o):\n    return {body}\n"
        code = compile(source, f"<koreadip codec {kind} {cls.__name__}>", "exec")
        exec(code, self.names)
        return self.names[fn]  # type: ignore[no-any-return]

    # ---------------------------------------------------------------- writing

    def unstructure_fn(self, cls: type) -> Callable[[Any], Any]:
        """A function from a record to its plain dict, exactly as cattrs would write it."""
        return self._compile(cls, "unstructure", self._record_out(cls, "o"))

    def _record_out(self, cls: type, var: str) -> str:
        hints = typing.get_type_hints(cls)
        items = [
            f"{f.name!r}: {self._value_out(hints[f.name], f'{var}.{f.name}')}"
            for f in attrs.fields(cls)
        ]
        return "{" + ", ".join(items) + "}"

    def _value_out(self, t: Any, expr: str) -> str:
        if t in _PLAIN:
            return expr
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return f"{expr}._value_"
        if t is PartialDate:
            return f"_iso({expr})"
        if attrs.has(t):
            return self._record_out(t, expr)
        inner = _optional_of(t)
        if inner is not None and t != _Published:
            return f"(None if {expr} is None else {self._value_out(inner, expr)})"
        args = typing.get_args(t)
        if typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis:
            if args[0] in _PLAIN:
                return f"list({expr})"
            item = self._fresh()
            return f"[{self._value_out(args[0], item)} for {item} in {expr}]"
        hook = self._name(self.converter.get_unstructure_hook(t))
        return f"{hook}({expr})"

    # ---------------------------------------------------------------- reading

    def structure_fn(self, cls: type) -> Callable[[Any], Any]:
        """A function from a plain dict to a record; any refusal raises (the caller retries)."""
        return self._compile(cls, "structure", self._record_in(cls, "o"))

    def _record_in(self, cls: type, var: str) -> str:
        hints = typing.get_type_hints(cls)
        args = []
        for f in attrs.fields(cls):
            if not f.init:
                continue
            t = hints[f.name]
            key = f"{f.name!r}"
            if f.default is attrs.NOTHING:
                value = self._value_in(t, f"{var}[{key}]")
            elif f.default is None:
                value = self._value_in(t, f"{var}.get({key})")
            else:
                default = f.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    assert not default.takes_self
                    default = default.factory()
                present = self._value_in(t, f"{var}[{key}]")
                value = f"({present} if {key} in {var} else {self._name(default)})"
            args.append(f"{f.alias or f.name}={value}")
        return f"{self._name(cls)}({', '.join(args)})"

    def _value_in(self, t: Any, expr: str) -> str:
        if t in _CHECKERS:
            return f"{self._name(_CHECKERS[t])}({expr})"
        if isinstance(t, type) and issubclass(t, enum.Enum):
            # by value only: a KeyError sends the document to the detailed path
            return f"{self._name({m.value: m for m in t})}[{expr}]"
        if t is PartialDate:
            return f"_partial({expr})"
        if attrs.has(t):
            return f"{self._name(self.structure_fn(t))}({expr})"
        inner = _optional_of(t)
        if inner is not None and t != _Published:
            var = self._fresh()
            return f"(None if ({var} := {expr}) is None else {self._value_in(inner, var)})"
        args = typing.get_args(t)
        if typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = self._fresh()
            return f"tuple([{self._value_in(args[0], item)} for {item} in _sequence({expr})])"
        hook = self._name(self.converter.get_structure_hook(t))
        return f"{hook}({expr}, {self._name(t)})"


_CONVERTER = make_converter()


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

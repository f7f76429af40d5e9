"""Generated cattrs hooks: one Python expression per attrs class, reading or writing a record whole.

cattrs dispatches field by field; these hooks read and write a record (nested records, enums,
dates, tuples) in one compiled expression instead.  They are generated from ``attrs.fields`` and
the type hints, so a field added to a record is read and written without an edit here: a type the
generator does not know is handed to the converter's own hook for that type.

Reading trusts the records' validators, which run in ``__init__``, and only checks what they
cannot see (a JSON value of the wrong type); anything it refuses raises, and the caller reads the
data again with cattrs' detailed validation, which accepts or refuses it and names the path.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs

from .dates import PartialDate

__all__ = ["HookGenerator", "Published", "iso_text", "item_of", "optional_of", "partial_from_text"]

Published = _dt.datetime | _dt.date | None
#: types written as they are: the JSON encoder takes them whole
PLAIN = (str, int, bool, float, str | None, int | None)
_UnionType = type(int | None)


# A decade holds ~3,650 days, so a document's dates repeat; a PartialDate is immutable, so one
# instance per text can be shared.  Non-text (unhashable or not) fails before the cache.
@functools.lru_cache(maxsize=8192)
def partial_from_text(value: str) -> PartialDate:
    """The :class:`PartialDate` of ISO text, shared between equal texts."""
    return PartialDate.fromisoformat(value)


_ISO_TEXT: dict[tuple[int | None, int | None, int | None], str] = {}


def iso_text(value: PartialDate) -> str:
    """``value.isoformat()``, remembered for the few thousand dates a corpus holds."""
    key = (value.year, value.month, value.day)
    text = _ISO_TEXT.get(key)
    if text is None:
        if len(_ISO_TEXT) >= 8192:  # bounded, whatever the input
            _ISO_TEXT.clear()
        text = _ISO_TEXT[key] = value.isoformat()
    return text


def optional_of(t: Any) -> Any:
    """``X`` for ``X | None``, else None."""
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, _UnionType) and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return None


def item_of(t: Any) -> Any:
    """``X`` for ``tuple[X, ...]``, else None."""
    args = typing.get_args(t)
    if typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _refuse(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def _sequence(value: Any) -> list[Any] | tuple[Any, ...]:
    if value.__class__ is list or value.__class__ is tuple:
        return value
    raise TypeError(type(value).__name__)


def _texts(value: list[Any] | tuple[Any, ...]) -> tuple[str, ...]:
    """A tuple of the items, all text; anything else raises."""
    "".join(value)  # raises TypeError at the first item that is not text, without a Python loop
    return tuple(value)


class HookGenerator:
    """Python source of one expression per record class, compiled into an (un)structure hook."""

    def __init__(self, converter: cattrs.BaseConverter) -> None:
        self.converter = converter
        self.names: dict[str, Any] = {
            "_partial": partial_from_text,
            "_iso": iso_text,
            "_refuse": _refuse,
            "_sequence": _sequence,
            "_texts": _texts,
            "_map": map,
            "_str": str,
            "_int": int,
            "_list": list,
            "_tuple": tuple,
        }
        self._readers: dict[type, Callable[[Any], Any]] = {}

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
        namespace: dict[str, Any] = {}
        exec(code, self.names, namespace)
        return namespace[fn]  # type: ignore[no-any-return]

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
        if t in PLAIN:
            return expr
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return f"{expr}._value_"
        if t is PartialDate:
            return f"_iso({expr})"
        if attrs.has(t):
            return self._record_out(t, expr)
        inner = optional_of(t)
        if inner is not None and t != Published:
            var = self._fresh()
            return f"(None if ({var} := {expr}) is None else {self._value_out(inner, var)})"
        item = item_of(t)
        if item is not None:
            if item in PLAIN:
                return f"_list({expr})"
            var = self._fresh()
            return f"[{self._value_out(item, var)} for {var} in {expr}]"
        hook = self._name(self.converter.get_unstructure_hook(t))
        return f"{hook}({expr})"

    # ---------------------------------------------------------------- reading

    def structure_fn(self, cls: type) -> Callable[[Any], Any]:
        """A function from a plain dict to a record; any refusal raises (the caller retries)."""
        fn = self._readers.get(cls)
        if fn is None:
            fn = self._readers[cls] = self._compile(cls, "structure", self._record_in(cls, "o"))
        return fn

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
        # exact types: a subclass, a bool for an int, takes the detailed path
        if t is str or t is int:
            var = self._fresh()
            return f"({var} if ({var} := {expr}).__class__ is _{t.__name__} else _refuse({var}))"
        if t == str | None or t == int | None:
            var, kind = self._fresh(), optional_of(t).__name__
            return (
                f"({var} if ({var} := {expr}).__class__ is _{kind} or {var} is None "
                f"else _refuse({var}))"
            )
        if isinstance(t, type) and issubclass(t, enum.Enum):
            # by value only: a KeyError sends the document to the detailed path
            return f"{self._name({m.value: m for m in t})}[{expr}]"
        if t is PartialDate:
            return f"_partial({expr})"
        if attrs.has(t):
            return f"{self._name(self.structure_fn(t))}({expr})"
        inner = optional_of(t)
        if inner is not None and t != Published:
            var = self._fresh()
            return f"(None if ({var} := {expr}) is None else {self._value_in(inner, var)})"
        item = item_of(t)
        if item is not None:
            # a JSON array; anything else takes the detailed path, which decides what it means
            seq = self._fresh()
            checked = f"({seq} if ({seq} := {expr}).__class__ is _list else _sequence({seq}))"
            if item is str:
                return f"_texts({checked})"
            if isinstance(item, type) and issubclass(item, enum.Enum):
                members = self._name({m.value: m for m in item})
                return f"_tuple(_map({members}.__getitem__, {checked}))"
            if attrs.has(item) and item is not PartialDate:
                return f"_tuple(_map({self._name(self.structure_fn(item))}, {checked}))"
            var = self._fresh()
            return f"_tuple([{self._value_in(item, var)} for {var} in _sequence({expr})])"
        hook = self._name(self.converter.get_structure_hook(t))
        return f"{hook}({expr}, {self._name(t)})"

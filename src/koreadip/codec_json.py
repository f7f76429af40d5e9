"""Native JSON without the intermediate dicts: msgspec writes and reads generated mirror structs.

Writing: each attrs class gets a function, generated from its fields like the dict hooks of
:mod:`koreadip.codec_hooks`, that turns a record into a *mirror*: a msgspec struct with the same
keys in the same order (msgspec writes an attrs record's fields in an order of its own, and a
:class:`PartialDate` as an object).  Text, numbers, enums and tuples of them are handed over as
they are, which msgspec writes as ``json`` does (the same escapes, ``ensure_ascii=False``), and so
is a record whose fields are all such and which msgspec is seen to write in its declared order;
dates become their ISO text, other records their mirrors, and a field of any other type (a float,
a mapping, a datetime) the standard encoder's text of what the dict hook gives for it, so a field
added later needs no edit here.  msgspec's text is what ``json.dumps(to_dict(record),
ensure_ascii=False, separators=(",", ":"))`` writes, byte for byte; ``msgspec.json.format`` lays
it out as ``indent=n`` does.  Anything unexpected (a lone surrogate, an integer past 64 bits,
``NaN``) raises, and the caller falls back to ``json.dumps`` of the dicts.

Reading: each attrs class gets a reader struct, generated the same way, whose field types make
msgspec check in C what the dict hooks check in Python (text is text, an integer is not a bool, an
enum value is a member's, an array is an array); a field of a type it does not check is read as
plain data and given to the dict hooks' own expression for it.  A generated function builds the
record from the struct through its ``__init__``, so the records' validators run as always; a
record whose ``__init__`` only sets and validates fields msgspec checks (a participant, a span) is
built by msgspec itself, which runs the same validators.  A document whose fields are all arrays
of records (a :class:`~koreadip.Dossier`) is split by msgspec into one raw slice per record, and
the slices are read and built a chunk at a time (a call per record would cost as much as the
reading), so a large file's decoded values never exist all at once beside its records.  msgspec
refuses everything ``json.loads`` refuses and some things it accepts (``NaN``, lone surrogates,
a bad value under a duplicated key): anything it refuses, the caller reads again with ``json``
and the dict hooks.
"""

from __future__ import annotations

import enum
import functools
import json
import typing
from collections.abc import Callable
from typing import Any

import attrs
import msgspec

from .codec_hooks import _ISO_TEXT, HookGenerator, Published, item_of, optional_of
from .dates import PartialDate

__all__ = ["TextCodec"]

_encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_ENCODER = msgspec.json.Encoder()
_DOCUMENT = msgspec.json.Decoder(dict[str, msgspec.Raw])
_ARRAY = msgspec.json.Decoder(list[msgspec.Raw])
_VALUE = msgspec.json.Decoder()
_CHUNK = 512  # records decoded per call by Dossier-like documents


def _raw(value: Any) -> msgspec.Raw:
    """``value`` as the standard encoder writes it, for msgspec to copy as it is."""
    return msgspec.Raw(_encode_json(value).encode())


def _is_enum_of_text_or_numbers(t: Any) -> bool:
    return (
        isinstance(t, type)
        and issubclass(t, enum.Enum)
        and all(type(m.value) in (str, int) for m in t)
    )


def _plain_default(f: attrs.Attribute[Any], kind: Any, t: Any) -> bool:
    """Whether msgspec can fill a missing key with the field's own default, read as it is: a
    value (not a factory: attrs shares it between records too) of a type msgspec reads as is."""
    return kind == t and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]


def _native(t: Any) -> bool:
    """Whether msgspec writes a value of type ``t`` as ``json.dumps`` writes the dict hook's."""
    if t in (str, int, bool, type(None)) or _is_enum_of_text_or_numbers(t):
        return True
    return _wrapped(t, _native)


def _wrapped(t: Any, test: Callable[[Any], bool]) -> bool:
    """Whether ``t`` is an optional or a list of a type that passes ``test``."""
    inner = optional_of(t)
    if inner is None:
        inner = item_of(t)
    return inner is not None and test(inner)


@functools.cache
def _written_as_is(cls: type) -> bool:
    """Whether msgspec writes a record of ``cls`` itself as its dict would be written: every
    field of a type msgspec writes as ``json`` does, and msgspec writing the fields in their
    declared order.  msgspec writes an attrs record's fields in an order of its own (sorted, as
    this version does it); a record whose declared order is that order needs no mirror.  Asked
    of msgspec itself, with a record whose fields hold 0, 1, 2, ..."""
    fields = attrs.fields(cls)
    hints = typing.get_type_hints(cls)
    if not all(_native(hints[f.name]) for f in fields):
        return False
    probe: object = object.__new__(cls)
    for i, f in enumerate(fields):
        object.__setattr__(probe, f.name, i)  # around validators and frozenness: a probe only
    expected = "{" + ",".join(f'"{f.name}":{i}' for i, f in enumerate(fields)) + "}"
    try:
        return _ENCODER.encode(probe) == expected.encode()
    except (TypeError, msgspec.EncodeError):
        return False


@functools.cache
def _read_as_is(cls: type) -> bool:
    """Whether msgspec may build a record of ``cls`` itself: it then sets the fields and runs
    the record's validators (as ``__init__`` does), so only a record whose ``__init__`` does
    nothing more qualifies: fields of types msgspec checks as the dict hooks do, each taken
    under its own name, with no converter, no factory and no hook of its own."""
    if any(hasattr(cls, h) for h in ("__attrs_pre_init__", "__attrs_post_init__")):
        return False
    hints = typing.get_type_hints(cls)
    return all(
        f.init
        and (f.alias or f.name) == f.name
        and f.converter is None
        and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
        and _native(hints[f.name])
        for f in attrs.fields(cls)
    )


def _writable(t: Any) -> bool:
    """Whether a value of type ``t`` can be given to msgspec as it is, without a mirror."""
    if _native(t) or (attrs.has(t) and t is not PartialDate and _written_as_is(t)):
        return True
    return _wrapped(t, _writable)


class TextCodec(HookGenerator):
    """Generated JSON writers and the record-at-a-time reader, for any attrs class."""

    def __init__(self, converter: Any) -> None:
        super().__init__(converter)
        self.names.update(_raw=_raw, _mirror=self.mirror, _iso_get=_ISO_TEXT.get)
        self._mirrors: dict[type, Callable[[Any], Any]] = {}
        self._structs: dict[type, str] = {}
        self.names.update(_UNSET=msgspec.UNSET)
        self._plans: dict[type, dict[str, tuple[str, Any, Callable[[Any], Any]]] | None] = {}
        self._decoders: dict[type, tuple[msgspec.json.Decoder[Any], Callable[[Any], Any]]] = {}
        self._read_structs: dict[type, Any] = {}
        self._from_mirrors: dict[type, Callable[[Any], Any]] = {}

    def prepare(self, cls: type) -> None:
        """Generate now what writing and reading ``cls`` (and the records it holds) will use."""
        self.mirror_fn(cls)
        if self._plan(cls) is None:
            self.reader(cls)

    # ---------------------------------------------------------------- writing

    def write(self, value: Any) -> bytes:
        """Compact JSON of a record, a sequence of them, or any value ``to_dict`` takes."""
        return _ENCODER.encode(self.mirror(value))

    def mirror(self, value: Any) -> Any:
        """What msgspec writes as ``value``'s JSON: records become their mirror structs."""
        cls = value.__class__
        fn = self._mirrors.get(cls)
        if fn is not None:
            return fn(value)
        if attrs.has(cls) and cls is not PartialDate:
            return self.mirror_fn(cls)(value)
        if cls is tuple or cls is list:
            return tuple([self.mirror(item) for item in value])
        return _raw(self.converter.unstructure(value))

    def mirror_fn(self, cls: type) -> Callable[[Any], Any]:
        """The generated function from a record of ``cls`` to its mirror struct."""
        fn = self._mirrors.get(cls)
        if fn is None:
            fn = self._mirrors[cls] = self._compile(cls, "mirror", self._record_mirror(cls, "o"))
        return fn

    def _struct(self, cls: type) -> str:
        """The name of the mirror struct of ``cls``: its keys, in its order."""
        struct = self._structs.get(cls)
        if struct is None:
            fields = attrs.fields(cls)
            slots = [f"f{i}" for i in range(len(fields))]
            struct = self._structs[cls] = self._name(
                msgspec.defstruct(
                    f"{cls.__name__}Mirror",
                    [(slot, object) for slot in slots],
                    rename={slot: f.name for slot, f in zip(slots, fields, strict=True)},
                    gc=False,  # acyclic and short-lived: nothing for the collector to do
                )
            )
        return struct

    def _record_mirror(self, cls: type, var: str, depth: int = 0) -> str:
        """An expression building the mirror of record ``var`` (a name), nested records inline."""
        hints = typing.get_type_hints(cls)
        args = ", ".join(
            self._mirror_of(hints[f.name], f"{var}.{f.name}", depth) for f in attrs.fields(cls)
        )
        return f"{self._struct(cls)}({args})"

    def _mirror_of(self, t: Any, expr: str, depth: int) -> str:
        """An expression of what msgspec must be given to write ``expr`` (of type ``t``)."""
        if _writable(t):
            return expr
        if t is PartialDate:
            # the cache's hit inline, without a call; a miss asks iso_text, which fills it
            var = expr if expr.isidentifier() else self._fresh()
            first = expr if var == expr else f"({var} := {expr})"
            return f"(_iso_get(({first}.year, {var}.month, {var}.day)) or _iso({var}))"
        if attrs.has(t):
            return f"_mirror({expr})"
        inner = optional_of(t)
        if inner is not None and t != Published:
            var = self._fresh()
            return f"(None if ({var} := {expr}) is None else {self._mirror_of(inner, var, depth)})"
        item = item_of(t)
        if item is not None:
            # tuples, not lists: a tuple of untracked structs leaves the collector's lists at its
            # first young collection, so a large dossier's mirrors never set off a full one
            var = self._fresh()
            if attrs.has(item) and item is not PartialDate:
                if depth < 2 and self._flat(item):
                    # inline: no call per item (a flat record needs no names of its own); a
                    # tuple of one (a meeting's one span, most often) is built without a
                    # comprehension, whose frame costs as much as the mirror itself
                    each = self._record_mirror(item, var, depth + 1)
                    seq = self._fresh()
                    first = self._record_mirror(item, f"{seq}[0]", depth + 1)
                    return (
                        f"(({first},) if len({seq} := {expr}) == 1"
                        f" else _tuple([{each} for {var} in {seq}]))"
                    )
                return f"_tuple(_map({self._name(self.mirror_fn(item))}, {expr}))"
            return f"_tuple([{self._mirror_of(item, var, depth + 1)} for {var} in {expr}])"
        # any other type: the standard encoder's text of exactly what the dict hook writes
        return f"_raw({self._value_out(t, expr)})"

    @staticmethod
    def _flat(cls: type) -> bool:
        hints = typing.get_type_hints(cls)
        return all(_native(hints[f.name]) for f in attrs.fields(cls))

    # ---------------------------------------------------------------- reading

    def read(self, data: bytes, cls: type) -> Any:
        """The record of type ``cls`` in JSON ``data``; raises on anything it does not take."""
        plan = self._plan(cls)
        if plan is None:
            decoder, convert = self.reader(cls)
            return convert(decoder.decode(data))
        fields: dict[str, Any] = {}
        for key, raw in _DOCUMENT.decode(data).items():
            entry = plan.get(key)
            if entry is None:
                _VALUE.decode(raw)  # not a field, so ignored, but it must be JSON all the same
                continue
            alias, decode, convert = entry
            items = _ARRAY.decode(raw)
            # a chunk of records per call (a call per record costs as much as the decoding);
            # chunks, not the whole array, so that few mirrors are alive at once
            fields[alias] = tuple(
                [
                    convert(mirror)
                    for start in range(0, len(items), _CHUNK)
                    for mirror in decode(b"[" + b",".join(items[start : start + _CHUNK]) + b"]")
                ]
            )
        return cls(**fields)

    def _plan(self, cls: type) -> dict[str, tuple[str, Any, Callable[[Any], Any]]] | None:
        """For a class whose fields are all arrays of records: key -> (argument, item reader)."""
        if cls in self._plans:
            return self._plans[cls]
        plan: dict[str, tuple[str, Any, Callable[[Any], Any]]] | None = {}
        hints = typing.get_type_hints(cls)
        for f in attrs.fields(cls):
            item = item_of(hints[f.name])
            if not f.init or f.default is attrs.NOTHING or item is None or not attrs.has(item):
                plan = None
                break
            assert plan is not None
            decoder = msgspec.json.Decoder(tuple[self._read_struct(item), ...])  # type: ignore[misc]
            plan[f.name] = (f.alias or f.name, decoder.decode, self._from_mirror_fn(item))
        self._plans[cls] = plan = plan or None
        return plan

    def reader(self, cls: type) -> tuple[msgspec.json.Decoder[Any], Callable[[Any], Any]]:
        """A decoder of ``cls``'s mirror struct, and the function from the mirror to the record."""
        reader = self._decoders.get(cls)
        if reader is None:
            decoder = msgspec.json.Decoder(self._read_struct(cls))
            reader = self._decoders[cls] = (decoder, self._from_mirror_fn(cls))
        return reader

    def _read_struct(self, cls: type) -> Any:
        """The struct msgspec reads a record of ``cls`` into: its keys, each checked by type."""
        struct = self._read_structs.get(cls)
        if struct is None:
            self._read_structs[cls] = Any  # a record that holds itself: read as plain data
            hints = typing.get_type_hints(cls)
            spec: list[Any] = []
            names = {}
            for i, f in enumerate(a for a in attrs.fields(cls) if a.init):
                kind, names[f"f{i}"] = self._read_type(hints[f.name]), f.name
                if f.default is attrs.NOTHING:
                    spec.append((f"f{i}", kind))
                elif _plain_default(f, kind, hints[f.name]):
                    spec.append((f"f{i}", kind, f.default))
                else:  # missing: the record's own default, as the dict hooks give it
                    unset = kind if kind is Any else kind | msgspec.UnsetType
                    spec.append((f"f{i}", unset, msgspec.UNSET))
            struct = self._read_structs[cls] = msgspec.defstruct(
                f"{cls.__name__}Reader", spec, rename=names, gc=False
            )
        return struct

    def _read_type(self, t: Any) -> Any:
        """What msgspec reads a value of type ``t`` as: ``t`` itself where msgspec checks it as
        the dict hooks do, a struct for a record, ``str`` for a date, ``Any`` for the rest."""
        if _native(t) and t is not type(None):
            return t
        if t is PartialDate:
            return str
        if attrs.has(t) and _read_as_is(t):
            return t
        if attrs.has(t):
            return self._read_struct(t)
        inner = optional_of(t)
        if inner is not None and t != Published:
            kind = self._read_type(inner)
            return Any if kind is Any else kind | None
        item = item_of(t)
        if item is not None:
            kind = self._read_type(item)
            return Any if kind is Any else tuple[kind, ...]  # type: ignore[valid-type]
        return Any

    def _from_mirror_fn(self, cls: type) -> Callable[[Any], Any]:
        fn = self._from_mirrors.get(cls)
        if fn is None:
            self._read_struct(cls)
            hints = typing.get_type_hints(cls)
            args = []
            for i, f in enumerate(a for a in attrs.fields(cls) if a.init):
                t, slot, var = hints[f.name], f"o.f{i}", self._fresh()
                if f.default is attrs.NOTHING or _plain_default(f, self._read_type(t), t):
                    value = self._from_mirror(t, slot)
                else:
                    default = f.default
                    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                        default = default.factory()
                    value = (
                        f"({self._from_mirror(t, var)} if ({var} := {slot}) is not _UNSET "
                        f"else {self._name(default)})"
                    )
                args.append(f"{f.alias or f.name}={value}")
            fn = self._from_mirrors[cls] = self._compile(
                cls, "from_mirror", f"{self._name(cls)}({', '.join(args)})"
            )
        return fn

    def _from_mirror(self, t: Any, expr: str) -> str:
        """An expression of the value of type ``t`` from what msgspec read (``_read_type(t)``)."""
        kind = self._read_type(t)
        if kind is Any:
            return self._value_in(t, expr)  # plain data: the dict hooks' own checks
        if kind == t:
            return expr  # checked (or built) by msgspec
        if t is PartialDate:
            return f"_partial({expr})"
        if attrs.has(t):
            return f"{self._name(self._from_mirror_fn(t))}({expr})"
        inner = optional_of(t)
        if inner is not None:
            var = self._fresh()
            return f"(None if ({var} := {expr}) is None else {self._from_mirror(inner, var)})"
        item = item_of(t)
        assert item is not None
        if item is PartialDate:
            return f"_tuple(_map(_partial, {expr}))"
        if attrs.has(item):
            return f"_tuple(_map({self._name(self._from_mirror_fn(item))}, {expr}))"
        var = self._fresh()
        return f"_tuple([{self._from_mirror(item, var)} for {var} in {expr}])"

"""The JSON Schema of koreadip's native JSON, generated from the attrs record classes.

The schema is built by walking the fields and type hints of :class:`~koreadip.Dossier` and the
records it holds, so a field added to a record appears in the schema without anyone editing it.
Where a field's validator is one koreadip knows (non-empty text, ISO country codes), the schema
says so too; a type it does not know becomes ``{}`` (anything), so the schema never refuses a
document koreadip itself writes.

Keys that have a default may be left out of a document, as :func:`koreadip.loads` allows; keys
the records do not have are refused.

>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> sorted(schema["properties"])
['meetings', 'officials', 'positions', 'sources', 'statements']
>>> schema["$defs"]["Official"]["properties"]["country"]
{'anyOf': [{'$ref': '#/$defs/CountryCode'}, {'type': 'null'}]}
>>> schema["$defs"]["CountryCode"]["enum"][:3]
['AD', 'AE', 'AF']
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from . import records
from .countries import COUNTRY_CODES
from .dates import PartialDate
from .identifiers import SCHEME_PATTERN, VALUE_PATTERNS, Identifiers
from .records import Dossier

__all__ = ["SCHEMA_DIALECT", "json_schema"]

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: named value schemas, written once under ``$defs`` and referred to where used
_SHARED: dict[str, dict[str, Any]] = {
    "Text": {"type": "string", "pattern": r"\S", "description": "text with a visible character"},
    "CountryCode": {
        "enum": sorted(COUNTRY_CODES),
        "description": "ISO 3166-1 alpha-2 country code",
    },
    "PartialDate": {
        "type": "string",
        "pattern": r"^(\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
        "description": "ISO 8601 date of reduced precision; XXXX where the year is unknown",
    },
    "DateOrDateTime": {
        "type": "string",
        "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
        r"(Z|[+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?)?$",
        "description": "ISO 8601 date, or date and time (with its UTC offset where known)",
    },
    "Identifiers": {
        "type": "object",
        "propertyNames": {"pattern": f"^{SCHEME_PATTERN.pattern}$"},
        "properties": {
            scheme: {"type": "string", "pattern": f"^{pattern.pattern}$", "description": what}
            for scheme, (pattern, what) in VALUE_PATTERNS.items()
        },
        "additionalProperties": {"$ref": "#/$defs/Text"},
        "description": "external identifiers: scheme -> id in that scheme",
    },
}


#: what a known validator admits: of the value (or, for a tuple, of each item)
_KNOWN: tuple[tuple[Callable[..., Any], dict[str, Any]], ...] = (
    (records._non_empty, {"$ref": "#/$defs/Text"}),
    (records._optional_non_empty, {"$ref": "#/$defs/Text"}),
    (records._strings, {"$ref": "#/$defs/Text"}),
    (records._country, {"$ref": "#/$defs/CountryCode"}),
    (records._countries, {"$ref": "#/$defs/CountryCode"}),
)


def _known(validator: Any) -> dict[str, Any] | None:
    # by identity: attrs' composed validators need not be hashable
    return next((schema for v, schema in _KNOWN if v is validator), None)


def _optional(t: Any) -> Any:
    """``X`` for ``X | None`` (one or more X), else None."""
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(t) if a is not type(None)]
        if len(args) < len(typing.get_args(t)):
            return args[0] if len(args) == 1 else typing.Union[tuple(args)]  # noqa: UP007
    return None


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def of_type(self, t: Any, known: dict[str, Any] | None = None) -> dict[str, Any]:
        """The schema of a value of type ``t``; ``known`` refines a plain text or code value."""
        if t is str and known is not None:
            return known
        if t is str:
            return {"type": "string"}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is float:
            return {"type": "number"}
        if t is PartialDate:
            return self.shared("PartialDate")
        if t is Identifiers:
            return self.shared("Identifiers")
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"enum": [m.value for m in t]}
        if isinstance(t, type) and attrs.has(t):
            return self.record(t)
        inner = _optional(t)
        if inner is not None:
            return {"anyOf": [self.of_type(inner, known), {"type": "null"}]}
        args = typing.get_args(t)
        if set(args) <= {_dt.datetime, _dt.date} and args:
            return self.shared("DateOrDateTime")
        origin = typing.get_origin(t)
        if origin in (tuple, list) and args and (origin is list or args[-1] is Ellipsis):
            return {"type": "array", "items": self.of_type(args[0], known)}
        if origin in (dict, Mapping) and len(args) == 2:
            return {"type": "object", "additionalProperties": self.of_type(args[1])}
        return {}  # a type this generator does not know: admit anything rather than refuse

    def shared(self, name: str) -> dict[str, Any]:
        self.defs[name] = _SHARED[name]
        if name == "Identifiers":
            self.defs["Text"] = _SHARED["Text"]
        return {"$ref": f"#/$defs/{name}"}

    def record(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: a record may refer to itself
            hints = typing.get_type_hints(cls)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for field in attrs.fields(cls):
                if not field.init:
                    # derived (Meeting.source_count): written for readers, ignored when read
                    derived = self.of_type(hints[field.name], None)
                    properties[field.name] = {**derived, "readOnly": True}
                    continue
                known = _known(field.validator)
                if known is not None:
                    self.shared(known["$ref"].rpartition("/")[2])
                properties[field.name] = self.of_type(hints[field.name], known)
                if field.default is attrs.NOTHING:
                    required.append(field.name)
            self.defs[name] = {
                "type": "object",
                "description": (cls.__doc__ or name).strip().splitlines()[0],
                "properties": properties,
                **({"required": required} if required else {}),
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the native JSON of a :class:`~koreadip.Dossier`.

    It describes what :func:`koreadip.dumps` writes and :func:`koreadip.loads` reads; a fresh
    dictionary each call, so a caller may change it.
    """
    from . import __version__

    builder = _Builder()
    builder.record(Dossier)
    top = builder.defs.pop("Dossier")
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:koreadip:schema:dossier:{__version__}",
        "title": "koreadip dossier (native JSON)",
        **{k: v for k, v in top.items() if k != "description"},
        "description": "Officials, meetings, statements and positions read from news text, "
        "with the sources they came from (koreadip's native JSON).",
        "$defs": dict(sorted(builder.defs.items())),
    }

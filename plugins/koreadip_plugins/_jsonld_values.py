"""How each field of a record becomes a JSON-LD value of the ``jsonld`` exporter, and back.

Each codec is a pair ``(to, back)``: ``to(value)`` gives the compact JSON-LD value, and
``back(json, path)`` the field again, raising :class:`~koreadip.SchemaError` naming ``path``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, unquote

from koreadip.dates import PartialDate
from koreadip.errors import SchemaError
from koreadip.identifiers import Identifiers
from koreadip.records import Participant, Span

XSD = "xsd:"
To = Callable[[Any], Any]
Back = Callable[[Any, str], Any]


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise SchemaError(path, f"expected text, got {type(value).__name__}")
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise SchemaError(path, f"expected a list, got {type(value).__name__}")
    return value


def _texts(value: Any, path: str) -> tuple[str, ...]:
    return tuple(_text(v, f"{path}[{i}]") for i, v in enumerate(_list(value, path)))


#: the characters ``quote(value, safe="")`` leaves as they are (RFC 3986's unreserved ones)
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def _quoted(value: str) -> str:
    """``quote(value, safe="")``, without its byte-by-byte walk for the ids that need no escape
    (nearly all: slugs and source ids).

    >>> _quoted("src-1a2b"), _quoted("김 a/b")
    ('src-1a2b', '%EA%B9%80%20a%2Fb')
    """
    return value if _UNRESERVED.fullmatch(value) else quote(value, safe="")


def _iri(kind: str) -> tuple[To, Back]:
    prefix = f"urn:koreadip:{kind}:"

    def to(value: str) -> str:
        return prefix + _quoted(value)

    def back(value: Any, path: str) -> str:
        if isinstance(value, dict) and set(value) == {"@id"}:
            value = value["@id"]
        text = _text(value, path)
        if not text.startswith(prefix):
            raise SchemaError(path, f"expected an IRI starting {prefix!r}, got {text!r}")
        return unquote(text[len(prefix) :])

    return to, back


def _iris(kind: str) -> tuple[To, Back]:
    to, back = _iri(kind)
    return (
        lambda values: [to(v) for v in values],
        lambda value, path: tuple(
            back(v, f"{path}[{i}]") for i, v in enumerate(_list(value, path))
        ),
    )


def _enum(kind: Any) -> tuple[To, Back]:
    def back(value: Any, path: str) -> Any:
        try:
            return kind(value)
        except ValueError:
            raise SchemaError(path, f"{value!r} is not a {kind.__name__}") from None

    return (lambda v: v.value), back


def _enums(kind: Any) -> tuple[To, Back]:
    _, one = _enum(kind)
    return (
        lambda values: [v.value for v in values],
        lambda value, path: tuple(one(v, f"{path}[{i}]") for i, v in enumerate(_list(value, path))),
    )


def _typed(value: Any, path: str) -> tuple[str, str]:
    if not isinstance(value, dict) or set(value) != {"@value", "@type"}:
        raise SchemaError(path, "expected a typed value {'@value': ..., '@type': ...}")
    return _text(value["@value"], path), _text(value["@type"], path)


def _to_partial(d: PartialDate) -> dict[str, str]:
    if d.year is None:  # XML Schema's --MM-DD and --MM: a month and day of no particular year
        text = f"--{d.month:02d}" + ("" if d.day is None else f"-{d.day:02d}")
        return {"@value": text, "@type": XSD + ("gMonth" if d.day is None else "gMonthDay")}
    kind = "gYear" if d.month is None else "gYearMonth" if d.day is None else "date"
    return {"@value": d.isoformat(), "@type": XSD + kind}


def _back_partial(value: Any, path: str) -> PartialDate:
    text, kind = _typed(value, path)
    if kind in (XSD + "gMonth", XSD + "gMonthDay"):
        text = "XXXX" + text[1:]
    elif kind not in (XSD + "gYear", XSD + "gYearMonth", XSD + "date"):
        raise SchemaError(path, f"{kind!r} is not a date type")
    try:
        return PartialDate.fromisoformat(text)
    except SchemaError as e:
        raise SchemaError(path, e.reason) from None


def _to_published(value: _dt.date) -> dict[str, str]:
    kind = "dateTime" if isinstance(value, _dt.datetime) else "date"
    return {"@value": value.isoformat(), "@type": XSD + kind}


def _back_published(value: Any, path: str) -> _dt.date:
    text, kind = _typed(value, path)
    try:
        if kind == XSD + "dateTime":
            return _dt.datetime.fromisoformat(text)
        if kind == XSD + "date":
            return _dt.date.fromisoformat(text)
    except ValueError:
        raise SchemaError(path, f"{text!r} is not a valid {kind}") from None
    raise SchemaError(path, f"{kind!r} is not xsd:date or xsd:dateTime")


def _to_day(value: _dt.date) -> dict[str, str]:
    return {"@value": value.isoformat(), "@type": XSD + "date"}


def _back_day(value: Any, path: str) -> _dt.date:
    text, kind = _typed(value, path)
    if kind != XSD + "date":
        raise SchemaError(path, f"{kind!r} is not xsd:date")
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise SchemaError(path, f"{text!r} is not a valid xsd:date") from None


def _int(value: Any, path: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SchemaError(path, f"expected an integer, got {value!r}")
    return value


_DURATION = re.compile(r"PT(\d{1,9})M")


def _back_duration(value: Any, path: str) -> int:
    m = _DURATION.fullmatch(_text(value, path))
    if not m:
        raise SchemaError(path, f"expected a duration such as 'PT90M', got {value!r}")
    return int(m[1])


_SOURCE_IRI, _BACK_SOURCE = _iri("source")
_OFFICIAL_IRI, _BACK_OFFICIAL = _iri("official")


def _to_evidence(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [
        {"@type": "Span", "inSource": _SOURCE_IRI(s.source_id), "start": s.start, "end": s.end}
        for s in spans
    ]


def _back_evidence(value: Any, path: str) -> tuple[Span, ...]:
    spans = []
    for i, node in enumerate(_list(value, path)):
        at = f"{path}[{i}]"
        if not isinstance(node, dict) or node.get("@type") != "Span":
            raise SchemaError(at, "expected a Span node")
        spans.append(
            Span(
                source_id=_BACK_SOURCE(node.get("inSource"), f"{at}.inSource"),
                start=_int(node.get("start"), f"{at}.start"),
                end=_int(node.get("end"), f"{at}.end"),
            )
        )
    return tuple(spans)


def _to_attendees(participants: tuple[Participant, ...]) -> list[dict[str, Any]]:
    out = []
    for p in participants:
        node: dict[str, Any] = {"@type": "Role", "official": _OFFICIAL_IRI(p.official_id)}
        if p.role is not None:
            node["roleName"] = p.role
        out.append(node)
    return out


def _back_attendees(value: Any, path: str) -> tuple[Participant, ...]:
    out = []
    for i, node in enumerate(_list(value, path)):
        at = f"{path}[{i}]"
        if not isinstance(node, dict) or node.get("@type") != "Role":
            raise SchemaError(at, "expected a Role node")
        role = node.get("roleName")
        out.append(
            Participant(
                official_id=_BACK_OFFICIAL(node.get("official"), f"{at}.official"),
                role=None if role is None else _text(role, f"{at}.roleName"),
            )
        )
    return tuple(out)


def _to_identifiers(identifiers: Identifiers) -> list[dict[str, str]]:
    return [
        {"@type": "PropertyValue", "propertyID": scheme, "value": value}
        for scheme, value in identifiers.items()
    ]


def _back_identifiers(value: Any, path: str) -> Identifiers:
    pairs: dict[str, str] = {}
    for i, node in enumerate(_list(value, path)):
        at = f"{path}[{i}]"
        if not isinstance(node, dict) or node.get("@type") != "PropertyValue":
            raise SchemaError(at, "expected a PropertyValue node")
        scheme = _text(node.get("propertyID"), f"{at}.propertyID")
        if scheme in pairs:
            raise SchemaError(f"{at}.propertyID", f"{scheme!r} appears twice")
        pairs[scheme] = _text(node.get("value"), f"{at}.value")
    try:
        return Identifiers(pairs)
    except SchemaError as e:
        raise SchemaError(path, e.reason) from None


def _back_org(value: Any, path: str) -> str:
    if not isinstance(value, dict) or value.get("@type") != "GovernmentOrganization":
        raise SchemaError(path, "expected a GovernmentOrganization node")
    return _text(value.get("name"), f"{path}.name")


_PLAIN: tuple[To | None, Back] = (None, _text)
_LIST: tuple[To, Back] = (list, _texts)
_PARTIAL: tuple[To, Back] = (_to_partial, _back_partial)
_EVIDENCE: tuple[To, Back] = (_to_evidence, _back_evidence)

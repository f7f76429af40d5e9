"""``jsonld``: the dossier as one JSON-LD ``@graph``, in schema.org terms where they fit.

Sources are ``NewsArticle`` / ``Article``, officials ``Person`` (working for a
``GovernmentOrganization``), meetings ``Event`` (with ``eventStatus`` and ``eventAttendanceMode``,
attendees as schema.org ``Role`` nodes), statements ``Quotation``; the rest uses the koreadip
vocabulary ``urn:koreadip:vocab:``.  Records are named ``urn:koreadip:<type>:<percent-encoded id>``.
The context ships in this package (``context.jsonld``) and is embedded in every document, so no
consumer needs the network; :meth:`JsonLdExporter.read` refuses a remote ``@context``.

The round trip ``load(dump(x)) == x`` holds for every dossier.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Callable
from importlib import resources
from typing import IO, Any
from urllib.parse import quote, unquote

from koreadip.dates import PartialDate
from koreadip.errors import KoreadipError, SchemaError
from koreadip.exporters import BaseExporter, Exporter
from koreadip.hookspecs import hookimpl
from koreadip.records import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    Official,
    Participant,
    Position,
    Source,
    SourceKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    Topic,
)

__all__ = ["CONTEXT", "JsonLdExporter", "register_exporters"]

#: koreadip's JSON-LD context (the value of ``@context``), as shipped in ``context.jsonld``
CONTEXT: dict[str, Any] = json.loads(
    resources.files(__package__).joinpath("context.jsonld").read_text(encoding="utf-8")
)["@context"]

_XSD = "xsd:"
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


def _iri(kind: str) -> tuple[To, Back]:
    prefix = f"urn:koreadip:{kind}:"

    def to(value: str) -> str:
        return prefix + quote(value, safe="")

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
        return {"@value": text, "@type": _XSD + ("gMonth" if d.day is None else "gMonthDay")}
    kind = "gYear" if d.month is None else "gYearMonth" if d.day is None else "date"
    return {"@value": d.isoformat(), "@type": _XSD + kind}


def _back_partial(value: Any, path: str) -> PartialDate:
    text, kind = _typed(value, path)
    if kind in (_XSD + "gMonth", _XSD + "gMonthDay"):
        text = "XXXX" + text[1:]
    elif kind not in (_XSD + "gYear", _XSD + "gYearMonth", _XSD + "date"):
        raise SchemaError(path, f"{kind!r} is not a date type")
    try:
        return PartialDate.fromisoformat(text)
    except SchemaError as e:
        raise SchemaError(path, e.reason) from None


def _to_published(value: _dt.date) -> dict[str, str]:
    kind = "dateTime" if isinstance(value, _dt.datetime) else "date"
    return {"@value": value.isoformat(), "@type": _XSD + kind}


def _back_published(value: Any, path: str) -> _dt.date:
    text, kind = _typed(value, path)
    try:
        if kind == _XSD + "dateTime":
            return _dt.datetime.fromisoformat(text)
        if kind == _XSD + "date":
            return _dt.date.fromisoformat(text)
    except ValueError:
        raise SchemaError(path, f"{text!r} is not a valid {kind}") from None
    raise SchemaError(path, f"{kind!r} is not xsd:date or xsd:dateTime")


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


def _back_org(value: Any, path: str) -> str:
    if not isinstance(value, dict) or value.get("@type") != "GovernmentOrganization":
        raise SchemaError(path, "expected a GovernmentOrganization node")
    return _text(value.get("name"), f"{path}.name")


_PLAIN: tuple[To | None, Back] = (None, _text)
_LIST: tuple[To, Back] = (list, _texts)
_PARTIAL: tuple[To, Back] = (_to_partial, _back_partial)
_EVIDENCE: tuple[To, Back] = (_to_evidence, _back_evidence)

#: per record type: (attribute, JSON-LD term, to JSON or None for as-is, back from JSON)
Field = tuple[str, str, To | None, Back]
_FIELDS: dict[type, tuple[Field, ...]] = {
    Source: (
        ("kind", "kind", *_enum(SourceKind)),
        ("publisher", "publisher", *_PLAIN),
        ("title", "headline", *_PLAIN),
        ("authors", "author", *_LIST),
        ("published", "datePublished", _to_published, _back_published),
        ("language", "inLanguage", *_PLAIN),
        ("url", "url", *_PLAIN),
        ("format", "sourceFormat", *_PLAIN),
        ("cites", "citation", *_iris("source")),
    ),
    Official: (
        ("name", "name", *_PLAIN),
        ("aliases", "alternateName", *_LIST),
        ("country", "country", *_PLAIN),
        ("title", "jobTitle", *_PLAIN),
        (
            "organization",
            "worksFor",
            lambda v: {"@type": "GovernmentOrganization", "name": v},
            _back_org,
        ),
        ("korean_name", "koreanName", *_PLAIN),
        ("evidence", "evidence", *_EVIDENCE),
    ),
    Meeting: (
        ("title", "name", *_PLAIN),
        ("date", "startDate", *_PARTIAL),
        ("status", "status", *_enum(MeetingStatus)),
        ("modality", "modality", *_enum(Modality)),
        ("location", "location", *_PLAIN),
        ("participants", "attendee", _to_attendees, _back_attendees),
        ("countries", "countries", *_LIST),
        ("topics", "topics", *_enums(Topic)),
        ("duration_minutes", "duration", lambda v: f"PT{v}M", _back_duration),
        ("sources", "sources", *_iris("source")),
        ("evidence", "evidence", *_EVIDENCE),
    ),
    Statement: (
        ("text", "text", *_PLAIN),
        ("speaker_id", "spokenByCharacter", *_iri("official")),
        ("speaker", "attribution", *_PLAIN),
        ("kind", "kind", *_enum(StatementKind)),
        ("date", "dateCreated", *_PARTIAL),
        ("meeting_id", "recordedAt", *_iri("meeting")),
        ("via", "via", *_PLAIN),
        ("sources", "sources", *_iris("source")),
        ("evidence", "evidence", *_EVIDENCE),
    ),
    Position: (
        ("holder", "holder", *_PLAIN),
        ("topic", "topic", *_enum(Topic)),
        ("stance", "stance", *_enum(Stance)),
        ("summary", "description", *_PLAIN),
        ("date", "date", *_PARTIAL),
        ("sources", "sources", *_iris("source")),
        ("evidence", "evidence", *_EVIDENCE),
    ),
}
_GROUPS: dict[type, str] = {
    Source: "sources",
    Official: "officials",
    Meeting: "meetings",
    Statement: "statements",
    Position: "positions",
}
_TYPE_NAMES = {Official: "Person", Meeting: "Event", Statement: "Quotation", Position: "Position"}
_IDS = {cls: _iri(cls.__name__.lower())[0] for cls in _FIELDS}
_BACK_IDS = {cls: _iri(cls.__name__.lower())[1] for cls in _FIELDS}
_TYPES: dict[str, type] = {
    "NewsArticle": Source,
    "Article": Source,
    "Person": Official,
    "Event": Meeting,
    "Quotation": Statement,
    "Position": Position,
}
#: terms written for consumers only; the koreadip terms beside them carry the value back
_DERIVED = {"eventStatus", "eventAttendanceMode"}
_STATUS = {MeetingStatus.CANCELLED: "EventCancelled"}
_MODE = {
    Modality.IN_PERSON: "OfflineEventAttendanceMode",
    Modality.VIDEO: "OnlineEventAttendanceMode",
    Modality.PHONE: "OnlineEventAttendanceMode",
}


def _node(record: Any) -> dict[str, Any]:
    cls = type(record)
    if cls is Source:
        type_ = "NewsArticle" if record.kind is SourceKind.NEWS_ARTICLE else "Article"
    else:
        type_ = _TYPE_NAMES[cls]
    node: dict[str, Any] = {"@id": _IDS[cls](record.id), "@type": type_}
    for attr, term, to, _back in _FIELDS[cls]:
        value = getattr(record, attr)
        if value is None or value == ():
            continue
        node[term] = value if to is None else to(value)
    if cls is Meeting:
        node["eventStatus"] = _STATUS.get(record.status, "EventScheduled")
        mode = _MODE.get(record.modality)
        if mode is not None:
            node["eventAttendanceMode"] = mode
    return node


def to_document(dossier: Dossier) -> dict[str, Any]:
    """The JSON-LD document (context embedded) of a dossier, as plain data."""
    graph = [
        _node(record)
        for group in (dossier.sources, dossier.officials, dossier.meetings, dossier.statements)
        for record in group
    ]
    graph.extend(_node(p) for p in dossier.positions)
    return {"@context": CONTEXT, "@graph": graph}


def _record(node: Any, path: str) -> tuple[type, Any]:
    if not isinstance(node, dict):
        raise SchemaError(path, "expected a node object")
    cls = _TYPES.get(node.get("@type"))  # type: ignore[arg-type]
    if cls is None:
        raise SchemaError(f"{path}.@type", f"{node.get('@type')!r} is not a koreadip record type")
    fields = _FIELDS[cls]
    known = {term for _a, term, _t, _b in fields} | {"@id", "@type"}
    if cls is Meeting:
        known |= _DERIVED
    unknown = sorted(set(node) - known)
    if unknown:
        raise SchemaError(f"{path}.{unknown[0]}", "not a term koreadip writes for this type")
    kwargs = {"id": _BACK_IDS[cls](node.get("@id"), f"{path}.@id")}
    for attr, term, _to, back in fields:
        if term in node:
            kwargs[attr] = back(node[term], f"{path}.{term}")
    try:
        return cls, cls(**kwargs)
    except SchemaError as e:
        raise SchemaError(f"{path}.{e.path.rpartition('.')[2]}", e.reason) from None
    except TypeError as e:  # a required term is missing
        raise SchemaError(path, str(e)) from None


def from_document(doc: Any) -> Dossier:
    """Read the document :func:`to_document` wrote; a remote ``@context`` is refused."""
    if not isinstance(doc, dict):
        raise SchemaError("", "expected a JSON-LD document object")
    context = doc.get("@context")
    if isinstance(context, str) or (
        isinstance(context, list) and any(isinstance(c, str) for c in context)
    ):
        raise SchemaError(
            "@context",
            f"remote context {context!r} refused: koreadip never fetches from the network; "
            "embed koreadip's context (koreadip_plugins.jsonld.CONTEXT)",
        )
    if context != CONTEXT:
        raise SchemaError("@context", "expected koreadip's embedded context")
    groups: dict[str, list[Any]] = {name: [] for name in _GROUPS.values()}
    for i, node in enumerate(_list(doc.get("@graph"), "@graph")):
        cls, record = _record(node, f"@graph[{i}]")
        groups[_GROUPS[cls]].append(record)
    return Dossier(**groups)


class JsonLdExporter(BaseExporter):
    """JSON-LD: one ``@graph`` with the context embedded; reads back what it writes."""

    name = "jsonld"
    media_type = "application/ld+json"
    suffix = ".jsonld"
    description = "JSON-LD: one @graph in schema.org terms, context embedded, for knowledge graphs"

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        fp.write(json.dumps(to_document(dossier), ensure_ascii=False))
        fp.write("\n")

    def read(self, fp: IO[Any]) -> Dossier:
        try:
            doc = json.loads(fp.read())
        except (json.JSONDecodeError, RecursionError) as e:
            raise SchemaError("", f"not JSON: {e}") from None
        try:
            return from_document(doc)
        except SchemaError:
            raise
        except KoreadipError as e:
            raise SchemaError("", str(e)) from None


JSONLD: Exporter = JsonLdExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``jsonld``."""
    register(JSONLD)

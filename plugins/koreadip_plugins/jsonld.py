"""``jsonld``: the dossier as one JSON-LD ``@graph``, in schema.org terms where they fit.

Sources are ``NewsArticle`` / ``Article``, officials ``Person`` (working for a
``GovernmentOrganization``; external identifiers as ``identifier`` ``PropertyValue`` nodes, and a
Wikidata id also as ``sameAs`` its entity IRI), meetings ``Event`` (with ``eventStatus`` and
``eventAttendanceMode``, attendees as schema.org ``Role`` nodes), statements ``Quotation``; the
rest uses the koreadip
vocabulary ``urn:koreadip:vocab:``.  Records are named ``urn:koreadip:<type>:<percent-encoded id>``.
The context ships in this package (``context.jsonld``) and is embedded in every document, so no
consumer needs the network; :meth:`JsonLdExporter.read` refuses a remote ``@context``.

The round trip ``load(dump(x)) == x`` holds for every dossier.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import IO, Any

from koreadip.errors import KoreadipError, SchemaError
from koreadip.exporters import BaseExporter, Exporter
from koreadip.hookspecs import hookimpl
from koreadip.identifiers import wikidata_iri
from koreadip.records import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    Official,
    Position,
    Source,
    SourceKind,
    Stance,
    Statement,
    StatementKind,
    Topic,
)

from ._jsonld_values import (
    _EVIDENCE,
    _LIST,
    _PARTIAL,
    _PLAIN,
    Back,
    To,
    _back_attendees,
    _back_day,
    _back_duration,
    _back_identifiers,
    _back_org,
    _back_published,
    _enum,
    _enums,
    _iri,
    _iris,
    _list,
    _to_attendees,
    _to_day,
    _to_identifiers,
    _to_published,
)
from .native import read_utf8

__all__ = ["CONTEXT", "JsonLdExporter", "register_exporters"]

#: koreadip's JSON-LD context (the value of ``@context``), as shipped in ``context.jsonld``
CONTEXT: dict[str, Any] = json.loads(
    resources.files(__package__).joinpath("context.jsonld").read_text(encoding="utf-8")
)["@context"]

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
        ("path", "filePath", *_PLAIN),
        ("reference_date", "referenceDate", _to_day, _back_day),
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
        ("identifiers", "identifier", _to_identifiers, _back_identifiers),
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
#: (``numSources`` is the number of distinct ``sources``)
_DERIVED: dict[type, set[str]] = {
    Meeting: {"eventStatus", "eventAttendanceMode", "numSources"},
    Official: {"sameAs"},
}
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
        if value is None or value == () or value == {}:
            continue
        node[term] = value if to is None else to(value)
    if cls is Official and "wikidata" in record.identifiers:
        node["sameAs"] = wikidata_iri(record.identifiers["wikidata"])
    if cls is Meeting:
        node["eventStatus"] = _STATUS.get(record.status, "EventScheduled")
        mode = _MODE.get(record.modality)
        if mode is not None:
            node["eventAttendanceMode"] = mode
        node["numSources"] = record.source_count
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
    known |= _DERIVED.get(cls, set())
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
            doc = json.loads(read_utf8(fp))
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

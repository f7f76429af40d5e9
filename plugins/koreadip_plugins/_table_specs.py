"""The tables of the ``csv`` exporter: their columns, keys and rows (the kinds of table are in
``_table_kinds``)."""

from __future__ import annotations

from typing import Any

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

from ._table_kinds import (
    DATE_PATTERN,
    HAZARDS,
    Cell,
    IdentifierTable,
    LinkTable,
    RecordTable,
)

__all__ = ["DATE_PATTERN", "HAZARDS", "LINKS", "RECORDS", "TABLES", "datapackage", "rows"]


RECORDS: dict[str, RecordTable] = {
    t.name: t
    for t in (
        RecordTable(
            "sources",
            Source,
            "sources",
            (
                ("id", "id", "required"),
                ("kind", "kind", SourceKind),
                ("publisher", "publisher", "text"),
                ("title", "title", "text"),
                ("published", "published", "published"),
                ("language", "language", "required"),
                ("url", "url", "text"),
                ("format", "format", "text"),
                ("path", "path", "text"),
                ("reference_date", "reference_date", "day"),
            ),
        ),
        RecordTable(
            "officials",
            Official,
            "officials",
            (
                ("id", "id", "required"),
                ("name", "name", "required"),
                ("country", "country", "text"),
                ("title", "title", "text"),
                ("organization", "organization", "text"),
                ("korean_name", "korean_name", "text"),
            ),
        ),
        RecordTable(
            "meetings",
            Meeting,
            "meetings",
            (
                ("id", "id", "required"),
                ("title", "title", "text"),
                ("date", "date", "date"),
                ("status", "status", MeetingStatus),
                ("modality", "modality", Modality),
                ("location", "location", "text"),
                ("duration_minutes", "duration_minutes", "int"),
                ("source_count", "source_count", "derived"),
            ),
        ),
        RecordTable(
            "statements",
            Statement,
            "statements",
            (
                ("id", "id", "required"),
                ("text", "text", "required"),
                ("speaker_id", "speaker_id", "text"),
                ("speaker", "speaker", "text"),
                ("kind", "kind", StatementKind),
                ("date", "date", "date"),
                ("meeting_id", "meeting_id", "text"),
                ("via", "via", "text"),
            ),
        ),
        RecordTable(
            "positions",
            Position,
            "positions",
            (
                ("id", "id", "required"),
                ("holder", "holder", "required"),
                ("topic", "topic", Topic),
                ("stance", "stance", Stance),
                ("summary", "summary", "text"),
                ("date", "date", "date"),
            ),
        ),
    )
}
RECORDS["statements"].foreign_keys = [("speaker_id", "officials"), ("meeting_id", "meetings")]


def _link(
    name: str, parent: str, attr: str, column: str, kind: Any = "required", ref: str | None = None
) -> LinkTable:
    table = LinkTable(name, (parent,), attr, ((column, "", kind),))
    if ref is not None:
        table.foreign_keys.append((column, ref))
    return table


LINKS: dict[str, LinkTable | IdentifierTable] = {
    t.name: t
    for t in (
        _link("source_authors", "sources", "authors", "author"),
        _link("source_cites", "sources", "cites", "cited_id"),
        _link("official_aliases", "officials", "aliases", "alias"),
        IdentifierTable(),
        LinkTable(
            "meeting_participants",
            ("meetings",),
            "participants",
            (
                ("official_id", "official_id", "required"),
                ("role", "role", "text"),
            ),
        ),
        _link("meeting_countries", "meetings", "countries", "country"),
        _link("meeting_topics", "meetings", "topics", "topic", Topic),
        _link("meeting_sources", "meetings", "sources", "source_id", ref="sources"),
        _link("statement_sources", "statements", "sources", "source_id", ref="sources"),
        _link("position_sources", "positions", "sources", "source_id", ref="sources"),
        LinkTable(
            "evidence",
            ("officials", "meetings", "statements", "positions"),
            "evidence",
            (
                ("source_id", "source_id", "required"),
                ("start", "start", "int"),
                ("end", "end", "int"),
            ),
        ),
    )
}
LINKS["meeting_participants"].foreign_keys.append(("official_id", "officials"))
LINKS["evidence"].foreign_keys.append(("source_id", "sources"))

TABLES: dict[str, RecordTable | LinkTable | IdentifierTable] = {**RECORDS, **LINKS}


def rows(dossier: Dossier, table: str) -> list[list[Cell]]:
    """The rows of a table, formula characters neutralised."""
    return TABLES[table].rows(dossier)


def datapackage() -> dict[str, Any]:
    """The Frictionless ``datapackage.json``: every table's fields, primary and foreign keys."""
    resources = []
    for name, table in TABLES.items():
        schema: dict[str, Any] = {
            "fields": table.schema(),
            "missingValues": [""],
            "primaryKey": table.primary_key,
        }
        if table.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": [col], "reference": {"resource": ref, "fields": ["id"]}}
                for col, ref in table.foreign_keys
            ]
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                # declared, so that readers do not sniff a delimiter from awkward text
                "dialect": {
                    "delimiter": ",",
                    "quoteChar": '"',
                    "doubleQuote": True,
                    "lineTerminator": "\r\n",
                    "header": True,
                },
                "schema": schema,
            }
        )
    return {"profile": "tabular-data-package", "name": "koreadip-dossier", "resources": resources}

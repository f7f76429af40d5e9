"""The native formats: ``json`` (the codec's lossless document) and ``jsonl`` (a record a line).

Both round-trip: ``load(dump(x)) == x`` for every dossier ``x``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO, Any

from koreadip.codec import from_dict, loads, to_dict
from koreadip.errors import SchemaError
from koreadip.exporters import BaseExporter, Exporter
from koreadip.hookspecs import hookimpl
from koreadip.records import Dossier, Meeting, Official, Position, Source, Statement

__all__ = ["JsonExporter", "JsonLinesExporter", "read_utf8", "register_exporters"]

#: the ``type`` of each line in JSON Lines, and the dossier field it belongs to
_TYPES: dict[str, tuple[str, type]] = {
    "source": ("sources", Source),
    "official": ("officials", Official),
    "meeting": ("meetings", Meeting),
    "statement": ("statements", Statement),
    "position": ("positions", Position),
}


def read_utf8(fp: IO[Any]) -> str:
    """All of ``fp``; a file that is not UTF-8 is a :class:`~koreadip.SchemaError`, not a crash."""
    try:
        text: str = fp.read()
    except UnicodeDecodeError as e:
        raise SchemaError("", f"not UTF-8 text ({e.reason})") from None
    return text


class JsonExporter(BaseExporter):
    """The native JSON document of a dossier (the data :func:`koreadip.dumps` writes)."""

    name = "json"
    media_type = "application/json"
    suffix = ".json"
    description = "native JSON: the whole dossier, lossless"

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        # the codec's document, a record a line: as readable as indent=2 in a diff or a pager,
        # and written by the C encoder (json's indenting encoder is pure Python, 2-3x slower)
        encode = json.JSONEncoder(ensure_ascii=False).encode
        groups = []
        for key, items in to_dict(dossier).items():
            body = "".join(f"\n    {encode(item)}," for item in items).rstrip(",")
            groups.append(f'  "{key}": [{body}\n  ]' if items else f'  "{key}": []')
        fp.write("{\n" + ",\n".join(groups) + "\n}\n")

    def read(self, fp: IO[Any]) -> Dossier:
        return loads(read_utf8(fp))


class JsonLinesExporter(BaseExporter):
    """One JSON object a line, each with a ``type`` (``source``, ``official``, ``meeting``, ...)."""

    name = "jsonl"
    media_type = "application/jsonl"
    suffix = ".jsonl"
    description = "JSON Lines: one record a line with a 'type' field, for streaming"

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        encode: Callable[[Any], str] = json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":")
        ).encode
        for type_, (field, _cls) in _TYPES.items():
            for record in getattr(dossier, field):
                fp.write(encode({"type": type_, **to_dict(record)}))
                fp.write("\n")

    def read(self, fp: IO[Any]) -> Dossier:
        groups: dict[str, list[Any]] = {field: [] for field, _ in _TYPES.values()}
        # split on "\n" only: str.splitlines() would also break at U+2028 inside a JSON string
        for number, line in enumerate(read_utf8(fp).split("\n"), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                raise SchemaError(f"line {number}", f"not JSON: {e}") from None
            except RecursionError:
                raise SchemaError(f"line {number}", "JSON nested too deeply") from None
            if not isinstance(data, dict) or data.get("type") not in _TYPES:
                known = ", ".join(_TYPES)
                raise SchemaError(f"line {number}", f"expected an object with a type ({known})")
            field, cls = _TYPES[data.pop("type")]
            try:
                groups[field].append(from_dict(data, cls))
            except SchemaError as e:
                raise SchemaError(f"line {number}.{e.path}".rstrip("."), e.reason) from None
        return Dossier(**groups)


JSON: Exporter = JsonExporter()
JSONL: Exporter = JsonLinesExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``json`` and ``jsonl``."""
    register(JSON)
    register(JSONL)

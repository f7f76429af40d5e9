"""koreadip: typed records of U.S.–South Korea coordination on North Korea, read from text.

The names below are imported from their modules when first used (PEP 562), so that
``import koreadip`` — and the ``koreadip`` command's ``--help`` — start without loading the
parsers, the schema or the codec.
"""

from __future__ import annotations

import importlib
import sys
import types

TYPE_CHECKING = False  # not typing's: importing typing costs ``--help`` time (mypy knows the name)
if TYPE_CHECKING:
    from typing import Any

    from .api import parse, parse_file
    from .codec import dumps, from_dict, loads, make_converter, to_dict
    from .corpus import Corpus, Failure, parse_corpus
    from .dates import PartialDate
    from .errors import KoreadipError, ParseError, PluginError, SchemaError
    from .exporters import Exporter
    from .frames import to_frames
    from .identifiers import Identifiers
    from .manifest import Manifest, ManifestEntry, read_manifest
    from .plugins import export, exporters, get_exporter, source_formats
    from .records import (
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
    from .schema import json_schema

__version__ = "0.1.0"

__all__ = [
    "Corpus",
    "Dossier",
    "Exporter",
    "Failure",
    "Identifiers",
    "KoreadipError",
    "Manifest",
    "ManifestEntry",
    "Meeting",
    "MeetingStatus",
    "Modality",
    "Official",
    "ParseError",
    "PartialDate",
    "Participant",
    "PluginError",
    "Position",
    "SchemaError",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "Statement",
    "StatementKind",
    "Topic",
    "__version__",
    "dumps",
    "export",
    "exporters",
    "from_dict",
    "get_exporter",
    "json_schema",
    "loads",
    "make_converter",
    "parse",
    "parse_corpus",
    "parse_file",
    "read_manifest",
    "source_formats",
    "to_dict",
    "to_frames",
]

#: the module each public name lives in
_HOMES = {
    "api": ["parse", "parse_file"],
    "codec": ["dumps", "from_dict", "loads", "make_converter", "to_dict"],
    "corpus": ["Corpus", "Failure", "parse_corpus"],
    "dates": ["PartialDate"],
    "errors": ["KoreadipError", "ParseError", "PluginError", "SchemaError"],
    "exporters": ["Exporter"],
    "frames": ["to_frames"],
    "identifiers": ["Identifiers"],
    "manifest": ["Manifest", "ManifestEntry", "read_manifest"],
    "plugins": ["export", "exporters", "get_exporter", "source_formats"],
    "records": [
        *("Dossier", "Meeting", "MeetingStatus", "Modality", "Official", "Participant"),
        *("Position", "Source", "SourceKind", "Span", "Stance", "Statement", "StatementKind"),
        "Topic",
    ],
    "schema": ["json_schema"],
}
_HOME = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # the next lookup is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """Keeps ``koreadip.exporters`` the function: importing the submodule of that name makes the
    import system set the module on its package, which would hide the function's lazy lookup."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOME and isinstance(value, types.ModuleType):
            return  # the module stays in sys.modules, where ``from koreadip.exporters`` finds it
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

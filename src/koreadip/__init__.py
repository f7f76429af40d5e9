"""koreadip: typed records of U.S.–South Korea coordination on North Korea, read from text."""

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

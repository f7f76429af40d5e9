"""koreadip: typed records of U.S.–South Korea coordination on North Korea, read from text."""

from .codec import dumps, from_dict, loads, make_converter, to_dict
from .dates import PartialDate
from .errors import KoreadipError, ParseError, PluginError, SchemaError
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

__version__ = "0.1.0"

__all__ = [
    "Dossier",
    "KoreadipError",
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
    "from_dict",
    "loads",
    "make_converter",
    "to_dict",
]

"""The exceptions koreadip raises: one base class, one subclass per layer."""

from __future__ import annotations

__all__ = ["KoreadipError", "ParseError", "PluginError", "SchemaError"]


class KoreadipError(Exception):
    """Base class of every error koreadip raises on purpose."""


class SchemaError(KoreadipError, ValueError):
    """A record or document breaks the schema.

    ``path`` names the offending field, e.g. ``meetings[3].date``.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


class ParseError(KoreadipError, ValueError):
    """Text (or a file) could not be read into a dossier."""


class PluginError(KoreadipError):
    """A plugin could not be loaded, misbehaved, or clashed with another."""

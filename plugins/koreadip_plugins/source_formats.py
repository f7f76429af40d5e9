"""Registers koreadip's own source-format readers (``koreadip.sources.BUILTIN_FORMATS``)."""

from __future__ import annotations

from collections.abc import Callable

from koreadip.hookspecs import hookimpl
from koreadip.sources.base import SourceFormat

__all__ = ["register_source_formats"]


@hookimpl
def register_source_formats(register: Callable[[SourceFormat], None]) -> None:
    """Register every built-in reader: wire story, State Department page, daily, digest, ...."""
    # imported here, not at module level: the readers pull in the extractors, which only a parse
    # needs, and ``koreadip formats`` should not pay for them twice
    from koreadip.sources import BUILTIN_FORMATS

    for source_format in BUILTIN_FORMATS:
        register(source_format)

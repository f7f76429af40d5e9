"""The pluggy hook specifications of koreadip (project name ``"koreadip"``).

A plugin is a module (or object) with functions marked :data:`hookimpl`, found through the
entry-point group ``koreadip``.  Hooks take a ``register`` callback, as llm's do: the host's
``register`` checks what it is given, attributes it to the plugin, and refuses a name that another
plugin already took.

>>> from koreadip.hookspecs import hookimpl
>>> @hookimpl
... def register_exporters(register):
...     pass
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .exporters import Exporter
    from .sources.base import SourceFormat

__all__ = ["PROJECT", "hookimpl", "hookspec", "register_exporters", "register_source_formats"]

PROJECT = "koreadip"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register output formats: call ``register(exporter)`` once for each.

    An exporter has ``name``, ``media_type``, ``suffix``, ``binary``, ``description``,
    ``dump(dossier, target)`` and, if ``can_load``, ``load(source)``
    (see :class:`koreadip.exporters.Exporter`).  Return nothing.
    """


@hookspec
def register_source_formats(register: Callable[[SourceFormat], None]) -> None:
    """Register readers of source formats: call ``register(source_format)`` once for each.

    A source format has ``name``, ``description``, ``detect(text) -> float`` and
    ``split(text, *, reference_date=None) -> list[Part]``
    (see :class:`koreadip.sources.base.SourceFormat`).  Return nothing.
    """

"""The plugin host: one pluggy manager, loaded lazily and once, for built-ins and plugins alike.

Every exporter and source format — koreadip's own included — comes from a module named in the
entry-point group ``koreadip``.  ``KOREADIP_LOAD_PLUGINS=dist1,dist2`` limits the distributions
whose entry points load (``koreadip`` itself always loads).  A plugin that fails to import, whose
hook raises or returns something, or that claims a name already taken, is named in a
:class:`KoreadipPluginWarning` and in :func:`plugin_report`; the others keep working.
"""

from __future__ import annotations

import importlib.metadata as _md
import os
import re
import threading
import warnings
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import pluggy

from . import hookspecs
from .errors import PluginError

if TYPE_CHECKING:  # not imported to run: ``koreadip formats`` need not load the schema
    from .exporters import Exporter, Target
    from .records import Dossier
    from .sources.base import SourceFormat

__all__ = [
    "ENV_LOAD_PLUGINS",
    "KoreadipPluginWarning",
    "PluginReportRow",
    "export",
    "exporters",
    "get_exporter",
    "plugin_manager",
    "plugin_report",
    "reset_plugins",
    "source_formats",
]

#: the environment variable that limits which distributions' plugins load
ENV_LOAD_PLUGINS = "KOREADIP_LOAD_PLUGINS"
_SELF = "koreadip"
_NAME = re.compile(r"[a-z0-9][a-z0-9_.+-]{0,39}")


class KoreadipPluginWarning(UserWarning):
    """A plugin failed to import, raised in a hook, returned garbage, or clashed with another."""


@attrs.frozen(slots=True, kw_only=True)
class PluginReportRow:
    """A line of ``koreadip formats``: a registered thing, or a plugin that failed or was held back.

    ``kind`` is ``"exporter"``, ``"source_format"`` or ``"plugin"``; ``status`` is ``"ok"``,
    ``"failed"`` or ``"blocked"`` (not in ``KOREADIP_LOAD_PLUGINS``).
    """

    kind: str
    name: str
    plugin: str
    distribution: str
    status: str = "ok"
    error: str | None = None


@attrs.define
class _Registry:
    pm: pluggy.PluginManager
    exporters: dict[str, Exporter] = attrs.Factory(dict)
    source_formats: dict[str, SourceFormat] = attrs.Factory(dict)
    #: (kind, name) -> plugin that registered it
    owners: dict[tuple[str, str], str] = attrs.Factory(dict)
    #: plugin name -> "distribution version"
    dists: dict[str, str] = attrs.Factory(dict)
    problems: list[PluginReportRow] = attrs.Factory(list)

    def fail(self, plugin: str, distribution: str, error: str, *, status: str = "failed") -> None:
        self.problems.append(
            PluginReportRow(
                kind="plugin",
                name=plugin,
                plugin=plugin,
                distribution=distribution,
                status=status,
                error=error,
            )
        )
        if status == "failed":
            warnings.warn(
                f"koreadip plugin {plugin!r} ({distribution}) failed and was skipped: {error}",
                KoreadipPluginWarning,
                stacklevel=5,
            )


_LOCK = threading.RLock()
_REGISTRY: _Registry | None = None


def _normalise(dist_name: str) -> str:
    return re.sub(r"[-_.]+", "-", dist_name).lower()


def _allowed() -> frozenset[str] | None:
    raw = os.environ.get(ENV_LOAD_PLUGINS)
    if raw is None:
        return None
    return frozenset(_normalise(n.strip()) for n in raw.split(",") if n.strip()) | {_SELF}


def _entry_points() -> list[tuple[_md.Distribution, _md.EntryPoint]]:
    # koreadip's own plugins first, then the rest in a stable order, so that a third-party plugin
    # reusing a built-in name is the one refused, whatever order sys.path lists distributions in.
    found = [
        (dist, ep)
        for dist in _md.distributions()
        for ep in dist.entry_points
        if ep.group == hookspecs.PROJECT
    ]
    return sorted(
        found,
        key=lambda de: (
            _normalise(de[0].metadata["Name"] or "") != _SELF,
            de[0].metadata["Name"] or "",
            de[1].name,
        ),
    )


def _load_entry_points(reg: _Registry) -> None:
    """pluggy's ``load_setuptools_entrypoints``, with each entry point guarded on its own."""
    pm, allowed = reg.pm, _allowed()
    for dist, ep in _entry_points():
        dist_name = dist.metadata["Name"] or "?"
        label = f"{dist_name} {dist.version}"
        if allowed is not None and _normalise(dist_name) not in allowed:
            if not pm.is_blocked(ep.name):
                pm.set_blocked(ep.name)
                reg.fail(ep.name, label, f"not listed in {ENV_LOAD_PLUGINS}", status="blocked")
            continue
        if pm.has_plugin(ep.name) or pm.is_blocked(ep.name):
            continue
        try:
            plugin = ep.load()
        except Exception as e:  # a broken plugin must not take the others down
            reg.fail(ep.name, label, f"import of {ep.value!r} raised {type(e).__name__}: {e}")
            continue
        try:
            pm.register(plugin, name=ep.name)
            pm.check_pending()
        except (pluggy.PluginValidationError, ValueError) as e:
            if pm.has_plugin(ep.name):
                pm.unregister(name=ep.name)
            reg.fail(ep.name, label, f"invalid hooks: {e}")
            continue
        reg.dists[ep.name] = label


def _check_name(thing: object, kind: str) -> str:
    name = getattr(thing, "name", None)
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise PluginError(
            f"{thing!r} is not a valid {kind}: its name {name!r} must match {_NAME.pattern}"
        )
    return name


def _check_exporter(thing: object) -> str:
    name = _check_name(thing, "exporter")
    missing = [
        a
        for a in ("media_type", "suffix", "description")
        if not isinstance(getattr(thing, a, None), str)
    ]
    missing += [a for a in ("binary", "can_load") if not isinstance(getattr(thing, a, None), bool)]
    missing += [a for a in ("dump", "load") if not callable(getattr(thing, a, None))]
    if missing:
        raise PluginError(
            f"exporter {name!r} lacks {', '.join(missing)} "
            "(subclass koreadip.exporters.BaseExporter for can_load and load)"
        )
    return name


def _check_source_format(thing: object) -> str:
    name = _check_name(thing, "source format")
    missing = [a for a in ("detect", "split") if not callable(getattr(thing, a, None))]
    if not isinstance(getattr(thing, "description", None), str):
        missing.append("description")
    if missing:
        raise PluginError(f"source format {name!r} lacks {', '.join(missing)}")
    return name


def _run_hook(
    reg: _Registry,
    hook_name: str,
    kind: str,
    check: Callable[[object], str],
    store: dict[str, Any],
) -> None:
    for impl in getattr(reg.pm.hook, hook_name).get_hookimpls():
        plugin = impl.plugin_name
        staged: dict[str, object] = {}
        open_ = [True]

        def register(
            thing: object,
            plugin: str = plugin,
            staged: dict[str, object] = staged,
            open_: list[bool] = open_,
        ) -> None:
            if not open_[0]:
                raise PluginError(f"plugin {plugin!r} called register() after its hook returned")
            name = check(thing)
            other = reg.owners.get((kind, name)) or (plugin if name in staged else None)
            if other is not None:
                raise PluginError(
                    f"{kind} {name!r} is claimed by plugin {other!r} and by plugin {plugin!r}"
                )
            staged[name] = thing

        try:
            result = impl.function(**dict.fromkeys(impl.argnames, register))
        except Exception as e:
            reg.fail(
                plugin, reg.dists.get(plugin, "?"), f"{hook_name} raised {type(e).__name__}: {e}"
            )
            continue
        finally:
            open_[0] = False
        if result is not None:
            reg.fail(
                plugin,
                reg.dists.get(plugin, "?"),
                f"{hook_name} returned {result!r:.80}; hooks call register() and return None",
            )
            continue
        for name, thing in staged.items():
            store[name] = thing
            reg.owners[(kind, name)] = plugin


def _registry() -> _Registry:
    global _REGISTRY
    with _LOCK:
        if _REGISTRY is None:
            pm = pluggy.PluginManager(hookspecs.PROJECT)
            pm.add_hookspecs(hookspecs)
            reg = _Registry(pm=pm)
            _load_entry_points(reg)
            _run_hook(reg, "register_exporters", "exporter", _check_exporter, reg.exporters)
            _run_hook(
                reg,
                "register_source_formats",
                "source_format",
                _check_source_format,
                reg.source_formats,
            )
            _REGISTRY = reg
        return _REGISTRY


def plugin_manager() -> pluggy.PluginManager:
    """The loaded :class:`pluggy.PluginManager` (loading it on first use)."""
    return _registry().pm


def reset_plugins() -> None:
    """Forget everything loaded, so the next call loads again (for tests and notebooks)."""
    global _REGISTRY
    with _LOCK:
        _REGISTRY = None


def exporters() -> Mapping[str, Exporter]:
    """Every registered exporter by name, in name order.

    >>> sorted(exporters())[:3]
    ['csv', 'ical', 'json']
    """
    reg = _registry()
    return MappingProxyType(dict(sorted(reg.exporters.items())))


def get_exporter(name: str) -> Exporter:
    """The exporter called ``name``; an unknown name raises :class:`~koreadip.PluginError`."""
    found = _registry().exporters.get(name)
    if found is None:
        known = ", ".join(sorted(_registry().exporters)) or "none"
        raise PluginError(f"no exporter called {name!r}; known exporters: {known}")
    return found


def export(dossier: Dossier, name: str, fp: Target) -> None:
    """Write ``dossier`` with the exporter ``name`` to ``fp`` (a stream of its kind, or a path).

    >>> import io, koreadip
    >>> out = io.StringIO()
    >>> export(koreadip.Dossier(), "json", out)
    >>> koreadip.loads(out.getvalue()) == koreadip.Dossier()
    True
    """
    get_exporter(name).dump(dossier, fp)


def source_formats() -> Mapping[str, SourceFormat]:
    """Every registered source-format reader by name, in name order."""
    reg = _registry()
    return MappingProxyType(dict(sorted(reg.source_formats.items())))


def plugin_report() -> list[PluginReportRow]:
    """What ``koreadip formats`` prints: each exporter and source format with its plugin, then
    every plugin that failed or was held back by ``KOREADIP_LOAD_PLUGINS``."""
    reg = _registry()
    rows = [
        PluginReportRow(
            kind=kind, name=name, plugin=plugin, distribution=reg.dists.get(plugin, "?")
        )
        for (kind, name), plugin in sorted(reg.owners.items())
    ]
    return rows + sorted(reg.problems, key=lambda r: (r.status, r.name))

"""The ``koreadip formats`` listing, kept on disk so that listing the plugins need not load them.

Loading every plugin means ``importlib.metadata`` reading every installed distribution and
importing each plugin with what it imports: many times Python's own start.  The listing is
therefore kept in a file under :func:`cache_dir`, beside a key of everything that could change
it, and read back while the key holds:

- koreadip's version, the interpreter and ``KOREADIP_LOAD_PLUGINS``;
- every ``sys.path`` entry with its modification time (installing, upgrading or removing a
  distribution adds or removes a ``.dist-info`` folder in its site directory);
- every file imported while the plugins loaded (but Python's own), with its size and
  modification time (an edited plugin, in an editable install say).

A listing with a failed plugin is never kept, so that a fix shows at once; a process that has
already loaded the plugins reports them as loaded, without the cache; ``koreadip formats
--refresh`` loads them afresh.  The cache is only an optimisation: a file that cannot be read or
written is ignored.  Set ``KOREADIP_CACHE_DIR`` to move it.
"""

from __future__ import annotations

import json
import os
import sys
import zlib

from . import __version__

TYPE_CHECKING = False  # not typing's: ``koreadip formats`` should not pay for importing it
if TYPE_CHECKING:
    from typing import Any

__all__ = ["ENV_CACHE_DIR", "Row", "cache_dir", "cache_file", "plugin_rows"]

#: the environment variable that moves the cache
ENV_CACHE_DIR = "KOREADIP_CACHE_DIR"
_ENV_LOAD_PLUGINS = "KOREADIP_LOAD_PLUGINS"  # as koreadip.plugins.ENV_LOAD_PLUGINS (tested)
_FORMAT = 1

#: a line of the listing: kind, name, plugin, distribution, status, error ("" for none)
Row = tuple[str, str, str, str, str, str]


def cache_dir() -> str:
    """``$KOREADIP_CACHE_DIR``, else ``$XDG_CACHE_HOME/koreadip``, else ``~/.cache/koreadip``."""
    chosen = os.environ.get(ENV_CACHE_DIR)
    if chosen:
        return chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "koreadip")


def cache_file() -> str:
    """The file the listing is kept in (one per interpreter)."""
    # str hashes vary between runs (PYTHONHASHSEED); a CRC of the path is the same every time
    tag = zlib.crc32(sys.executable.encode("utf-8", "surrogatepass"))
    return os.path.join(cache_dir(), f"formats-{sys.implementation.cache_tag}-{tag:08x}.json")


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path or ".").st_mtime_ns
    except OSError:
        return None


def _header() -> dict[str, Any]:
    return {
        "format": _FORMAT,
        "koreadip": __version__,
        "python": [sys.executable, sys.version],
        "load_plugins": os.environ.get(_ENV_LOAD_PLUGINS),
        "path": [[entry, _mtime(entry)] for entry in sys.path],
    }


def _files_unchanged(files: list[list[Any]]) -> bool:
    for path, size, mtime in files:
        try:
            st = os.stat(path)
        except OSError:
            return False
        if st.st_size != size or st.st_mtime_ns != mtime:
            return False
    return True


def _read() -> list[Row] | None:
    try:
        with open(cache_file(), encoding="utf-8") as f:
            kept = json.load(f)
        if kept["header"] != _header() or not _files_unchanged(kept["files"]):
            return None
        rows = [tuple(map(str, row)) for row in kept["rows"]]
        return rows if all(len(row) == 6 for row in rows) else None  # type: ignore[return-value]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _loaded_files(before: set[str]) -> list[list[Any]]:
    files = []
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if name in before or not isinstance(path, str) or _pythons_own(path):
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        files.append([path, st.st_size, st.st_mtime_ns])
    return sorted(files)


def _pythons_own(path: str) -> bool:
    """A module of Python's own library: it changes only with Python, which the key holds."""
    stdlib = os.path.join(os.path.dirname(os.__file__), "")
    if not path.startswith(stdlib):
        return False
    inner = path[len(stdlib) :].split(os.sep)  # some systems install packages in there too
    return "site-packages" not in inner and "dist-packages" not in inner


def _write(rows: list[Row], files: list[list[Any]]) -> None:
    import contextlib

    path = cache_file()
    temp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temp, "w", encoding="utf-8") as f:
            json.dump({"header": _header(), "files": files, "rows": rows}, f)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _load() -> list[Row]:
    from .plugins import plugin_report

    return [
        (r.kind, r.name, r.plugin, r.distribution, r.status, r.error or "") for r in plugin_report()
    ]


def plugin_rows(*, refresh: bool = False) -> list[Row]:
    """The rows of ``koreadip formats``: from the cache while its key holds, else loaded.

    ``refresh`` loads the plugins whatever the cache holds (and keeps the result).
    """
    if "koreadip.plugins" in sys.modules:  # loaded here already: the live registry is free
        return _load()
    if not refresh:
        kept = _read()
        if kept is not None:
            return kept
    before = set(sys.modules)
    rows = _load()
    if all(row[4] != "failed" for row in rows):
        _write(rows, _loaded_files(before))
    return rows

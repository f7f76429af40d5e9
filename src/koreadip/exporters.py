"""The :class:`Exporter` contract every output format implements, built-in or plugin.

An exporter writes a :class:`~koreadip.Dossier` to a *target* and, where its format can carry the
records back, reads one from a *source*:

* a text exporter (``binary = False``: ``json``, ``jsonl``, ``jsonld``) writes ``str`` to a text
  stream such as ``sys.stdout``;
* a binary exporter (``binary = True``: ``ical``, ``csv``) writes ``bytes`` to a binary stream such
  as ``sys.stdout.buffer``;
* every exporter also accepts a path (``str`` or :class:`os.PathLike`) and then writes the file
  itself — UTF-8, newlines written as given — beside the target first, moving it into place only
  once complete (see :mod:`koreadip.atomic`).  ``csv`` writes a directory of tables there, or a
  zip archive when the path ends in ``.zip``.

Text that UTF-8 cannot encode (a lone surrogate in a record built by hand) is a
:class:`~koreadip.SchemaError` naming the field, not a ``UnicodeEncodeError``.
"""

from __future__ import annotations

import contextlib
import enum
import io
import os
import re
from collections.abc import Iterator
from typing import IO, Any, ClassVar, Protocol, TypeAlias, runtime_checkable

import attrs

from .errors import KoreadipError, PluginError, SchemaError
from .records import Dossier

__all__ = [
    "BaseExporter",
    "ExportWarning",
    "Exporter",
    "Target",
    "encode_error",
    "lone_surrogate",
    "open_source",
    "open_target",
]

#: where an exporter writes, or reads from: a text or binary stream, or a path
Target: TypeAlias = IO[str] | IO[bytes] | str | os.PathLike[str]


class ExportWarning(UserWarning):
    """An exporter left records out (e.g. meetings without a full date, in iCalendar)."""


@runtime_checkable
class Exporter(Protocol):
    """An output format.  ``load`` raises :class:`~koreadip.PluginError` unless ``can_load``."""

    @property
    def name(self) -> str:
        """The short name users pass to ``--to`` and :func:`koreadip.export`, e.g. ``"ical"``."""

    @property
    def media_type(self) -> str:
        """The IANA media type of the output, e.g. ``"text/calendar"``."""

    @property
    def suffix(self) -> str:
        """The usual file name suffix, e.g. ``".ics"``."""

    @property
    def binary(self) -> bool:
        """True when :meth:`dump` writes bytes, False when it writes text."""

    @property
    def description(self) -> str:
        """One line for ``koreadip formats``."""

    @property
    def can_load(self) -> bool:
        """True when :meth:`load` can read back what :meth:`dump` wrote."""

    def dump(self, dossier: Dossier, target: Target) -> None:
        """Write ``dossier`` to ``target`` (a stream of the right kind, or a path)."""

    def load(self, source: Target) -> Dossier:
        """Read a dossier back from what :meth:`dump` wrote."""


class BaseExporter:
    """A convenient base: subclasses set the class attributes and implement ``write`` / ``read``.

    ``dump`` and ``load`` open paths and check stream kinds, so ``write`` always gets a stream of
    the declared kind.  Leave ``read`` alone for a dump-only format.
    """

    name: ClassVar[str]
    media_type: ClassVar[str]
    suffix: ClassVar[str]
    binary: ClassVar[bool] = False
    description: ClassVar[str] = ""

    @property
    def can_load(self) -> bool:
        return type(self).read is not BaseExporter.read

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        raise NotImplementedError

    def read(self, fp: IO[Any]) -> Dossier:
        raise PluginError(f"the {self.name!r} exporter cannot read its output back")

    def dump(self, dossier: Dossier, target: Target) -> None:
        try:
            with open_target(target, binary=self.binary, name=self.name) as fp:
                self.write(dossier, fp)
        except UnicodeEncodeError as e:
            raise encode_error(dossier, e, self.name) from None

    def load(self, source: Target) -> Dossier:
        if not self.can_load:
            raise PluginError(f"the {self.name!r} exporter cannot read its output back")
        with open_source(source, binary=self.binary, name=self.name) as fp:
            return self.read(fp)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


def _is_path(target: object) -> bool:
    return isinstance(target, str | os.PathLike)


def _is_binary(stream: IO[Any]) -> bool:
    return isinstance(stream, io.RawIOBase | io.BufferedIOBase) or "b" in getattr(
        stream, "mode", ""
    )


def _check_stream(stream: IO[Any], *, binary: bool, name: str) -> None:
    if isinstance(stream, io.TextIOBase) and binary:
        raise PluginError(
            f"the {name!r} exporter writes bytes: pass a binary stream (e.g. sys.stdout.buffer) "
            "or a path"
        )
    if not isinstance(stream, io.TextIOBase) and _is_binary(stream) and not binary:
        raise PluginError(f"the {name!r} exporter writes text: pass a text stream or a path")


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(value: object, where: str) -> tuple[str, str] | None:
    """(path, character) of the first lone surrogate in ``value`` — text, lists, tuples, dicts
    and attrs records, walked in order — or None when UTF-8 can encode all of it.

    >>> lone_surrogate({"aliases": ["Kim", "K\\udee5"]}, "officials[0]")
    ('officials[0].aliases[1]', '\\udee5')
    """
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        return (where, found[0]) if found else None
    if isinstance(value, tuple | list):
        for i, item in enumerate(value):
            if hit := lone_surrogate(item, f"{where}[{i}]"):
                return hit
    elif isinstance(value, dict):
        for key, item in value.items():
            if hit := lone_surrogate(key, where) or lone_surrogate(item, f"{where}.{key}"):
                return hit
    elif attrs.has(type(value)) and not isinstance(value, enum.Enum):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            if hit := lone_surrogate(getattr(value, field.name), f"{where}.{field.name}"):
                return hit
    return None


def encode_error(dossier: Dossier, error: UnicodeEncodeError, name: str) -> KoreadipError:
    """The koreadip error for a ``UnicodeEncodeError`` met while exporting ``dossier``.

    A lone surrogate in the records is a :class:`~koreadip.SchemaError` naming the first field
    that holds one; otherwise the target's encoding could not hold the text.

    >>> import koreadip
    >>> bad = koreadip.Dossier(officials=[koreadip.Official(id="k", name="Kim \\udee5")])
    >>> try:
    ...     "Kim \\udee5".encode("utf-8")
    ... except UnicodeEncodeError as e:
    ...     print(encode_error(bad, e, "json"))
    officials[0].name: '\\udee5' is a lone surrogate, UTF-8 cannot encode it
    """
    for field in attrs.fields(type(dossier)):
        if hit := lone_surrogate(getattr(dossier, field.name), field.name):
            where, char = hit
            return SchemaError(where, f"{char!r} is a lone surrogate, UTF-8 cannot encode it")
    return KoreadipError(f"{name}: the target's encoding cannot hold the text ({error})")


@contextlib.contextmanager
def open_target(target: Target, *, binary: bool, name: str = "?") -> Iterator[IO[Any]]:
    """``target`` as a writable stream of the right kind.

    A path is written beside itself and moved into place when the block ends without error
    (:func:`koreadip.atomic.atomic_file`), so a failed export leaves the path as it was.
    """
    if _is_path(target):
        from .atomic import atomic_file

        with atomic_file(target, binary=binary) as fp:  # type: ignore[arg-type]
            yield fp
        return
    _check_stream(target, binary=binary, name=name)  # type: ignore[arg-type]
    yield target  # type: ignore[misc]


@contextlib.contextmanager
def open_source(source: Target, *, binary: bool, name: str = "?") -> Iterator[IO[Any]]:
    """``source`` as a readable stream of the right kind; a path is opened (and closed) here."""
    if _is_path(source):
        path = os.fspath(source)  # type: ignore[arg-type]
        if binary:
            with open(path, "rb") as fp:
                yield fp
        else:
            with open(path, encoding="utf-8", newline="") as tp:
                yield tp
        return
    _check_stream(source, binary=binary, name=name)  # type: ignore[arg-type]
    yield source  # type: ignore[misc]

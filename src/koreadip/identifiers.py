"""External identifiers of an official: an immutable mapping of scheme to value.

A scheme is a short lowercase name (``wikidata``, ``viaf``, ``isni``, or your own); its value is the
official's identifier in that scheme.  :class:`Identifiers` is hashable and compares equal to any
mapping with the same items, so records holding one stay hashable and compare by value.  Keys are
kept sorted, so the same identifiers always serialise the same way.

Values of the schemes koreadip knows are checked where they are built: a Wikidata item id is
``Q`` followed by digits.

>>> ids = Identifiers({"wikidata": "Q42", "viaf": "113230702"})
>>> ids["wikidata"], list(ids)
('Q42', ['viaf', 'wikidata'])
>>> ids == {"viaf": "113230702", "wikidata": "Q42"}
True
>>> wikidata_iri("Q42")
'http://www.wikidata.org/entity/Q42'
>>> Identifiers({"wikidata": "42"})
Traceback (most recent call last):
...
koreadip.errors.SchemaError: identifiers.wikidata: '42' is not a Wikidata item id (Q and digits)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .errors import SchemaError

__all__ = ["SCHEME_PATTERN", "VALUE_PATTERNS", "Identifiers", "wikidata_iri"]

#: what a scheme name looks like: lowercase ASCII letters, digits, ``_``, ``-`` and ``.``
SCHEME_PATTERN = re.compile(r"[a-z][a-z0-9_.-]{0,39}")
#: the value formats of the schemes koreadip checks, each with a description for its errors
VALUE_PATTERNS: Mapping[str, tuple[re.Pattern[str], str]] = {
    "wikidata": (re.compile(r"Q[1-9][0-9]{0,11}"), "a Wikidata item id (Q and digits)"),
}
_WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"


def wikidata_iri(item: str) -> str:
    """The Linked Data IRI of a Wikidata item, as Wikidata's RDF dumps write it."""
    return _WIKIDATA_ENTITY + item


def _check(scheme: Any, value: Any) -> None:
    if not isinstance(scheme, str) or not SCHEME_PATTERN.fullmatch(scheme):
        raise SchemaError(
            "identifiers",
            f"{scheme!r} is not a scheme name (lowercase letters, digits, '_', '-', '.')",
        )
    if not isinstance(value, str) or not value.strip():
        raise SchemaError(f"identifiers.{scheme}", "must be a non-empty string")
    known = VALUE_PATTERNS.get(scheme)
    if known is not None and not known[0].fullmatch(value):
        raise SchemaError(f"identifiers.{scheme}", f"{value!r} is not {known[1]}")


class Identifiers(Mapping[str, str]):
    """An immutable, hashable ``scheme -> value`` mapping, sorted by scheme."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        if isinstance(items, Identifiers):
            self._items: tuple[tuple[str, str], ...] = items._items
            return
        pairs = dict(items)
        for scheme, value in pairs.items():
            _check(scheme, value)
        self._items = tuple(sorted(pairs.items()))

    def __getitem__(self, scheme: str) -> str:
        for key, value in self._items:
            if key == scheme:
                return value
        raise KeyError(scheme)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Identifiers):
            return self._items == other._items
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"Identifiers({dict(self._items)!r})"

    def __reduce__(self) -> tuple[type[Identifiers], tuple[tuple[tuple[str, str], ...]]]:
        return (Identifiers, (self._items,))

    def merged(self, *others: Mapping[str, str]) -> Identifiers:
        """These identifiers plus the schemes only ``others`` name (the first value wins).

        >>> Identifiers({"wikidata": "Q1"}).merged({"wikidata": "Q2", "viaf": "7"})
        Identifiers({'viaf': '7', 'wikidata': 'Q1'})
        """
        pairs = dict(self._items)
        for other in others:
            for scheme, value in other.items():
                pairs.setdefault(scheme, value)
        return Identifiers(pairs)

"""Joining officials: one person across documents, spellings and romanisations.

The rules are described in :mod:`koreadip.merge` and in docs/data-model.md.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import TypeVar

from .names import name_keys, name_tokens
from .provenance import Documents
from .records import Official
from .romanization import korean_key
from .unionfind import UnionFind

__all__ = ["merge_officials"]

T = TypeVar("T")
#: countries whose officials' names are romanised Korean
_KOREAN = frozenset({"KR", "KP"})


def _unite(seqs: Iterable[Iterable[T]]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(x for seq in seqs for x in seq))


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v is not None), None)


def _spellings(official: Official) -> tuple[str, ...]:
    return (official.name, *official.aliases)


def _keys(official: Official) -> list[Hashable]:
    keys: list[Hashable] = [("id", official.id)]
    for spelling in _spellings(official):
        keys += _spelling_keys(spelling, official.country)
    # one external id is one person, however differently the texts spell the name
    keys += [("ident", scheme, value) for scheme, value in official.identifiers.items()]
    return keys


@functools.lru_cache(maxsize=1 << 16)
def _spelling_keys(spelling: str, country: str | None) -> tuple[Hashable, ...]:
    # a corpus names the same few hundred people in every file: each spelling is keyed once
    keys: list[Hashable] = [("name", k) for k in name_keys(spelling)]
    if country in _KOREAN:
        # "Noh Kyu-duk" and "Roh Gyu-deok": two romanisations of one Korean name, only for
        # people known to be Korean, so that a Korean-American's name is never read this way
        keys += [("ko", country, k) for k in korean_key(spelling)]
    return tuple(keys)


def merge_officials(
    officials: list[Official], documents: Documents
) -> tuple[list[Official], dict[str, str]]:
    """The merged officials, and a map from every input id to its merged official's id."""
    uf = UnionFind(len(officials))
    owner: dict[Hashable, int] = {}
    for i, o in enumerate(officials):
        # the first owner of each key; most of an official's keys (every order of every
        # spelling) were first seen on one earlier official, so it is joined to each once
        firsts = {owner.setdefault(key, i) for key in _keys(o)}
        firsts.discard(i)  # a key first seen here joins nothing
        for j in firsts:
            uf.union(i, j)
    _absorb_surnames(officials, uf, documents)

    merged: list[Official] = []
    ids: dict[str, str] = {}
    for group in uf.groups():
        official = _combine([officials[i] for i in group])
        merged.append(official)
        for i in group:
            ids[officials[i].id] = official.id
    return merged, ids


def _absorb_surnames(officials: list[Official], uf: UnionFind, documents: Documents) -> None:
    """Join each surname-only group to the one person it can be.

    That is the one person of the same document whose full name begins or ends with the surname;
    with none in its documents, the one person of the whole corpus with that surname (and a
    country that does not differ).  Decisions are taken on one snapshot of the groups, so the
    outcome does not depend on the order of the officials.
    """
    groups = uf.groups()
    # each spelling once: a person named in thousands of files is spelt a few ways
    tokens = {
        group[0]: [name_tokens(s) for s in _unite(_spellings(officials[i]) for i in group)]
        for group in groups
    }
    bare: list[tuple[int, set[str]]] = []
    for root, spelt in tokens.items():
        if all(len(t) <= 1 for t in spelt) and (singles := {t[0] for t in spelt if t}):
            bare.append((root, singles))
    if not bare:  # (most pages: every official read with a full name)
        return
    by_end: dict[str, set[int]] = defaultdict(set)
    countries: dict[int, set[str]] = {}
    docs: dict[int, frozenset[str]] = {}
    for group in groups:
        root = group[0]
        countries[root] = {c for i in group if (c := officials[i].country) is not None}
        docs[root] = documents.documents(e.source_id for i in group for e in officials[i].evidence)
        for t in tokens[root]:
            if len(t) > 1:
                by_end[t[0]].add(root)
                by_end[t[-1]].add(root)

    joins = []
    for root, singles in bare:
        mine = countries[root]
        candidates = {
            c
            for t in singles
            for c in by_end.get(t, ())
            if not (mine and countries[c] and mine.isdisjoint(countries[c]))
        }
        near = {c for c in candidates if docs[c] & docs[root]}
        pool = near or candidates
        if len(pool) == 1:
            joins.append((root, pool.pop()))
    for a, b in joins:
        uf.union(a, b)


def _combine(group: list[Official]) -> Official:
    if len(group) == 1:
        (one,) = group
        if (
            one.name not in one.aliases
            and len(set(one.aliases)) == len(one.aliases)
            and len(set(one.evidence)) == len(one.evidence)
        ):
            return one  # what combining it alone would build again
    lead = next((o for o in group if len(name_tokens(o.name)) > 1), group[0])
    return Official(
        id=lead.id,
        name=lead.name,
        aliases=tuple(s for s in _unite(_spellings(o) for o in group) if s != lead.name),
        country=_first(o.country for o in group),
        title=_first(o.title for o in group),
        organization=_first(o.organization for o in group),
        korean_name=_first(o.korean_name for o in group),
        identifiers=lead.identifiers.merged(*(o.identifiers for o in group)),
        evidence=_unite(o.evidence for o in group),
    )

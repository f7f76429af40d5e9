"""Disjoint sets over ``0..n-1`` and unique ids: the bookkeeping of every merge."""

from __future__ import annotations

from collections import defaultdict
from typing import TypeVar

import attrs

from .records import Meeting, Position, Statement

__all__ = ["UnionFind", "unique_ids"]

R = TypeVar("R", Meeting, Statement, Position)


class UnionFind:
    """Disjoint sets over 0..n-1 whose root is always the smallest (first-seen) member.

    >>> uf = UnionFind(4)
    >>> uf.union(3, 1), uf.union(1, 3)
    (True, False)
    >>> uf.groups()
    [[0], [1, 3], [2]]
    """

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:
            self._parent[i], i = root, self._parent[i]
        return root

    def union(self, i: int, j: int) -> bool:
        """Join the sets of ``i`` and ``j``; False if they were one already."""
        a, b = sorted((self.find(i), self.find(j)))
        if a == b:
            return False
        self._parent[b] = a
        return True

    def groups(self) -> list[list[int]]:
        """The sets, each in ascending order, ordered by their first member."""
        by_root: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self._parent)):
            by_root[self.find(i)].append(i)
        return list(by_root.values())


def unique_ids(records: list[R]) -> list[R]:
    """Give a fresh id (``id-2``, ``id-3``, ...) to a record whose id an earlier one took."""
    taken = {r.id for r in records}
    seen: set[str] = set()
    out: list[R] = []
    for r in records:
        if r.id in seen:
            n = 2
            while f"{r.id}-{n}" in taken:
                n += 1
            r = attrs.evolve(r, id=f"{r.id}-{n}")
            taken.add(r.id)
        seen.add(r.id)
        out.append(r)
    return out

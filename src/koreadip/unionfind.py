"""Disjoint sets over ``0..n-1``, the bookkeeping of every merge."""

from __future__ import annotations

from collections import defaultdict

__all__ = ["UnionFind"]


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

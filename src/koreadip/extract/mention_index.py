"""Where the persons of a text were mentioned, for the questions a lone family name asks ("who
of those called Kim was named in the last few lines, or last called just Kim?").

:class:`~koreadip.extract.cast.Cast` keeps one beside its list of mentions, built when first
asked for and then kept up to date by every method that changes the list, so a question costs a
look-up or a bisection instead of a pass over every mention of the text.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Collection, Iterable, Iterator
from typing import TypeVar

from .mentions import Mention

_K = TypeVar("_K")
_V = TypeVar("_V")

__all__ = ["MentionIndex"]

#: the width of the stretches of text the mentions are filed by (see :meth:`MentionIndex.near`)
_STRETCH = 256


class MentionIndex:
    """The mentions of a text filed three ways: by person, by their words (in lower case), and
    by the stretch of text they start in.

    >>> index = MentionIndex([Mention(0, 8, 0, "Kim Gunn"), Mention(300, 303, 0, "Kim")])
    >>> index.last_before(0, 300), index.last_before(0, 301), sorted(index.near(150, 310))
    (0, 300, [0])
    >>> index.last_written("kim", 999, {0}), index.last_written("kim", 999, {1})
    ((300, 0), None)
    """

    __slots__ = ("_by_person", "_by_stretch", "_by_surface")

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        #: each person's mention starts, sorted
        self._by_person: dict[int, list[int]] = {}
        #: each surface's mentions as (start, person), sorted
        self._by_surface: dict[str, list[tuple[int, int]]] = {}
        #: each stretch's mentions as (start, person), in no order
        self._by_stretch: dict[int, list[tuple[int, int]]] = {}
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        insort(self._by_person.setdefault(m.person, []), m.start)
        insort(self._by_surface.setdefault(m.surface.lower(), []), (m.start, m.person))
        self._by_stretch.setdefault(m.start // _STRETCH, []).append((m.start, m.person))

    def remove(self, m: Mention) -> None:
        starts = self._by_person[m.person]
        del starts[bisect_left(starts, m.start)]
        written = self._by_surface[m.surface.lower()]
        del written[bisect_left(written, (m.start, m.person))]
        self._by_stretch[m.start // _STRETCH].remove((m.start, m.person))

    def last_before(self, person: int, pos: int) -> int | None:
        """The start of ``person``'s last mention that starts before ``pos``."""
        starts = self._by_person.get(person)
        if not starts:
            return None
        k = bisect_left(starts, pos)
        return starts[k - 1] if k else None

    def last_written(
        self, surface: str, pos: int, persons: Collection[int]
    ) -> tuple[int, int] | None:
        """(start, person) of the last mention before ``pos`` of one of ``persons`` written
        ``surface`` (in lower case); of two at the same start, the lower person."""
        written = self._by_surface.get(surface)
        if not written:
            return None
        k = bisect_left(written, (pos, -1))
        while k:
            k -= 1
            at, person = written[k]
            if person in persons:
                while k and written[k - 1][0] == at and written[k - 1][1] in persons:
                    k -= 1
                return written[k]
        return None

    def near(self, start: int, end: int) -> Iterator[int]:
        """The persons of the mentions that start in ``start``..``end`` (excluded), once for
        each mention."""
        for stretch in range(start // _STRETCH, (end - 1) // _STRETCH + 1):
            for at, person in self._by_stretch.get(stretch, ()):
                if start <= at < end:
                    yield person

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MentionIndex):
            return NotImplemented
        return (
            _filled(self._by_person) == _filled(other._by_person)
            and _filled(self._by_surface) == _filled(other._by_surface)
            and {k: sorted(v) for k, v in _filled(self._by_stretch).items()}
            == {k: sorted(v) for k, v in _filled(other._by_stretch).items()}
        )

    __hash__ = None  # type: ignore[assignment]


def _filled(d: dict[_K, list[_V]]) -> dict[_K, list[_V]]:
    return {k: v for k, v in d.items() if v}

"""Answers of one roster, memoised: the texts of a run ask the same few questions again and again.

A :class:`Roster` is immutable, so each answer depends only on the question; :func:`roster_cache`
keeps one :class:`RosterCache` per roster (dropped with the roster) and each memo is emptied when
it grows large, so memory stays bounded however many texts are read.

>>> from koreadip.roster import default_roster
>>> cache = roster_cache(default_roster())
>>> cache.window(("Secretary", "Mike", "Pompeo", "said"))
>>> n, entry, surface = cache.window(("Mike", "Pompeo", "said"))
>>> (n, entry.name, surface)
(2, 'Mike Pompeo', 'Mike Pompeo')
"""

from __future__ import annotations

import datetime as _dt
import weakref
from collections.abc import Hashable
from typing import TypeVar

from ..names import name_tokens
from ..roster import Post, Roster, RosterEntry
from .mentions import NAME_TOKEN, is_name_word, strip_possessive
from .vocabulary import NON_NAME_WORDS

__all__ = ["RosterCache", "RunName", "WindowHit", "roster_cache"]

#: what a run of words starting at some word names: (words used, entry, the name as written)
WindowHit = tuple[int, RosterEntry, str] | None
#: a name read in a run of words: (index of its first word, words used, entry, name as written)
RunName = tuple[int, int, RosterEntry, str]

_LIMIT = 50_000  # answers kept per memo before it is emptied
_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


class RosterCache:
    """Memoised :class:`Roster` queries, and the roster's name tokens."""

    def __init__(self, roster: Roster) -> None:
        self.roster = roster
        toks: set[str] = set()
        for entry in roster.entries:
            for spelling in entry.spellings():
                toks.update(name_tokens(spelling))
        #: every token of every spelling: a cheap first test of whether a word may be a name
        self.tokens = frozenset(toks)
        #: the answers of :meth:`window` so far (read-only: a caller may look here first)
        self.windows: dict[tuple[str, ...], WindowHit] = {}
        self._fuzzy: dict[Hashable, RosterEntry | None] = {}
        self._by_surname: dict[Hashable, RosterEntry | None] = {}
        self._holders: dict[Hashable, tuple[RosterEntry, ...]] = {}
        self._posts: dict[tuple[str, _dt.date | None], Post | None] = {}
        self._lookups: dict[str, RosterEntry | None] = {}
        self._spellings: dict[tuple[str, str], tuple[str, ...]] = {}
        self._runs: dict[tuple[str, ...], tuple[RunName, ...]] = {}

    def fuzzy(
        self, name: str, *, on: _dt.date | None, title: str | None, country: str | None
    ) -> RosterEntry | None:
        """:meth:`Roster.fuzzy`, memoised."""
        key = (name, on, title, country)
        if key in self._fuzzy:
            return self._fuzzy[key]
        found = self.roster.fuzzy(name, on=on, title=title, country=country)
        return _keep(self._fuzzy, key, found)

    def by_surname(
        self, surname: str, *, on: _dt.date | None, title: str | None, country: str | None
    ) -> RosterEntry | None:
        """:meth:`Roster.by_surname`, memoised."""
        key = (surname, on, title, country)
        if key in self._by_surname:
            return self._by_surname[key]
        found = self.roster.by_surname(surname, on=on, title=title, country=country)
        return _keep(self._by_surname, key, found)

    def holders(
        self, title: str, *, on: _dt.date | None, country: str | None = None
    ) -> tuple[RosterEntry, ...]:
        """:meth:`Roster.holders`, memoised (as a tuple, since it is shared)."""
        key = (title, on, country)
        found = self._holders.get(key)
        if found is None:
            found = _keep(
                self._holders, key, tuple(self.roster.holders(title, on=on, country=country))
            )
        return found

    def post_on(self, entry: RosterEntry, day: _dt.date | None) -> Post | None:
        """:meth:`RosterEntry.post_on` of one of this roster's entries, memoised."""
        key = (entry.id, day)
        if key in self._posts:
            return self._posts[key]
        return _keep(self._posts, key, entry.post_on(day))

    def other_spellings(self, entry: RosterEntry, name: str) -> tuple[str, ...]:
        """The spellings of one of this roster's entries other than ``name``, memoised."""
        key = (entry.id, name)
        found = self._spellings.get(key)
        if found is None:
            found = _keep(self._spellings, key, tuple(a for a in entry.spellings() if a != name))
        return found

    def lookup(self, name: str) -> RosterEntry | None:
        """:meth:`Roster.lookup`, memoised: the windows of several words that open with the same
        name ask about it again."""
        if name in self._lookups:
            return self._lookups[name]
        return _keep(self._lookups, name, self.roster.lookup(name))

    def window(self, words: tuple[str, ...]) -> WindowHit:
        """The roster name that the first four, three or two of ``words`` spell, longest first."""
        if words in self.windows:
            return self.windows[words]
        return _keep(self.windows, words, self._window_lookup(words))

    def run_names(self, words: tuple[str, ...]) -> tuple[RunName, ...]:
        """The roster names a run of capitalised ``words`` spells, read left to right: from each
        word, the longest name of the next four, three or two words (:meth:`window`), and after
        a name, on from the word that follows it; as ``(index of its first word, words used,
        entry, the name as written)``.  Memoised: the runs of a text (a name, a title before it)
        recur.

        >>> from koreadip.roster import default_roster
        >>> cache = roster_cache(default_roster())
        >>> run = ("Secretary", "Mike", "Pompeo's")
        >>> [(i, n, surface) for i, n, _, surface in cache.run_names(run)]
        [(1, 2, 'Mike Pompeo')]
        """
        found = self._runs.get(words)
        if found is None:
            names = []
            i = 0
            while i < len(words) - 1:
                hit = self.window(words[i : i + 4])
                if hit:
                    names.append((i, *hit))
                    i += hit[0]
                else:
                    i += 1
            found = _keep(self._runs, words, tuple(names))
        return found

    def _window_lookup(self, words: tuple[str, ...]) -> WindowHit:
        for n in (4, 3, 2):
            if n > len(words):
                continue
            window = [strip_possessive(w.rstrip(".,")) for w in words[:n]]
            if not all(map(_name_shaped, window)):
                continue
            if window[0] in NON_NAME_WORDS or window[-1] in NON_NAME_WORDS:
                continue
            toks = name_tokens(" ".join(window))
            if not toks or not (toks[0] in self.tokens or toks[-1] in self.tokens):
                continue
            entry = self.lookup(" ".join(window))
            if entry and n == 2 and _leaves_out_a_part(entry, words):
                return None  # "Kim Keon Hee" is not Kim Gunn with a word to spare
            if entry:
                return n, entry, " ".join(window)
        return None


def _name_shaped(word: str) -> bool:
    """A word a name may be spelt with: "Biegun", "KIM" (a label), and a machine translation's
    "Jong-UN" (a given name's second syllable in capitals)."""
    if NAME_TOKEN.fullmatch(word) or word.isupper():
        return True
    return "-" in word and NAME_TOKEN.fullmatch(word.title()) is not None


def _leaves_out_a_part(entry: RosterEntry, words: tuple[str, ...]) -> bool:
    """Whether a two-part Korean name matches only by leaving out the third part that follows
    it ("Kim Keon Hee": a given name of two syllables)."""
    if entry.country not in ("KR", "KP") or len(words) < 3:
        return False
    second, third = words[1], words[2]
    if second.endswith((",", ".")) or "-" in second:
        return False
    return third[:1].isupper() and third.isalpha() and 2 <= len(third) <= 4 and is_name_word(third)


def _keep(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    if len(memo) >= _LIMIT:
        memo.clear()
    memo[key] = value
    return value


_CACHES: weakref.WeakKeyDictionary[Roster, RosterCache] = weakref.WeakKeyDictionary()


def roster_cache(roster: Roster) -> RosterCache:
    """The memo of ``roster``'s answers, made on first use."""
    cache = _CACHES.get(roster)
    if cache is None:
        cache = _CACHES[roster] = RosterCache(roster)
    return cache

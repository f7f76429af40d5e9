"""Where the words that may head a title lie: a quick answer to "can a title end here?".

:func:`~koreadip.extract.titles.left_title` reads up to sixteen words back from a name and finds a
title only if one of them heads it (minister, envoy, secretary, ...).  A sentence with many
candidate names (a long run of capitalised words, say) would read the same words again for each;
:class:`HeadIndex` reads each word of such a sentence once and answers from then on with a
look-up.  A word counts if a head is part of it, in any case, so the answer "no head here" is
never wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .text import Sentence
from .vocabulary import TITLE_HEADS

__all__ = ["HeadIndex"]

_TOKEN = re.compile(r"\S+")
#: a sentence's words are indexed once this many names in it have asked (most sentences ask less)
_INDEX_AFTER = 4


@lru_cache(maxsize=1 << 14)
def _may_head(token: str) -> bool:
    low = token.lower()
    return any(head in low for head in TITLE_HEADS)


class HeadIndex:
    """The words of a text that may head a title, indexed sentence by sentence when asked often.

    >>> text = "Kim Lee Park Moon Choi Kang Kim Lee Park. Foreign Minister Kang spoke."
    >>> first, second = Sentence(0, 40, 0, text[:40]), Sentence(41, len(text), 0, text[41:])
    >>> index = HeadIndex(text)
    >>> [index.may_precede(first, 0, 36) for _ in range(5)]
    [True, True, True, False, False]
    >>> index.may_precede(second, 41, 59)
    True
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._asked: dict[int, int] = {}
        self._words: dict[int, tuple[list[int], list[int]]] = {}  # starts and ends, by sentence

    def may_precede(self, sentence: Sentence, base: int, pos: int) -> bool:
        """False only if no word of ``sentence`` between ``base`` and ``pos`` may head a title."""
        words = self._words.get(sentence.start)
        if words is None:
            asked = self._asked[sentence.start] = self._asked.get(sentence.start, 0) + 1
            if asked < _INDEX_AFTER:
                return True
            words = self._words[sentence.start] = self._index(sentence)
        starts, ends = words
        i = bisect_left(starts, pos) - 1  # the last such word starting before pos
        return i >= 0 and ends[i] > base

    def _index(self, sentence: Sentence) -> tuple[list[int], list[int]]:
        starts: list[int] = []
        ends: list[int] = []
        for m in _TOKEN.finditer(self.text, sentence.start, sentence.end):
            if _may_head(m.group()):
                starts.append(m.start())
                ends.append(m.end())
        return starts, ends

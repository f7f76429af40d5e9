"""Run-in Title Case headings blanked out of the sentences they open, and the test they rest on:
whether the text also uses a word in lower case."""

from __future__ import annotations

import re

from .text import Sentence

__all__ = ["LowerWords", "without_headings"]

# a lower-case word not opening a sentence: "(?<![.!?]\s)\b[a-z][a-z-]{2,}\b" with the letter
# tested first (then re skips to letters) and the two look-behinds moved past it
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])(?<![.!?]\s[a-z])[a-z-]{2,}\b")
_MAY_BE_ONE = re.compile(r"[a-z][a-z-]{2,}")


class LowerWords:
    """The lower-case words of a text (``set(_LOWER_WORD.findall(text))``), asked one word at a
    time: a word is looked for where it stands (a substring search, then the pattern tried
    there), so a text is not scanned letter by letter for the few words asked of it.

    >>> words = LowerWords("Talks began. The envoys held talks in Seoul.")  # made-up
    >>> "talks" in words, "envoys" in words, "began" in words, "seoul" in words
    (True, True, True, False)
    """

    __slots__ = ("_all", "_budget", "_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None
        # the places tried before the whole text is scanned once instead (keeps every text
        # linear: a word standing in it many times, never as a lower-case word of its own)
        self._budget = len(text) // 16 + 8

    def __contains__(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._holds(word)
        return known

    def _holds(self, word: str) -> bool:
        if self._all is not None:
            return word in self._all
        if not _MAY_BE_ONE.fullmatch(word):
            return False
        text, size = self._text, len(word)
        at = text.find(word)
        while at >= 0:
            self._budget -= 1
            # after a hyphen, a match may lie inside an earlier one ("north-korean" holds
            # "korean"), which the scan never reports on its own; and past the budget
            if self._budget < 0 or (at and text[at - 1] == "-"):
                self._all = set(_LOWER_WORD.findall(text))
                return word in self._all
            found = _LOWER_WORD.match(text, at)  # (the look-behinds see what stands before)
            if found is not None and found.end() - at == size:
                return True
            at = text.find(word, at + 1)
        return False


_WORD = re.compile(r"\S+")
_MARKS = ",:;'’\"“”"
_SMALL = frozenset("of and the for on in to with at a an by as".split())


def without_headings(sents: list[Sentence], text: str) -> list[Sentence]:
    """Sentences with a run-in Title Case heading blanked ("Unification Ministry Objects and
    Plans Separate U.S. Engagement South Korea's ..."): its country words are labels, not the
    subject.  A heading is told by its capitalised common words, ones the text also uses in
    lower case ("Engagement" beside "engagement")."""
    common = LowerWords(text)
    out = []
    for s in sents:
        if not _three_open(s.text):
            out.append(s)  # a run of fewer than three words holds at most one capital after
            continue  # the first: nothing to blank
        end = 0
        capitals: list[str] = []  # the capitalised words after the first
        for i, w in enumerate(_WORD.finditer(s.text)):  # the leading words only
            token = w.group().strip(_MARKS)
            if not token or not (token[0].isupper() or token in _SMALL):
                break
            if i and token[0].isupper():
                capitals.append(token)
            end = w.end()
        # (a run of fewer than two asks nothing of the text's words)
        if len(capitals) >= 2 and end and _two_in(capitals, common):
            s = Sentence(s.start, s.end, s.paragraph, " " * end + s.text[end:])
        out.append(s)
    return out


def _leads(token: str) -> bool:
    """Whether a word may stand in a heading's run: capitalised, or a small word."""
    token = token.strip(_MARKS)
    return bool(token) and (token[0].isupper() or token in _SMALL)


def _three_open(text: str) -> bool:
    """Whether the first three words of ``text`` may all stand in a heading's run."""
    words = text.split(None, 3)
    return len(words) >= 3 and _leads(words[0]) and _leads(words[1]) and _leads(words[2])


def _two_in(capitals: list[str], common: LowerWords) -> bool:
    """Whether two of the words, lowercased, are words the text uses in lower case."""
    found = 0
    for n, word in enumerate(capitals):
        if word.lower() in common:
            found += 1
            if found == 2:
                return True
        elif len(capitals) - n - 1 + found < 2:
            return False  # too few words left to make two
    return False

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
        # the characters the searches may pass over before the whole text is scanned once
        # instead: every answer costs at most that, so the text is read in linear time however
        # many words are asked of it (most words missing would each read the whole text)
        self._budget = 4 * len(text) + 256

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
        if word.endswith("-"):  # (rare: a match may end at it with letters after; scan once)
            self._all = set(_LOWER_WORD.findall(self._text))
            return word in self._all
        text, size = self._text, len(word)
        start = 0
        while True:
            at = text.find(word, start)
            end = at + size
            self._budget -= (end if at >= 0 else len(text)) - start
            # after a hyphen, a match may lie inside an earlier one ("north-korean" holds
            # "korean"), which the scan never reports on its own; before one, the match may
            # run on past the word ("talks-ready"); and past the budget
            if self._budget < 0 or (at > 0 and text[at - 1] == "-") or text[end : end + 1] == "-":
                self._all = set(_LOWER_WORD.findall(text))
                return word in self._all
            if at < 0:
                return False
            after = text[end : end + 1]
            if not ("a" <= after <= "z"):
                # (no lower-case letter after it, so the pattern's run stops at ``end`` and
                # the match costs the word's length; after one, no match ends at ``end``)
                found = _LOWER_WORD.match(text, at)  # (the look-behinds see what stands before)
                if found is not None and found.end() == end:
                    return True
            start = at + 1


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
            if not _leads(token):
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
    """Whether a word (its marks stripped) may stand in a heading's run: capitalised, or a
    small word."""
    return bool(token) and (token[0].isupper() or token in _SMALL)


def _three_open(text: str) -> bool:
    """Whether the first three words of ``text`` may all stand in a heading's run."""
    words = text.split(None, 3)
    return len(words) >= 3 and all(_leads(w.strip(_MARKS)) for w in words[:3])


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

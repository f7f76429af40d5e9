"""Pattern searches that skip ahead where ``re`` would try every character: a pattern anchored
at line starts run as a search for the line break before a match, a case-ignoring pattern run as
its lowercase twin over the lowercased text.

>>> found_in(re.compile(r"^[ \\t]*QUESTION:", re.M), "Hi.\\n QUESTION: Why?")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["found_in", "search_folded"]


def found_in(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches somewhere in ``text``; a pattern anchored at line starts
    (``^...`` with MULTILINE) as a match at the start and a search for a line break before it
    (``re`` tries ``^`` at every character; a search for ``\\n...`` skips to line breaks)."""
    halves = _line_start_halves(pattern)
    if halves is not None:
        first, later = halves
        return first.match(text) is not None or later.search(text) is not None
    return search_folded(pattern, text) is not None


@lru_cache(maxsize=64)
def _line_start_halves(
    pattern: re.Pattern[str],
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    source = pattern.pattern
    if (
        not pattern.flags & re.MULTILINE
        or pattern.flags & (re.VERBOSE | re.IGNORECASE)
        or not source.startswith("^")
        or _top_level_bar(source)
    ):
        return None
    return re.compile(source[1:], pattern.flags), re.compile("\n" + source[1:], pattern.flags)


def _top_level_bar(source: str) -> bool:
    """Whether a pattern's source holds a ``|`` outside every group and class (then its ``^``
    anchors only the first alternative).

    >>> _top_level_bar(r"^a(?:b|c)[|(]"), _top_level_bar(r"^a|b"), _top_level_bar(r"^[]|]\\|")
    (False, True, False)
    """
    depth, i, n = 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 1  # the escaped character is skipped below
        elif c == "[":  # to the class's closing bracket ("[]...]", "[^]...]" hold a literal one)
            i += 2 if source[i + 1 : i + 2] == "^" else 1
            i += 1 if source[i : i + 1] == "]" else 0
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def search_folded(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``; an IGNORECASE pattern without escapes is run on ASCII text as
    its lowercase twin over the lowercased text (``re`` cannot skip ahead by a literal prefix
    when ignoring case), which finds the same spans (a match's ``group()`` is lowercase then).

    >>> search_folded(re.compile("Spokesperson", re.I), "the SPOKESPERSON said").span()
    (4, 16)
    """
    if pattern.flags & _IGNORECASE and text.isascii():
        twin = _lowercase_twin(pattern)
        if twin is not None:
            return twin.search(text.lower())
    return pattern.search(text)


_IGNORECASE = int(re.IGNORECASE)  # a plain int: int & RegexFlag goes through enum in Python


@lru_cache(maxsize=64)
def _lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    source = pattern.pattern
    # an escape (\S, \A), a class range ("[A-z]") or a letter beyond ASCII may mean another
    # thing lowercased: those patterns run as written
    if not source.isascii() or "\\" in source or "[" in source:
        return None
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)

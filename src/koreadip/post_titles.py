"""Post titles: whether a title as text states it fits a post's title, and how senior a post is.

Titles compare as sets of words after phrase-level normalisation.  A title from text matches a
post when every word it uses is in the post's title (so "Secretary" matches "Secretary of State"
and "Foreign Minister" matches "Minister of Foreign Affairs") and the post carries no rank word
the text left out (so "Secretary of State" does not match "Deputy Secretary of State").
Leading nationality and time qualifiers ("U.S.", "Seoul's", "former", "acting") are dropped.

>>> title_matches(title_terms("US Secretary of State"), "Secretary of State")
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .names import fold

__all__ = ["PostTitleIndex", "post_seniority", "title_matches", "title_terms"]

_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r" at .*$", ""),  # "... at Tokyo's foreign ministry": where, not what
        (r"charg[e] d'? ?affaires", " charge "),
        (r"'s\b", " "),
        (r"\bu\.\s?s\.?(?![a-z])|\busa\b|\bunited states\b", " us "),
        (r"\b(?:republic of korea|south korean?|rok)\b", " southkorea "),
        (r"\b(?:democratic people's republic of korea|dprk|north korean?)\b", " northkorea "),
        (r"\bnsc\b", " national security council "),
        (r"\bworkers'? party of korea\b", " wpk "),
        (r"\bwhite house\b", " "),
        (r"\boffice of (?:the )?national security\b", " national security office "),
        (
            r"\b(?:head|director|chief) of (?:the )?(?:presidential )?national security office\b"
            r"|\bnational security office (?:head|director|chief)\b",
            " national security advisor office ",
        ),
        (r"\b(?:chief |top )?nuclear (?:envoy|negotiator)\b", " special representative "),
    )
)
_WORDS = {
    "adviser": "advisor",
    "defence": "defense",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "ministry": "minister",
    "external": "foreign",
    "asian": "asia",
    "korean": "korea",
    "chair": "chairman",
    "chairperson": "chairman",
}
_STOP = frozenset(
    {"of", "for", "the", "and", "on", "to", "at", "in", "a", "an", "ad", "interim", "its", "s"}
)
# qualifiers dropped from the front of a title from text: "U.S.", "Seoul's top", "former"
_LEADING = frozenset(
    {
        *("us", "american", "southkorea", "northkorea", "south", "north", "korea", "rok"),
        *("japan", "japanese", "china", "chinese", "russia", "russian"),
        *("seoul", "washington", "tokyo", "beijing", "moscow", "pyongyang"),
        *("top", "then", "former", "current", "new", "incoming", "outgoing", "acting"),
        *("state", "department"),
    }
)
_NEUTRAL = frozenset({"acting", "presidential"})
_QUALIFIERS = _LEADING | {"ruling", "presidential"}
_RANK_WORDS = frozenset(
    {"deputy", "vice", "assistant", "under", "principal", "senior", "advisor", "human", "rights"}
)
_ALTERNATIVES = {
    "envoy": ("envoy", "representative"),
    "ambassador": ("ambassador", "charge"),
}


@functools.lru_cache(maxsize=2048)
def _words(title: str, *, query: bool) -> frozenset[str]:
    text = fold(title).replace("-", " ")
    for pattern, replacement in _PHRASES:
        text = " ".join(pattern.sub(replacement, text).split())
    words = [_WORDS.get(w, w) for w in re.findall(r"[a-z0-9]+", text)]
    words = [w for w in words if w not in _STOP]
    if query:
        while words and words[0] in _LEADING:
            words.pop(0)
    found = set(words)
    if {"foreign", "minister"} <= found:
        found.add("affairs")
    return frozenset(found)


def title_terms(title: str) -> frozenset[str]:
    """The words a title from text must find in a post's title ('US Secretary of State' → ...)."""
    return _words(title, query=True)


def title_matches(terms: frozenset[str], post_title: str) -> bool:
    """Whether a post titled ``post_title`` fits the title whose :func:`title_terms` are given.

    Either every word of the text's title is in the post's ("Secretary" fits "Secretary of
    State"), or every word of the post's title is in the text's ("vice chairman of the ruling
    Workers' Party of Korea Central Committee" fits "Vice Chairman of the WPK Central
    Committee"); in both cases rank words such as "deputy" or "vice" must agree.

    >>> title_matches(title_terms("Foreign Minister"), "Minister of Foreign Affairs")
    True
    >>> title_matches(title_terms("Secretary of State"), "Deputy Secretary of State")
    False
    """
    post = _words(post_title, query=False)
    required = terms - _NEUTRAL
    if not required or (post & _RANK_WORDS) != (required & _RANK_WORDS):
        return False
    if all(any(alt in post for alt in _ALTERNATIVES.get(w, (w,))) for w in required):
        return True
    # the text's title may say more than the post's only by qualifiers ("the DPRK's ruling")
    return post - _NEUTRAL <= required and required - post <= _QUALIFIERS


class PostTitleIndex:
    """Post titles by the words they hold, to find the ones a title fits without testing all.

    A post fits a title only if they share a word (:func:`title_matches` wants every word of one
    in the other, beside words such as "acting" that say nothing of the post), so only the posts
    holding a word of the title, or one that may stand for it, are tested.

    >>> index = PostTitleIndex(["Minister of Foreign Affairs", "Secretary of State"])
    >>> sorted(index.fitting(title_terms("Foreign Minister")))
    ['Minister of Foreign Affairs']
    """

    def __init__(self, titles: Iterable[str]) -> None:
        self._by_word: dict[str, list[str]] = {}
        self._bare: list[str] = []  # titles of neutral words alone: any title may fit them
        for title in dict.fromkeys(titles):
            core = _words(title, query=False) - _NEUTRAL
            if not core:
                self._bare.append(title)
            for word in core:
                self._by_word.setdefault(word, []).append(title)

    def fitting(self, terms: frozenset[str]) -> frozenset[str]:
        """The titles :func:`title_matches` finds ``terms`` (:func:`title_terms`) fit."""
        required = terms - _NEUTRAL
        words = {alt for w in required for alt in _ALTERNATIVES.get(w, (w,))} | required
        candidates = {t for w in words for t in self._by_word.get(w, ())}
        candidates.update(self._bare)
        return frozenset(t for t in candidates if title_matches(terms, t))


_SENIORITY: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern), rank)
    for pattern, rank in (
        (r"^vice president|^prime minister|^premier|^deputy prime minister", 1),
        (r"^(?:acting )?president|^general secretary|^chairman of the (?:workers|state)", 0),
        (r"deputy|vice|assistant|under secretary|principal|senior|adviser|advisor to", 4),
        (r"^(?:acting )?(?:secretary|minister) of|^minister for|^chief cabinet", 2),
        (r"national security|national intelligence|intelligence agency|intelligence service", 3),
        (r"special representative|special envoy|ambassador|charg", 5),
    )
)


@functools.lru_cache(maxsize=1024)
def post_seniority(title: str) -> int:
    """A coarse rank, 0 for heads of state up to 6 for everything below envoys."""
    lowered = fold(title)
    for pattern, rank in _SENIORITY:
        if pattern.search(lowered):
            return rank
    return 6

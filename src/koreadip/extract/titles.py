"""Titles of office around a name: "Foreign Minister Kang", "Alex Wong, U.S. deputy ...".

The phrase is read outwards from the name, word by word, and kept while its words are the kind
titles are made of: capitalised words, a few function words, and a vocabulary of lowercase title
words ("special", "representative", "affairs").  Whatever is read is bounded in length, so the
scan is linear in the size of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .vocabulary import NON_OFFICIAL_TITLE, TITLE_HEADS, TITLE_LEADS, country_of_phrase, title_side

__all__ = ["has_title_head", "left_title", "right_title"]

_WORD = re.compile(r"\S+")
_FUNCTION = frozenset({"of", "for", "and", "the", "on", "in", "to", "at"})
_LOWER_TITLE_WORDS = (
    TITLE_HEADS
    | TITLE_LEADS
    | frozenset(
        """
        affairs nuclear policy peace security peninsula unification foreign strategy diplomatic
        intelligence planning political economic human rights north south korean korea east
        asian asia pacific oceanian relations issues negotiations arms control international
        organizations bilateral regime envoy u.s. us korea-u.s. defense defence military
        forces command staff state department house council committee party ruling central
        inter-korean humanitarian multilateral public diplomacy global european american
        japanese chinese russian western general legal cooperation trade commerce finance
        treasury homeland justice cabinet government ministry office presidential bureau press
        division agency service services united nations un u.n. the joint chiefs headquarters
        """.split()
    )
)
_MAX_WORDS = 16
_POSITION_WORDS = frozenset(
    {
        "left",
        "right",
        "center",
        "centre",
        "front",
        "second",
        "third",
        "from",
        "back",
        "row",
        "r",
        "l",
        "c",
    }
)


def _clean(word: str) -> str:
    return word.strip("\"'“”‘’()[]").rstrip(",;:.").lower()


def has_title_head(phrase: str) -> bool:
    """True when some word of ``phrase`` heads a title (minister, envoy, secretary, ...)."""
    return any(_clean(w) in TITLE_HEADS for w in phrase.split())


def _acceptable(words: list[str]) -> bool:
    phrase = " ".join(words)
    return has_title_head(phrase) and not NON_OFFICIAL_TITLE.search(phrase)


def _trim(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while words and _clean(words[0][2]) in _FUNCTION:
        words = words[1:]
    while words and _clean(words[-1][2]) in _FUNCTION | {"who", "which"}:
        words = words[:-1]
    return words


def left_title(
    text: str, name_start: int, floor: int, blocked: int = -1
) -> tuple[str, int, str | None] | None:
    """The title written just before a name, as ``(title, start, country)``.

    ``floor`` is where the sentence starts; ``blocked`` is the end of the previous person mention,
    which the title may not reach back over.  A possessive ("Seoul's") ends the title and gives
    its country.  One comma is allowed directly before the name ("..., Jeong Yeon-doo").
    """
    lo = max(floor, blocked, name_start - 120)
    # words are read backwards from the name, one at a time, as words of the reversed text: the
    # loop seldom reads more than three
    backwards = _WORD.finditer(text[lo:name_start][::-1])
    word = _next_word(backwards, name_start)
    if word is not None and text[word[0] : word[1]].lower() in {"and", "or"}:
        return None  # "the U.S. envoy for North Korea and Lee Do-hoon": the title is the other's
    kept: list[tuple[int, int, str]] = []
    country: str | None = None
    last = True
    while word is not None:
        s, e = word
        w = text[s:e]
        if w.endswith(",") and not last:
            break
        last = False
        if w.endswith((";", ":", ")", '"', "”", "(")) or w.startswith(("(", '"', "“")):
            break
        bare = w.rstrip(",")
        if bare.endswith(("'s", "’s", "s'")):
            # "North Korea's" is not "Korea's": the word before decides
            before = _next_word(backwards, name_start)
            country = country_of_phrase(
                f"{text[before[0] : before[1]]} {bare}" if before is not None else bare
            )
            country = country or country_of_phrase(bare)
            break
        low = _clean(bare)
        if not (bare[:1].isupper() or low in _LOWER_TITLE_WORDS or low in _FUNCTION):
            break
        if bare[:1].isupper() and low in _FUNCTION and not kept:
            break
        word = _next_word(backwards, name_start)
        if low in {"and", "or"} and word is not None and _ends_a_name(text[word[0] : word[1]]):
            break  # "Rep. Young Kim and U.S. Sen. ...": the title is only what follows "and"
        kept.append((s, e, bare))
        if len(kept) >= _MAX_WORDS:
            break
    if not any(_clean(w) in TITLE_HEADS for _, _, w in kept):
        return None  # no word heads a title: nothing to trim
    kept.reverse()
    kept = _trim(kept)
    # drop leading capitalised words that are not title words ("Newly appointed ..." is gone
    # already; "Meanwhile Foreign Minister ..." loses "Meanwhile")
    while (
        kept
        and _clean(kept[0][2]) not in _LOWER_TITLE_WORDS
        and not country_of_phrase(kept[0][2])
        and not _ACRONYM.fullmatch(kept[0][2])  # "NIS Director", "USFK Commander"
        and not _COUNTRY_NAME.match(" ".join(w for _, _, w in kept[:4]))
    ):
        kept = kept[1:]
    if not kept or not _acceptable([w for _, _, w in kept]):
        return None
    title = text[kept[0][0] : kept[-1][1]].rstrip(",")
    return title, kept[0][0], country or title_side(title)


def _next_word(backwards: Iterator[re.Match[str]], end: int) -> tuple[int, int] | None:
    """The span in the text of the next word of ``backwards``, words of the reversed text that
    ended at ``end``; None when no word is left.

    >>> text = "Vice Foreign Minister Choi"
    >>> words = _WORD.finditer(text[:22][::-1])
    >>> [text[s:e] for s, e in (_next_word(words, 22), _next_word(words, 22))]
    ['Minister', 'Foreign']
    """
    m = next(backwards, None)
    return None if m is None else (end - m.end(), end - m.start())


def _ends_a_name(word: str) -> bool:
    """A capitalised word that is no title word ("Kim" in "Young Kim and ...", not "Affairs")."""
    bare = word.rstrip(",")
    low = _clean(bare)
    return bare[:1].isupper() and low not in _LOWER_TITLE_WORDS and not country_of_phrase(bare)


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_COUNTRY_NAME = re.compile(
    r"(?:Republic of Korea|Democratic People's Republic of Korea|United States)\b"
)
_STOP_RIGHT = re.compile(
    r"[,;)\]]|\s(?:(?:who|which|that|said|says|told)\s|and\s+(?=[A-Z][a-z]+\s[A-Z]))"
)


def right_title(text: str, name_end: int, ceiling: int) -> tuple[str, int, str | None] | None:
    """The title in an apposition or parenthesis after a name: ", the U.S. envoy for ...,".

    Returns ``(title, start, country)``; position notes ("(front right)", ", left,") are skipped.
    """
    hi = min(ceiling, name_end + 300)
    i = name_end
    for _ in range(3):  # skip "(front right)" / ", left," / "(R)"
        m = re.match(
            r"\s*\(([^()]{0,150})\)|,\s*((?:front |back |second |third )?(?:from )?(?:left|right|"
            r"center|centre)),",
            text[i:hi],
        )
        if not m:
            break
        inner = (m.group(1) or m.group(2) or "").lower().split()
        if inner and all(w.strip(".") in _POSITION_WORDS for w in inner):
            i += m.end() if m.group(2) is None else m.end() - 1
            continue
        if m.group(1) is not None:
            title = m.group(1).strip()
            if _acceptable(title.split()):
                return title, i + m.start(1), title_side(title)
        break
    m = re.match(r"\s*,\s*", text[i:hi])
    if not m:
        return None
    s = i + m.end()
    stop = _STOP_RIGHT.search(text, s, hi)
    e = stop.start() if stop else hi
    phrase = text[s:e]
    # a parenthetical acronym "(WPK)" is part of the title: read over it to the next stop
    while stop and stop.group() == ")" and "(" in phrase:
        stop = _STOP_RIGHT.search(text, stop.end(), hi)
        e = stop.start() if stop else hi
        phrase = text[s:e]
    words = phrase.split()
    if not words or len(words) > 20:
        return None
    country: str | None = None
    lead = re.match(r"(?:the|a|an)\s+", phrase, re.IGNORECASE)
    if lead:
        s += lead.end()
        phrase = phrase[lead.end() :]
    poss = re.match(r"([A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)['’]s\s+", phrase)
    if poss:
        country = country_of_phrase(poss.group(1))
        s += poss.end()
        phrase = phrase[poss.end() :]
    head_zone = phrase.split()[:5]
    if not head_zone or not _acceptable(head_zone) or not has_title_head(" ".join(head_zone)):
        return None
    if phrase[:1].isdigit():
        return None
    title = phrase.strip().rstrip(".")
    return title, s, country or title_side(title)

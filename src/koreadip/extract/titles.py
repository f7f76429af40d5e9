"""Titles of office around a name: "Foreign Minister Kang", "Alex Wong, U.S. deputy ...".

The phrase is read outwards from the name, word by word, and kept while its words are the kind
titles are made of: capitalised words, a few function words, and a vocabulary of lowercase title
words ("special", "representative", "affairs").  Whatever is read is bounded in length, so the
scan is linear in the size of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .title_sides import side_of
from .vocabulary import NON_OFFICIAL_TITLE, TITLE_HEADS, TITLE_LEADS, country_of_phrase

__all__ = ["has_title_head", "left_title", "non_official", "right_title", "side_of"]

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


@lru_cache(maxsize=1 << 12)
def non_official(title: str) -> bool:
    """Whether ``title`` is no official's (an anchor's, a professor's: see
    :data:`~koreadip.extract.vocabulary.NON_OFFICIAL_TITLE`), read once per title.

    >>> non_official("news anchor"), non_official("Foreign Minister")
    (True, False)
    """
    return NON_OFFICIAL_TITLE.search(title) is not None


def _acceptable(words: list[str]) -> bool:
    phrase = " ".join(words)
    return has_title_head(phrase) and not NON_OFFICIAL_TITLE.search(phrase)


def _trim(words: tuple[str, ...]) -> tuple[int, int]:
    """The bounds of ``words`` without the function words at either end."""
    a, b = 0, len(words)
    while a < b and _clean(words[a]) in _FUNCTION:
        a += 1
    while a < b and _clean(words[b - 1]) in _FUNCTION_OR_RELATIVE:
        b -= 1
    return a, b


_FUNCTION_OR_RELATIVE = _FUNCTION | {"who", "which"}

#: what :func:`left_title` asks of a word (see :func:`_reading`)
_Reading = tuple[bool, bool, bool, bool, str, bool, bool, bool, bool, bool]


@lru_cache(maxsize=1 << 14)
def _reading(w: str) -> _Reading:
    """What :func:`left_title` asks of the word ``w``, read once per word: whether it ends in a
    comma; is a parenthetical acronym, and one that heads a title; ends the title with its
    punctuation; the word without its commas; whether that is an owner's possessive; may be part
    of a title; is a capitalised function word; is "and"/"or"; heads a title.

    >>> _reading("Minister,")
    (True, False, True, False, 'Minister', False, True, False, False, True)
    """
    bare = w.rstrip(",")
    low = _clean(bare)
    capital = bare[:1].isupper()
    return (
        w.endswith(","),
        w[:1] == "(" and _PARENTHETICAL_ACRONYM.fullmatch(w) is not None,
        _clean(w) in TITLE_HEADS,
        w.endswith((";", ":", ")", '"', "”", "(")) or w.startswith(("(", '"', "“")),
        bare,
        bare.endswith(("'s", "’s", "s'")) and not _NAME_POSSESSIVE.fullmatch(bare),
        capital or low in _LOWER_TITLE_WORDS or low in _FUNCTION,
        capital and low in _FUNCTION,
        low in ("and", "or"),
        low in TITLE_HEADS,
    )


@lru_cache(maxsize=1 << 14)
def _title_cut(words: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the title lies in ``words`` (read back from a name, in text order): the bounds of
    the words kept once the function words at its ends and the capitalised words before its
    first title word ("Meanwhile Foreign Minister") are dropped; None if what is left is no
    official's title.

    >>> _title_cut(("Meanwhile", "Foreign", "Minister", "of"))
    (1, 3)
    >>> _title_cut(("Former", "Anchor", "and", "Envoy")) is None  # an anchor is no official
    True
    """
    a, b = _trim(words)
    # drop leading capitalised words that are not title words ("Newly appointed ..." is gone
    # already; "Meanwhile Foreign Minister ..." loses "Meanwhile")
    while (
        a < b
        and _clean(words[a]) not in _LOWER_TITLE_WORDS
        and not country_of_phrase(words[a])
        and not _ACRONYM.fullmatch(words[a])  # "NIS Director", "USFK Commander"
        and not _COUNTRY_NAME.match(" ".join(words[a : min(a + 4, b)]))
    ):
        a += 1
    if a == b or not _acceptable(list(words[a:b])):
        return None
    return a, b


def left_title(
    text: str, name_start: int, floor: int, blocked: int = -1
) -> tuple[str, int, str | None] | None:
    """The title written just before a name, as ``(title, start, country)``.

    ``floor`` is where the sentence starts; ``blocked`` is the end of the previous person mention,
    which the title may not reach back over.  A possessive ("Seoul's") ends the title and gives
    its country.  One comma is allowed directly before the name ("..., Jeong Yeon-doo").
    """
    lo = max(floor, blocked, name_start - 120)
    if name_start - lo < 3 or _first_word_stops(text, lo, name_start):
        return None  # a title needs a head word, of three letters or more (most names that
        # open a sentence have no room for one)
    # words are read backwards from the name, one at a time, as words of the reversed text (a
    # word of it spans name_start - end .. name_start - start of the text): the loop seldom reads
    # more than three
    backwards = _WORD.finditer(text[lo:name_start][::-1])
    m = next(backwards, None)
    if m is not None and m.group().lower() in _AND_OR_REVERSED:
        return None  # "the U.S. envoy for North Korea and Lee Do-hoon": the title is the other's
    kept: list[tuple[int, int, str]] = []
    country: str | None = None
    last = True
    headed = False  # whether a kept word heads a title
    while m is not None:
        s, e = name_start - m.end(), name_start - m.start()
        w = text[s:e]
        (
            comma,
            acronym,
            acronym_head,
            stop,
            bare,
            possessive,
            fits,
            capital_function,
            and_or,
            head,
        ) = _reading(w)
        if comma and not last:
            break
        last = False
        if kept and acronym:
            # "... Republic of Korea (DPRK) Ambassador": an acronym inside the name of an office
            kept.append((s, e, w))
            headed = headed or acronym_head  # "(REP)" cleans to a head
            m = next(backwards, None)
            continue
        if stop:
            break
        if possessive:
            # "North Korea's" is not "Korea's": the word before decides
            before = _next_word(backwards, name_start)
            country = country_of_phrase(
                f"{text[before[0] : before[1]]} {bare}" if before is not None else bare
            )
            country = country or country_of_phrase(bare)
            break
        if not fits or (capital_function and not kept):
            break
        m = next(backwards, None)
        if (
            m is not None
            and and_or
            and _ends_a_name(text[name_start - m.end() : name_start - m.start()])
        ):
            break  # "Rep. Young Kim and U.S. Sen. ...": the title is only what follows "and"
        kept.append((s, e, bare))
        headed = headed or head
        if len(kept) >= _MAX_WORDS:
            break
    if not headed:
        return None  # no word heads a title: nothing to trim
    kept.reverse()
    cut = _title_cut(tuple([w for _, _, w in kept]))
    if cut is None:
        return None
    first, final = kept[cut[0]], kept[cut[1] - 1]
    title = text[first[0] : final[1]].rstrip(",")
    return title, first[0], country or side_of(title)


def _first_word_stops(text: str, lo: int, name_start: int) -> bool:
    """Whether the reading back from a name after one space stops at its first word, which
    :func:`left_title` would read from the reversed text: "and", a word that ends the title
    with its punctuation or is an owner's possessive, a word no title holds ("said"), a
    capitalised function word.  False where that word is not so easily told (another space, no
    word before ``lo``): the full reading decides.

    >>> _first_word_stops("Kim met Lee", 0, 8), _first_word_stops("Vice Minister Lee", 0, 14)
    (True, False)
    """
    end = name_start - 1
    if end <= lo or text[end] != " " or text[end - 1] == " ":
        return False
    w = text[max(lo, text.rfind(" ", lo, end) + 1) : end]
    if not w.isprintable():
        return False  # another space than " ": the reading's word is not this one
    _, _, _, stop, _, possessive, fits, capital_function, _, _ = _reading(w)
    return stop or possessive or not fits or capital_function or w.lower() in _AND_OR


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
#: "and" and "or", as words of the reversed text, in lower case
_AND_OR_REVERSED = frozenset({"dna", "ro"})
_AND_OR = frozenset({"and", "or"})
_PARENTHETICAL_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")
#: a possessive that is part of a name, not an owner: "People's Republic", "Workers' Party"
_NAME_POSSESSIVE = re.compile(r"People['’]s|Workers['’]")
_COUNTRY_NAME = re.compile(
    r"(?:Republic of Korea|Democratic People's Republic of Korea|United States)\b"
)
_STOP_RIGHT = re.compile(
    r"[,;)\]]|\s(?:(?:who|which|that|said|says|told)\s|and\s+(?=[A-Z][a-z]+\s[A-Z]))"
    # a spaced dash opens a clause; "and Biegun's counterpart" a second apposition
    r"|\s+(?:[—–]|--?)\s|\sand\s+(?=[A-Z][\w-]*['’]s\s)"
)
#: the capitalised words after an "and", and the word after them
_AND_WORDS = re.compile(r"\s*and\s+((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)(?:\s+(\w+))?")
_PREPOSITIONS = frozenset({"at", "of", "for", "in", "on", "to"})


def _next_stop(text: str, start: int, hi: int) -> re.Match[str] | None:
    """The next :data:`_STOP_RIGHT` after ``start``, read over an "and" that joins two parts of
    the name of one office: "Coordinator for Intelligence and Defense Policy at ...", where the
    words after it hold a title word, or one word is followed by a preposition; "and Lee
    Do-hoon met" names a person."""
    stop = _STOP_RIGHT.search(text, start, hi)
    while stop is not None and stop.group().lstrip().startswith("and"):
        after = _AND_WORDS.match(text, stop.start(), hi)
        if after is None:
            break
        words = after.group(1).split()
        office = any(_clean(w) in _LOWER_TITLE_WORDS for w in words) or (
            len(words) == 1 and (after.group(2) or "") in _PREPOSITIONS
        )
        if not office:
            break
        stop = _STOP_RIGHT.search(text, stop.end(), hi)
    return stop


#: a position note or a parenthesis after a name: "(front right)", ", left,", "(R)"
_NOTE = re.compile(
    r"\s*\(([^()]{0,150})\)|,\s*((?:front |back |second |third )?(?:from )?(?:left|right|"
    r"center|centre)),"
)
_COMMA = re.compile(r"\s*,\s*")
#: the first characters of a :data:`_NOTE` or a :data:`_COMMA` that opens with no space
_NOTE_OR_COMMA = frozenset("(,")
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSOR = re.compile(r"([A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)['’]s\s+")


def right_title(text: str, name_end: int, ceiling: int) -> tuple[str, int, str | None] | None:
    """The title in an apposition or parenthesis after a name: ", the U.S. envoy for ...,".

    Returns ``(title, start, country)``; position notes ("(front right)", ", left,") are skipped.
    """
    hi = min(ceiling, name_end + 300)
    i = name_end
    if text[i : i + 1] not in _NOTE_OR_COMMA:
        # a note and an apposition open with "(" or "," after any spaces: most names are
        # followed by a space and a word, which neither pattern below can match
        k = i
        while k < hi and text[k].isspace():
            k += 1
        if k == i or k >= hi or text[k] not in _NOTE_OR_COMMA:
            return None
    for _ in range(3):  # skip "(front right)" / ", left," / "(R)"
        m = _NOTE.match(text, i, hi)
        if not m:
            break
        inner = (m.group(1) or m.group(2) or "").lower().split()
        if inner and all(w.strip(".") in _POSITION_WORDS for w in inner):
            i = m.end() if m.group(2) is None else m.end() - 1
            continue
        if m.group(1) is not None:
            title = m.group(1).strip()
            if _acceptable(title.split()):
                return title, m.start(1), side_of(title)
        break
    m = _COMMA.match(text, i, hi)
    if not m:
        return None
    s = m.end()
    stop = _next_stop(text, s, hi)
    e = stop.start() if stop else hi
    phrase = text[s:e]
    # a parenthetical acronym "(WPK)" is part of the title: read over it to the next stop
    while stop and stop.group() == ")" and "(" in phrase:
        stop = _next_stop(text, stop.end(), hi)
        e = stop.start() if stop else hi
        phrase = text[s:e]
    words = phrase.split()
    if not words or len(words) > 20:
        return None
    country: str | None = None
    lead = _ARTICLE.match(phrase)
    if lead:
        s += lead.end()
        phrase = phrase[lead.end() :]
    poss = _POSSESSOR.match(phrase)
    if poss:
        country = country_of_phrase(poss.group(1))
        s += poss.end()
        phrase = phrase[poss.end() :]
    head_zone = phrase.split()[:5]
    if not head_zone or not (_acceptable(head_zone) or _staff_post(phrase, head_zone)):
        return None
    if phrase[:1].isdigit():
        return None
    title = phrase.strip().rstrip(".")
    return title, s, country or side_of(title)


#: words that hold a post without heading a title, beside a government body that names it
_STAFF = frozenset({"specialist", "staffer"})
_GOVERNMENT_BODY = re.compile(
    r"\b(?:National Security Council|NSC|State Department|Department of|Ministry|White House|"
    r"Pentagon|Embassy|Cabinet)\b"
)


def _staff_post(phrase: str, head_zone: list[str]) -> bool:
    """A post named by what its holder does and where ("Korea specialist on the National
    Security Council"), not by a title head."""
    return (
        any(_clean(w) in _STAFF for w in head_zone)
        and _GOVERNMENT_BODY.search(phrase) is not None
        and not NON_OFFICIAL_TITLE.search(phrase)
    )

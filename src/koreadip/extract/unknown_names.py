"""Names the roster lacks: "Acting U.S. Ambassador Kevin Kim" is an official because of his title.

Part of :class:`~koreadip.extract.people.People`, which calls :func:`unknown_names` on each run of
capitalised words of a sentence after reading the roster's names in it.
"""

from __future__ import annotations

import re

from ..names import name_tokens, slugify
from ..roster import FAMILY_FIRST, RosterEntry
from .cast import Cast
from .mentions import (
    ORGANISATION_HEADS,
    Person,
    end_before,
    is_name_word,
    person_of,
    strip_possessive,
)
from .text import Sentence
from .vocabulary import KOREAN_SURNAMES, NON_OFFICIAL_TITLE, country_of_phrase

__all__ = ["unknown_names"]


def unknown_names(
    cast: Cast,
    sentence: Sentence,
    words: list[tuple[int, int, str]],
    local: list[tuple[int, int]],
) -> None:
    """Add to ``cast`` the names of two or three name words in ``words`` (a run of
    capitalised words) that a title of office stands beside (or, with no title, see
    :func:`_untitled`).  ``local`` holds the spans of the sentence's mentions so far (and gains
    the new ones)."""
    if len(words) < 2:
        return  # a name of the roster's kind needs two words

    first = words[0][0]

    def covered(pos: int) -> bool:
        # ``local`` is in run order (runs come left to right, each adding spans inside itself):
        # from the end, once a span ends before this run, no earlier one reaches into it.  One
        # long sentence of names would otherwise be read in time quadratic in its length.
        for a, b in reversed(local):
            if b <= first:
                return False
            if a <= pos < b:
                return True
        return False

    text = cast.text
    floor = sentence.start
    j = len(words)
    while j > 0:
        # the longest tail of name words ending at j
        k = j
        while (
            k > 0 and is_name_word(words[k - 1][2]) and not covered(words[k - 1][0]) and j - k < 3
        ):
            if k < j and words[k - 1][2].endswith((".", ",")):
                break
            k -= 1
        if j - k >= 2 and j < len(words) and _ends_organisation(words[j][2]):
            j = k  # "Kim Hyun-jung's News Show": the name of a show, not of a person
        elif j - k >= 2:
            s, e = words[k][0], words[j - 1][1]
            raw = text[s:e]
            name = " ".join(strip_possessive(w.rstrip(".,")) for w in raw.split())
            e = s + len(raw.rstrip(".,"))
            if raw.endswith(("'s", "’s")):
                e -= 2
            found = cast.title_around(s, e, sentence, end_before(local, s, floor))
            if cast.credited(s, e) or _THE_BEFORE.search(text, max(0, s - 4), s):
                pass  # a credit, or "chairman of the Joint Chiefs of Staff": a body's name
            elif found is None:
                _untitled(cast, name, s, e, local)
            elif not NON_OFFICIAL_TITLE.search(found[0]):
                _add(cast, name, s, e, found, local)
            j = k if k < j else j - 1
        else:
            j -= 1


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _ends_organisation(word: str) -> bool:
    return strip_possessive(word.rstrip(".,")).lower() in ORGANISATION_HEADS


def _add(
    cast: Cast,
    name: str,
    s: int,
    e: int,
    found: tuple[str, int, str | None],
    local: list[tuple[int, int]],
) -> None:
    """Record the name ``s``..``e`` with the title ``found`` (not an excluded name's)."""
    title, at, country = found
    entry = cast.cache.fuzzy(name, on=cast.day, title=title, country=country)
    if entry is None:
        # a garbled name under a garbled title ("Deputy" for "Under"): a close likeness of the
        # whole name, with the same given name, of one who writes it first
        entry = cast.cache.fuzzy(name, on=cast.day, title=None, country=country)
        if entry is not None and not _same_given_first(name, entry):
            entry = None
    person = person_of(entry, cast.day) if entry else Person(name=name)
    if slugify(person.name) in cast.excluded:
        return
    p = cast.persons[cast.add(person, s, e, name)]
    local.append((s, e))
    if p.title is None or cast.rank(at) < cast.rank(p.title_at):
        p.title, p.title_at = title, at
    if p.country is None:
        p.country = country or _korean_side(name, cast.text)
        if p.country is not None:
            cast.surnames.refresh()  # a Korean's family name may now come first


#: a Korean name, its given name hyphenated, in either order: "Nok Kyu-duk", "Kyu-duk Nok"
_KOREAN_NAME = re.compile(
    r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,6}-[A-Za-z][a-z]{1,6}|[A-Z][a-z]{1,6}-[A-Za-z][a-z]{1,6} "
    r"[A-Z][a-z]{1,5}"
)
_POSSESSOR = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+$")


def _untitled(cast: Cast, name: str, s: int, e: int, local: list[tuple[int, int]]) -> None:
    """A name no title stands beside, which is an official's all the same: a Korean name the
    roster knows in another spelling ("Nok Kyu-duk" for Noh Kyu-duk), or a Korean name that a
    country's possessive presents beside another official ("... Stephen Biegun and North
    Korea's Kim Myong Gil")."""
    if _KOREAN_NAME.fullmatch(name):
        entry = cast.cache.fuzzy(name, on=cast.day, title=None, country=None)
        if (
            entry is not None
            and entry.country in {"KR", "KP"}
            and entry.id not in cast.excluded
            and _same_given_name(name, entry.spellings())
        ):
            cast.add(person_of(entry, cast.day), s, e, name)
            local.append((s, e))
            return
    possessor = _POSSESSOR.search(cast.text, max(0, s - 40), s)
    country = country_of_phrase(possessor.group(1)) if possessor else None
    if country is None or not local or name.split()[0] not in KOREAN_SURNAMES:
        return
    person = Person(name=name, country=country)
    if slugify(person.name) not in cast.excluded:
        cast.add(person, s, e, name)
        local.append((s, e))
        cast.surnames.refresh()


def _same_given_first(name: str, entry: RosterEntry) -> bool:
    """Whether ``name`` opens with the given name of ``entry``, who writes it first."""
    first = name_tokens(name)[:1]
    return entry.country not in FAMILY_FIRST and any(
        name_tokens(spelling)[:1] == first for spelling in entry.spellings()
    )


def _same_given_name(name: str, spellings: tuple[str, ...]) -> bool:
    """Whether the hyphenated given name of ``name`` is one of ``spellings``' given names: a
    slip in the family name ("Nok Kyu-duk") keeps the person; another given name ("Kim
    Hyun-jung" for Kim Hyun-jong) is another person."""
    given = next(w for w in name.split() if "-" in w)
    key = name_tokens(given)[0]
    return any(key in name_tokens(spelling) for spelling in spellings)


_HYPHENATED_KOREAN = re.compile(r"\b[A-Z][a-z]{1,4} [A-Z][a-z]{1,5}-[a-z]{1,5}\b")


def _korean_side(name: str, text: str) -> str | None:
    """A Korean name's side where nothing else tells: South Korea, unless the name is written in
    three unhyphenated parts ("Kim Son Gyong", as Pyongyang's media write them) in a text that
    hyphenates the given names of others ("Kim Sun-kyung")."""
    parts = name.split()
    if parts[0] not in KOREAN_SURNAMES:
        return None
    if len(parts) == 3 and "-" not in name and _HYPHENATED_KOREAN.search(text):
        return "KP"
    return "KR"

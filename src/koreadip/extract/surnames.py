"""Lone family names: which person "Kim", "Special Representative Lee" or a garbled "Biegen" means.

Part of :class:`~koreadip.extract.people.People`, which calls :func:`resolve_surname` for every
capitalised word that may be a family name; :class:`SurnameIndex` keeps the persons read so far
by the family names a later mention may use, so each word costs a dictionary look-up rather than
a pass over every person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from functools import lru_cache

from ..names import name_tokens
from ..romanization import phonetic_token
from .cast import Cast
from .mentions import PRONOUNS, Person, ends_in_head, person_of, strip_possessive, weighed
from .vocabulary import (
    CITIES,
    COUNTRY_WORDS,
    KOREAN_SURNAMES,
    NON_NAME_WORDS,
    NON_OFFICIAL_TITLE,
    title_side,
)

__all__ = ["resolve_surname", "surname_parts"]

_SURNAME_WORD = re.compile(r"[A-Z][a-z]+(?:'[A-Z][a-z]+)?")


@lru_cache(maxsize=1 << 14)
def surname_parts(word: str) -> tuple[tuple[int, str], ...]:
    """The parts of a capitalised word that may be a family name used alone, with their offsets
    in ``word``: not an acronym, a title or place word, a pronoun or a city; a hyphenated pair
    ("Kim-Lee") gives both halves.

    >>> surname_parts("Kim's"), surname_parts("Kim-Lee"), surname_parts("DPRK")
    (((0, 'Kim'),), ((0, 'Kim'), (4, 'Lee')), ())
    """
    bare = strip_possessive(word.rstrip(".,:"))
    if bare.isupper():
        return ()  # an acronym ("DPRK"); transcript labels are read by the statements
    parts = bare.split("-") if bare.count("-") == 1 and bare.istitle() else [bare]
    out = []
    offset = 0
    for part in parts:
        if not (
            part in NON_NAME_WORDS
            or part in PRONOUNS
            or not part[:1].isupper()
            or part.lower() in COUNTRY_WORDS  # "ambassador to Spain"
            or part in CITIES
            or len(part) < 3
            or not _SURNAME_WORD.fullmatch(part)
        ):
            out.append((offset, part))
        offset += len(part) + 1
    return tuple(out)


_GENERIC_TITLE_WORDS = frozenset(
    "of the for and on to in at a an u.s. us south north korean korea's american japanese "
    "chinese deputy vice first second senior acting former top chief head new".split()
)


def _title_words(title: str) -> set[str]:
    words = {w.strip(".,'’()").lower() for w in title.split()}
    return {w.removesuffix("'s") for w in words} - _GENERIC_TITLE_WORDS - {""}


def _shares_title_word(cast: Cast, index: int, title: str) -> bool:
    p = cast.persons[index]
    known = [p.title or ""]
    if p.entry is not None:
        post = p.entry.post_on(cast.day)
        known.append(post.title if post else "")
    wanted = _title_words(title)
    return any(wanted & _title_words(t) for t in known)


def resolve_surname(
    cast: Cast, word: str, pos: int, *, title: str | None = None, allow_new: bool = True
) -> int | None:
    """See :meth:`People.resolve_surname`."""
    key = word.lower()
    persons = cast.persons
    candidates = cast.surnames.named(key)
    members: Set[int] | None = None  # candidates as a set, asked for only among several
    if not candidates and word in KOREAN_SURNAMES:
        # another romanisation of a Korean family name: "Minister Jeong" for Chung Eui-yong
        sound = phonetic_token(key)
        candidates = [
            i
            for i in weighed(persons)
            if persons[i].country in {"KR", "KP"}
            and phonetic_token(name_tokens(persons[i].name)[0]) == sound
        ]
        members = set(candidates)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        if title:
            # "Headquarters Chief Kim" after "Kim Gunn, head of the ... Headquarters": the
            # namesake whose title shares a word with this one
            fitting = [i for i in candidates if _shares_title_word(cast, i, title)]
            if len(fitting) == 1:
                return fitting[0]
        if members is None:
            members = cast.surnames.members(key)
        return _of_several(cast, candidates, members, key, pos)
    cache = cast.cache
    country = title_side(title) if title else None
    distinctive = word not in KOREAN_SURNAMES
    entry = None
    if title or distinctive:
        entry = cache.by_surname(word, on=cast.day, title=title, country=country)
    if entry is None and len(word) >= 5:
        # a garbled surname ("Biegen") of someone already named
        close = cast.surnames.one_edit_from(key)
        if not close and title:
            # with a title to go by, a looser likeness will do ("Secretary Blincoln")
            close = cast.surnames.like(key)
        if len(close) == 1:
            persons[close[0]].aliases.append(word)
            cast.surnames.note(close[0], word)
            return close[0]
    if entry is not None and title and entry not in cache.holders(title, on=cast.day):
        entry = None  # a namesake in office then, but not in the office the text names
    if entry is None and title and allow_new:
        # a garbled family name, placed by its title and the date ("Secretary Blincoln")
        entry = cache.fuzzy(word, on=cast.day, title=title, country=country)
    if entry is not None:
        if entry.id in cast.excluded:
            return None
        index = cast.index_by_id(entry.id)
        return index if index is not None else cast.add_person(person_of(entry, cast.day))
    if (
        allow_new
        and title
        and ends_in_head(title)
        and not NON_OFFICIAL_TITLE.search(title)
        and distinctive
        and not title.isupper()
    ):
        return cast.add_person(Person(name=word, title=title, title_at=pos, country=country))
    return None


def _of_several(
    cast: Cast, candidates: Sequence[int], members: Set[int], key: str, pos: int
) -> int:
    """Of several people with a family name (``candidates``, in order; ``members``, the same as
    a set), the only one named in the last few lines; else the one last called by it alone;
    else the one named last; else the one named first."""
    index = cast.mention_index()
    recent = {i for i in index.near(pos - 159, pos) if i in members}
    if len(recent) == 1:
        return recent.pop()  # "spokesman Kim Eui-kyeom told reporters. ... Kim said"
    bare = index.last_written(key, pos, members)
    if bare is not None:
        return bare[1]
    last: tuple[int, int] | None = None  # (where, who)
    for i in candidates:
        at = index.last_before(i, pos)
        if at is not None and (last is None or at > last[0]):
            last = (at, i)
    if last is not None:
        return last[1]
    return min(candidates, key=lambda i: cast.persons[i].first)

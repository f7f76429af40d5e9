"""Names the roster lacks: "Acting U.S. Ambassador Kevin Kim" is an official because of his title.

Part of :class:`~koreadip.extract.people.People`, which calls :func:`unknown_names` on each run of
capitalised words of a sentence after reading the roster's names in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..names import slugify
from .mentions import Person, end_before, is_name_word, person_of, strip_possessive
from .text import Sentence
from .titles import right_title
from .vocabulary import KOREAN_SURNAMES, NON_OFFICIAL_TITLE

if TYPE_CHECKING:
    from .people import People

__all__ = ["unknown_names"]


def unknown_names(
    people: People,
    sentence: Sentence,
    words: list[tuple[int, int, str]],
    local: list[tuple[int, int]],
) -> None:
    """Add to ``people`` the names of two or three name words in ``words`` (a run of
    capitalised words) that a title of office stands beside.  ``local`` holds the spans of the
    sentence's mentions so far (and gains the new ones)."""
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

    text = people.text
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
        if j - k >= 2:
            s, e = words[k][0], words[j - 1][1]
            raw = text[s:e]
            name = " ".join(strip_possessive(w.rstrip(".,")) for w in raw.split())
            e = s + len(raw.rstrip(".,"))
            if raw.endswith(("'s", "’s")):
                e -= 2
            found = people._left_title(s, sentence, end_before(local, s, floor)) or right_title(
                text, e, sentence.end
            )
            if (
                found
                and not NON_OFFICIAL_TITLE.search(found[0])
                and not people._excluded_context(s, e)
            ):
                _add(people, name, s, e, found, local)
            j = k if k < j else j - 1
        else:
            j -= 1


def _add(
    people: People,
    name: str,
    s: int,
    e: int,
    found: tuple[str, int, str | None],
    local: list[tuple[int, int]],
) -> None:
    """Record the name ``s``..``e`` with the title ``found`` (not an excluded name's)."""
    title, at, country = found
    entry = people.cache.fuzzy(name, on=people.day, title=title, country=country)
    person = person_of(entry, people.day) if entry else Person(name=name)
    if slugify(person.name) in people.excluded:
        return
    p = people.persons[people._add(person, s, e, name)]
    local.append((s, e))
    if p.title is None or people._rank(at) < people._rank(p.title_at):
        p.title, p.title_at = title, at
    if p.country is None:
        p.country = country or _korean_side(name, people.text)
        if p.country is not None:
            people.surnames.refresh()  # a Korean's family name may now come first


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

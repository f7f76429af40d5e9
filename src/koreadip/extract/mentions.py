"""The pieces People is built from: a person as read, the persons by family name, a mention of
one, and the word tests that tell a name from a title, a headline or a caption."""

from __future__ import annotations

import datetime as _dt
import re
from bisect import insort
from collections.abc import Sequence, Set
from functools import lru_cache

import attrs
from rapidfuzz import fuzz

from ..names import slugify
from ..roster import RosterEntry
from .guards import holds_any
from .vocabulary import KOREAN_SURNAMES, NON_NAME_WORDS, TITLE_HEADS

__all__ = [
    "CAPTION",
    "NAME_TOKEN",
    "ORGANISATION_HEADS",
    "PRONOUNS",
    "RUN",
    "WEIGHED_PERSONS",
    "Mention",
    "Person",
    "SurnameIndex",
    "credited",
    "end_before",
    "ends_in_head",
    "is_headline",
    "is_name_word",
    "one_edit_apart",
    "person_of",
    "strip_possessive",
    "surnames_of",
    "tidy_title",
    "weighed",
]


# A run of capitalised words ("U.S. Secretary", "Kim Jong-un's"); words are separated by one space.
RUN = re.compile(r"[A-Z][A-Za-z'’.\-]*(?: [A-Z][A-Za-z'’.\-]*)*")


# "Biegun", "Jae-in", "O'Brien", and a capital inside after a prefix: "McMaster", "LaCamera"
NAME_TOKEN = re.compile(
    r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z][a-z]*'[A-Z][a-z]+|(?:Mc|Mac|La|Le|De|Di|Du|Van)[A-Z][a-z]+"
)


PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "His", "Her"})

#: words that end the name of an organisation, a publication or a place ("the Dong-A Ilbo",
#: "Kim Hyun-jung's News Show"): a name word before one in a run names no person
ORGANISATION_HEADS = frozenset(
    """ilbo shinmun daily times news herald post journal agency institute university center centre
    foundation corporation group hotel airport library hall tower show program programme""".split()
)


@attrs.define
class Person:
    """A person named in the text, while the text is being read.

    :class:`SurnameIndex` indexes persons by :meth:`surnames`, which
    depend on ``name`` and ``country``: code that sets a country refreshes the index.
    """

    name: str
    entry: RosterEntry | None = None
    aliases: list[str] = attrs.field(factory=list)
    title: str | None = None
    title_at: int = 10**9  # where the title was read; see People._rank
    country: str | None = None
    first: int = 10**9

    @property
    def id(self) -> str:
        return self.entry.id if self.entry else slugify(self.name)

    def surnames(self) -> frozenset[str]:
        """The words a later mention may use alone: family name (either end for Koreans), and
        the family names of the other spellings the text gave ("Blincoln" of "Tony Blincoln",
        where a Korean's other spellings may put either name first)."""
        own = surnames_of(self.name, self.country)
        if not self.aliases or self.country in {"KR", "KP"}:
            return own
        return own.union(*(surnames_of(a, self.country) for a in self.aliases))


@lru_cache(maxsize=4096)
def surnames_of(name: str, country: str | None) -> frozenset[str]:
    parts = name.split()
    if len(parts) < 2:
        return frozenset({parts[0].lower()} if parts else ())
    out = {parts[-1].lower()}
    if country in {"KR", "KP"} or parts[0] in KOREAN_SURNAMES:
        out.add(parts[0].lower())
    return frozenset(out)


#: the most persons a phrase naming no one in full ("the envoy", a family name spelt another way)
#: is weighed against: on a longer list, those read last.  An article names a few dozen people;
#: a page naming thousands would otherwise cost time quadratic in its length.
WEIGHED_PERSONS = 200


def weighed(persons: list[Person]) -> range:
    """The indexes of the persons a phrase naming no one in full is weighed against.

    >>> weighed([Person(name="Mike Pompeo")] * 3), weighed([Person(name="Kim Un")] * 250)
    (range(0, 3), range(50, 250))
    """
    return range(max(0, len(persons) - WEIGHED_PERSONS), len(persons))


class SurnameIndex:
    """The persons of a list by :meth:`Person.surnames`, following the list as it grows.

    A person's family names change only with its country; whoever changes one calls
    :meth:`refresh`.

    >>> persons = [Person(name="Mike Pompeo"), Person(name="Kim Yo Jong", country="KP")]
    >>> index = SurnameIndex(persons)
    >>> index.named("kim"), index.named("pompeo"), "jong" in index
    ([1], [0], True)
    >>> persons.append(Person(name="Stephen Biegun"))
    >>> index.one_edit_from("biegen")
    [2]
    """

    def __init__(self, persons: list[Person]) -> None:
        self._persons = persons
        self._seen = 0  # persons[:_seen] are indexed
        self._index: dict[str, list[int]] = {}
        self._members: dict[str, set[int]] = {}  # the same, as sets
        #: the answers of :meth:`one_edit_from`, by the length of the key asked: a family name
        #: indexed anew changes only those of keys of its length, or one letter more or less
        self._close: dict[int, dict[str, list[int]]] = {}
        #: the indexed family names of five to :data:`LONGEST_SURNAME` letters, each filed
        #: under itself and under each spelling with one letter left out: two words one edit
        #: apart share one of these (see :meth:`one_edit_from`); made once the text names more
        #: than :data:`_FEW_SURNAMES` (None until then: comparing a few is cheaper)
        self._by_variant: dict[str, list[str]] | None = None
        #: the indexed family names of five to :data:`LONGEST_SURNAME` letters, by length
        self._by_length: dict[int, list[str]] = {}
        self._long_names = 0  # how many those are
        #: the indexed family names of five letters or more, by initial, in the order filed
        self._by_initial: dict[str, list[str]] = {}

    def refresh(self) -> None:
        """Index every person afresh (after a person's country was set)."""
        self._seen = 0
        self._index = {}
        self._members = {}
        self._close = {}
        self._by_variant = None
        self._by_length = {}
        self._long_names = 0
        self._by_initial = {}

    def _file(self, surname: str, i: int) -> None:
        """File person ``i`` under ``surname`` (and the name by its length, if new)."""
        found = self._index.get(surname)
        if found is None:
            found = self._index[surname] = []
            self._members[surname] = set()
            if len(surname) >= 5:  # one_edit_apart compares words of five letters or more
                self._by_initial.setdefault(surname[0], []).append(surname)
                if len(surname) <= LONGEST_SURNAME:
                    self._by_length.setdefault(len(surname), []).append(surname)
                    self._long_names += 1
            if self._by_variant is not None:
                _file_variants(self._by_variant, surname)
        members = self._members[surname]
        if i not in members:
            members.add(i)
            insort(found, i)
            self._forget(surname)

    def _forget(self, surname: str) -> None:
        """Drop the answers of :meth:`one_edit_from` that a person filed under ``surname`` may
        change."""
        n = len(surname)
        if n >= 5 and self._close:
            for length in (n - 1, n, n + 1):
                self._close.pop(length, None)

    def note(self, i: int, spelling: str) -> None:
        """Index person ``i`` under the family names it gained with a new ``spelling`` (just
        added to its aliases): those only, so a person of many spellings costs no more."""
        if i >= self._seen:
            return  # indexed when the index is next used
        person = self._persons[i]
        if person.country in {"KR", "KP"}:
            return  # a Korean's other spellings give no family name (see Person.surnames)
        for surname in surnames_of(spelling, person.country):
            self._file(surname, i)

    def _update(self) -> dict[str, list[int]]:
        n = len(self._persons)
        if self._seen < n:
            for i in range(self._seen, n):
                for surname in self._persons[i].surnames():
                    self._file(surname, i)
            self._seen = n
        return self._index

    def __contains__(self, key: str) -> bool:
        return key in self._update()

    def named(self, key: str) -> Sequence[int]:
        """The persons ``key`` (lower case) is a family name of, in order (not to be changed)."""
        return self._update().get(key, ())

    def members(self, key: str) -> Set[int]:
        """:meth:`named` as a set (not to be changed)."""
        self._update()
        return self._members.get(key, frozenset())

    def one_edit_from(self, key: str) -> list[int]:
        """The persons with a family name one edit from ``key`` (see :func:`one_edit_apart`)."""
        index = self._update()
        n = len(key)
        memo = self._close.setdefault(n, {})
        close = memo.get(key)
        if close is None and self._long_names <= _FEW_SURNAMES:
            # one edit leaves the first or the last letter of a word of five letters or more
            # in place: a cheap test before the memoised comparison
            first, last = key[:1], key[-1:]
            found = {
                i
                for length in (n - 1, n, n + 1)
                for s in self._by_length.get(length, ())
                if (s[0] == first or s[-1] == last) and one_edit_apart(key, s)
                for i in index[s]
            }
            close = memo[key] = sorted(found)
        elif close is None:
            # of many names, a word one edit from ``key`` is filed under ``key`` (one letter
            # more) or under one of its variants (one letter less, or another in the same
            # place): those only are compared, however many names the text holds
            by_variant = self._by_variant
            if by_variant is None:
                by_variant = self._by_variant = {}
                for surname in index:
                    _file_variants(by_variant, surname)
            found = {
                i
                for variant in (_variants(key) if n <= LONGEST_SURNAME + 1 else ())
                for s in by_variant.get(variant, ())
                if one_edit_apart(key, s)
                for i in index[s]
            }
            close = memo[key] = sorted(found)
        return list(close)

    def like(self, key: str) -> list[int]:
        """The persons with a family name of five letters or more, with ``key``'s initial, that
        ``key`` resembles (a fuzzy ratio of 65 or more: "Blincoln" for Blinken); of a page
        naming thousands, the family names with that initial filed last
        (:data:`WEIGHED_PERSONS` of them)."""
        index = self._update()
        found = {
            i
            for s in self._by_initial.get(key[:1], [])[-WEIGHED_PERSONS:]
            if fuzz.ratio(key, s) >= 65
            for i in index[s]
        }
        return sorted(found)


@attrs.frozen(slots=True)
class Mention:
    """A span of the text that names person ``person`` (an index into ``People.persons``)."""

    start: int
    end: int
    person: int
    surface: str


def strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 14)
def is_name_word(word: str) -> bool:
    bare = strip_possessive(word.rstrip(".,"))
    return bool(NAME_TOKEN.fullmatch(bare)) and bare not in NON_NAME_WORDS and bare not in PRONOUNS


CAPTION = re.compile(
    r"\b(?:[Pp]hoto|pose[sd]? for|shak(?:e|es|ing) hands|FILE -|Courtesy of|EPA|AFP|\[YONHAP\])|"
    r"\((?:front |back |second |third )?(?:from )?(?:left|right|center|centre|[RLC])\)|, (?:left|"
    r"right|center),"
)


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def is_headline(sentence: str) -> bool:
    """Title Case text (a headline), where capitals say nothing about names: mostly capitalised
    words and no closing full stop."""
    if sentence.rstrip().rstrip("\"'”’").endswith((".", "?", "!")):
        return False
    words = _HEADLINE_WORD.findall(sentence)
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def ends_in_head(title: str) -> bool:
    """A title that ends in a singular head word ("Ambassador"), as one right before a lone
    family name does; "Envoys Meet" is a headline, not an envoy called Meet."""
    last = title.split()[-1].strip(".,").lower() if title.split() else ""
    return last in TITLE_HEADS and not (last.endswith("s") and last[:-1] in TITLE_HEADS)


_CREDIT_BEFORE = re.compile(
    r"(?:(?:^|\n)\s*[Bb]y|\b(?:[Pp]hoto(?:graph)?s?|[Ww]ritten|[Rr]eported|[Ee]dited|"
    r"[Tt]ranslated|[Cc]ompiled) by|"
    r"\b[Rr]eporter|\b[Cc]orrespondent|\b[Aa]nchor|©|\(c\)|\bcolumnist|\bhost|\b[Pp]rofessor|"
    r"\banalyst|\bresearcher|\bPhoto\s*=)\W{0,3}$"
)
#: a piece of every branch of _CREDIT_BEFORE: without one, the pattern cannot match (substring
#: tests, ~1.3x faster than one search of their alternation, which has no literal to skip by)
_CREDIT_CLUES = (
    "by", "By", "eporter", "orrespondent", "nchor", "©", "(c)", "columnist", "host", "rofessor",
    "analyst", "researcher", "Photo",
)  # fmt: skip
_CREDIT_AFTER = re.compile(r"^(?:/|\s*@|\s+[a-z0-9._]+@)")


def credited(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` is a byline, a credit or an e-mail sender's, not an
    official's.

    >>> credited("Photo by Laura Chen", 9, 19), credited("Minister Laura Chen", 9, 19)
    (True, False)
    """
    before = text[max(0, start - 24) : start]
    # the literal test first: the pattern is tried at every position of ``before``
    if holds_any(before, _CREDIT_CLUES) and _CREDIT_BEFORE.search(before):
        return True
    after = text[end : end + 12]
    return ("@" in after or after[:1] == "/") and bool(_CREDIT_AFTER.match(after))


def end_before(spans: list[tuple[int, int]], pos: int, floor: int) -> int:
    """Where the last of ``spans`` ending at or before ``pos`` ends (``floor`` if none does)."""
    return max((e for _, e in spans if e <= pos), default=floor)


_SPACES = re.compile(r"\s+")


#: abbreviated titles, written out as annotators and readers of a record expect them
_ABBREVIATED = {
    "Sen.": "Senator",
    "Rep.": "Representative",
    "Gov.": "Governor",
    "Amb.": "Ambassador",
    "Lt. Gen.": "Lieutenant General",
    "Maj. Gen.": "Major General",
    "Gen.": "General",
    "Adm.": "Admiral",
}
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(k) for k in _ABBREVIATED) + r")(?=\s|$)"
)


@lru_cache(maxsize=1 << 12)
def tidy_title(title: str | None) -> str | None:
    """A title as stated, spaces tidied and abbreviations written out ("U.S. Sen." → "U.S.
    Senator").

    >>> tidy_title("U.S. Sen. ")
    'U.S. Senator'
    """
    if not title:
        return None
    title = _SPACES.sub(" ", title).strip(" ,;:-")
    title = _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group()], title)
    return title or None


#: the longest word compared as a garbled family name (:meth:`SurnameIndex.one_edit_from`): no
#: one's is longer, and a word's variants cost the square of its length
LONGEST_SURNAME = 40
#: up to how many family names (of five letters or more) a word is compared with each in turn
_FEW_SURNAMES = 64


def _variants(word: str) -> set[str]:
    """``word`` and each spelling of it with one letter left out.

    >>> sorted(_variants("kang"))
    ['ang', 'kag', 'kan', 'kang', 'kng']
    """
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _file_variants(by_variant: dict[str, list[str]], surname: str) -> None:
    """File ``surname`` under itself and its variants, if :meth:`SurnameIndex.one_edit_from`
    compares words of its length (five letters to :data:`LONGEST_SURNAME`)."""
    if 5 <= len(surname) <= LONGEST_SURNAME:
        for variant in _variants(surname):
            by_variant.setdefault(variant, []).append(surname)


@lru_cache(maxsize=1 << 14)
def one_edit_apart(a: str, b: str) -> bool:
    """One edit apart (substitution, insertion or deletion), for words of five letters or more."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def person_of(entry: RosterEntry, day: _dt.date | None) -> Person:
    return Person(name=entry.name, entry=entry, country=entry.country)

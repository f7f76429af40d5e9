"""The cast of a text: the persons read so far, their mentions, and the titles noted for them.

:class:`Cast` is the state the readers of names share.  :class:`~koreadip.extract.people.People`
is a cast that reads a text; the readers it calls — ``unknown_names``, ``surnames`` and
``title_references`` — take a cast and add to it through its methods, so they depend on this
module and never on ``people``.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from collections.abc import Iterable

import attrs

from ..names import slugify
from ..roster import Roster, RosterEntry
from .mention_index import MentionIndex
from .mentions import CAPTION, Mention, Person, SurnameIndex, credited, person_of
from .roster_cache import roster_cache
from .text import Sentence
from .titles import left_title, non_official, right_title

__all__ = ["Cast", "Found"]

#: a title read around a mention: (title, where it starts, the country it names)
Found = tuple[str, int, str | None]


class Cast:
    """The persons of one document part and the mentions of them, as they are read."""

    def __init__(
        self,
        text: str,
        roster: Roster,
        day: _dt.date | None,
        *,
        exclude: Iterable[str] = (),
        body_start: int = 0,
    ) -> None:
        self.text = text
        self.body_start = body_start
        self.roster = roster
        self.day = day
        self.persons: list[Person] = []
        #: in text order once read; changed only through the methods below, which keep the
        #: index of them (:meth:`mention_index`) up to date
        self.mentions: list[Mention] = []
        self._index: MentionIndex | None = None
        #: the roster's answers, shared by every text read with it
        self.cache = roster_cache(roster)
        #: ids (slugs) of the names not to be read as officials: the authors'
        self.excluded = frozenset(slugify(n) for n in exclude)
        #: the persons by the family names a lone mention may use
        self.surnames = SurnameIndex(self.persons)
        self._by_id: dict[str, int] = {}
        self._starts: list[int] = []
        #: whether a stretch of a line is a photo caption's, by its bounds (see :meth:`rank`)
        self._captions: dict[tuple[int, int], bool] = {}

    # ------------------------------------------------------------------ adding

    def index_by_id(self, person_id: str) -> int | None:
        """The index of the person with this id, if one has been read."""
        return self._by_id.get(person_id)

    def add_person(self, person: Person) -> int:
        """Add ``person`` (not yet mentioned) to the persons; its index."""
        index = len(self.persons)
        self.persons.append(person)
        self._by_id[person.id] = index
        return index

    def add(self, person: Person, start: int, end: int, surface: str) -> int:
        """Record that ``start``..``end`` (written ``surface``) names ``person``, who is added
        unless a person of the same id was read before; the person's index."""
        index = self._by_id.get(person.id)
        if index is None:
            index = self.add_person(person)
        return self._mention(index, start, end, surface)

    def add_entry(self, entry: RosterEntry, start: int, end: int, surface: str) -> int:
        """:meth:`add` of the roster's ``entry``, whose person is made only if not yet read."""
        index = self._by_id.get(entry.id)
        if index is None:
            index = self.add_person(person_of(entry, self.day))
        return self._mention(index, start, end, surface)

    def _mention(self, index: int, start: int, end: int, surface: str) -> int:
        p = self.persons[index]
        if surface != p.name and surface not in p.aliases and len(surface.split()) > 1:
            p.aliases.append(surface)
            self.surnames.note(index, surface)  # its family name now finds the person too
        p.first = min(p.first, start)
        self.append_mention(Mention(start, end, index, surface))
        return index

    def append_mention(self, m: Mention) -> None:
        """Add ``m`` after the mentions (:meth:`resort` puts it in its place)."""
        self.mentions.append(m)
        if self._index is not None:
            self._index.add(m)

    def insert_mention(self, at: int, m: Mention) -> None:
        """Add ``m`` at position ``at`` of the mentions."""
        self.mentions.insert(at, m)
        if self._index is not None:
            self._index.add(m)

    def replace_mentions(self, mentions: list[Mention]) -> None:
        """Put ``mentions`` in place of the mentions."""
        self.mentions = mentions
        self._index = None

    def reassign(self, start: int, end: int, surname: str, person: int) -> None:
        """Read the lone family name ``surname`` inside ``start``..``end`` as ``person``: the
        attribution of a quote (which follows who has been speaking) knew the namesake better,
        and every other reader of the name must see the same person."""
        i = bisect_left(self._starts, start)
        for k in range(i, bisect_left(self._starts, end, i)):
            m = self.mentions[k]
            if m.end <= end and m.surface.lower() == surname and m.person != person:
                self.mentions[k] = moved = attrs.evolve(m, person=person)
                if self._index is not None:
                    self._index.remove(m)
                    self._index.add(moved)

    def resort(self) -> None:
        """Put the mentions back in text order (after appending some)."""
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def note_title(self, index: int, found: Found | None) -> None:
        """Give person ``index`` the title ``found`` around a mention, where it outranks the one
        they have (see :meth:`rank`), and its country where they have none."""
        p = self.persons[index]
        if not found:
            return
        title, at, country = found
        if non_official(title):
            return
        if p.title is None or self.rank(at) < self.rank(p.title_at):
            p.title, p.title_at = title, at
        if p.country is None and country:
            p.country = country
            self.surnames.refresh()  # a Korean's family name may now come first

    def rank(self, at: int) -> tuple[bool, bool, int]:
        """Titles in the running text outrank those in photo captions and the headline."""
        lo, hi = max(0, at - 300), at + 300  # a caption is a line, and lines are short
        line_start = self.text.rfind("\n", lo, at) + 1 or lo
        line_end = self.text.find("\n", at, hi)
        key = (line_start, line_end if line_end != -1 else hi)
        caption = self._captions.get(key)
        if caption is None:  # the titles of one paragraph ask of the same line
            caption = self._captions[key] = bool(CAPTION.search(self.text[key[0] : key[1]]))
        return (at < self.body_start, caption, at)

    # ------------------------------------------------------------------ reading around a name

    def credited(self, start: int, end: int) -> bool:
        """Whether the name at ``start``..``end`` is a byline's or a credit's (see
        :func:`~koreadip.extract.mentions.credited`)."""
        return credited(self.text, start, end)

    def left_title(self, s: int, sentence: Sentence, blocked: int) -> Found | None:
        """:func:`left_title` of the name at ``s`` in ``sentence``, not reaching back over
        ``blocked``."""
        return left_title(self.text, s, sentence.start, blocked)

    def title_around(self, s: int, e: int, sentence: Sentence, blocked: int) -> Found | None:
        """The title written before (else after) the name ``s``..``e``."""
        text = self.text
        return left_title(text, s, sentence.start, blocked) or right_title(text, e, sentence.end)

    # ------------------------------------------------------------------ queries

    def mention_index(self) -> MentionIndex:
        """Where each person was mentioned (made on first use, then kept up to date)."""
        if self._index is None:
            self._index = MentionIndex(self.mentions)
        return self._index

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside ``start``..``end``, in order."""
        i = bisect_left(self._starts, start)
        j = bisect_left(self._starts, end, i)
        return [m for m in self.mentions[i:j] if m.end <= end]

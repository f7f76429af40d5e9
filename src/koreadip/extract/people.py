"""People: find the officials a text names, with their titles and countries, and resolve short
mentions ("Lee", "Special Representative Lee", "SECRETARY POMPEO") to the full person.

Names are found three ways: the roster (every spelling, either name order, any romanisation),
a title next to a name the roster does not know ("Acting U.S. Ambassador Kevin Kim"), and
surnames of people already named or, with a title or date to pin them down, known to the roster.
Names garbled by machine translation are matched to the roster by fuzzy matching constrained by
the title and the date.

This module reads the roster's names and drives the rest, which live beside it: ``cast`` (the
persons and mentions read so far, which the readers below add to), ``mentions`` (a person, a
mention, word tests), ``runs`` (the runs of capitalised words names are read from),
``unknown_names``, ``surnames`` (lone family names), ``title_references`` ("the U.S. envoy") and
``roster_cache`` (the roster's answers, memoised across texts).  The arrows run one way:
``people`` imports the readers, the readers import ``cast``.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from ..identifiers import Identifiers
from ..names import name_tokens
from ..records import Official, Span
from ..roster import FAMILY_FIRST, Roster, RosterEntry
from .cast import Cast, Found
from .mentions import (
    Mention,
    Person,
    credited,
    end_before,
    is_name_word,
    tidy_title,
)
from .runs import (
    AFTER_PREPOSITION,
    Run,
    free_name_pair,
    headline,
    organisation_head,
    read_part_runs,
)
from .surnames import resolve_surname, surname_parts
from .text import Sentence
from .title_references import described_sentences, title_references
from .titles import left_title, non_official, right_title
from .unknown_names import unknown_names
from .vocabulary import TITLE_HEADS

__all__ = ["Mention", "People", "Person"]


class People(Cast):
    """The people of one document part, found once and queried by the other extractors.

    >>> from koreadip.extract.text import sentences
    >>> from koreadip.roster import default_roster
    >>> text = "Made-up: Secretary Mike Pompeo met Kang Kyung-wha. Pompeo left."
    >>> people = People(text, sentences(text), default_roster(), _dt.date(2019, 1, 5))
    >>> [(p.name, p.title) for p in people.persons]
    [('Mike Pompeo', 'Secretary'), ('Kang Kyung-wha', None)]
    >>> [(m.surface, people.persons[m.person].name) for m in people.mentions][-1]
    ('Pompeo', 'Mike Pompeo')
    """

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        roster: Roster,
        day: _dt.date | None,
        *,
        exclude: Iterable[str] = (),
        body_start: int = 0,
    ) -> None:
        super().__init__(text, roster, day, exclude=exclude, body_start=body_start)
        self._sided_ids: set[str] = set()
        self._sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        runs = read_part_runs(text, sentences, self.cache)
        # whether a sentence is a headline, asked only where a reader needs to know
        headlines: dict[int, bool] = {}
        for s, sentence_runs in zip(sentences, runs, strict=True):
            self._full_names(s, sentence_runs, headlines)
        self.resort()
        # the characters the names read so far cover (each lies inside its sentence), and those
        # the family names read next will cover
        inside: set[int] = set()
        for m in self.mentions:
            inside.update(range(m.start, m.end))
        for s, sentence_runs in zip(sentences, runs, strict=True):
            self._short_names(s, sentence_runs, headlines, inside)
        self.resort()
        self._unglue_surnames()
        for k in described_sentences(text, sentences):
            title_references(self, sentences, k)
        self._unify_surfaces()
        self.resort()

    def _unglue_surnames(self) -> None:
        """A name the roster lacks that opens with the family name of someone the text names,
        who writes it last ("Biegun Call" in a translated headline), is that person's family
        name glued to the next word: the mention is theirs, and no one else is named."""
        # most parts name no one the roster lacks by two words: nothing to unglue
        glued = [
            (i, words)
            for i, p in enumerate(self.persons)
            if p.entry is None and len(words := p.name.split()) == 2
        ]
        if not glued:
            return
        last: dict[str, list[int]] = {}
        for i, p in enumerate(self.persons):
            if p.entry is not None and p.country not in FAMILY_FIRST:
                last.setdefault(p.entry.family_name(), []).append(i)
        if not last:
            return
        for i, words in glued:
            owners = last.get(words[0], [])
            if len(owners) != 1:
                continue
            self.replace_mentions(
                [
                    Mention(m.start, m.start + len(words[0]), owners[0], words[0])
                    if m.person == i
                    else m
                    for m in self.mentions
                ]
            )
        self.resort()

    def _full_names(self, sentence: Sentence, runs: list[Run], headlines: dict[int, bool]) -> None:
        text = self.text
        blocked = sentence.start
        local: list[tuple[int, int]] = []  # this sentence's mentions so far
        run_names = self.cache.run_names
        excluded = self.excluded
        for words, plain in runs:
            if len(words) < 2:
                continue  # a name is two words or more, and an unknown name two or three
            covered = 0  # the words read as a name, as bits by index
            for i, n, entry, surface in run_names(plain):
                s = words[i][0]
                # the name ends with the last word of ``surface``, the window's last word
                # without its possessive and punctuation
                _, e, last = words[i + n - 1]
                e += len(surface) - surface.rfind(" ") - 1 - len(last)
                found = left_title(text, s, sentence.start, blocked) or right_title(
                    text, e, sentence.end
                )
                if found:
                    entry = self._check_side(entry, surface, found)
                if not credited(text, s, e) and entry.id not in excluded:
                    idx = self.add_entry(entry, s, e, text[s:e])
                    if found:
                        self.note_title(idx, found)
                    local.append((s, e))
                    blocked = e
                    covered |= ((1 << n) - 1) << i
            # unknown_names reads two or three words in a row that no name read covers: none
            # are left when the roster's names cover all words but lone ones
            free = ~covered & ((1 << len(words)) - 1)
            if (
                free & (free >> 1)
                and free_name_pair(words, covered)
                and not headline(sentence, headlines)
            ):
                unknown_names(self, sentence, words, local)

    @property
    def _sided(self) -> set[int]:
        return {self._by_id[i] for i in self._sided_ids if i in self._by_id}

    def _unify_surfaces(self) -> None:
        """One spelling means one person in a text: where the same full name was read as two
        people, the reading that a stated side decided wins."""
        if not self._sided_ids:
            return  # no side decided a reading (most texts): nothing to unify
        by_surface: dict[str, set[int]] = {}
        for m in self.mentions:
            if " " in m.surface:
                by_surface.setdefault(m.surface, set()).add(m.person)
        sided = self._sided
        for surface, people in by_surface.items():
            decided = people & sided
            if len(people) > 1 and len(decided) == 1:
                (winner,) = decided
                self.replace_mentions(
                    [
                        Mention(m.start, m.end, winner, m.surface) if m.surface == surface else m
                        for m in self.mentions
                    ]
                )

    def _check_side(self, entry: RosterEntry, surface: str, found: Found | None) -> RosterEntry:
        """A name the roster knows, said to hold another country's office ("Song Kim, the US
        Special Representative"), is that country's official of a similar name, if there is one.
        ``found`` is the title around the mention."""
        if not found or not found[2] or found[2] == entry.country:
            return entry
        other = self.cache.fuzzy(surface, on=self.day, title=found[0], country=found[2])
        if other is None:
            tokens = set(name_tokens(surface))
            holders = [
                h
                for h in self.cache.holders(found[0], on=self.day, country=found[2])
                if tokens & {t for sp in h.spellings() for t in name_tokens(sp)}
            ]
            other = holders[0] if len(holders) == 1 else None
        if other is None:
            return entry
        self._sided_ids.add(other.id)
        return other

    def _short_names(
        self,
        sentence: Sentence,
        runs: list[Run],
        headlines: dict[int, bool],
        inside: set[int],
    ) -> None:
        text = self.text
        # the spans of the sentence's names, made when a word may be a family name at all
        taken: list[tuple[int, int]] | None = None
        opening = -1
        for words, _ in runs:
            organisation = -1
            for k, (s, _e, w) in enumerate(words):
                if s in inside:
                    continue  # many are: a word of a full name read already
                parts = surname_parts(w)
                if not parts:
                    continue
                if organisation < 0:
                    organisation = organisation_head(words)
                if k < organisation:
                    continue
                if (
                    k + 1 < len(words)
                    and words[k + 1][0] not in inside
                    and not w.endswith((",", "."))
                    and "-" not in w
                    and is_name_word(words[k + 1][2])
                ):
                    continue  # a given name: "Bruce" of "Bruce Klingner" is no Tammy Bruce
                if k and opening < 0:
                    opening = (
                        sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \"'“‘("))
                    )
                if (
                    k
                    and words[k - 1][0] > opening
                    and words[k - 1][0] not in inside
                    and not words[k - 1][2].endswith((",", "."))
                    and is_name_word(words[k - 1][2])
                ):
                    # the family name of someone else: "Jill Biden" is no Joe Biden (a word that
                    # opens the sentence may be any word: "Although Trump ...")
                    continue
                for at, word in parts:
                    offset = s + at
                    if not self._may_be_surname(word, offset):
                        continue
                    end = offset + len(word)
                    if taken is None:
                        taken = [
                            (m.start, m.end)
                            for m in self.mentions_between(sentence.start, sentence.end)
                        ]
                    found = left_title(
                        text, offset, sentence.start, end_before(taken, offset, sentence.start)
                    )
                    title = found[0] if found else None
                    # "ambassador to Spain": after a preposition, a new word is no new person
                    new_ok = not headline(sentence, headlines) and not AFTER_PREPOSITION.search(
                        text, max(0, offset - 6), offset
                    )
                    index = self.resolve_surname(word, offset, title=title, allow_new=new_ok)
                    if index is not None and not self.credited(offset, end):
                        self.append_mention(Mention(offset, end, index, word))
                        taken.append((offset, end))
                        inside.update(range(offset, end))
                        p = self.persons[index]
                        p.first = min(p.first, offset)
                        if title and p.title is None and not non_official(title):
                            p.title, p.title_at = title, offset

    def _may_be_surname(self, word: str, pos: int) -> bool:
        """A cheap first test: a family name of someone named here, a name the roster knows,
        or a word right after a title ("Ambassador Harris")."""
        key = word.lower()
        if key in self.cache.tokens or key in self.surnames:
            return True
        if len(key) >= 5 and self.persons:
            return True  # perhaps a garbled family name ("Biegen")
        before = self.text[max(0, pos - 30) : pos].split()
        return bool(before) and before[-1].strip(".,").lower() in TITLE_HEADS

    # ------------------------------------------------------------------ queries

    def resolve_surname(
        self, word: str, pos: int, *, title: str | None = None, allow_new: bool = True
    ) -> int | None:
        """The person a lone family name refers to at ``pos``: someone already named, else the
        roster's unique holder given the title and date, else — with a title — a new person
        known only by that name (not from a headline, where every word is capitalised).

        Of several people with that family name, the only one named in the last few lines wins;
        else the one last called by it alone (once "Kim" means Kim Gunn, it goes on meaning
        him), else the one named last."""
        return resolve_surname(self, word, pos, title=title, allow_new=allow_new)

    def note_mention(self, index: int, start: int, end: int, surface: str) -> None:
        """Record that ``start``..``end`` (a transcript label, say) names person ``index``.

        The mentions are in text order once read (a transcript page notes one per turn, so no
        sort of them all each time): the new one goes after those that start at or before it,
        where a stable sort would put it."""
        at = bisect_right(self._starts, start)
        self.insert_mention(at, Mention(start, end, index, surface))
        self._starts.insert(at, start)
        self.persons[index].first = min(self.persons[index].first, start)

    def subject_before(self, pos: int, floor: int, skip: list[tuple[int, int]]) -> Mention | None:
        """Whom a "he"/"she" at ``pos`` means: the first person named (outside the ``skip``
        spans, quotations) in the nearest sentence before it that names anyone."""
        i = bisect_left(self._sentence_starts, pos + 1) - 1
        while i >= 0 and self._sentences[i].end > floor:
            sentence = self._sentences[i]
            inside = [
                m
                for m in self.mentions_between(max(sentence.start, floor), min(sentence.end, pos))
                if not any(a <= m.start < b for a, b in skip)
            ]
            if inside:
                return inside[0]
            i -= 1
        return None

    def find_in_phrase(self, start: int, end: int) -> int | None:
        """The first person named inside a phrase such as an attribution."""
        inside = self.mentions_between(start, end)
        return inside[0].person if inside else None

    def id_of(self, index: int) -> str:
        return self.persons[index].id

    def officials(self, source_id: str) -> list[Official]:
        """The people read, as :class:`Official` records with their evidence."""
        spans: dict[int, list[Span]] = {}
        for m in self.mentions:
            spans.setdefault(m.person, []).append(
                Span(source_id=source_id, start=m.start, end=m.end)
            )
        out = []
        cache, day = self.cache, self.day
        for i, p in enumerate(self.persons):
            evidence = spans.get(i)
            if evidence is None:
                continue
            entry = p.entry
            if p.aliases:
                aliases = [a for a in dict.fromkeys(p.aliases) if a != p.name]
                if entry is not None:
                    aliases += [a for a in entry.spellings() if a != p.name and a not in aliases]
                other: tuple[str, ...] = tuple(aliases)
            else:  # most people: the roster's other spellings, the same in every text
                other = cache.other_spellings(entry, p.name) if entry is not None else ()
            title = p.title
            if title is None and entry is not None:
                post = cache.post_on(entry, day)
                title = post.title if post else None
            out.append(
                Official(
                    id=p.id,
                    name=p.name,
                    aliases=other,
                    country=p.country,
                    title=tidy_title(title),
                    korean_name=entry.korean_name if entry is not None else None,
                    organization=None,
                    identifiers=entry.identifiers if entry is not None else Identifiers(),
                    evidence=tuple(evidence),
                )
            )
        return out

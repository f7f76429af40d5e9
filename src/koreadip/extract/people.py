"""People: find the officials a text names, with their titles and countries, and resolve short
mentions ("Lee", "Special Representative Lee", "SECRETARY POMPEO") to the full person.

Names are found three ways: the roster (every spelling, either name order, any romanisation),
a title next to a name the roster does not know ("Acting U.S. Ambassador Kevin Kim"), and
surnames of people already named or, with a title or date to pin them down, known to the roster.
Names garbled by machine translation are matched to the roster by fuzzy matching constrained by
the title and the date.
"""

from __future__ import annotations

import datetime as _dt
import re
import weakref
from bisect import bisect_left
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..names import name_tokens, slugify
from ..records import Official, Span
from ..romanization import phonetic_token
from ..roster import Roster, RosterEntry
from .mentions import (
    CAPTION,
    NAME_TOKEN,
    PRONOUNS,
    RUN,
    Mention,
    Person,
    end_before,
    ends_in_head,
    is_headline,
    is_name_word,
    one_edit_apart,
    person_of,
    strip_possessive,
    tidy_title,
    word_spans,
)
from .text import Sentence
from .titles import left_title, right_title
from .vocabulary import (
    CITIES,
    COUNTRY_WORDS,
    KOREAN_SURNAMES,
    NON_NAME_WORDS,
    NON_OFFICIAL_TITLE,
    TITLE_HEADS,
    country_of_phrase,
    title_side,
)

__all__ = ["Mention", "People", "Person"]

_NOT_OFFICIAL_BEFORE = re.compile(
    r"(?:(?:^|\n)\s*[Bb]y|\b(?:[Pp]hoto(?:graph)?s?|[Ww]ritten|[Rr]eported|[Ee]dited|"
    r"[Tt]ranslated|[Cc]ompiled) by|"
    r"\b[Rr]eporter|\b[Cc]orrespondent|\b[Aa]nchor|©|\(c\)|\bcolumnist|\bhost|\b[Pp]rofessor|"
    r"\banalyst|\bresearcher|\bPhoto\s*=)\W{0,3}$"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:to|of|in|for|from|at|on|with)\s+$")
_NOT_OFFICIAL_AFTER = re.compile(r"^(?:/|\s*@|\s+[a-z0-9._]+@)")
_TITLE_REFERENCE = re.compile(
    r"\b[Tt]he\s+((?P<country>U\.S\.|US|American|South Korean|North Korean|DPRK|Chinese|Japanese|"
    r"Russian|"
    r"Seoul's|Pyongyang's|Washington's)?\s*(?:top\s+|new\s+|chief\s+)?(?P<head>(?i:leader|"
    r"president|foreign minister|"
    r"secretary of state|envoy|special representative|unification minister|ambassador|"
    r"defense minister|"
    r"national security adviser|national security advisor|deputy secretary|vice foreign minister|"
    r"secretary|minister)))\b"
    r"(?!\s+(?:of\s+)?[A-Z])"
)


class People:
    """The people of one document part, found once and queried by the other extractors."""

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
        self.text = text
        self.body_start = body_start
        self.roster = roster
        self.day = day
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self._excluded = {slugify(n) for n in exclude}
        self._by_id: dict[str, int] = {}
        self._sided_ids: set[str] = set()
        self._sentences = sentences
        self._roster_tokens = _roster_tokens(roster)
        self._window_cache = _window_cache(roster)
        self._run_cache: dict[tuple[int, int], list[list[tuple[int, int, str]]]] = {}
        self._starts: list[int] = []
        for s in sentences:
            self._full_names(s)
        self._resort()
        for s in sentences:
            self._short_names(s)
        self._run_cache.clear()
        self._resort()
        for s in sentences:
            self._title_references(s)
        self._unify_surfaces()
        self._resort()

    def _runs(self, sentence: Sentence) -> list[list[tuple[int, int, str]]]:
        """The words of each run of capitalised words in ``sentence``, read once."""
        key = (sentence.start, sentence.end)
        runs = self._run_cache.get(key)
        if runs is None:
            runs = self._run_cache[key] = [
                word_spans(run.group(), run.start())
                for run in RUN.finditer(self.text, sentence.start, sentence.end)
            ]
        return runs

    def _resort(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    # ------------------------------------------------------------------ building

    def _add(self, person: Person, start: int, end: int, surface: str) -> int:
        key = person.id
        index = self._by_id.get(key)
        if index is None:
            index = len(self.persons)
            self.persons.append(person)
            self._by_id[key] = index
        p = self.persons[index]
        if surface != p.name and surface not in p.aliases and len(surface.split()) > 1:
            p.aliases.append(surface)
        p.first = min(p.first, start)
        self.mentions.append(Mention(start, end, index, surface))
        return index

    def _note_title(self, index: int, found: tuple[str, int, str | None] | None) -> None:
        """Give person ``index`` the title ``found`` around a mention (see :meth:`_title_at`)."""
        p = self.persons[index]
        if not found:
            return
        title, at, country = found
        if NON_OFFICIAL_TITLE.search(title):
            return
        if p.title is None or self._rank(at) < self._rank(p.title_at):
            p.title, p.title_at = title, at
        if p.country is None and country:
            p.country = country

    def _rank(self, at: int) -> tuple[bool, bool, int]:
        """Titles in the running text outrank those in photo captions and the headline."""
        lo, hi = max(0, at - 300), at + 300  # a caption is a line, and lines are short
        line_start = self.text.rfind("\n", lo, at) + 1 or lo
        line_end = self.text.find("\n", at, hi)
        line = self.text[line_start : line_end if line_end != -1 else hi]
        return (at < self.body_start, bool(CAPTION.search(line)), at)

    def _excluded_context(self, start: int, end: int) -> bool:
        before = self.text[max(0, start - 24) : start]
        after = self.text[end : end + 12]
        return bool(_NOT_OFFICIAL_BEFORE.search(before) or _NOT_OFFICIAL_AFTER.match(after))

    def _full_names(self, sentence: Sentence) -> None:
        text = self.text
        blocked = sentence.start
        local: list[tuple[int, int]] = []  # this sentence's mentions so far
        headline = is_headline(sentence.text)
        for words in self._runs(sentence):
            i = 0
            while i < len(words):
                hit = self._roster_window(words, i)
                if hit:
                    n, entry, surface = hit
                    s, e = words[i][0], words[i + n - 1][1]
                    e -= len(words[i + n - 1][2]) - len(
                        strip_possessive(words[i + n - 1][2].rstrip(".,"))
                    )
                    found = self._title_at(s, e, sentence, blocked)
                    entry = self._check_side(entry, surface, found)
                    if not self._excluded_context(s, e) and entry.id not in self._excluded:
                        idx = self._add(person_of(entry, self.day), s, e, text[s:e])
                        self._note_title(idx, found)
                        local.append((s, e))
                        blocked = e
                    i += n
                    continue
                i += 1
            if not headline:
                self._unknown_names(sentence, words, local)

    @property
    def _sided(self) -> set[int]:
        return {self._by_id[i] for i in self._sided_ids if i in self._by_id}

    def _unify_surfaces(self) -> None:
        """One spelling means one person in a text: where the same full name was read as two
        people, the reading that a stated side decided wins."""
        by_surface: dict[str, set[int]] = {}
        for m in self.mentions:
            if " " in m.surface:
                by_surface.setdefault(m.surface, set()).add(m.person)
        for surface, people in by_surface.items():
            decided = people & self._sided
            if len(people) > 1 and len(decided) == 1:
                (winner,) = decided
                self.mentions = [
                    Mention(m.start, m.end, winner, m.surface) if m.surface == surface else m
                    for m in self.mentions
                ]

    def _title_at(
        self, s: int, e: int, sentence: Sentence, blocked: int
    ) -> tuple[str, int, str | None] | None:
        """The title written before (else after) the mention ``s``..``e``."""
        return left_title(self.text, s, sentence.start, blocked) or right_title(
            self.text, e, sentence.end
        )

    def _check_side(
        self, entry: RosterEntry, surface: str, found: tuple[str, int, str | None] | None
    ) -> RosterEntry:
        """A name the roster knows, said to hold another country's office ("Song Kim, the US
        Special Representative"), is that country's official of a similar name, if there is one.
        ``found`` is the title around the mention."""
        if not found or not found[2] or found[2] == entry.country:
            return entry
        other = self.roster.fuzzy(surface, on=self.day, title=found[0], country=found[2])
        if other is None:
            tokens = set(name_tokens(surface))
            holders = [
                h
                for h in self.roster.holders(found[0], on=self.day, country=found[2])
                if tokens & {t for sp in h.spellings() for t in name_tokens(sp)}
            ]
            other = holders[0] if len(holders) == 1 else None
        if other is None:
            return entry
        self._sided_ids.add(other.id)
        return other

    def _roster_window(
        self, words: list[tuple[int, int, str]], i: int
    ) -> tuple[int, RosterEntry, str] | None:
        # the answer depends only on the next four words: the same few runs recur in a text
        key = tuple(w for _, _, w in words[i : i + 4])
        cache = self._window_cache
        if key in cache:
            return cache[key]
        hit = cache[key] = self._window_lookup(list(key))
        return hit

    def _window_lookup(self, words: list[str]) -> tuple[int, RosterEntry, str] | None:
        i = 0
        for n in (4, 3, 2):
            if i + n > len(words):
                continue
            window = [strip_possessive(w.rstrip(".,")) for w in words[i : i + n]]
            if any(not NAME_TOKEN.fullmatch(w) and not w.isupper() for w in window):
                continue
            if window[0] in NON_NAME_WORDS or window[-1] in NON_NAME_WORDS:
                continue
            toks = name_tokens(" ".join(window))
            if not toks or not (toks[0] in self._roster_tokens or toks[-1] in self._roster_tokens):
                continue
            entry = self.roster.lookup(" ".join(window))
            if entry:
                return n, entry, " ".join(window)
        return None

    def _unknown_names(
        self, sentence: Sentence, words: list[tuple[int, int, str]], local: list[tuple[int, int]]
    ) -> None:
        """Names the roster lacks, accepted only beside a title of office.  ``local`` holds the
        spans of the sentence's mentions so far (and gains the new ones)."""

        def covered(pos: int) -> bool:
            return any(a <= pos < b for a, b in local)

        floor = sentence.start
        j = len(words)
        while j > 0:
            # the longest tail of name words ending at j
            k = j
            while (
                k > 0
                and is_name_word(words[k - 1][2])
                and not covered(words[k - 1][0])
                and j - k < 3
            ):
                if k < j and words[k - 1][2].endswith((".", ",")):
                    break
                k -= 1
            if j - k >= 2:
                s, e = words[k][0], words[j - 1][1]
                raw = self.text[s:e]
                name = " ".join(strip_possessive(w.rstrip(".,")) for w in raw.split())
                e = s + len(raw.rstrip(".,"))
                if raw.endswith(("'s", "’s")):
                    e -= 2
                found = left_title(self.text, s, floor, end_before(local, s, floor)) or right_title(
                    self.text, e, sentence.end
                )
                if (
                    found
                    and not NON_OFFICIAL_TITLE.search(found[0])
                    and not self._excluded_context(s, e)
                ):
                    title, at, country = found
                    entry = self.roster.fuzzy(name, on=self.day, title=title, country=country)
                    person = person_of(entry, self.day) if entry else Person(name=name)
                    if slugify(person.name) not in self._excluded:
                        idx = self._add(person, s, e, name)
                        local.append((s, e))
                        p = self.persons[idx]
                        if p.title is None or self._rank(at) < self._rank(p.title_at):
                            p.title, p.title_at = title, at
                        if p.country is None:
                            p.country = country or (
                                "KR" if name.split()[0] in KOREAN_SURNAMES else None
                            )
                j = k if k < j else j - 1
            else:
                j -= 1

    def _short_names(self, sentence: Sentence) -> None:
        text = self.text
        taken = [(m.start, m.end) for m in self.mentions_between(sentence.start, sentence.end)]
        inside = {pos for a, b in taken for pos in range(a, b)}
        headline = is_headline(sentence.text)
        for words in self._runs(sentence):
            for s, _e, w in words:
                if s in inside:
                    continue
                bare = strip_possessive(w.rstrip(".,:"))
                if bare.isupper():
                    continue  # an acronym ("DPRK"); transcript labels are read by the statements
                parts = bare.split("-") if bare.count("-") == 1 and bare.istitle() else [bare]
                offset = s
                for part in parts:
                    word = part
                    if (
                        word in NON_NAME_WORDS
                        or word in PRONOUNS
                        or not word[:1].isupper()
                        or word.lower() in COUNTRY_WORDS  # "ambassador to Spain"
                        or word in CITIES
                    ):
                        offset += len(part) + 1
                        continue
                    if not re.fullmatch(r"[A-Z][a-z]+(?:'[A-Z][a-z]+)?", word) or len(word) < 3:
                        offset += len(part) + 1
                        continue
                    end = offset + len(part)
                    if not self._may_be_surname(word, offset):
                        offset += len(part) + 1
                        continue
                    found = left_title(
                        text, offset, sentence.start, end_before(taken, offset, sentence.start)
                    )
                    title = found[0] if found else None
                    # "ambassador to Spain": after a preposition, a new word is no new person
                    new_ok = not headline and not _AFTER_PREPOSITION.search(
                        text, max(0, offset - 6), offset
                    )
                    index = self.resolve_surname(word, offset, title=title, allow_new=new_ok)
                    if index is not None and not self._excluded_context(offset, end):
                        self.mentions.append(Mention(offset, end, index, part))
                        taken.append((offset, end))
                        inside.update(range(offset, end))
                        p = self.persons[index]
                        p.first = min(p.first, offset)
                        if title and p.title is None and not NON_OFFICIAL_TITLE.search(title):
                            p.title, p.title_at = title, offset
                    offset += len(part) + 1

    def _may_be_surname(self, word: str, pos: int) -> bool:
        """A cheap first test: a family name of someone named here, a name the roster knows,
        or a word right after a title ("Ambassador Harris")."""
        key = word.lower()
        if key in self._roster_tokens or any(key in p.surnames() for p in self.persons):
            return True
        if len(key) >= 5 and self.persons:
            return True  # perhaps a garbled family name ("Biegen")
        before = self.text[max(0, pos - 30) : pos].split()
        return bool(before) and before[-1].strip(".,").lower() in TITLE_HEADS

    def _title_references(self, sentence: Sentence) -> None:
        """ "the North Korean leader", "the U.S. envoy": a person named elsewhere in the text."""
        for m in _TITLE_REFERENCE.finditer(self.text, sentence.start, sentence.end):
            if any(x.start <= m.start(1) < x.end for x in self.mentions):
                continue
            qualifier, head = m.group("country") or "", m.group("head").lower()
            country = country_of_phrase(qualifier) if qualifier else None
            fits = []
            for i, p in enumerate(self.persons):
                if p.first == 10**9 or (country and p.country != country):
                    continue
                titles = [p.title or ""]
                if p.entry is not None:
                    post = p.entry.post_on(self.day)
                    titles.append(post.title if post else "")
                if any(head in t.lower() for t in titles):
                    fits.append(i)
            if len(fits) == 1:
                self.mentions.append(Mention(m.start(1), m.end(), fits[0], m.group(1)))

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
        key = word.lower()
        candidates = [i for i, p in enumerate(self.persons) if key in p.surnames()]
        if not candidates and word in KOREAN_SURNAMES:
            # another romanisation of a Korean family name: "Minister Jeong" for Chung Eui-yong
            sound = phonetic_token(key)
            candidates = [
                i
                for i, p in enumerate(self.persons)
                if p.country in {"KR", "KP"} and phonetic_token(name_tokens(p.name)[0]) == sound
            ]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            before = [m for m in self.mentions if m.person in candidates and m.start < pos]
            recent = [m for m in before if pos - m.start < 160]
            if len({m.person for m in recent}) == 1:
                return recent[0].person  # "spokesman Kim Eui-kyeom told reporters. ... Kim said"
            bare = [m for m in before if m.surface.lower() == key]
            if bare:
                return max(bare, key=lambda m: m.start).person
            if before:
                return max(before, key=lambda m: m.start).person
            return min(candidates, key=lambda i: self.persons[i].first)
        country = title_side(title) if title else None
        distinctive = word not in KOREAN_SURNAMES
        entry = None
        if title or distinctive:
            entry = self.roster.by_surname(word, on=self.day, title=title, country=country)
        if entry is None and len(word) >= 5:
            # a garbled surname ("Biegen") of someone already named
            close = [
                i
                for i, p in enumerate(self.persons)
                if any(one_edit_apart(key, s) for s in p.surnames())
            ]
            if not close and title:
                # with a title to go by, a looser likeness will do ("Secretary Blincoln")
                close = [
                    i
                    for i, p in enumerate(self.persons)
                    if any(
                        len(s) >= 5 and s[0] == key[0] and fuzz.ratio(key, s) >= 65
                        for s in p.surnames()
                    )
                ]
            if len(close) == 1:
                self.persons[close[0]].aliases.append(word)
                return close[0]
        if entry is not None and title and entry not in self.roster.holders(title, on=self.day):
            entry = None  # a namesake in office then, but not in the office the text names
        if entry is None and title and allow_new:
            # a garbled family name, placed by its title and the date ("Secretary Blincoln")
            entry = self.roster.fuzzy(word, on=self.day, title=title, country=country)
        if entry is not None:
            if entry.id in self._excluded:
                return None
            index = self._by_id.get(entry.id)
            if index is None:
                index = len(self.persons)
                self.persons.append(person_of(entry, self.day))
                self._by_id[entry.id] = index
            return index
        if (
            allow_new
            and title
            and ends_in_head(title)
            and not NON_OFFICIAL_TITLE.search(title)
            and distinctive
            and not title.isupper()
        ):
            person = Person(name=word, title=title, title_at=pos, country=country)
            index = len(self.persons)
            self.persons.append(person)
            self._by_id[person.id] = index
            return index
        return None

    def note_mention(self, index: int, start: int, end: int, surface: str) -> None:
        """Record that ``start``..``end`` (a transcript label, say) names person ``index``."""
        self.mentions.append(Mention(start, end, index, surface))
        self._resort()
        self.persons[index].first = min(self.persons[index].first, start)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside ``start``..``end``, in order."""
        i = bisect_left(self._starts, start)
        j = bisect_left(self._starts, end, i)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def last_before(self, pos: int, floor: int = 0) -> Mention | None:
        """The last mention that ends at or before ``pos`` (and starts after ``floor``)."""
        inside = self.mentions_between(floor, pos)
        return inside[-1] if inside else None

    def subject_before(self, pos: int, floor: int, skip: list[tuple[int, int]]) -> Mention | None:
        """Whom a "he"/"she" at ``pos`` means: the first person named (outside the ``skip``
        spans, quotations) in the nearest sentence before it that names anyone."""
        starts = [s.start for s in self._sentences]
        i = bisect_left(starts, pos + 1) - 1
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
        for i, p in enumerate(self.persons):
            if i not in spans:
                continue
            aliases = [a for a in dict.fromkeys(p.aliases) if a != p.name]
            if p.entry:
                aliases += [a for a in p.entry.spellings() if a != p.name and a not in aliases]
            title = p.title
            if title is None and p.entry is not None:
                post = p.entry.post_on(self.day)
                title = post.title if post else None
            out.append(
                Official(
                    id=p.id,
                    name=p.name,
                    aliases=tuple(aliases),
                    country=p.country,
                    title=tidy_title(title),
                    korean_name=p.entry.korean_name if p.entry else None,
                    organization=None,
                    evidence=tuple(spans[i]),
                )
            )
        return out


_TOKEN_CACHE: dict[int, frozenset[str]] = {}
_WindowHit = tuple[int, RosterEntry, str] | None
_WINDOW_CACHES: weakref.WeakKeyDictionary[Roster, dict[tuple[str, ...], _WindowHit]] = (
    weakref.WeakKeyDictionary()
)


def _window_cache(roster: Roster) -> dict[tuple[str, ...], _WindowHit]:
    """The roster's memo of :meth:`People._window_lookup`, emptied when it grows large."""
    cache = _WINDOW_CACHES.get(roster)
    if cache is None or len(cache) > 50_000:
        cache = _WINDOW_CACHES[roster] = {}
    return cache


def _roster_tokens(roster: Roster) -> frozenset[str]:
    key = id(roster)
    cached = _TOKEN_CACHE.get(key)
    if cached is None:
        toks: set[str] = set()
        for entry in roster.entries:
            for spelling in entry.spellings():
                toks.update(name_tokens(spelling))
        cached = _TOKEN_CACHE[key] = frozenset(toks)
    return cached

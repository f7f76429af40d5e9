"""The shipped roster of officials who dealt with North Korea policy, and lookups into it.

A :class:`Roster` answers "who is this?" for the names text gives: an exact spelling in any name
order or romanisation (:meth:`Roster.lookup`), a bare surname made unique by a title and a date
(:meth:`Roster.by_surname`), or a machine-translation garble (:meth:`Roster.fuzzy`).

>>> roster = default_roster()
>>> roster.lookup("Gyu-deok Noh").name
'Noh Kyu-duk'
>>> roster.by_surname("Lee", title="Special Representative", on=date(2018, 11, 20)).name
'Lee Do-hoon'
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from .errors import SchemaError
from .identifiers import Identifiers
from .names import name_tokens, slugify
from .post_titles import PostTitleIndex, title_terms
from .romanization import korean_key_of_tokens, phonetic_token
from .roster_entries import FAMILY_FIRST, Post, RosterEntry, as_day

__all__ = ["FAMILY_FIRST", "Post", "Roster", "RosterEntry", "default_roster"]

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _rotations(tokens: list[str]) -> set[str]:
    """:func:`koreadip.names.name_keys` of a name already split into tokens."""
    if len(tokens) < 2:
        return set()
    return {"".join(tokens), "".join(tokens[-1:] + tokens[:-1]), "".join(tokens[1:] + tokens[:1])}


def _name_keys(tokens: list[str]) -> set[str]:
    """Name keys of the name as written and without initials or suffixes ('Joseph R. Biden Jr.')."""
    reduced = [t for t in tokens if len(t) > 1 and t not in _SUFFIXES]
    return _rotations(tokens) | _rotations(reduced)


def _surname_keys(surname: str) -> tuple[str, str]:
    joined = "".join(name_tokens(surname))
    return "plain:" + joined, "sound:" + phonetic_token(joined)


def _one(entries: Iterable[RosterEntry]) -> RosterEntry | None:
    """The single distinct entry in ``entries``; None for none or several (compared by identity)."""
    found: RosterEntry | None = None
    for entry in entries:
        if found is None:
            found = entry
        elif entry is not found:
            return None
    return found


def _distinct(entries: Iterable[RosterEntry]) -> list[RosterEntry]:
    seen: dict[int, RosterEntry] = {}
    for entry in entries:
        seen.setdefault(id(entry), entry)
    return list(seen.values())


class Roster:
    """An indexed, immutable collection of :class:`RosterEntry` objects."""

    def __init__(self, entries: Iterable[RosterEntry]) -> None:
        self.entries: tuple[RosterEntry, ...] = tuple(entries)
        self._by_id: dict[str, RosterEntry] = {}
        self._names: dict[str, list[RosterEntry]] = {}
        self._sounds: dict[str, list[RosterEntry]] = {}
        self._surnames: dict[str, list[RosterEntry]] = {}
        self._initials: dict[str, list[RosterEntry]] = {}
        self._forms: dict[str, tuple[str, ...]] = {}  # spellings, tokens sorted
        self._family_forms: dict[str, tuple[str, ...]] = {}  # family names of the spellings
        self._post_titles: set[str] = set()
        # every post under its exact title, with its place in roster order (entry, then post)
        self._posts_by_title: dict[str, list[tuple[int, RosterEntry, Post]]] = {}
        self._title_tests: dict[str, Callable[[str], bool]] = {}
        self._title_index: PostTitleIndex | None = None  # made when a title is first tested
        self._title_posts: dict[str, tuple[tuple[RosterEntry, Post], ...]] = {}
        place = 0
        for entry in self.entries:
            if entry.id in self._by_id:
                raise SchemaError("Roster", f"duplicate id {entry.id!r}")
            self._by_id[entry.id] = entry
            self._post_titles.update(p.title for p in entry.posts)
            for post in entry.posts:
                self._posts_by_title.setdefault(post.title, []).append((place, entry, post))
                place += 1
            forms: dict[str, None] = {}
            families: dict[str, None] = {}
            for spelling in entry.spellings():
                tokens = name_tokens(spelling)
                for key in _name_keys(tokens):
                    _add(self._names, key, entry)
                for key in korean_key_of_tokens(tokens):
                    _add(self._sounds, key, entry)
                for token in tokens:
                    _add(self._initials, token[0], entry)
                forms[" ".join(sorted(tokens))] = None
                if tokens:
                    families[tokens[-1]] = None
                    if entry.country in FAMILY_FIRST:  # aliases may be in either order
                        families[tokens[0]] = None
            self._forms[entry.id] = tuple(forms)
            self._family_forms[entry.id] = tuple(families)
            for key in self._surname_index_keys(entry):
                _add(self._surnames, key, entry)

    @staticmethod
    def _surname_index_keys(entry: RosterEntry) -> set[str]:
        tokens = name_tokens(entry.name)
        if entry.country in FAMILY_FIRST:
            return {"sound:" + phonetic_token(tokens[0])}
        keys = {"plain:" + tokens[-1]}
        if len(tokens) >= 3:
            keys.add("plain:" + "".join(tokens[-2:]))
        return keys

    @classmethod
    def from_json(cls, data: list[dict[str, Any]]) -> Roster:
        """Build a roster from the JSON form of ``data/roster.json``; bad input → SchemaError."""
        return cls(_entry_from_json(item, f"roster[{i}]") for i, item in enumerate(data))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[RosterEntry]:
        return iter(self.entries)

    def get(self, entry_id: str) -> RosterEntry | None:
        """The entry with this id, or None."""
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> RosterEntry | None:
        """The one entry some spelling of which is this name, in any order or romanisation.

        Initials and suffixes are ignored; a name that fits two entries gives None.

        >>> default_roster().lookup("Michael R. Pompeo").name
        'Mike Pompeo'
        """
        tokens = name_tokens(name)
        hits = [e for k in _name_keys(tokens) for e in self._names.get(k, ())]
        if hits:
            return _one(hits)
        return _one(e for k in korean_key_of_tokens(tokens) for e in self._sounds.get(k, ()))

    def by_surname(
        self,
        surname: str,
        *,
        on: date | None = None,
        title: str | None = None,
        country: str | None = None,
    ) -> RosterEntry | None:
        """The one official with this family name, narrowed by a title, a date and a country.

        Candidates are, at the first of these stages that has any: those who held a post
        matching ``title`` on ``on``; those who ever held one ("former Foreign Minister Kang");
        those holding any post on ``on``; and, only when no title is given, all who bear the
        name.  Two or more at that stage give None.

        >>> default_roster().by_surname("Pompeo").name
        'Mike Pompeo'
        >>> default_roster().by_surname("Kim") is None
        True
        """
        pool = _distinct(e for k in _surname_keys(surname) for e in self._surnames.get(k, ()))
        if country is not None:
            pool = [e for e in pool if _serves(e, country)]
        if not pool:
            return None
        on = as_day(on)
        if title:
            fits = self._title_test(title)
            for day in (on, None) if on is not None else (None,):
                titled = [
                    e for e in pool if any(p.active_on(day) and fits(p.title) for p in e.posts)
                ]
                if titled:
                    return _one(titled)
        if on is not None:
            active = [e for e in pool if any(p.active_on(on) for p in e.posts)]
            if active:
                return _one(active)
        return None if title else _one(pool)

    def holders(
        self, title: str, *, on: date | None = None, country: str | None = None
    ) -> list[RosterEntry]:
        """Everyone who held a post matching ``title`` on ``on``, earliest start first.

        >>> [e.name for e in default_roster().holders("Secretary of State", on=date(2021, 3, 1))]
        ['Antony Blinken']
        """
        on = as_day(on)
        found: dict[str, tuple[date, RosterEntry]] = {}
        for entry, post in self._posts_titled(title):
            if country is not None and post.country != country:
                continue
            if post.active_on(on):
                start = post.start or date.min
                if entry.id not in found or start < found[entry.id][0]:
                    found[entry.id] = (start, entry)
        return [e for _, e in sorted(found.values(), key=lambda pair: pair[0])]

    def _posts_titled(self, title: str) -> tuple[tuple[RosterEntry, Post], ...]:
        """Every post whose title fits ``title`` (:meth:`_title_test`), with its holder, in roster
        order: the posts :meth:`holders` would find by looping over every entry and post."""
        posts = self._title_posts.get(title)
        if posts is None:
            fits = self._title_test(title)
            places = sorted(
                placed
                for post_title, bucket in self._posts_by_title.items()
                if fits(post_title)
                for placed in bucket
            )
            posts = tuple((entry, post) for _, entry, post in places)
            if len(self._title_posts) < 4096:
                self._title_posts[title] = posts
        return posts

    def _title_test(self, title: str) -> Callable[[str], bool]:
        """A test of post titles against ``title``, or, if no post here fits the whole title,
        against any of its parts joined by "and" ("Acting President and Deputy Prime Minister").
        """
        test = self._title_tests.get(title)
        if test is None:
            if self._title_index is None:
                self._title_index = PostTitleIndex(sorted(self._post_titles))
            fitting = self._title_index.fitting(title_terms(title))
            if not fitting and " and " in title:
                fitting = frozenset().union(
                    *(self._title_index.fitting(title_terms(part)) for part in title.split(" and "))
                )
            test = fitting.__contains__
            if len(self._title_tests) < 4096:
                self._title_tests[title] = test
        return test

    def fuzzy(
        self,
        name: str,
        *,
        on: date | None = None,
        title: str | None = None,
        country: str | None = None,
        cutoff: float = 85.0,
    ) -> RosterEntry | None:
        """The entry a garbled spelling most likely means, or None when nothing is close enough.

        An exact :meth:`lookup` (or, for one word, :meth:`by_surname`) wins.  When a title is
        given, only holders of a matching post on ``on`` are considered (none: None) and
        ``cutoff - 15`` is enough; otherwise the name must score ``cutoff`` (``cutoff - 5`` for a
        lone surname) and clearly beat the runner-up.

        >>> default_roster().fuzzy("Biegen").name
        'Stephen Biegun'
        """
        tokens = name_tokens(name)
        if not tokens:
            return None
        if len(tokens) == 1:
            pool_by_name = [e for k in _surname_keys(name) for e in self._surnames.get(k, ())]
            if pool_by_name:
                return self.by_surname(name, on=on, title=title, country=country)
        else:
            exact = self.lookup(name)
            if exact is not None and (country is None or _serves(exact, country)):
                return exact
        threshold = cutoff - 5 if len(tokens) == 1 else cutoff
        pool: list[RosterEntry] = []
        if title:
            pool = self.holders(title, on=on, country=country)
            if not pool:
                return None  # a title no one held then: "Rep. Young Kim" is no garbled Kim Yo Jong
            threshold = cutoff - 15
        if not pool:
            initials = {t[0] for t in tokens}
            pool = _distinct(e for i in initials for e in self._initials.get(i, ()))
            if country is not None:
                pool = [e for e in pool if _serves(e, country)]
            if on is not None:
                pool = [e for e in pool if any(p.active_on(as_day(on)) for p in e.posts)]
        return self._best_match(tokens, pool, threshold)

    def _best_match(
        self, tokens: list[str], pool: list[RosterEntry], threshold: float
    ) -> RosterEntry | None:
        query = " ".join(sorted(tokens))
        scored: list[tuple[float, RosterEntry]] = []
        for entry in pool:
            forms = self._family_forms[entry.id] if len(tokens) == 1 else self._forms[entry.id]
            best = max(fuzz.ratio(query, form) for form in forms)
            scored.append((best, entry))
        scored.sort(key=lambda pair: -pair[0])
        if not scored or scored[0][0] < threshold:
            return None
        if len(scored) > 1 and scored[1][0] > scored[0][0] - 5:
            return None
        return scored[0][1]


def _add(index: dict[str, list[RosterEntry]], key: str, entry: RosterEntry) -> None:
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] is not entry:  # an entry's keys are all added together
        bucket.append(entry)


def _serves(entry: RosterEntry, country: str) -> bool:
    return entry.country == country or any(p.country == country for p in entry.posts)


def _parse_date(value: Any, path: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value if len(value) != 7 else value + "-01")
        except ValueError:
            pass
    raise SchemaError(path, f"{value!r} is not an ISO date")


def _text(item: Mapping[str, Any], key: str, path: str, *, optional: bool = False) -> Any:
    value = item.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SchemaError(f"{path}.{key}", "must be a non-empty string")
    return value


def _entry_from_json(item: Any, path: str) -> RosterEntry:
    if not isinstance(item, Mapping):
        raise SchemaError(path, "must be an object")
    name = _text(item, "name", path)
    country = _text(item, "country", path)
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise SchemaError(f"{path}.aliases", "must be a list of names")
    posts = []
    for j, raw in enumerate(item.get("posts") or []):
        where = f"{path}.posts[{j}]"
        if not isinstance(raw, Mapping):
            raise SchemaError(where, "must be an object")
        posts.append(
            Post(
                title=_text(raw, "title", where),
                organization=_text(raw, "organization", where, optional=True),
                country=raw.get("country") or country,
                start=_parse_date(raw.get("start"), f"{where}.start"),
                end=_parse_date(raw.get("end"), f"{where}.end"),
            )
        )
    return RosterEntry(
        id=item.get("id") or slugify(name),
        name=name,
        aliases=tuple(aliases),
        country=country,
        korean_name=_text(item, "korean_name", path, optional=True),
        posts=tuple(posts),
        identifiers=_identifiers(item.get("identifiers"), f"{path}.identifiers"),
    )


def _identifiers(value: Any, path: str) -> Identifiers:
    if value is None:
        return Identifiers()
    if not isinstance(value, Mapping):
        raise SchemaError(path, "must be an object of scheme to id")
    try:
        return Identifiers(value)
    except SchemaError as e:
        raise SchemaError(path + e.path.removeprefix("identifiers"), e.reason) from None


@functools.cache
def default_roster() -> Roster:
    """The roster shipped in ``koreadip/data/roster.json``, loaded once.

    >>> len(default_roster()) >= 170
    True
    """
    text = resources.files("koreadip").joinpath("data/roster.json").read_text(encoding="utf-8")
    return Roster.from_json(json.loads(text))

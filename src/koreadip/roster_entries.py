"""The records of the roster: an official (:class:`RosterEntry`) and the posts they held.

:mod:`koreadip.roster` indexes them and answers look-ups; both classes are re-exported there.

>>> post = Post(title="Foreign Minister", country="KR", start=date(2017, 6, 18))
>>> post.active_on(date(2019, 1, 5)), post.active_on(date(2016, 1, 1))
(True, False)
"""

from __future__ import annotations

import datetime as _dt
from datetime import date
from typing import Any

import attrs

from .countries import is_country_code
from .errors import SchemaError
from .identifiers import Identifiers
from .post_titles import post_seniority

__all__ = ["FAMILY_FIRST", "Post", "RosterEntry", "as_day"]

#: countries whose names are written family name first in English text
FAMILY_FIRST = frozenset({"KR", "KP", "CN", "VN", "TW", "HK", "MO"})


def as_day(value: date | None) -> date | None:
    """The day of ``value``, a date or a datetime (None stays None)."""
    return value.date() if isinstance(value, _dt.datetime) else value


def _check_country(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if not is_country_code(value):
        raise SchemaError(f"{type(inst).__name__}.{attribute.name}", f"{value!r} is no ISO code")


@attrs.frozen(slots=True, kw_only=True)
class Post:
    """One post an official held: its title, organisation, government and term."""

    title: str
    organization: str | None = None
    country: str = attrs.field(validator=_check_country)
    start: date | None = None
    end: date | None = None

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise SchemaError("Post.end", f"{self.end} is before start {self.start}")

    def active_on(self, day: date | None) -> bool:
        """Whether the post was held on ``day`` (both ends inclusive); any post for None."""
        day = as_day(day)
        if day is None:
            return True
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day <= self.end


@attrs.frozen(slots=True, kw_only=True)
class RosterEntry:
    """A known official: canonical name, other spellings, country, Hangul name and posts."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str = attrs.field(validator=_check_country)
    korean_name: str | None = None
    posts: tuple[Post, ...] = ()
    #: external identifiers (``{"wikidata": "Q..."}``), copied to the officials read
    identifiers: Identifiers = attrs.field(factory=Identifiers, converter=Identifiers)

    def post_on(self, day: date | None) -> Post | None:
        """The most senior post active on ``day``, the most recent among equals.

        With no day, the most recently started post of any seniority.
        """
        active = [p for p in self.posts if p.active_on(day)]
        if not active:
            return None
        if day is None:
            return max(active, key=lambda p: (p.start or date.min, -post_seniority(p.title)))
        return min(
            active, key=lambda p: (post_seniority(p.title), -(p.start or date.min).toordinal())
        )

    def spellings(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)

    def family_name(self) -> str:
        """The family name as written in the canonical name ('Noh', 'Pompeo', 'Xi')."""
        parts = self.name.split()
        return parts[0] if self.country in FAMILY_FIRST else parts[-1]

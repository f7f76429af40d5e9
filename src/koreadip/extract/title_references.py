"""Definite descriptions standing for names: "the North Korean leader", "the U.S. envoy", "the
veteran envoy", "the American official", "the vice minister".

Part of :class:`~koreadip.extract.people.People`, which calls :func:`title_references` on each
sentence once every name is read.  Such a phrase means a person of the text who fits it: of the
country its qualifier names ("American", "Seoul's", "the Washington official"), holding an office
its head names ("minister", "envoy"; a generic head, "official", "diplomat", fits anyone in
office).  Of several who fit, the phrase points back to the one just named: the only one named
in the nearest sentence that names any of them.  A generic head after an unnamed "a senior
official" is that anonymous source (which the statements read), not a named person.
"""

from __future__ import annotations

import re

from .cast import Cast
from .mentions import Mention
from .text import Sentence
from .vocabulary import country_of_phrase

__all__ = ["title_references"]

#: heads naming an office, as a title written for a person would hold them (with other words
#: that title may use instead: an "envoy" may be a special representative or an ambassador)
_HEADS = {
    "leader": ("leader",),
    "president": ("president",),
    "prime minister": ("prime minister",),
    "premier": ("premier", "prime minister"),
    "chairman": ("chairman",),
    "minister": ("minister",),
    "secretary": ("secretary",),
    "envoy": ("envoy", "representative", "ambassador"),
    "special representative": ("representative",),
    "representative": ("representative",),
    "ambassador": ("ambassador",),
    "negotiator": ("representative", "envoy", "negotiator", "director"),
    "adviser": ("adviser", "advisor"),
    "advisor": ("adviser", "advisor"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "spokesman": ("spokesperson", "spokesman"),
    "spokeswoman": ("spokesperson", "spokeswoman"),
}
#: heads any holder of an office fits
_GENERIC = frozenset({"official", "diplomat"})
#: words of a title the person's own title must hold too ("the vice minister" is no minister)
_OFFICE_WORDS = frozenset(
    "vice deputy first foreign defense defence unification assistant under national security "
    "state".split()
)
#: words that describe without narrowing the office
_DESCRIPTIVE = frozenset(
    "top new chief veteran visiting senior incoming outgoing seasoned nuclear former key".split()
)
_COUNTRY_QUALIFIER = (
    r"U\.S\.|US|American|South Korean|North Korean|DPRK|Chinese|Japanese|Russian|British|"
    r"(?:Seoul|Pyongyang|Washington|Tokyo|Beijing|Moscow)(?:['’]s)?"
)
_ALL_HEADS = sorted([*_HEADS, *_GENERIC], key=len, reverse=True)
_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?P<phrase>"
    rf"(?P<country>{_COUNTRY_QUALIFIER})?\s*"
    r"(?P<words>(?:(?i:" + "|".join(sorted(_OFFICE_WORDS | _DESCRIPTIVE)) + r")\s+){0,3})"
    r"(?P<head>(?i:" + "|".join(re.escape(h) for h in _ALL_HEADS) + r")))"
    r"(?![\w-])(?!\s+(?:of\s+)?[A-Z])"
)
#: how far back "just named" reaches: the phrase's sentence and the three before it
_BACK = 3


def title_references(cast: Cast, sentence: Sentence, before: list[Sentence]) -> None:
    """Add to ``cast`` a mention for each definite description in ``sentence`` that fits one
    person: the only one who fits in the text, else the one just named (see :func:`_referent`;
    ``before`` holds the sentences of the text before ``sentence``, in order)."""
    for m in _DESCRIPTION.finditer(cast.text, sentence.start, sentence.end):
        if any(x.start <= m.start("phrase") < x.end for x in cast.mentions):
            continue
        head = m.group("head").lower()
        qualifier = m.group("country")
        country = country_of_phrase(qualifier) if qualifier else None
        if head in _GENERIC and country is None:
            continue  # "the official": an unnamed source as often as a named one
        required = {w.lower() for w in m.group("words").split()} & _OFFICE_WORDS
        fits = _fitting(cast, head, required, country)
        person = _referent(cast, fits, m.start(), sentence, before)
        if person is None:
            continue
        if head in _GENERIC and _unnamed_since(cast, person, head, m.start()):
            continue
        cast.mentions.append(Mention(m.start("phrase"), m.end(), person, m.group("phrase")))


def _fitting(cast: Cast, head: str, required: set[str], country: str | None) -> list[int]:
    """The persons read so far whose title (or post on the day) fits ``head`` and ``required``
    words, of ``country`` where one is given."""
    fits = []
    for i, p in enumerate(cast.persons):
        if p.first == 10**9 or (country and p.country != country):
            continue
        titles = [(p.title or "").lower()]
        if p.entry is not None:
            post = cast.cache.post_on(p.entry, cast.day)
            titles.append(post.title.lower() if post else "")
        if head in _GENERIC:
            fit = any(titles)
        else:
            fit = any(
                any(word in t for word in _HEADS[head]) and all(w in t for w in required)
                for t in titles
            )
        if fit:
            fits.append(i)
    return fits


def _referent(
    cast: Cast, fits: list[int], pos: int, sentence: Sentence, before: list[Sentence]
) -> int | None:
    """The one of ``fits`` the phrase at ``pos`` means: the only one, else the only one named
    in the nearest sentence (its own, up to ``pos``, then back) that names any of them."""
    if len(fits) == 1:
        return fits[0]
    spans = [(sentence.start, pos)] + [(s.start, s.end) for s in reversed(before[-_BACK:])]
    for start, end in spans:
        named = {m.person for m in cast.mentions_between(start, end) if m.person in fits}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _unnamed_since(cast: Cast, person: int, head: str, pos: int) -> bool:
    """Whether an unnamed "a senior official" stands between ``person``'s last mention and
    ``pos``: the phrase then refers back to that source."""
    last = max((m.end for m in cast.mentions if m.person == person and m.end <= pos), default=0)
    unnamed = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.'’-]+\s+){{0,4}}?{head}\b")
    return unnamed.search(cast.text, max(last, pos - 1500), pos) is not None

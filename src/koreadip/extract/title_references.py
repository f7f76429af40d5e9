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

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..roster import RosterEntry
from .cast import Cast
from .mentions import Mention, weighed
from .text import Sentence
from .vocabulary import NON_NAME_WORDS, country_of_phrase

__all__ = ["described_sentences", "title_references"]

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
    "top new chief veteran visiting senior incoming outgoing seasoned nuclear former key special "
    "acting".split()
)
_COUNTRY_QUALIFIER = (
    r"U\.S\.|US|American|South Korean|North Korean|DPRK|Chinese|Japanese|Russian|British|"
    r"(?:Seoul|Pyongyang|Washington|Tokyo|Beijing|Moscow)(?:['’]s)?"
)
_ALL_HEADS = sorted([*_HEADS, *_GENERIC], key=len, reverse=True)
# every blank is possessive: each is followed by a word, so giving blanks back could never
# match, only try every split of a long blank (quadratic in it)
_DESCRIPTION = re.compile(
    r"\b[Tt]he\s++(?P<phrase>"
    r"(?:(?i:" + "|".join(sorted(_DESCRIPTIVE)) + r")\s++){0,2}"
    rf"(?P<country>{_COUNTRY_QUALIFIER})?\s*+"
    r"(?P<words>(?:(?i:" + "|".join(sorted(_OFFICE_WORDS | _DESCRIPTIVE)) + r")\s++){0,3})"
    r"(?P<head>(?i:" + "|".join(re.escape(h) for h in _ALL_HEADS) + r")))"
    r"(?![\w-])"
)
# the portfolio after the head: "envoy for North Korea", "envoy on human rights"
_PORTFOLIO = re.compile(r"\s+(?:for|on|to)\s+(?:the\s+)?")
_PORTFOLIO_WORDS = frozenset(
    "peace security affairs policy human rights issues nuclear peninsula denuclearization".split()
)
_NAME_NEXT = re.compile(r"\s+(?:of\s+)?[A-Z]")
#: how far back "just named" reaches: the phrase's sentence and the three before it
_BACK = 3


def described_sentences(text: str, sentences: list[Sentence]) -> list[int]:
    """The indices of the ``sentences`` of ``text`` that may hold a definite description: the
    others give :func:`title_references` nothing to read.

    The description pattern is run once over the whole text.  A description read within a
    sentence is found there too, or lies inside one found from an earlier start, unless it ends
    the sentence before a word character, where the pattern's last test looks past the sentence.

    >>> from koreadip.extract.text import sentences
    >>> text = "Kim spoke. The U.S. envoy left. Lee stayed."
    >>> described_sentences(text, sentences(text))
    [1]
    """
    # the sentences each description overlaps (the sentences are in order and apart)
    holding: set[int] = set()
    found = _description_spans(text)
    if found:
        ends = [s.end for s in sentences]
        starts = [s.start for s in sentences]
        for a, b in found:
            holding.update(range(bisect_right(ends, a), bisect_left(starts, b)))
    return [
        k
        for k, sentence in enumerate(sentences)
        if k in holding or _word_char(text[sentence.end : sentence.end + 1])
    ]


def _word_char(c: str) -> bool:
    """Whether ``c`` is a character the end of :data:`_DESCRIPTION` may not stand before: a
    word character (``\\w``) or a hyphen.

    >>> [_word_char(c) for c in ("a", "_", "-", "é", "7", " ", ".", "")]
    [True, True, True, True, True, False, False, False]
    """
    return c.isalnum() or c in ("_", "-")


def _description_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_DESCRIPTION.finditer(text)``, found faster: a description opens with
    "the" and a space, so the pattern is tried only where "he" and a space stand (a literal the
    scan finds quickly), one character back, past the last description found.

    >>> _description_spans("Then the U.S. envoy met the new special envoy; bathe them.")
    [(5, 19), (24, 45)]
    """
    out: list[tuple[int, int]] = []
    last = 0
    for cue in _HE_SPACE.finditer(text, 1):
        at = cue.start() - 1
        if at < last or text[at] not in "Tt":
            continue  # inside the last description, or "she", "he": no "the"
        m = _DESCRIPTION.match(text, at)
        if m is not None:
            out.append(m.span())
            last = m.end()
    return out


_HE_SPACE = re.compile(r"he\s")


def title_references(cast: Cast, sentences: list[Sentence], index: int) -> None:
    """Add to ``cast`` a mention for each definite description in ``sentences[index]`` that
    fits one person: the only one who fits in the text, else the one just named (see
    :func:`_referent`)."""
    text = cast.text
    sentence = sentences[index]
    before = sentences[max(0, index - _BACK) : index]
    for m in _DESCRIPTION.finditer(text, sentence.start, sentence.end):
        end = _portfolio_end(text, m.end(), sentence.end)
        if _NAME_NEXT.match(text, end) or _inside_a_mention(cast, m.start("phrase")):
            continue  # a title before a name ("the U.S. envoy Sung Kim"), read with the name
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
        phrase = text[m.start("phrase") : end]
        cast.append_mention(Mention(m.start("phrase"), end, person, phrase))
        p = cast.persons[person]
        if p.title is None and head not in _GENERIC:
            # the text's own words for one it names without a title ("the new U.S. envoy for
            # North Korea ... Sung Kim"), where the roster's would be written otherwise
            title = phrase[m.start("country") - m.start("phrase") :] if qualifier else phrase
            p.title, p.title_at = _without_descriptive(title), m.start("phrase")


def _inside_a_mention(cast: Cast, pos: int) -> bool:
    # a mention is a name with its title at most: one starting 200 characters back is the furthest
    return any(x.start <= pos < x.end for x in cast.mentions_between(max(0, pos - 200), pos + 200))


def _portfolio_end(text: str, end: int, limit: int) -> int:
    """Where a description's portfolio ("for North Korea") ends, or ``end`` if it has none."""
    lead = _PORTFOLIO.match(text, end, limit)
    if lead is None:
        return end
    stop = lead.end()
    for word in re.finditer(r"[\w'’.-]+", text[lead.end() : limit]):
        if text[lead.end() + word.start() - 1 : lead.end() + word.start()].strip() and word.start():
            break  # punctuation between words ends the portfolio
        bare = word.group().rstrip(".")
        if bare not in NON_NAME_WORDS and bare.lower() not in _PORTFOLIO_WORDS:
            break
        stop = lead.end() + word.start() + len(bare)
    return stop if stop > lead.end() else end


def _without_descriptive(title: str) -> str:
    words = title.split()
    while words and words[0].lower() in _DESCRIPTIVE:
        words = words[1:]
    return " ".join(words)


def _fitting(cast: Cast, head: str, required: set[str], country: str | None) -> list[int]:
    """The persons read so far (the latest weighed) whose title (or post on the day) fits
    ``head`` and ``required`` words, of ``country`` where one is given."""
    fits = []
    wanted = frozenset(required)
    for i in weighed(cast.persons):
        p = cast.persons[i]
        if p.first == 10**9 or (country and p.country != country):
            continue
        if _title_fits((p.title or "").lower(), head, wanted) or (
            p.entry is not None
            # every post held on the day: an envoy may also be an ambassador somewhere
            and any(_title_fits(t, head, wanted) for t in _titles_on(p.entry, cast.day))
        ):
            fits.append(i)
    return fits


@lru_cache(maxsize=1024)
def _titles_on(entry: RosterEntry, day: _dt.date | None) -> tuple[str, ...]:
    """The titles, in lower case, of the posts ``entry`` held on ``day``."""
    return tuple(q.title.lower() for q in entry.posts if q.active_on(day))


@lru_cache(maxsize=4096)
def _title_fits(title: str, head: str, required: frozenset[str]) -> bool:
    """Whether a title (in lower case) fits a description's head word and required words; any
    title fits a generic head ("the official")."""
    if head in _GENERIC:
        return bool(title)
    return any(word in title for word in _HEADS[head]) and all(w in title for w in required)


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
    floor = max(0, pos - 1500)
    near = cast.mentions_between(floor, pos)
    last = max((m.end for m in near if m.person == person), default=floor)
    unnamed = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.'’-]+\s+){{0,4}}?{head}\b")
    return unnamed.search(cast.text, last, pos) is not None

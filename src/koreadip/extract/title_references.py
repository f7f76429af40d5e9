"""Titles standing for names: "the North Korean leader", "the U.S. envoy".

Part of :class:`~koreadip.extract.cast.People`, which calls :func:`title_references` on each
sentence once every name is read: such a phrase means the one person of the text whose title fits.
"""

from __future__ import annotations

import re

from .cast import Cast
from .mentions import Mention
from .text import Sentence
from .vocabulary import country_of_phrase

__all__ = ["title_references"]

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


def title_references(cast: Cast, sentence: Sentence) -> None:
    """Add to ``cast`` a mention for each title phrase of ``sentence`` that fits exactly one
    person named in the text (by the title read for them or the post they held on the day)."""
    for m in _TITLE_REFERENCE.finditer(cast.text, sentence.start, sentence.end):
        if any(x.start <= m.start(1) < x.end for x in cast.mentions):
            continue
        qualifier, head = m.group("country") or "", m.group("head").lower()
        country = country_of_phrase(qualifier) if qualifier else None
        fits = []
        for i, p in enumerate(cast.persons):
            if p.first == 10**9 or (country and p.country != country):
                continue
            titles = [p.title or ""]
            if p.entry is not None:
                post = cast.cache.post_on(p.entry, cast.day)
                titles.append(post.title if post else "")
            if any(head in t.lower() for t in titles):
                fits.append(i)
        if len(fits) == 1:
            cast.mentions.append(Mention(m.start(1), m.end(), fits[0], m.group(1)))

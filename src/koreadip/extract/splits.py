"""One sentence, several meetings: "X will meet Y on Monday, and on Tuesday with Z"."""

from __future__ import annotations

import re

import attrs

from ..dates import DateMention
from .drafts import MeetingDraft
from .people import Mention, People
from .text import Sentence

__all__ = ["split_ellipsis"]

_ELLIPSIS = re.compile(r",?\s+and\s+(?:(?:on|in|later|then)\s+[^,;]{0,25}?\s+)?with\s")


def split_ellipsis(
    text: str,
    sentence: Sentence,
    drafts: list[MeetingDraft],
    mentions: list[Mention],
    dates: list[DateMention],
    people: People,
) -> list[MeetingDraft]:
    """ "X will meet Y on Monday, and on Tuesday with Z": a second meeting, with Z, on Tuesday."""
    out: list[MeetingDraft] = []
    for d in drafts:
        out.append(d)
        if d.anaphoric or not d.participants:
            continue
        m = _ELLIPSIS.search(text, d.end, sentence.end)
        if not m:
            continue
        later = list(dict.fromkeys(x.person for x in mentions if x.start >= m.end()))
        if not later:
            continue
        d.participants = [p for p in d.participants if p not in later]
        second_date = next((x.value for x in dates if sentence.start + x.start >= m.start()), None)
        d2 = attrs.evolve(
            d,
            participants=d.participants[:1] + later,
            date=second_date,
            start=m.start(),
            end=m.end(),
        )
        for draft in (d, d2):
            draft.countries = list(
                dict.fromkeys(
                    c for c in (people.persons[p].country for p in draft.participants) if c
                )
            )
        out.append(d2)
    return out

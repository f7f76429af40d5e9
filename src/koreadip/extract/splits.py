"""One sentence, several meetings: "X will meet Y on Monday, and on Tuesday with Z"; a visitor
who "met A and B", officials of the host holding different offices, has a meeting with each;
"a visit to Japan on Monday and South Korea on Thursday" is a visit to each."""

from __future__ import annotations

import re

import attrs

from ..date_reading import DateMention
from .drafts import MeetingDraft
from .people import Mention, People
from .text import Sentence
from .vocabulary import CITIES, country_of_phrase

__all__ = ["split_counterparts", "split_destinations", "split_ellipsis"]

# a blank is entered at its first character only (a draft ends on a word): a search tried from
# every character of a long blank would read the rest of it each time
_ELLIPSIS = re.compile(r",?(?<!\s)\s+and\s+(?:(?:on|in|later|then)\s+[^,;]{0,25}?\s+)?with\s")


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
        # (every match holds "with": where the rest of the sentence has none, no scan)
        if text.find("with", d.end, sentence.end) < 0:
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


# a visitor meets each: "met A and B", "paid courtesy calls on A and B" — not "a two-plus-two
# meeting with A and B", where they sit together
_CALLS_ON = re.compile(
    r"met|meets?|visited|visits?|called on|calls on|courtesy (?:calls?|visits?)", re.I
)
# "met A and his deputy B", "A and B together": counterparts who sit together share a meeting
_TOGETHER = re.compile(r"\b(?:his|her|their|together|jointly|respectively)\b")


def split_counterparts(text: str, drafts: list[MeetingDraft], people: People) -> list[MeetingDraft]:
    """ "Biegun paid courtesy calls on Foreign Minister Kang and Unification Minister Cho": a
    meeting with each counterpart, where they are officials of one country that is not the
    visitor's (officials of several countries met together: one trilateral meeting)."""
    out: list[MeetingDraft] = []
    for d in drafts:
        # (the tests that need no lists first: most drafts have fewer than two counterparts)
        if d.anaphoric or len(d.counterparts) < 2 or not _CALLS_ON.fullmatch(text, d.start, d.end):
            out.append(d)
            continue
        visitors = [p for p in d.participants if p not in d.counterparts]
        home = {people.persons[p].country for p in d.counterparts}
        away = {people.persons[p].country for p in visitors}
        if not visitors or len(home) != 1 or None in home or home & away:
            out.append(d)
            continue
        spans = [
            m for m in people.mentions_between(d.end, d.end + 400) if m.person in d.counterparts
        ]
        if spans and _TOGETHER.search(text, spans[0].end, spans[-1].start):
            out.append(d)
            continue
        for p in d.counterparts:
            one = [*visitors, p]
            out.append(
                attrs.evolve(
                    d,
                    participants=one,
                    counterparts=[p],
                    countries=list(
                        dict.fromkeys(c for c in (people.persons[q].country for q in one) if c)
                    ),
                )
            )
    return out


_SEPARATOR = re.compile(r",\s+(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?")
_DESTINATION = re.compile(
    r"\s*(?:to\s+)?(?:the\s+)?(?P<place>[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2})"
)
_STOP = re.compile(
    r"[.;:]|,\s+(?:but|which|who|where|when|while|as|after|before)\b|\s+(?:to|for)\s+[a-z]"
)


def split_destinations(
    text: str, sentence: Sentence, drafts: list[MeetingDraft], dates: list[DateMention]
) -> list[MeetingDraft]:
    """ "plans to visit Japan from Sunday, Mongolia on Wednesday and South Korea on Thursday":
    a visit to each country listed, dated by the days told with it."""
    out: list[MeetingDraft] = []
    for d in drafts:
        stops = [d] if not d.travel else _by_destination(text, sentence, d, dates)
        out.extend(stops)
    return out


def _by_destination(
    text: str, sentence: Sentence, d: MeetingDraft, dates: list[DateMention]
) -> list[MeetingDraft]:
    stop = _STOP.search(text, d.end, sentence.end)
    end = stop.start() if stop else sentence.end
    places: list[tuple[str, str, int, int]] = []  # (place, country, start, end)
    pos = d.end
    while pos < end:
        m = _DESTINATION.match(text, pos, end)
        country = country_of_phrase(m["place"]) if m else None
        if m is None or country is None:
            break
        sep = _SEPARATOR.search(text, m.end(), end)
        seg_end = sep.start() if sep else end
        places.append((m["place"], country, m.start("place"), seg_end))
        if sep is None:
            break
        pos = sep.end()
    if len({c for _, c, _, _ in places}) < 2:
        if places:
            d.destination = places[0][1]
        return [d]
    visitors = [c for c in d.countries if c not in {c for _, c, _, _ in places}]
    out = []
    for place, country, start, stop_at in places:
        own = [x.value for x in dates if start <= sentence.start + x.start < stop_at]
        out.append(
            attrs.evolve(
                d,
                countries=[*visitors, country],
                location=place if place in CITIES else None,
                date=own[0] if own else d.date,
                destination=country,
                participants=list(d.participants),
                start=start,
                end=stop_at,
            )
        )
    return out

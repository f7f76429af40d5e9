"""Where a meeting is held and which countries take part in it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import EllipsisType

from .participants import between
from .people import People
from .text import Sentence
from .triggers import Trigger, holds_any
from .vocabulary import CITIES, countries_in, country_of_phrase

__all__ = ["bilateral", "city_of", "countries_of", "paired_sides"]


def city_of(
    text: str, s0: int, s1: int, trig: Trigger, others: Sequence[Trigger] = ()
) -> str | None:
    """The city a trigger names for its meeting: the nearest one around it that is not nearer
    to another trigger of the sentence ("planned to visit Pyongyang, but the trip ...")."""
    # (each scan only where its word stands before the trigger: the same answers)
    where = _WHERE.search(text, s0, trig.start) if text.find("where", s0, trig.start) >= 0 else None
    if where and where["city"] in CITIES:
        return where["city"]  # "left Seoul for Washington, where he is to meet ..."
    lo = max(s0, trig.start - 60)
    host = (
        _CITY_HOSTED.search(text, lo, trig.start)
        if text.find("host", lo, trig.start) >= 0
        else None
    )
    if host and host["city"] in CITIES:
        return host["city"]  # "Singapore hosted the meeting of the two leaders"
    lo, hi = max(s0, trig.start - 60), min(s1, trig.end + 130)
    best: tuple[int, str] | None = None
    for m in _PLACE_AFTER.finditer(text[lo:hi]):
        # (a place that is no city is passed over before the tests of where it stands)
        cand = next((c for c in (m.group(1), m.group(1).split()[0]) if c in CITIES), None)
        if cand is None:
            continue
        start = lo + m.start()
        # "coming to Seoul right after the summit in Singapore": the trip's city
        if start < trig.start and _ANOTHER_CLAUSE.search(text[start : trig.start]):
            continue
        if _LEFT_FROM.search(text[max(s0, start - 8) : start]):
            continue
        if any(_gap(start, o) < _gap(start, trig) for o in others if o is not trig):
            continue
        dist = abs(start - trig.start)
        if best is None or dist < best[0]:
            best = (dist, cand)
    return best[1] if best else None


_PLACE_AFTER = re.compile(
    r"\b(?:in|at|to|visit(?:ed|s|ing)?|arrived in)\s+(?:the\s+)?([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)"
)
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:said|and said|told|after|before|since|following|ahead of|amid|until)\b"
)
_LEFT_FROM = re.compile(r"\b(?:left|from)\s*$")
_SUBJECT_BREAK = re.compile(
    r",\s+(?=[a-z])|\b(?:after|before|since|amid|following|ahead of|prior to|with)\b"
)
_TAIL_BREAK = re.compile(
    r"\b(?:to discuss|on|about|regarding|over|concerning|amid|after|before|since|that|which|"
    r"who|where|while)\b"
)
_DESTINATION = re.compile(r"\s+(?:to\s+)?(?:the\s+)?(?P<place>[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)")


_CITY_HOSTED = re.compile(
    r"\b(?P<city>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\s+(?:hosted|hosts|will host|is hosting)\s+"
    r"(?:[\w'’-]+\s+){0,4}$"
)
_WHERE = re.compile(
    r"\b(?P<city>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?),\s+where\s+(?:[\w'’.-]+\s+){0,8}$"
)


def _gap(pos: int, trig: Trigger) -> int:
    return trig.start - pos if pos < trig.start else max(0, pos - trig.end)


_COMPOUND = re.compile(
    r"(?P<c>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)+)"
    r"\s+(?:[\w'’-]+\s+){0,3}$"
)


def paired_sides(text: str, s0: int, trig: Trigger) -> list[str]:
    """The sides a compound before the trigger names: "the DPRK-US summit", "South
    Korea-U.S. talks", "the inter-Korean talks" (two or more, else none)."""
    window = text[max(s0, trig.start - 50) : trig.start]
    if "-" not in window:
        return []  # both patterns need a hyphen
    if (
        "nter-Korean" in window or "South-North" in window or "North-South" in window
    ) and _INTER_KOREAN.search(window):
        return ["KR", "KP"]  # (each alternative holds one of the three words)
    m = _COMPOUND.search(window)
    named = countries_in(m["c"]) if m else []
    return named if len(named) >= 2 else []


def countries_of(
    text: str,
    sentence: Sentence,
    trig: Trigger,
    participants: list[int],
    people: People,
    paired: list[str],
    between_span: tuple[int, int] | EllipsisType | None = ...,
) -> list[str]:
    """The sides of a meeting: its participants' countries, the sides a compound before it
    names ("the DPRK-US summit": those only), the countries "between" names, else the
    countries named around it that are not its venue or its subject matter.
    ``between_span``: ``between(text, trig.end, sentence.end)``, where the caller has it."""
    out: list[str] = []
    for i in participants:
        c = people.persons[i].country
        if c and c not in out:
            out.append(c)
    if paired:
        return list(dict.fromkeys(out + paired))
    if trig.travel:  # "a trip to Pyongyang", "visited Japan": the host takes part
        dest = _DESTINATION.match(text, trig.end, sentence.end)
        host = country_of_phrase(dest["place"]) if dest else None
        if host and host not in out:
            out.append(host)
    s0 = sentence.start
    span = between(text, trig.end, sentence.end) if between_span is ... else between_span
    if span:  # "the summit between the DPRK and the United States"
        named = [c for c in countries_in(text[span[0] : span[1]]) if c not in out]
        if len(out) + len(named) >= 2:
            return out + named
    if len(out) >= 2:
        # "the two held a trilateral meeting with Japan": a side named, not a person
        joined = _WITH_SIDE.match(text, trig.end, min(sentence.end, trig.end + 80))
        if joined:
            out += [c for c in countries_in(joined.group(1)) if c not in out and c != "KP"]
        return out
    subject = text[max(s0, trig.start - 160) : trig.start]
    subject = _SUBJECT_BREAK.split(subject)[-1]
    tail = text[trig.end : min(sentence.end, trig.end + 120)]
    tail = _TAIL_BREAK.split(tail, maxsplit=1)[0]
    window = text[max(s0, trig.start - 60) : min(sentence.end, trig.end + 100)]
    named = countries_in(_drop_hosts(_unquoted(subject))) + countries_in(
        _drop_hosts(_unquoted(tail))
    )
    for c in named:
        if c == "KP" and not _north_takes_part(window):
            continue
        if c not in out:
            out.append(c)
    return out


_INTER_KOREAN = re.compile(r"\b(?:[Ii]nter-Korean|South-North|North-South)\s+(?:[\w-]+\s+)?$")
_WITH_SIDE = re.compile(
    r"\s+(?:with|involving|including)\s+((?:the\s+)?(?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})"
    r"(?=\s+(?:to|on|in|at|later|next|this|last|over|about|for)\b|[,.;]|$)"
)


_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}(?:,\s+[A-Z][a-z]+)?"
)


_QUOTATION = re.compile(r"[“\"][^”\"\n]{0,300}(?:[”\"]|$)")


def _unquoted(phrase: str) -> str:
    """A phrase without its quotations: "'Russia is watching,' he said" names no side."""
    if '"' not in phrase and "“" not in phrase:
        return phrase  # (every quotation opens with one of the two)
    return _QUOTATION.sub(" ", phrase)


_ARRIVED = re.compile(r"\b(?:arriv\w+|land\w+|stay\w*|visit\w*|trip|tour\w*)\s+$")


def _drop_hosts(phrase: str) -> str:
    """ "in Hanoi, Vietnam", "talks in Sweden": a country named as the venue does not take
    part, unless someone came to it ("arrived in South Korea to sit down for talks")."""
    return _VENUE.sub(lambda m: m.group() if _ARRIVED.search(phrase, 0, m.start()) else " ", phrase)


def _north_takes_part(window: str) -> bool:
    """Whether North Korea is a side of the meeting, not its subject ("talks on North Korea")."""
    return bool(_NORTH_SIDE.search(window))


_NORTH_SIDE = re.compile(
    r"(?:with|and|between)\s+(?:North Korea|Pyongyang|the North|the DPRK|"
    r"the Democratic People's Republic of Korea)\b|"
    r"(?:U\.?S\.?|US|American|Washington|DPRK)[- ](?:North Korea|DPRK|U\.?S\.?)\b|"
    r"inter-Korean summit|"
    r"North Korea(?:n)?[- ]U\.?S\.?|"
    # a visit to the North, and the North's people at the table
    r"\b(?:visit\w*|trip|travel\w*|went|go(?:es|ing)?|flew|fly(?:ing)?|arriv\w+)\s+(?:to|in)?\s*"
    r"(?:North Korea|Pyongyang|the DPRK|the North)\b|"
    r"\b(?:officials?|delegat\w+|envoys?|negotiators?|counterparts?|representatives?|team)\s+"
    r"(?:from|of)\s+(?:North Korea|Pyongyang|the North|the DPRK|"
    r"the Democratic People's Republic of Korea)\b|"
    r"\bNorth Korean\s+(?:officials?|negotiators?|delegat\w+|counterparts?|leader|envoys?|"
    r"diplomats?|side|team|vice|first|foreign|chief|nuclear)\b"
)


_BILATERAL = re.compile(r"\b(?:bilateral|one-on-one|one-on -one|one-to-one|tete-a-tete)\b", re.I)
_BILATERAL_WORDS = ("bilateral", "one-", "tete-a-tete")


def bilateral(text: str, lo: int, hi: int) -> bool:
    """``_BILATERAL`` searched in ``text[lo:hi]``, skipped where ASCII holds none of its words."""
    window = text[lo:hi]
    if window.isascii() and not holds_any(window.lower(), _BILATERAL_WORDS):
        return False
    return _BILATERAL.search(text, lo, hi) is not None

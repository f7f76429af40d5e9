"""Where a meeting is held and which countries take part in it."""

from __future__ import annotations

import re

from .people import People
from .text import Sentence
from .triggers import Trigger
from .vocabulary import CITIES, countries_in

__all__ = ["city_of", "countries_of"]


def city_of(text: str, s0: int, s1: int, trig: Trigger) -> str | None:
    lo, hi = max(s0, trig.start - 60), min(s1, trig.end + 130)
    best: tuple[int, str] | None = None
    for m in re.finditer(
        r"\b(?:in|at|to|visit(?:ed|s|ing)?|"
        r"arrived in)\s+(?:the\s+)?([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)",
        text[lo:hi],
    ):
        start = lo + m.start()
        if start < trig.start and re.search(
            r"\b(?:said|and said|told)\b", text[start : trig.start]
        ):
            continue
        if re.search(r"\b(?:left|from)\s*$", text[max(s0, start - 8) : start]):
            continue
        for cand in (m.group(1), m.group(1).split()[0]):
            if cand in CITIES:
                dist = abs(start - trig.start)
                if best is None or dist < best[0]:
                    best = (dist, cand)
                break
    return best[1] if best else None


def countries_of(
    text: str, sentence: Sentence, trig: Trigger, participants: list[int], people: People
) -> list[str]:
    out: list[str] = []
    for i in participants:
        c = people.persons[i].country
        if c and c not in out:
            out.append(c)
    s0 = sentence.start
    if _INTER_KOREAN.search(text, max(s0, trig.start - 40), trig.start):
        out += [c for c in ("KR", "KP") if c not in out]  # "the inter-Korean summit"
    if len(out) >= 2:
        # "the two held a trilateral meeting with Japan": a side named, not a person
        joined = _WITH_SIDE.match(text, trig.end, min(sentence.end, trig.end + 80))
        if joined:
            out += [c for c in countries_in(joined.group(1)) if c not in out and c != "KP"]
        return out
    subject = text[max(s0, trig.start - 160) : trig.start]
    subject = re.split(r",\s+(?=[a-z])|\b(?:after|before|since|amid|following)\b", subject)[-1]
    tail = text[trig.end : min(sentence.end, trig.end + 120)]
    tail = re.split(
        r"\b(?:to discuss|on|about|regarding|over|concerning|amid|after|before|since)\b",
        tail,
        maxsplit=1,
    )[0]
    window = text[max(s0, trig.start - 60) : min(sentence.end, trig.end + 60)]
    named = countries_in(_drop_hosts(subject)) + countries_in(_drop_hosts(tail))
    for c in named:
        if c == "KP" and not _north_takes_part(window):
            continue
        if c not in out:
            out.append(c)
    return out


_INTER_KOREAN = re.compile(r"\b(?:inter-Korean|South-North|North-South)\s+(?:[\w-]+\s+)?$")
_WITH_SIDE = re.compile(
    r"\s+(?:with|involving|including)\s+((?:the\s+)?(?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})"
    r"(?=\s+(?:to|on|in|at|later|next|this|last|over|about|for)\b|[,.;]|$)"
)


def _drop_hosts(phrase: str) -> str:
    """ "in Hanoi, Vietnam": a host country named after its city does not take part."""
    return re.sub(r"\b(?:in|at)\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]+", " ", phrase)


def _north_takes_part(window: str) -> bool:
    return bool(
        re.search(
            r"(?:with|and|between)\s+(?:North Korea|Pyongyang|the North|the DPRK)\b|"
            r"(?:U\.?S\.?|US|American|Washington|DPRK)[- ](?:North Korea|DPRK|U\.?S\.?)\b|"
            r"inter-Korean summit|"
            r"North Korea(?:n)?[- ]U\.?S\.?",
            window,
        )
    )

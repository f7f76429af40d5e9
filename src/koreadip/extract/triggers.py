"""The words that report a meeting ("met", "phone talks", "summit", "visit"), vetted in context
(see :mod:`.trigger_context`).

A trigger is dropped where the words do not report an event that happened or is arranged: a press
conference, a meeting with reporters, talks only hoped for or called for, a meeting the text says
did not happen.  Neighbouring triggers that name one event ("a meeting via video conference")
are joined.
"""

from __future__ import annotations

import re

import attrs

from ..records import Modality
from .guards import holds_any, opening_guard
from .spans import Spans
from .text import Sentence
from .trigger_context import VAGUE, of_many, reports_a_meeting

__all__ = ["Trigger", "holds_any", "stretched", "triggers"]

_TRIGGER = re.compile(
    r"\b(?P<phone>(?:tele)?phone(?:[- ]call| talks| conversation| conference)?s?|"
    r"(?<!video )call\b(?! (?:for|on|upon|to)\b)|"
    r"(?:spoke|talked) (?:(?:by (?:tele)?phone|today|yesterday|tonight|again|separately|"
    r"briefly|earlier today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day) ){0,2}(?:with|to)|"
    r"phoned)\b"
    r"|\b(?P<video>video[- ]?conferenc\w*|videoconferenc\w*|video (?:talks|call|meeting|"
    r"consultation|summit|link|conversation)s?|"
    r"virtual (?:meeting|talks|summit)s?|via video|by video)"
    r"|\b(?P<meet>courtesy (?:call|visit)s?|hosted|hosts|hosting|"
    r"working (?:dinner|lunch|luncheon|breakfast)|(?:dinner|luncheon) meeting|"
    r"(?:luncheon|lunch|dinner|breakfast)(?=\s+(?:meeting\s+)?with\s)|"
    r"(?:speaks|speaking) with|get(?:s|ting)? together|got together|"
    r"travel(?:s|ed|led|ing|ling)? to|convene[ds]?|welcom(?:e|es|ed|ing)|"
    r"meet(?:s|ing|ings)?|met|talks|summit(?:s|ry)?|visit(?:s|ed|ing)?|face-to-face|"
    r"sat down|sit down|sitting down|dropped by|consultations?|discussions?|session|co-chaired|"
    r"trip|"
    r"held a dialogue|dialogue|conversation|gathering)\b",
    re.IGNORECASE,
)
_EXPLICIT_IN_PERSON = frozenset(
    {
        "gathering",
        "face-to-face",
        "visit",
        "visits",
        "visited",
        "visiting",
        "summit",
        "summits",
        "sat down",
        "sit down",
        "sitting down",
        "trip",
        "dropped by",
        "hosted",
        "hosts",
        "hosting",
        "working dinner",
        "working lunch",
        "working luncheon",
        "working breakfast",
        "dinner meeting",
        "luncheon meeting",
        "courtesy call",
        "courtesy calls",
        "courtesy visit",
        "courtesy visits",
        "luncheon",
        "lunch",
        "dinner",
        "breakfast",
        "get together",
        "gets together",
        "getting together",
        "got together",
        "welcome",
        "welcomes",
        "welcomed",
        "welcoming",
    }
)
_JOINING_GAP = re.compile(
    r"\s*(?:(?:via|by|through|over|in|and|or|for|a|an|the|their|its|working|[\w-]+-level|"
    r"working-group|\w+-(?:hour|minute|day))\s+){0,3}"
)


# Case-insensitive matching is slow in ``re`` (no literal prefix to skip ahead by).  On ASCII
# text, lowercasing and matching the lowercase pattern case-sensitively gives the same matches
# at the same offsets; other text keeps the IGNORECASE pattern.
# every trigger opens a word with one of these three letters (lowercase): testing its first
# letter, then the three, skips most positions at once (the scan ~1.5x faster)
_TRIGGER_STARTS = (
    "tel", "pho", "cal", "spo", "tal", "vid", "vir", "via", "by ", "cou", "hos", "wor", "din",
    "lun", "bre", "spe", "get", "got", "tra", "con", "wel", "mee", "met", "sum", "vis", "fac",
    "sat", "sit", "dro", "dis", "ses", "co-", "tri", "hel", "dia", "gat",
)  # fmt: skip
_TRIGGER_LOWER = re.compile(rf"{opening_guard(_TRIGGER_STARTS)}(?:{_TRIGGER.pattern})")
_REMOTE = (Modality.PHONE, Modality.VIDEO)
# a phone or video word that tells how an earlier verb was done: "spoke ... over the phone"
_MANNER = re.compile(r"^[^;]*\b(?:over|by|on|via|through)\s+(?:the\s+|a\s+)?$")


@attrs.frozen(slots=True)
class Trigger:
    """Words in a sentence that report one meeting."""

    start: int
    end: int
    modality: Modality
    explicit: bool  # the words say how they met ("by phone", "visit"), not just "met"
    summit: bool
    travel: bool  # a visit or trip: one party went to the other
    vague: bool = False  # "talks", "discussion": weaker evidence that two mentions are one event
    multilateral: bool = False  # "the G20 summit": a gathering of many, no meeting of its own
    quote: tuple[int, int] | None = None  # the quotation it stands in, if any


def stretched(t: Trigger, end: int) -> Trigger:
    """The trigger reaching to ``end`` (``attrs.evolve(t, end=end)``, without its lookups)."""
    return Trigger(
        t.start, end, t.modality, t.explicit, t.summit, t.travel, t.vague, t.multilateral, t.quote
    )


def triggers(sentence: Sentence, quoted: Spans) -> list[Trigger]:
    """The meeting triggers of a sentence, in order; one inside a quotation knows its span."""
    out: list[Trigger] = []
    text = sentence.text
    lowered = text.lower() if text.isascii() else None
    found = _TRIGGER_LOWER.finditer(lowered) if lowered is not None else _TRIGGER.finditer(text)
    for m in found:
        s, e = sentence.start + m.start(), sentence.start + m.end()
        surface = text[m.start() : m.end()]
        word = surface.lower()
        if not reports_a_meeting(text, m.start(), m.end(), word, lowered):
            continue
        if m.group("phone"):
            modality, explicit = Modality.PHONE, True
        elif m.group("video"):
            modality, explicit = Modality.VIDEO, True
        elif word in VAGUE:
            modality, explicit = Modality.UNKNOWN, False
        else:
            modality, explicit = Modality.IN_PERSON, word in _EXPLICIT_IN_PERSON
        travel = word.startswith(("visit", "trip", "dropped", "courtesy visit", "travel"))
        if travel and word.startswith("travel"):
            explicit = True
        many = of_many(text, m.start(), m.end())
        quote = quoted.holding(s)
        out.append(
            Trigger(
                s,
                e,
                modality,
                explicit,
                word.startswith("summit"),
                travel,
                word in VAGUE,
                many,
                quote,
            )
        )
    merged: list[Trigger] = []
    for t in out:
        gap = text[merged[-1].end - sentence.start : t.start - sentence.start] if merged else ""
        if merged and merged[-1].quote != t.quote:
            merged.append(t)  # a quotation's edge parts what it says from what is said of it
            continue
        if merged and _MANNER.search(gap) and t.modality in _REMOTE and len(gap) <= 100:
            # "speaks with her counterpart, Mike Pompeo, over the phone": how they spoke
            prev = merged[-1]
            merged[-1] = Trigger(
                prev.start,
                prev.end,
                t.modality,
                True,
                prev.summit,
                prev.travel,
                prev.vague,
                prev.multilateral,
                prev.quote,
            )
            continue
        if merged and _JOINING_GAP.fullmatch(gap):
            prev = merged[-1]
            best = t if t.explicit and not prev.explicit else prev
            if t.modality in _REMOTE:  # "the summit in a phone call": the call is how they met
                best = t
            merged[-1] = Trigger(
                prev.start,
                t.end,
                best.modality,
                best.explicit,
                prev.summit or t.summit,
                prev.travel and t.travel,
                prev.vague and t.vague,
                prev.multilateral or t.multilateral,
                prev.quote,
            )
        else:
            merged.append(t)
    return merged

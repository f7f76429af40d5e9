"""The words that report a meeting ("met", "phone talks", "summit", "visit"), vetted in context
(see :mod:`.trigger_context`).

A trigger is dropped where the words do not report an event that happened or is arranged: a press
conference, a meeting with reporters, talks only hoped for or called for, a meeting the text says
did not happen.  Neighbouring triggers that name one event ("a meeting via video conference")
are joined.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

import attrs

from ..records import Modality
from .guards import holds_any, opening_guard
from .lowering import lowers_simply
from .spans import Spans
from .text import Sentence
from .trigger_context import VAGUE, may_name_many, of_many, reports_a_meeting

__all__ = ["Trigger", "holds_any", "part_triggers", "stretched", "triggers"]

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
    text = sentence.text
    if text.isascii():
        lowered = text.lower()
        found = [(m.start(), m.end(), m.lastgroup) for m in _TRIGGER_LOWER.finditer(lowered)]
        return _vetted(sentence, found, quoted, lowered, True)
    found = [(m.start(), m.end(), m.lastgroup) for m in _TRIGGER.finditer(text)]
    return _vetted(sentence, found, quoted, None, True)


# joins the sentences of a part for one scan: no piece of the trigger pattern matches it and,
# like the end of a string, it is neither a word character, a space nor a hyphen, so each
# sentence's matches are those of the sentence scanned alone
_SEPARATOR = "\x00"


def part_triggers(sents: list[Sentence], quoted: Spans) -> dict[int, list[Trigger]]:
    """The meeting triggers of each sentence of a part that has some, by the sentence's index
    (what :func:`triggers` gives each sentence): the lowercase pattern runs once over the part's
    sentences joined and lowercased, and each sentence is handed its own matches.  A sentence
    joins where lowercasing keeps its offsets and the twin's matches (ASCII, or characters
    without case: see ``lowering``); any other is scanned on its own."""
    out: dict[int, list[Trigger]] = {}
    joining: list[int] = []
    for i, s in enumerate(sents):
        if s.text.isascii() or lowers_simply(s.text):
            joining.append(i)
        elif found := triggers(s, quoted):
            out[i] = found
    if not joining:
        return out
    raw = _SEPARATOR.join([sents[i].text for i in joining])
    joined = raw.lower()
    if joined.count(_SEPARATOR) != len(joining) - 1:  # a sentence holds the separator
        for i in joining:
            if found := triggers(sents[i], quoted):
                out[i] = found
        return out
    offsets = list(itertools.accumulate((len(sents[i].text) + 1 for i in joining), initial=0))
    by_sentence: dict[int, list[tuple[int, int, str | None]]] = {}
    for m in _TRIGGER_LOWER.finditer(joined):
        k = bisect_right(offsets, m.start()) - 1
        at = offsets[k]
        by_sentence.setdefault(k, []).append((m.start() - at, m.end() - at, m.lastgroup))
    many = may_name_many(raw) if by_sentence else False  # (decided once for the part)
    for k, matches in by_sentence.items():
        sentence = sents[joining[k]]
        lowered = joined[offsets[k] : offsets[k + 1] - 1]
        if vetted := _vetted(sentence, matches, quoted, lowered, many):
            out[joining[k]] = vetted
    return out


def _vetted(
    sentence: Sentence,
    found: list[tuple[int, int, str | None]],
    quoted: Spans,
    lowered: str | None,
    many: bool,
) -> list[Trigger]:
    """The triggers of a sentence from the pattern's matches in it (their offsets in its text
    and the name of the group matched), those that report no meeting dropped, neighbours
    naming one event joined; ``lowered``: the text lowercased, where lowering keeps every
    character's offset and the patterns' matches (``lowering.lowers_simply``); ``many``:
    whether the text may name a gathering of many nations (see ``may_name_many``)."""
    out: list[Trigger] = []
    text = sentence.text
    for ms, me, kind in found:
        s, e = sentence.start + ms, sentence.start + me
        word = lowered[ms:me] if lowered is not None else text[ms:me].lower()
        if not reports_a_meeting(text, ms, me, word, lowered):
            continue
        if kind == "phone":
            modality, explicit = Modality.PHONE, True
        elif kind == "video":
            modality, explicit = Modality.VIDEO, True
        elif word in VAGUE:
            modality, explicit = Modality.UNKNOWN, False
        else:
            modality, explicit = Modality.IN_PERSON, word in _EXPLICIT_IN_PERSON
        travel = word.startswith(("visit", "trip", "dropped", "courtesy visit", "travel"))
        if travel and word.startswith("travel"):
            explicit = True
        multilateral = many and of_many(text, ms, me)
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
                multilateral,
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

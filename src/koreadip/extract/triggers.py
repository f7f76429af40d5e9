"""The words that report a meeting ("met", "phone talks", "summit", "visit"), vetted in context.

A trigger is dropped where the words do not report an event that happened or is arranged: a press
conference, a meeting with reporters, talks only hoped for or called for, a meeting the text says
did not happen.  Neighbouring triggers that name one event ("a meeting via video conference")
are joined.
"""

from __future__ import annotations

import re

import attrs

from ..records import Modality
from .spans import Spans
from .text import Sentence

__all__ = ["Trigger", "triggers"]

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
    r"meet(?:s|ing|ings)?|met|talks|summit(?:s|ry)?|visit(?:s|ed|ing)?|face-to-face|"
    r"sat down|sit down|sitting down|dropped by|consultations?|discussions?|session|co-chaired|"
    r"trip|"
    r"held a dialogue|conversation|gathering)\b",
    re.IGNORECASE,
)
# Context within a few words of the trigger that makes it no report of a meeting.
_NOT_A_MEETING = re.compile(
    r"(?:press|news) (?:conference|briefing|call)|briefing|(?:call|calls) with (?:reporters|"
    r"journalists)|(?:meet|met|meeting|talks?|spoke|talked) (?:(?:today|yesterday|briefly|"
    r"again) )?(?:with |to )?(?:the )?"
    r"(?:reporters|journalists|press|media)|speech|ceremony|potential|possible|possibility|"
    r"hope[sd]? (?:for|to)|"
    r"willing\w*|could (?:also )?(?:meet|hold|visit)|might|may (?:meet|hold|visit)|\bif\b|"
    r"national security council|cabinet meeting|party meeting|meeting of (?:his|her|the|its) |"
    r"visit(?:ed|s|ing)? (?:to )?(?:the )?(?:factory|site|exhibition|museum|base)|"
    r"summit (?:fact[- ]?sheet|declaration|statement|agreement|communiqu\w*|document|outcome)|"
    r"call(?:s|ed|ing)? for|urg\w+|return to|back to (?:the )?(?:table|talks|dialogue)|"
    r"need to|ready to|open to|(?:would|will|could|to) resume\b(?! between)|refus\w+|reject\w+|"
    r"offer\w*|propos\w+|when necessary|if necessary|as needed|"
    r"(?:consultation|talks|meeting|dialogue|discussion|conferencing)s? (?:channel|mechanism|body|"
    r"framework|format|platform|system|process)",
    re.IGNORECASE,
)
# the trigger is what someone wants to happen: "resume direct talks", "push for a summit"
_WANTED = re.compile(
    r"\b(?:resum\w+|restart\w*|reopen\w*|revive|reviving|seek\w*|"
    r"push\w* for)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|didn't|won't|never|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
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
    }
)
# "hosted Foreign Minister Park", "hosts his counterpart": a host receives a visitor; "hosted a
# dinner", "hosting the Olympics" name no one received
_HOSTED_WHOM = re.compile(r"\s+(?:[A-Z]|(?:his|her|their|visiting)\s|the\s+(?:two|three)\s)")
_VAGUE = frozenset(
    {
        "talks",
        "session",
        "conversation",
        "discussion",
        "discussions",
        "consultation",
        "consultations",
        "held a dialogue",
    }
)
# A vague noun reports an event only with a determiner or a qualifier of one:
# "their talks", "working-level consultations", "the first session" — not "close consultations".
_SPECIFIC = re.compile(
    r"\b(?:a|an|the|their|its|his|her|this|these|first|second|third|latest|next|bilateral|"
    r"trilateral|video|phone|working-level|working-group|high-level|regular|policy|nuclear|"
    r"separate|strategic|\d+(?:st|nd|rd|th)|held|hold|holds|holding|for|of|attend|attends|"
    r"attended|attending)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:close|closely|intensive|continued|continue|continuing|further|"
    r"ongoing|stalled|deadlocked|stalemated|months of|years of)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_CALL_DETERMINER = re.compile(r"\b(?:phone|telephone|a|the|first|during|their|his|her)\s+$")
_JOINING_GAP = re.compile(
    r"\s*(?:(?:via|by|through|over|in|and|or|for|a|an|the|their|its|working|[\w-]+-level|"
    r"working-group|\w+-(?:hour|minute|day))\s+){0,3}"
)


# Case-insensitive matching is slow in ``re`` (no literal prefix to skip ahead by).  On ASCII
# text, lowercasing and matching the lowercase pattern case-sensitively gives the same matches
# at the same offsets; other text keeps the IGNORECASE pattern.
_TRIGGER_LOWER = re.compile(_TRIGGER.pattern)
_NOT_A_MEETING_LOWER = re.compile(_NOT_A_MEETING.pattern)
_SPECIFIC_LOWER = re.compile(_SPECIFIC.pattern)


def _search(ci: re.Pattern[str], lower: re.Pattern[str], text: str) -> bool:
    if text.isascii():
        return lower.search(text.lower()) is not None
    return ci.search(text) is not None


def _in_heading(text: str, start: int, end: int) -> bool:
    """A capitalised trigger inside Title Case words is a heading ("Coordination Talks on North
    Korea Policy"), unless it ends a named meeting ("Foreign Ministers' Meeting")."""
    before = text[max(0, start - 40) : start].split()[-3:]
    if not before or before[-1].endswith(("'", "’", '"', "‘", "“")):
        return False
    after = text[end : end + 20].split()[:1]
    caps = [
        w
        for w in before + after
        if w[:1].isupper()
        or w.lower() in {"on", "of", "and", "for", "to", "the", "by", "in", "with"}
    ]
    # one capitalised word before it is enough at the start of a run-in heading ("Envoys Meet
    # in Washington South Korea's envoy ...")
    opening = len(text[:start].split()) == 1
    return len(caps) == len(before + after) and (len(before) >= 2 or opening)


_REMOTE = (Modality.PHONE, Modality.VIDEO)


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


def triggers(sentence: Sentence, quoted: Spans) -> list[Trigger]:
    """The meeting triggers of a sentence, outside quotations, in order."""
    out: list[Trigger] = []
    text = sentence.text
    ascii_text = text.isascii()
    found = _TRIGGER_LOWER.finditer(text.lower()) if ascii_text else _TRIGGER.finditer(text)
    for m in found:
        s, e = sentence.start + m.start(), sentence.start + m.end()
        if quoted.covers(s):
            continue
        surface = text[m.start() : m.end()]
        word = surface.lower()
        before = text[max(0, m.start() - 40) : m.start()]
        if word == "call" and not _CALL_DETERMINER.search(before):
            continue
        if word.startswith("host") and not _HOSTED_WHOM.match(text, m.end()):
            continue
        if _NEGATED.search(before[-20:]):
            continue
        local = text[max(0, m.start() - 30) : m.end() + 40]
        if _search(_NOT_A_MEETING, _NOT_A_MEETING_LOWER, local) or _WANTED.search(before):
            continue
        if surface[0].isupper() and _in_heading(text, m.start(), m.end()):
            continue
        if word in _VAGUE and (
            not _search(_SPECIFIC, _SPECIFIC_LOWER, before) or _GENERIC.search(before)
        ):
            continue
        if m.group("phone"):
            modality, explicit = Modality.PHONE, True
        elif m.group("video"):
            modality, explicit = Modality.VIDEO, True
        elif word in _VAGUE:
            modality, explicit = Modality.UNKNOWN, False
        else:
            modality, explicit = Modality.IN_PERSON, word in _EXPLICIT_IN_PERSON
        travel = word.startswith(("visit", "trip", "dropped", "courtesy visit"))
        out.append(
            Trigger(s, e, modality, explicit, word.startswith("summit"), travel, word in _VAGUE)
        )
    merged: list[Trigger] = []
    for t in out:
        gap = text[merged[-1].end - sentence.start : t.start - sentence.start] if merged else ""
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
            )
        else:
            merged.append(t)
    return merged

"""Meetings: every meeting, call, video conference, round of talks or summit a text reports as held,
planned or cancelled, with its date, modality, place, participants and sides.

Each sentence is searched for trigger words ("met", "talks", "phone call", "summit", "visit").
People named around a trigger — "between X and Y", "X met with Y", "X and Y held talks" — take
part, unless the text says they did not.  Several mentions of one event become one meeting.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from ..dates import DateMention, PartialDate, find_dates
from ..records import MeetingStatus, Modality
from .people import People
from .text import Sentence
from .vocabulary import CITIES, countries_in

__all__ = ["MeetingDraft", "find_meetings"]

_TRIGGER = re.compile(
    r"\b(?P<phone>(?:tele)?phone(?:[- ]call| talks| conversation| conference)?s?|(?<!video )call\b(?! (?:for|on|upon|to)\b)|"
    r"spoke (?:by phone )?(?:with|to)|talked (?:by phone )?(?:with|to)|phoned)\b"
    r"|\b(?P<video>video[- ]?conferenc\w*|videoconferenc\w*|video (?:talks|call|meeting|consultation|summit|link|conversation)s?|"
    r"virtual (?:meeting|talks|summit)s?|via video|by video)"
    r"|\b(?P<meet>meet(?:s|ing|ings)?|met|talks|summit(?:s|ry)?|visit(?:s|ed|ing)?|face-to-face|"
    r"sat down|sit down|consultations?|discussions?|session|co-chaired|trip|held a dialogue|"
    r"conversation)\b",
    re.IGNORECASE,
)
_NOT_A_MEETING = re.compile(
    r"(?:press|news) (?:conference|briefing)|briefing|(?:meet|met|meeting|talks?) (?:with )?(?:the )?"
    r"(?:reporters|journalists|press|media)|speech|ceremony|potential|possible|possibility|hope[sd]? (?:for|to)|"
    r"willingness|could (?:also )?(?:meet|hold|visit)|might|may (?:meet|hold|visit)|\bif\b|"
    r"national security council|cabinet meeting|party meeting|meeting of (?:his|her|the) |"
    r"visit(?:ed|s|ing)? (?:to )?(?:the )?(?:factory|site|exhibition|museum|base)|"
    r"summit (?:fact[- ]?sheet|declaration|statement|agreement|communiqu\w*|document|outcome)",
    re.IGNORECASE,
)
_CANCELLED = re.compile(r"\b(?:cancel(?:l)?ed|canceling|cancelling|called off|call off|scrapped|postponed)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|to be held|to hold|to meet|to visit|to sit down|to take place|"
    r"to travel|plans? to|planning to|planned|scheduled|set to|set for|expected to|upcoming|"
    r"next (?:week|month|year)|is due|are due|slated|tomorrow|later this (?:week|month|year)|"
    r"headed (?:to|for)|heading (?:to|for)|leaves for|left for|ahead of|going to|"
    r"(?:date|venue|preparations?|prepare|preparing) (?:and venue )?for|for holding|push for holding|"
    r"agreed to (?:hold|meet))\b",
    re.IGNORECASE,
)
_FUTURE_AFTER = re.compile(
    r"^[^.;]{0,25}?\b(?:will|is to|are to|scheduled|set for|set to|planned|expected|slated|due)\b", re.IGNORECASE
)
_AHEAD = re.compile(r"\bahead of\b", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:did not|didn't|does not|will not|won't|not)\s+(?:participate|attend|take part|join|meet)\b|\bwithout\b",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"(?:\bthe|\bthis|\btheir|\bthat|\bits)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z .,]{0,40}?\s)?[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z ]{2,20}\)\s*(?:--|-|\u2014)")


@attrs.define
class MeetingDraft:
    """A meeting as first read from one sentence, before mentions of one event are merged."""

    start: int
    end: int
    modality: Modality
    status: MeetingStatus
    date: PartialDate | None
    location: str | None
    participants: list[int]
    countries: list[str]
    sentence: int
    anaphoric: bool = False
    explicit: bool = False
    summit: bool = False


_JOINING_GAP = re.compile(r"\s*(?:(?:via|by|through|over|in|and|or|a|an|the|their|its|[\w-]+-level|working-group|one-hour)\s+){0,3}")


@attrs.frozen(slots=True)
class _Trigger:
    start: int
    end: int
    modality: Modality
    explicit: bool  # the words say how they met ("by phone", "face-to-face"), not just "met"
    summit: bool


_EXPLICIT_IN_PERSON = frozenset({"face-to-face", "visit", "visits", "visited", "visiting", "summit", "summits", "sat down", "sit down", "trip"})
_VAGUE = frozenset({"talks", "session", "conversation", "discussion", "discussions", "consultation", "consultations", "held a dialogue"})


def _triggers(sentence: Sentence, quotes: list[tuple[int, int]]) -> list[_Trigger]:
    out: list[_Trigger] = []
    for m in _TRIGGER.finditer(sentence.text):
        s, e = sentence.start + m.start(), sentence.start + m.end()
        if any(a <= s < b for a, b in quotes):
            continue
        word = m.group().lower()
        if m.group("phone"):
            modality, explicit = Modality.PHONE, True
        elif m.group("video"):
            modality, explicit = Modality.VIDEO, True
        elif word in _VAGUE:
            modality, explicit = Modality.UNKNOWN, False
        else:
            modality, explicit = Modality.IN_PERSON, word in _EXPLICIT_IN_PERSON
        if word == "call" and not re.search(r"\b(?:phone|telephone|a|the|first|during|their)\s+$", sentence.text[: m.start()][-20:]):
            continue
        local = sentence.text[max(0, m.start() - 25) : m.end() + 25]
        if _NOT_A_MEETING.search(local) and not word.startswith("summit"):
            continue
        out.append(_Trigger(s, e, modality, explicit, word.startswith("summit")))
    # "a meeting via video conference": one event, read with the more specific words
    merged: list[_Trigger] = []
    for t in out:
        gap = sentence.text[merged[-1].end - sentence.start : t.start - sentence.start] if merged else ""
        if merged and _JOINING_GAP.fullmatch(gap):
            prev = merged[-1]
            best = t if t.explicit and not prev.explicit else prev
            merged[-1] = _Trigger(prev.start, t.end, best.modality, best.explicit, prev.summit or t.summit)
        else:
            merged.append(t)
    return merged


def _between(text: str, trigger_end: int, sentence_end: int) -> tuple[int, int] | None:
    m = re.match(r"[^,.;]{0,25}?\bbetween\b", text[trigger_end:sentence_end])
    if not m:
        return None
    s = trigger_end + m.end()
    tail = text[s:sentence_end]
    stop = re.search(r"\b(?:in|on|at|to|for|last|this|next|earlier|which|that|who|,\s+(?:the|a|and))\b|[;.]", tail)
    e = s + (stop.start() if stop else len(tail))
    amp = text.find(" and ", s, sentence_end)
    if amp != -1 and amp > e - 1:
        stop2 = re.search(r"\b(?:in|on|at|to|for|last|this|next|earlier|which|that|who)\b|[,;.]", text[amp + 5 : sentence_end])
        e = amp + 5 + (stop2.start() if stop2 else sentence_end - amp - 5)
    return s, e


def _with(text: str, trigger_end: int, sentence_end: int) -> tuple[int, int] | None:
    m = re.match(r"(?:[^,.;]{0,30}?\s)?(?:with|to)\s", text[trigger_end:sentence_end])
    if not m:
        return None
    s = trigger_end + m.end()
    stop = re.search(r"[;.]|,\s(?!(?:the|a|U\.S\.)\s)|\b(?:to discuss|on|in|at|who|which|where)\b", text[s:sentence_end])
    return s, s + (stop.start() if stop else sentence_end - s)


def _city(text: str, start: int, end: int, near: int) -> str | None:
    best: tuple[int, str] | None = None
    for m in re.finditer(r"\b(?:in|at|to|visit(?:ed|s|ing)?|arrived in|here in)\s+(?:the\s+)?((?:[A-Z][a-z'-]+)(?: [A-Z][a-z'-]+)?)", text[start:end]):
        for cand in (m.group(1), m.group(1).split()[0]):
            if cand in CITIES:
                if re.search(r"\bleft\s*$|\bfrom\s*$", text[start : start + m.start()][-8:]):
                    continue
                dist = abs(start + m.start() - near)
                if best is None or dist < best[0]:
                    best = (dist, cand)
                break
    return best[1] if best else None


def find_meetings(
    text: str,
    sentences: list[Sentence],
    people: People,
    reference: _dt.date | None,
    quotes: list[tuple[int, int]],
) -> list[MeetingDraft]:
    """Meeting drafts, one per event mention, in text order."""
    drafts: list[MeetingDraft] = []
    for index, sentence in enumerate(sentences):
        triggers = _triggers(sentence, quotes)
        if not triggers:
            continue
        drafts.extend(_read_sentence(text, index, sentence, triggers, people, reference))
    return drafts


def _read_sentence(
    text: str,
    index: int,
    sentence: Sentence,
    triggers: list[_Trigger],
    people: People,
    reference: _dt.date | None,
) -> list[MeetingDraft]:
    s0, s1 = sentence.start, sentence.end
    dateline = _DATELINE.match(sentence.text)
    body_from = s0 + (dateline.end() if dateline else 0)
    mentions = [m for m in people.mentions_between(s0, s1) if m.start >= body_from]
    negated: set[int] = set()
    for neg in _NEGATED.finditer(text, s0, s1):
        for m in mentions:
            if m.end <= neg.start() and neg.start() - m.end < 60 and "without" not in neg.group().lower():
                negated.add(m.person)
            if "without" in neg.group().lower() and 0 <= m.start - neg.end() < 40:
                negated.add(m.person)
    owner: dict[int, int] = {}
    for finder in (_between, _with):
        for t, trig in enumerate(triggers):
            te = trig.end
            if t in owner.values() and finder is _with:
                continue
            nxt = triggers[t + 1].start if t + 1 < len(triggers) else s1
            span = finder(text, te, nxt if finder is _with else s1)
            if span:
                for m in mentions:
                    if span[0] <= m.start < span[1] and m.start not in owner:
                        owner[m.start] = t
    for m in mentions:
        if m.start not in owner:
            owner[m.start] = min(range(len(triggers)), key=lambda t: _distance(m.start, m.end, triggers[t]))
    future_sentence = bool(_FUTURE.search(sentence.text))
    dates = [d for d in find_dates(sentence.text, reference, future=future_sentence) if d.value is not None]
    dates = [d for d in dates if s0 + d.start >= body_from and not d.text.lower().startswith("since")]
    date_owner: dict[int, int] = {}
    for d in dates:
        ds = s0 + d.start
        date_owner[ds] = min(range(len(triggers)), key=lambda t: _distance(ds, s0 + d.end, triggers[t]))

    drafts = []
    for t, trig in enumerate(triggers):
        ts, te, modality = trig.start, trig.end, trig.modality
        participants: list[int] = []
        for m in mentions:
            if owner[m.start] == t and m.person not in participants and m.person not in negated:
                participants.append(m.person)
        clause = sentence.text[max(0, ts - s0 - 120) : te - s0 + 60]
        status = MeetingStatus.HELD
        if _CANCELLED.search(clause):
            status = MeetingStatus.CANCELLED
        elif _FUTURE.search(sentence.text[max(0, ts - s0 - 80) : te - s0]) or _FUTURE_AFTER.match(
            sentence.text[te - s0 :]
        ):
            status = MeetingStatus.PLANNED
        mine = [d for d in dates if date_owner[s0 + d.start] == t]
        date = _pick_date(mine, status == MeetingStatus.PLANNED, reference, sentence.text)
        if status == MeetingStatus.PLANNED and date and reference and date.is_complete:
            day = date.to_date()
            if day is not None and day <= reference and _AHEAD.search(clause) and not re.search(r"\bwill\b", clause):
                status = MeetingStatus.HELD
        location = None if modality in (Modality.PHONE, Modality.VIDEO) else _city(text, s0, s1, ts)
        countries = _countries(text, sentence, ts, te, participants, people)
        before = text[max(s0, ts - 30) : ts]
        anaphoric = (bool(_DEFINITE.search(before)) and not participants and date is None) or bool(
            re.search(r"\bsuch\s+$", before)
        )
        drafts.append(
            MeetingDraft(
                start=ts,
                end=te,
                modality=modality,
                status=status,
                date=date,
                location=location,
                participants=participants,
                countries=countries,
                sentence=index,
                anaphoric=anaphoric,
                explicit=trig.explicit,
                summit=trig.summit,
            )
        )
    return drafts


def _distance(start: int, end: int, trigger: _Trigger) -> int:
    ts, te = trigger.start, trigger.end
    if end <= ts:
        return ts - end
    if start >= te:
        return (start - te) + 5  # a name before the trigger (its subject) is slightly preferred
    return 0


def _pick_date(mine: list[DateMention], future: bool, reference: _dt.date | None, sentence: str) -> PartialDate | None:
    if not mine:
        return None
    # "Tuesday through Thursday": a span of days is dated to its month
    if len(mine) >= 2 and re.search(r"\b(?:through|to|until|-)\s*$", sentence[mine[0].end : mine[1].start]):
        v = mine[0].value
        return PartialDate(year=v.year, month=v.month) if v and v.month else v
    return mine[0].value


def _countries(text: str, sentence: Sentence, ts: int, te: int, participants: list[int], people: People) -> list[str]:
    out: list[str] = []
    for i in participants:
        c = people.persons[i].country
        if c and c not in out:
            out.append(c)
    if len(out) >= 2:
        return out
    s0 = sentence.start
    subject = text[max(s0, ts - 160) : ts]
    tail = text[te : min(sentence.end, te + 120)]
    tail = re.split(r"\b(?:to discuss|on|about|regarding|over|concerning)\b", tail, maxsplit=1)[0]
    window = text[max(s0, ts - 60) : min(sentence.end, te + 60)]
    # "in Hanoi, Vietnam": a host country named after its city does not take part
    named = countries_in(_drop_hosts(subject)) + countries_in(_drop_hosts(tail))
    for c in named:
        if c == "KP" and not _north_takes_part(window):
            continue
        if c not in out:
            out.append(c)
    return out


def _drop_hosts(phrase: str) -> str:
    return re.sub(r"\b(?:in|at)\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]+", " ", phrase)


def _north_takes_part(sentence: str) -> bool:
    return bool(
        re.search(
            r"(?:with|and|between)\s+(?:North Korea|Pyongyang|the North|the DPRK)\b|"
            r"(?:U\.?S\.?|US|American|Washington|DPRK)[- ](?:North Korea|DPRK|U\.?S\.?)\b|inter-Korean summit|"
            r"North Korea(?:n)?[- ]U\.?S\.?",
            sentence,
        )
    )

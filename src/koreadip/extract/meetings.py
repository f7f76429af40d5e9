"""Meetings: every meeting, call, video conference, round of talks or summit a text reports as held,
planned or cancelled, with its date, modality, place, participants and sides.

Each sentence's triggers (see :mod:`.triggers`) become drafts.  People named around a trigger take
part: "between X and Y", "X met with Y", "X and Y held talks", "He met with Y" (the person the
previous sentence was about) — unless the text says they did not.  A trigger that only refers
back to an event already reported ("the meeting came amid ...", "during the talks") is marked
anaphoric: it may date or place that event but adds no new one.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from ..dates import DateMention, PartialDate, find_dates
from ..records import MeetingStatus, Modality
from .people import Mention, People
from .text import Caseless, Sentence
from .triggers import Trigger, triggers
from .vocabulary import CITIES, countries_in

__all__ = ["MeetingDraft", "find_meetings"]

_CANCELLED = Caseless(
    re.compile(
        r"\b(?:cancel(?:l)?ed|canceling|cancelling|called off|call off|scrapped|postponed)\b", re.I
    )
)
_FUTURE = Caseless(
    re.compile(
        r"\b(?:will|shall|is to|are to|to be held|to hold|to meet|to visit|to sit down|"
        r"to take place|"
        r"to travel|plans? to|planning to|planned|scheduled|set to|set for|expected to|upcoming|"
        r"next (?:week|month|year)|is due|are due|slated|tomorrow|later this (?:week|month|year)|"
        r"headed (?:to|for)|heading (?:to|for)|leaves for|left for|ahead of|going to|"
        r"(?:date|venue|preparations?|prepare|preparing) (?:and venue )?for|for holding|"
        r"agreed to (?:hold|meet))\b",
        re.IGNORECASE,
    )
)
_FUTURE_AFTER = Caseless(
    re.compile(
        r"^[^.;]{0,70}?\b(?:will|is to|are to|scheduled|set for|set to|planned|expected|slated|"
        r"due)\b",
        re.I,
    )
)
_AHEAD = Caseless(re.compile(r"\bahead of\b", re.IGNORECASE))
_NEGATED = re.compile(
    r"\b(?:did not|didn't|does not|will not|won't|not)\s+(?:participate|attend|take part|join|"
    r"meet)\b|\bwithout\b",
    re.IGNORECASE,
)
_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\band\s)(?:The|the|This|this|That|that|Their|their|Its|"
    r"its)\s+(?:[\w-]+\s+){0,2}$"
)
_REFERRING_VERB = re.compile(
    r"^\s+(?:came|comes|follows?|followed|took|takes|was|were|is|are|has|had|will|would|started|"
    r"starts|"
    r"lasted|began|begins|ended|represents|marks|marked|drew|draws|also|itself|itself)\b"
)
_PREPOSITIONAL = Caseless(
    re.compile(
        r"\b(?:during|at|in|after|before|following|throughout|since|of)\s+(?:the|their|this|that|its|"
        r"these)\s+(?:[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,2}$")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .,]{0,40}?\s)?[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z ]{2,20}\)\s*(?:--|-|"
    r"\u2014)"
)
_DATE_BARRIER = Caseless(
    re.compile(
        r"\b(?:after|before|since|until|till|following|ahead of|prior to|less than|took office|"
        r"taking office|"
        r"amid|while|comes as|came as|inauguration)\b",
        re.I,
    )
)
_PAST_WORD = Caseless(re.compile(r"\b(?:earlier|last|ago|yesterday|previous|this morning)\b", re.I))
_DETERMINER_BEFORE = Caseless(
    re.compile(r"\b(?:the|their|this|these|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
)
_NEW_CLAUSE = re.compile(r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:is|was|has|had|are|were|will)\b")
_ELLIPSIS = re.compile(r",?\s+and\s+(?:(?:on|in|later|then)\s+[^,;]{0,25}?\s+)?with\s")
_PRONOUN_SUBJECT = re.compile(r"^(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:He|She)\b")
_TRAVEL = re.compile(
    r"\b(?:visit\w*|trip|arriv\w+|travel\w*|flew|fly|head(?:ed|ing|s)? to|went to|in [A-Z][a-z]+)\b"
)


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
    travel: bool = False
    header: bool = False
    vague: bool = False


def find_meetings(
    text: str,
    sentences: list[Sentence],
    people: People,
    reference: _dt.date | None,
    quoted: list[tuple[int, int]],
    body_start: int = 0,
) -> list[MeetingDraft]:
    """Meeting drafts, one per event mention, in text order."""
    drafts: list[MeetingDraft] = []
    for index, sentence in enumerate(sentences):
        found = triggers(sentence, quoted)
        if found:
            for d in _read_sentence(text, sentences, index, found, people, reference):
                d.header = d.start < body_start
                drafts.append(d)
    return drafts


def _anaphoric(text: str, sentence: Sentence, t: Trigger) -> bool:
    """Whether a trigger refers back to an event ("the meeting came ...", "during the talks")."""
    before = text[max(sentence.start, t.start - 40) : t.start]
    after = text[t.end : t.end + 30]
    if re.search(r"\bsuch\s+$", before):
        return True
    if _DEFINITE_SUBJECT.search(before) and _REFERRING_VERB.match(after):
        return True  # may still name who took part: "the meeting took place between X and Y"
    if re.search(r"\bas\s+an?\s+(?:[\w-]+\s+){0,3}$", before):
        return True  # "described the talks as a wide-ranging discussion"
    return bool(_PREPOSITIONAL.search(before)) and not re.match(r"\s+(?:between|with)\b", after)


def _read_sentence(
    text: str,
    sentences: list[Sentence],
    index: int,
    found: list[Trigger],
    people: People,
    reference: _dt.date | None,
) -> list[MeetingDraft]:
    sentence = sentences[index]
    s0, s1 = sentence.start, sentence.end
    dateline = _DATELINE.match(sentence.text)
    body_from = s0 + (dateline.end() if dateline else 0)
    mentions = [
        m
        for m in people.mentions_between(s0, s1)
        if m.start >= body_from
        and not re.match(
            r"['’]?s?\s+(?:administration|government)\b", text[m.end : m.end + 18], re.I
        )
    ]
    negated = _negated(text, s0, s1, mentions)
    anaphoric = [
        _anaphoric(text, sentence, t)
        or (
            i > 0
            and bool(
                re.search(
                    r"\bfor\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$",
                    text[max(s0, t.start - 30) : t.start],
                )
            )
            and not re.match(r"\s+(?:between|with)\b", text[t.end : t.end + 12])
        )
        for i, t in enumerate(found)
    ]
    # people go to the triggers that report events; only if none does, to those that refer back
    live = [i for i, a in enumerate(anaphoric) if not a] or list(range(len(found)))
    owner, via_between = _owners(text, s1, found, live, mentions)
    subject = [
        m for m in mentions if m.start not in owner and live and m.end <= found[live[0]].start
    ]
    if not subject and live and _PRONOUN_SUBJECT.match(text[s0 : found[live[0]].start]):
        antecedent = _antecedent(sentences, index, people)
        if antecedent is not None:
            subject = [antecedent]
    for m in mentions:
        if m.start not in owner and m not in subject and live:
            nearest = min(live, key=lambda t: _distance(m.start, m.end, found[t]))
            trig = found[nearest]
            gap = text[m.end : trig.start] if m.end <= trig.start else text[trig.end : m.start]
            if _distance(m.start, m.end, trig) <= 80 and not _DATE_BARRIER.search(gap):
                owner[m.start] = nearest

    future_sentence = bool(_FUTURE.search(sentence.text))
    dates = [
        d
        for d in find_dates(sentence.text, reference, future=future_sentence)
        if d.value is not None
        and s0 + d.start >= body_from
        and not d.text.lower().startswith(("since", "until", "till"))
    ]
    date_owner = {d.start: _date_owner(text, s0, d, found, live) for d in dates}

    drafts = []
    for t, trig in enumerate(found):
        ts, te = trig.start, trig.end
        participants: list[int] = []
        if t not in live and re.search(
            r"\btheir\s+(?:[\w-]+\s+){0,2}$", text[max(s0, ts - 40) : ts]
        ):
            participants = [m.person for m in subject if m.person not in negated]
        if t not in live:
            span = _between(text, te, s1)
            if span:
                participants += [
                    m.person
                    for m in mentions
                    if span[0] <= m.start < span[1] and m.person not in participants
                ]
        if t in live:
            pool = [m for m in mentions if owner.get(m.start) == t]
            lead = text[max(s0, ts - 40) : ts]
            if t not in via_between and (
                _shares_subject(text, sentence, trig)
                or re.search(r"\btheir\s+(?:[\w-]+\s+){0,2}$", lead)
            ):
                pool = subject + pool
            pool += [
                m for m in subject if re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,2}", text[m.end : ts])
            ]
            for m in pool:
                if m.person not in participants and m.person not in negated:
                    participants.append(m.person)
        status = _status(sentence, trig, found[t - 1].end if t else s0)
        mine = [d for d in dates if date_owner[d.start] == t]
        date = _pick_date(mine, sentence.text)
        if date is not None and date.month is None:
            date = None  # "this year", "the first half of next year": no date to speak of
        past = any(_PAST_WORD.search(d.text) for d in mine)
        clause = sentence.text[max(0, ts - s0 - 60) : te - s0]
        if (
            status is MeetingStatus.PLANNED
            and date is not None
            and (
                past
                or (reference is not None and _before(date, reference))
                or (
                    reference is not None
                    and date.to_date() == reference
                    and _AHEAD.search(clause)
                    and not re.search(r"\bwill\b", clause)
                )
            )
        ):
            status = MeetingStatus.HELD
        elif (
            status is MeetingStatus.HELD
            and date is not None
            and reference is not None
            and _after(date, reference)
        ):
            status = MeetingStatus.PLANNED
        location = (
            None if trig.modality in (Modality.PHONE, Modality.VIDEO) else _city(text, s0, s1, trig)
        )
        modality = trig.modality
        if modality is Modality.UNKNOWN and (location or _TRAVEL.search(sentence.text)):
            modality = Modality.IN_PERSON
        is_anaphoric = anaphoric[t] or (
            bool(_DETERMINER_BEFORE.search(text[max(s0, ts - 30) : ts]))
            and not participants
            and date is None
            and location is None
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
                countries=_countries(text, sentence, trig, participants, people),
                sentence=index,
                anaphoric=is_anaphoric,
                explicit=trig.explicit,
                summit=trig.summit,
                travel=trig.travel,
                vague=trig.vague,
            )
        )
    return _split_ellipsis(text, sentence, drafts, mentions, dates, people)


_SUBJECT_VERB = re.compile(
    r"\b(?:held|hold|holds|holding|had|has|have|attend\w*|join\w*|led|leads|conduct\w*|began|begin|"
    r"start\w*|wrapp\w*|co-chair\w*|host\w*|will|to|having|after|before|during|at|"
    r"for)\s+(?:[\w.'’-]+\s+){0,5}$"
)
_VERB_TRIGGER = Caseless(
    re.compile(
        r"^(?:met|meet|meets|visit|visits|visited|visiting|spoke|talked|sat down|sit down|"
        r"sitting down|dropped by|phoned|co-chaired)\b",
        re.I,
    )
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been|will be)\s+(?:\w+ly\s+)?$")


def _shares_subject(text: str, sentence: Sentence, trig: Trigger) -> bool:
    """Whether the sentence's subject takes part: "X met Y", "X held talks with Y", not
    "X is known for her work on the summits"."""
    lead = text[max(sentence.start, trig.start - 25) : trig.start]
    noun = re.search(
        r"(?:\b(?:a|an|the|his|her|their|its|planned|first|state|official|working|four-day|"
        r"two-day|three-day)|['’]s)\s+$",
        lead,
    )
    if _VERB_TRIGGER.match(text[trig.start : trig.end]) and not noun:
        return True
    if text[trig.start : trig.end].lower().startswith("meeting") and _PROGRESSIVE.search(
        text[max(sentence.start, trig.start - 20) : trig.start]
    ):
        return True
    return bool(_SUBJECT_VERB.search(text[max(sentence.start, trig.start - 50) : trig.start]))


def _negated(text: str, s0: int, s1: int, mentions: list[Mention]) -> set[int]:
    """People the text says did not take part: the subject of "did not participate" (back to
    the start of its clause), the object of "did not meet", anyone "without" whom it happened."""
    out: set[int] = set()
    for neg in _NEGATED.finditer(text, s0, s1):
        word = neg.group().lower()
        if "without" in word:
            out |= {m.person for m in mentions if 0 <= m.start - neg.end() < 40}
            continue
        clause = max(text.rfind(",", s0, neg.start()), text.rfind(";", s0, neg.start()), s0)
        clause = max(clause, text.rfind(" but ", s0, neg.start()))
        if word.endswith("meet"):
            stop = re.search(r"[,;.]|\band\b", text[neg.end() : s1])
            end = neg.end() + (stop.start() if stop else s1 - neg.end())
            out |= {m.person for m in mentions if neg.end() <= m.start < end}
        else:
            out |= {m.person for m in mentions if clause <= m.start and m.end <= neg.start()}
    return out


def _owners(
    text: str, s1: int, found: list[Trigger], live: list[int], mentions: list[Mention]
) -> tuple[dict[int, int], set[int]]:
    """Who is claimed by which trigger through "between X and Y", then "with X"."""
    owner: dict[int, int] = {}
    via_between: set[int] = set()
    for t in live:
        span = _between(text, found[t].end, s1)
        if span:
            via_between.add(t)
            for m in mentions:
                if span[0] <= m.start < span[1] and m.start not in owner:
                    owner[m.start] = t
    for pos, t in enumerate(live):
        if t in via_between:
            continue
        nxt = found[live[pos + 1]].start if pos + 1 < len(live) else s1
        span = _with(text, found[t].end, nxt)
        if span:
            for m in mentions:
                if span[0] <= m.start < span[1] and m.start not in owner:
                    owner[m.start] = t
    return owner, via_between


def _antecedent(sentences: list[Sentence], index: int, people: People) -> Mention | None:
    """The person a sentence-initial "He"/"She" refers to: the first named in a recent sentence."""
    for back in range(index - 1, max(-1, index - 4), -1):
        inside = people.mentions_between(sentences[back].start, sentences[back].end)
        if inside:
            return inside[0]
    return None


def _status(sentence: Sentence, trig: Trigger, floor: int) -> MeetingStatus:
    s0 = sentence.start
    clause = sentence.text[max(0, trig.start - s0 - 120) : trig.end - s0 + 60]
    if _CANCELLED.search(clause):
        return MeetingStatus.CANCELLED
    before = sentence.text[max(0, trig.start - s0 - 80, floor - s0) : trig.end - s0]
    if _FUTURE.search(before) or _FUTURE_AFTER.match(sentence.text[trig.end - s0 :]):
        return MeetingStatus.PLANNED
    return MeetingStatus.HELD


def _before(date: PartialDate, reference: _dt.date) -> bool:
    """True when the date lies wholly before the reference day."""
    if date.year is None:
        return False
    if date.year != reference.year:
        return date.year < reference.year
    if date.month is None:
        return False
    if date.month != reference.month:
        return date.month < reference.month
    return date.day is not None and date.day < reference.day


def _after(date: PartialDate, reference: _dt.date) -> bool:
    """True when the date lies wholly after the reference day."""
    if date.year is None:
        return False
    if date.year != reference.year:
        return date.year > reference.year
    if date.month is None:
        return False
    if date.month != reference.month:
        return date.month > reference.month
    return date.day is not None and date.day > reference.day


def _date_owner(
    text: str, s0: int, d: DateMention, found: list[Trigger], live: list[int]
) -> int | None:
    ds, de = s0 + d.start, s0 + d.end
    best: tuple[int, int] | None = None
    reach = 90 if len(found) > 1 else 160
    for t in range(len(found)):
        trig = found[t]
        lo, hi = (de, trig.start) if de <= trig.start else (trig.end, ds)
        gap = text[lo:hi]
        if ds - s0 <= 3 and re.match(r"[^,]{0,80},", text[de : de + 85]):
            gap = ""  # "On the 21st, ..." dates the whole sentence
        if hi - lo > reach or _NEW_CLAUSE.search(gap):
            continue
        barrier = _DATE_BARRIER.search(gap)
        if barrier and not re.match(r"(?:before|after)\s+\w+ing\b", gap[barrier.start() :]):
            continue
        dist = _distance(ds, de, trig)
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1] if best else None


_CLAUSE_END = re.compile(
    r"[;.]|,\s+(?:according|which|who|but|while|where|when|said|the\s+\w+\s+said)\b|"
    r"\s(?:to discuss|to exchange|on|in|at|amid|after|before|since|during|for talks|who|which|"
    r"where|last|this|next|earlier)\s|"
    r",?\s+and\s+(?:said|told|added|stressed|noted|discussed|agreed|expressed|reaffirmed|shared|"
    r"pledged|exchanged)\b"
)


def _clause_span(text: str, start: int, limit: int) -> tuple[int, int]:
    stop = _CLAUSE_END.search(text, start, limit)
    return start, stop.start() if stop else limit


def _between(text: str, trigger_end: int, sentence_end: int) -> tuple[int, int] | None:
    m = re.match(r"[^,.;]{0,25}?\bbetween\b", text[trigger_end:sentence_end])
    if not m:
        return None
    return _clause_span(text, trigger_end + m.end(), sentence_end)


def _with(text: str, trigger_end: int, limit: int) -> tuple[int, int] | None:
    m = re.match(r"(?:[^,.;]{0,30}?\s)?(?:with|to|by)\s", text[trigger_end:limit])
    if not m:
        return None
    return _clause_span(text, trigger_end + m.end(), limit)


def _city(text: str, s0: int, s1: int, trig: Trigger) -> str | None:
    lo, hi = max(s0, trig.start - 60), min(s1, trig.end + 100)
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


def _distance(start: int, end: int, trigger: Trigger) -> int:
    if end <= trigger.start:
        return trigger.start - end
    if start >= trigger.end:
        return (
            start - trigger.end
        ) + 5  # a name before the trigger (its subject) is slightly preferred
    return 0


def _pick_date(mine: list[DateMention], sentence: str) -> PartialDate | None:
    if not mine:
        return None
    # "Tuesday through Thursday": a span of days is dated to its month
    if len(mine) >= 2 and re.search(
        r"^\s*(?:through|to|until|-|and)\s*$", sentence[mine[0].end : mine[1].start]
    ):
        v = mine[0].value
        return PartialDate(year=v.year, month=v.month) if v and v.month else v
    return mine[0].value


def _countries(
    text: str, sentence: Sentence, trig: Trigger, participants: list[int], people: People
) -> list[str]:
    out: list[str] = []
    for i in participants:
        c = people.persons[i].country
        if c and c not in out:
            out.append(c)
    if len(out) >= 2:
        return out
    s0 = sentence.start
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


def _split_ellipsis(
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

"""When a reported meeting is: its date among the sentence's dates, and whether it was held,
is planned or was called off."""

from __future__ import annotations

import datetime as _dt
import re

from ..date_reading import DateMention, date_phrases, read_dates
from ..dates import PartialDate
from ..records import MeetingStatus
from .participants import distance
from .text import Caseless, Sentence
from .triggers import Trigger, holds_any
from .vocabulary import REPORTING

__all__ = [
    "AHEAD",
    "DATE_BARRIER",
    "FUTURE",
    "PAST_WORD",
    "called_off",
    "date_owner",
    "dated_status",
    "pick_date",
    "sentence_dates",
    "status_of",
    "tells_the_same_day",
    "wholly_after",
    "wholly_before",
]

# the words that call a meeting off ("postponed", "fell through", "will take place at a later
# date"), in any tense, as a verb or a noun ("the postponement of the talks")
_CALL_OFF = Caseless(
    re.compile(
        r"\b(?:cancel(?:s|led|ed|ling|ing|lation)?|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?|"
        r"postpon(?:e|es|ed|ing|ement)|put off|(?:been|was|were|is|are) delayed|"
        r"f[ae]ll(?:s|en)? through|(?:take place|be held) at a later (?:date|time)|"
        r"(?:put )?on hold)\b",
        re.I,
    ),
    opens_a_word=True,
)
_CALL_OFF_WORDS = (
    "cancel", "call", "scrap", "postpon", "put off", "delayed", "through", "at a later", "on hold"
)  # fmt: skip
# "threatened to cancel", "was not postponed", "refused to call off": no call-off
_NO_CALL_OFF = re.compile(
    r"\b(?:threat\w*|not|n't|never|refus\w+|reject\w+|den(?:y|ied|ies)|could|might|may|would)"
    r"\s+(?:to\s+|be\s+)?(?:\w+\s+)?$",
    re.I,
)
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|this|that|all)\b")
# between a meeting and its own call-off verb: a few words, no clause break
_SAME_PHRASE = re.compile(r"\s*(?:[^\s,;.]+\s+){0,8}")  # words apart: no backtracking
# what makes a later trigger the purpose of a visit: "... to Washington, where he was to meet"
_PURPOSE_LINK = re.compile(r"(?:(?!\bbut\b)[^;])*?\b(?:where|to|for)\s+(?:[\w-]+\s+){0,3}$")
# "cancelled his visit", "the postponement of high-level talks": the trigger the word governs
_GOVERNED = re.compile(r"\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}")


FUTURE = Caseless(
    re.compile(
        r"\b(?:will|shall|is to|are to|to be held|to hold|to meet|to visit|to sit down|"
        r"to take place|"
        r"to travel|plans? to|planning to|planned|scheduled|set to|set for|expected to|upcoming|"
        r"next (?:week|month|year)|is due|are due|slated|tomorrow|later this (?:week|month|year)|"
        r"head(?:s|ed)? (?:to|for)|heading (?:to|for)|leaves for|left for|ahead of|going to|"
        r"depart(?:s|ed|ing)? for|to attend|"
        r"(?:date|venue|agenda|preparations?|prepare|preparing) (?:and venue )?for|for holding|"
        r"within (?:a|the next|\w+) (?:days?|weeks?|months?)|"
        r"anticipated|"
        r"agreed to (?:hold|meet)|"
        r"would (?:\w+ )?(?:travel|visit|meet|hold|host|attend|go|fly|head)|"
        r"(?:to make|to ensure) (?:a |the )?success(?:ful)?|for a successful)\b",
        re.IGNORECASE,
    ),
    opens_a_word=True,
)


_FUTURE_AFTER = Caseless(
    re.compile(
        # "the talks, scheduled for Friday", "the meeting is expected to": the trigger's own
        # verb, not "cancelled a planned lunch" said of something else
        r"^[^.;]{0,70}?\b(?:will|is to|are to|scheduled|set for|set to|slated|due|planned for|"
        r"(?:is|are|was|were|be|been)\s+(?:\w+\s+)?(?:planned|expected))\b",
        re.I,
    )
)


AHEAD = Caseless(re.compile(r"\bahead of\b", re.IGNORECASE))


DATE_BARRIER = Caseless(
    re.compile(
        r"\b(?:after|before|since|until|till|following|ahead of|prior to|less than|took office|"
        r"taking office|"
        r"amid|while|comes as|came as|inauguration)\b",
        re.I,
    )
)


PAST_WORD = Caseless(re.compile(r"\b(?:earlier|last|ago|yesterday|previous|this morning)\b", re.I))


_TO_ATTEND = re.compile(r"\bto\s+(?:attend|join|take part in|participate in)\b")
_BUT = re.compile(r"\bbut\b")
# ", who arrived on Sunday,": a relative clause, whose dates are its own verb's
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s[^,;]{0,200}$")
_NEW_CLAUSE = re.compile(
    r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:is|was|has|had|are|were|will)\b|,\s+where\b"
)

# a subject made of names, titles, possessives and a few adjectives: "Secretary Pompeo's
# meeting with ...", "The planned talks", "A trilateral summit" — no verb before the trigger
_NOUN_SUBJECT = re.compile(
    r"(?=.*?(?:\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s|['’]s\s))"  # a determiner
    r"\s*(?:(?:[A-Z][\w.'’-]*|[\w-]+['’]s?|the|a|an|their|his|her|its|of|and|planned|"
    r"scheduled|proposed|upcoming|first|second|third|next|[\w-]+-level|bilateral|trilateral)\s+)"
    r"{0,9}"
)


def called_off(sentence: Sentence, found: list[Trigger]) -> set[int]:
    """The triggers of a sentence that its call-off words speak of: the one a word governs
    ("cancelled his visit"), else the nearest before it ("the talks were postponed"); where
    the sentence's subject is a meeting, however far its verb comes ("Pompeo's meeting with
    ..., scheduled for this week in New York, will take place at a later date")."""
    text, s0 = sentence.text, sentence.start
    out: set[int] = set()
    if text.isascii():
        low = text.lower()
        if not holds_any(low, _CALL_OFF_WORDS):
            return out  # (a cheap test first: every call-off holds one of the words)
    for m in _CALL_OFF.finditer(text):
        if _NO_CALL_OFF.search(text, max(0, m.start() - 30), m.start()):
            continue
        governed = [
            t
            for t, trig in enumerate(found)
            if trig.start - s0 >= m.end() and _GOVERNED.fullmatch(text, m.end(), trig.start - s0)
        ]
        # "his visit to Mongolia and South Korea has been delayed"; not "cut short their talks
        # and cancelled a planned dinner", whose verb has an object of its own
        takes_object = _OBJECT_AFTER.match(text, m.end()) is not None
        before = [
            t
            for t, trig in enumerate(found)
            if not takes_object
            and trig.end - s0 <= m.start()
            and _SAME_PHRASE.fullmatch(text, trig.end - s0, m.start())
        ]
        subject = [
            t
            for t, trig in enumerate(found[:1])
            if _NOUN_SUBJECT.fullmatch(text, 0, trig.start - s0) and ";" not in text[: m.start()]
        ]
        for pick in (governed[:1], before[-1:], subject):
            if pick:
                out.add(pick[0])
                break
    for t in sorted(out):  # "cancelled his visit to Washington, where he was to meet X"
        for later in range(t + 1, len(found)):
            if not _PURPOSE_LINK.match(text, found[t].end - s0, found[later].start - s0):
                break
            out.add(later)
    return out


_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+)?){2,}")


def status_of(sentence: Sentence, trig: Trigger, floor: int, *, cancelled: bool) -> MeetingStatus:
    """Held, planned or called off, by the words around the trigger (``cancelled`` when the
    sentence's call-off words speak of it, see :func:`called_off`)."""
    if cancelled:
        return MeetingStatus.CANCELLED
    s0 = sentence.start
    # 80 characters of the words before, a name with its title counting as one word: "X will
    # host Deputy Secretary of State A and First Vice Foreign Minister B for the meeting"
    before = sentence.text[max(0, trig.start - s0 - 240, floor - s0) : trig.start - s0]
    before = _NAME_RUN.sub("X ", before)[-80:] + sentence.text[trig.start - s0 : trig.end - s0]
    if FUTURE.search(before) or _FUTURE_AFTER.match(sentence.text[trig.end - s0 :]):
        return MeetingStatus.PLANNED
    return MeetingStatus.HELD


def wholly_before(date: PartialDate, reference: _dt.date) -> bool:
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


def wholly_after(date: PartialDate, reference: _dt.date) -> bool:
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


_SAID_ON = re.compile(
    rf"\b(?:{REPORTING}|told (?:reporters|lawmakers|journalists|a \w+))\s+(?:on\s+)?$"
)


def date_owner(
    text: str,
    s0: int,
    d: DateMention,
    found: list[Trigger],
    *,
    purposes: frozenset[int] = frozenset(),
    fronted: tuple[int, int] = (0, 0),
) -> int | None:
    """The trigger a date belongs to.  ``purposes`` are triggers that name another's purpose
    ("will meet Kim on Feb. 27 for their second summit"): the date is the meeting's.  A date
    inside the sentence's ``fronted`` clause dates none of the main clause's triggers, nor the
    other way round."""
    ds, de = s0 + d.start, s0 + d.end
    best: tuple[int, int] | None = None
    reach = 90 if len(found) > 1 else 160
    lo_f, hi_f = fronted
    relative = _relative_clause(text, s0, ds, de)
    for t in range(len(found)):
        if t in purposes:
            continue
        trig = found[t]
        if (lo_f <= ds < hi_f) != (lo_f <= trig.start < hi_f):
            continue
        if relative and not relative[0] <= trig.start < relative[1]:
            continue
        lo, hi = (de, trig.start) if de <= trig.start else (trig.end, ds)
        gap = text[lo:hi]
        if ds - s0 <= 3 and re.match(r"[^,]{0,80},", text[de : de + 85]):
            gap = ""  # "On the 21st, ..." dates the whole sentence
        if hi - lo > reach or ";" in gap or _NEW_CLAUSE.search(gap) or _BUT.search(gap):
            continue
        if de <= trig.start and _TO_ATTEND.search(gap):
            continue  # "departed on Thursday to attend a summit": the day of the departure
        if (
            de <= trig.start
            and _SAID_ON.search(text, max(s0, ds - 40), ds)
            and FUTURE.pattern.search(text, de, trig.end)
        ):
            continue  # "said on Monday that he would travel to Seoul": the day of the saying
        if de > trig.start and _CALL_OFF.search(gap):
            continue  # "the trip was canceled on Friday": the day of the canceling
        barrier = DATE_BARRIER.search(gap)
        if barrier and not re.match(r"(?:before|after)\s+\w+ing\b", gap[barrier.start() :]):
            continue
        dist = distance(ds, de, trig)
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1] if best else None


def _relative_clause(text: str, s0: int, ds: int, de: int) -> tuple[int, int] | None:
    """The span of the relative clause (", who ... ,") that holds the date at ``ds:de``."""
    opened = _RELATIVE_OPEN.search(text, max(s0, ds - 200), ds)
    if opened is None:
        return None
    close = text.find(",", de, de + 200)
    return (opened.start(), close) if close >= 0 else None


def pick_date(mine: list[DateMention], sentence: str) -> PartialDate | None:
    if not mine:
        return None
    # "said Tuesday he will meet Kim on Feb. 27": the day of the saying yields to another
    told = [d for d in mine if _SAID_ON.search(sentence, max(0, d.start - 40), d.start)]
    if told and len(told) < len(mine):
        mine = [d for d in mine if d not in told]
    # "this week ... on Thursday": the day, where every other date holds it
    days = [d.value for d in mine if d.value is not None and d.value.day is not None]
    if len(mine) >= 2 and days and all(d.value is None or d.value.contains(days[0]) for d in mine):
        return days[0]
    # "Tuesday through Thursday": a span of days is dated to its month
    if len(mine) >= 2 and (
        re.search(r"^\s*(?:through|to|until|-|and)\s*$", sentence[mine[0].end : mine[1].start])
        or re.match(r"(?:through|until|till)\s", mine[1].text, re.I)
    ):
        v = mine[0].value
        return PartialDate(year=v.year, month=v.month) if v and v.month else v
    return mine[0].value


_PAST_VERB = re.compile(
    r"\b(?:arrived|met|held|visited|said|left|returned|landed|departed|was|were)\b"
    r"(?:\s+[\w.,'’-]+){0,5}\s*$"
)
# what places a date in the past when it is the nearest tense word before (or just after) it
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|took|made|met|held|spoke|said|told|left|began|ago|last|earlier|"
    r"previous|yesterday|(?!(?:schedul|plann|expect|slat|propos|anticipat|aim)ed\b)[a-z]{2,}ed)\b"
)
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")
_LEADING_PREP = re.compile(r"(?:on|in|for|by|from|since|until|till|through|during)\s+", re.I)
_DETERMINER = re.compile(r"\b(?:the|their|his|her|its|a|an|this|that)\s+$", re.I)
_CUE_REACH = 90

_WILL = re.compile(r"\bwill\b")


def _cue(sentence: str, start: int, end: int) -> bool | None:
    """The tense the words nearest a date give it: True for the future, False for the past,
    None when no tense word stands within reach (before it in its clause, else just after)."""
    if _DETERMINER.search(sentence, max(0, start - 8), start):
        return None  # "their June 8 meeting": the noun's own date, whatever the verb's tense
    prep = _LEADING_PREP.match(sentence, start, end)
    upto = prep.end() if prep else start  # "set for May 21": the preposition is the cue's
    lo = max(0, start - _CUE_REACH)
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, lo, start)), default=lo)
    future = [m.end() for m in FUTURE.pattern.finditer(sentence, lo, upto)]
    past = [m.end() for m in _PAST_CUE.finditer(sentence, lo, start)]
    if future or past:
        return max(future, default=-1) >= max(past, default=-1)
    after = sentence[end : end + 25]
    stop = _CLAUSE_BREAK.search(after)
    after = after[: stop.start()] if stop else after
    f, p = FUTURE.pattern.search(after), _PAST_CUE.search(after)
    if f or p:
        return p is None or (f is not None and f.start() <= p.start())
    return None


def sentence_dates(sentence: str, reference: _dt.date | None, split: int = 0) -> list[DateMention]:
    """The sentence's dates, each read forwards or backwards from the reference by the tense
    of the words nearest it ("arrived on the 2nd" and "plans to meet on the 4th" in one
    sentence).  A month and day with no tense word near it is the one nearest the reference,
    a weekday follows the tense of its whole clause (the fronted clause ends at ``split``)."""
    phrases = date_phrases(sentence)
    back = read_dates(sentence, phrases, reference)
    if reference is None or not any(b.kind in _DIRECTED for b in back):
        return back  # stated dates read the same either way
    ahead = read_dates(sentence, phrases, reference, future=True)
    clauses = (sentence[:split], sentence[split:])
    out = []
    for b, a in zip(back, ahead, strict=True):
        tense = _cue(sentence, b.start, b.end)
        if tense is None:
            if b.kind == "yearless" and a.value is not None and b.value is not None:
                near = _distance(a.value, reference) < _distance(b.value, reference)
                out.append(a if near else b)
                continue
            tense = FUTURE.search(clauses[b.start >= split]) is not None
        out.append(a if tense else b)
    return out


# the kinds of date phrase whose reading depends on the direction from the reference
_DIRECTED = frozenset({"yearless", "weekday", "day_of_month"})


def _distance(date: PartialDate, reference: _dt.date) -> int:
    day = date.to_date() or _dt.date(date.year or reference.year, date.month or 1, 15)
    return abs((day - reference).days)


def dated_status(
    status: MeetingStatus,
    date: PartialDate | None,
    mine: list[DateMention],
    reference: _dt.date | None,
    clause: str,
) -> MeetingStatus:
    """The status the words give, corrected by the date: a "planned" meeting dated before the
    reference day (or "earlier this week") was held, a "held" one dated after it is planned."""
    if date is None:
        return status
    if status is MeetingStatus.PLANNED:
        past = any(PAST_WORD.search(d.text) for d in mine)
        ahead_today = (
            reference is not None
            and date.to_date() == reference
            and bool(AHEAD.search(clause))
            and not _WILL.search(clause)
        )
        if past or ahead_today or (reference is not None and wholly_before(date, reference)):
            return MeetingStatus.HELD
    elif status is MeetingStatus.HELD and reference is not None and wholly_after(date, reference):
        return MeetingStatus.PLANNED
    return status


# the day told last: "On the same day, ...", "Earlier in the day, ...", "Noh later sat down ..."
_SAME_DAY = re.compile(
    r"\b(?:on\s+)?the same day\b|\b(?:earlier|later)\s+in\s+the\s+day\b|"
    r"^[^,;]{0,60}?\blater\s+(?:sat|met|held|spoke|visited|called|joined|hosted|had)\b",
    re.I,
)


def tells_the_same_day(sentence: str) -> bool:
    """Whether a sentence dates its meetings by the day told last ("on the same day", "later
    in the day"); ASCII text holding none of the words needs no scan."""
    if sentence.isascii():
        low = sentence.lower()
        if "the same day" not in low and "later" not in low and "earlier" not in low:
            return False
    return _SAME_DAY.search(sentence) is not None

"""When a reported meeting is: its date among the sentence's dates (whether it was held, is
planned or was called off is :mod:`.status`)."""

from __future__ import annotations

import datetime as _dt
import re

from ..date_reading import DateMention, date_phrases, read_dates
from ..dates import PartialDate
from .participants import distance
from .status import CALL_OFF as _CALL_OFF
from .status import FUTURE
from .text import Caseless
from .triggers import Trigger
from .vocabulary import REPORTING
from .word_start import opens_word

__all__ = [
    "DATE_BARRIER",
    "date_owner",
    "pick_date",
    "sentence_dates",
    "tells_the_same_day",
]

# (the alternatives that open with one letter grouped behind it, in their written order)
DATE_BARRIER = Caseless(
    re.compile(
        r"\b(?:a(?:fter|head of|mid)|before|since|until|t(?:ill|ook office|aking office)|"
        r"following|prior to|less than|while|c(?:omes as|ame as)|inauguration)\b",
        re.I,
    )
)


_TO_ATTEND = re.compile(opens_word("to") + r"\s+(?:attend|join|take part in|participate in)\b")
_BUT = re.compile(opens_word("but") + r"\b")
# ", who arrived on Sunday,": a relative clause, whose dates are its own verb's
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s[^,;]{0,200}$")
_NEW_CLAUSE = re.compile(
    r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:is|was|has|had|are|were|will)\b|,\s+where\b"
)

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


# what places a date in the past when it is the nearest tense word before (or just after) it
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|took|made|met|held|spoke|said|told|left|began|ago|last|earlier|"
    r"previous|yesterday|(?!(?:schedul|plann|expect|slat|propos|anticipat|aim)ed\b)[a-z]{2,}ed)\b"
)
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")
_LEADING_PREP = re.compile(r"(?:on|in|for|by|from|since|until|till|through|during)\s+", re.I)
_DETERMINER = re.compile(r"\b(?:the|their|his|her|its|a|an|this|that)\s+$", re.I)
_CUE_REACH = 90


def _cue(sentence: str, start: int, end: int, lowered: str | None = None) -> bool | None:
    """The tense the words nearest a date give it: True for the future, False for the past,
    None when no tense word stands within reach (before it in its clause, else just after).
    ``lowered``: the sentence lowercased, where it is ASCII (the scans then run case-sensitive
    twins over it, the same matches)."""
    if _DETERMINER.search(sentence, max(0, start - 8), start):
        return None  # "their June 8 meeting": the noun's own date, whatever the verb's tense
    prep = _LEADING_PREP.match(sentence, start, end)
    upto = prep.end() if prep else start  # "set for May 21": the preposition is the cue's
    lo = max(0, start - _CUE_REACH)
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, lo, start)), default=lo)
    found = (
        FUTURE.pattern.finditer(sentence, lo, upto)
        if lowered is None
        else FUTURE.lower.finditer(lowered, lo, upto)
    )
    future = [m.end() for m in found]
    past = [m.end() for m in _PAST_CUE.finditer(sentence, lo, start)]
    if future or past:
        return max(future, default=-1) >= max(past, default=-1)
    after = sentence[end : end + 25]
    stop = _CLAUSE_BREAK.search(after)
    after = after[: stop.start()] if stop else after
    f, p = FUTURE.search(after), _PAST_CUE.search(after)
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
    lowered = sentence.lower() if sentence.isascii() else None
    out = []
    for b, a in zip(back, ahead, strict=True):
        tense = _cue(sentence, b.start, b.end, lowered)
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


# the day told last: "On the same day, ...", "Earlier in the day, ...", "Noh later sat down ..."
_SAME_DAY = Caseless(
    re.compile(
        r"\b(?:on\s+)?the same day\b|\b(?:earlier|later)\s+in\s+the\s+day\b|"
        r"^[^,;]{0,60}?\blater\s+(?:sat|met|held|spoke|visited|called|joined|hosted|had)\b",
        re.I,
    )
)


def tells_the_same_day(sentence: str) -> bool:
    """Whether a sentence dates its meetings by the day told last ("on the same day", "later
    in the day"); ASCII text holding none of the words needs no scan."""
    if sentence.isascii():
        low = sentence.lower()
        if "the same day" not in low and "later" not in low and "earlier" not in low:
            return False
        return _SAME_DAY.lower.search(low) is not None
    return _SAME_DAY.pattern.search(sentence) is not None

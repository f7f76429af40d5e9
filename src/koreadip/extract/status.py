"""Whether a reported meeting was held, is planned or was called off: the words around its
trigger, corrected by its date."""

from __future__ import annotations

import datetime as _dt
import re

from ..date_reading import DateMention
from ..dates import PartialDate
from ..records import MeetingStatus
from .text import Caseless, Sentence
from .triggers import Trigger, holds_any
from .word_start import opens_word

__all__ = [
    "AHEAD",
    "CALL_OFF",
    "CALL_OFF_WORDS",
    "FUTURE",
    "PAST_WORD",
    "called_off",
    "dated_status",
    "status_of",
    "wholly_after",
    "wholly_before",
]

# the words that call a meeting off ("postponed", "fell through", "will take place at a later
# date"), in any tense, as a verb or a noun ("the postponement of the talks")
CALL_OFF = Caseless(
    re.compile(
        r"\b(?:cancel(?:s|led|ed|ling|ing|lation)?|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?|"
        r"postpon(?:e|es|ed|ing|ement)|put off|(?:been|was|were|is|are) delayed|"
        r"f[ae]ll(?:s|en)? through|(?:take place|be held) at a later (?:date|time)|"
        r"(?:put )?on hold)\b",
        re.I,
    ),
    opens_a_word=True,
)
# every call-off holds one of these: "call" and "through" only as a call-off has them ("called
# off", "fell through"), not as in "a phone call" or "through Friday"
CALL_OFF_WORDS = (
    "cancel", "ll off", "ls off", "ed off", "ng off", "scrap", "postpon", "put off", "delayed",
    "ll through", "ls through", "en through", "at a later", "on hold"
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


# The alternatives that open with one letter grouped behind it, in their written order (so
# the first that fits at a place is the same one): re tries a group only where its letter
# stands, not each of the forty.  tests/test_extract_timing.py holds it to the list as written.
FUTURE = Caseless(
    re.compile(
        r"\b(?:"
        r"w(?:ill|ithin (?:a|the next|\w+) (?:days?|weeks?|months?)|"
        r"ould (?:\w+ )?(?:travel|visit|meet|hold|host|attend|go|fly|head))|"
        r"s(?:hall|cheduled|et to|et for|lated)|"
        r"i(?:s to|s due)|"
        r"a(?:re to|re due|head of|genda (?:and venue )?for|nticipated|greed to (?:hold|meet))|"
        r"t(?:o be held|o hold|o meet|o visit|o sit down|o take place|o travel|omorrow|o attend|"
        r"(?:o make|o ensure) (?:a |the )?success(?:ful)?)|"
        r"p(?:lans? to|lanning to|lanned|(?:reparations?|repare|reparing) (?:and venue )?for)|"
        r"expected to|upcoming|next (?:week|month|year)|"
        r"l(?:ater this (?:week|month|year)|eaves for|eft for)|"
        r"h(?:ead(?:s|ed)? (?:to|for)|eading (?:to|for))|"
        r"going to|"
        r"d(?:epart(?:s|ed|ing)? for|ate (?:and venue )?for)|"
        r"venue (?:and venue )?for|"
        r"f(?:or holding|or a successful))\b",
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


PAST_WORD = Caseless(re.compile(r"\b(?:earlier|last|ago|yesterday|previous|this morning)\b", re.I))


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
        if not holds_any(low, CALL_OFF_WORDS):
            return out  # (a cheap test first: every call-off holds one of the words)
    for m in CALL_OFF.finditer(text):
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


# (two or more such words: the first written out, so that re skips at once to a capital)
_NAME_RUN = re.compile(
    r"[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+)?)+"
)


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


_WILL = re.compile(opens_word("will") + r"\b")


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

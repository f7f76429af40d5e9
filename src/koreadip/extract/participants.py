"""Who takes part in a meeting a sentence reports: "between X and Y", "X met with Y", the
sentence's subject, a sentence-initial "He" — and who, the text says, did not."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Modality
from .people import Mention, People
from .text import Caseless, Sentence
from .triggers import Trigger, holds_any
from .vocabulary import REPORTING, country_of_phrase

__all__ = [
    "acts_on",
    "antecedent",
    "between",
    "distance",
    "negated",
    "owners",
    "shares_subject",
    "with_clause",
]

# a clause with a subject of its own between the sentence's subject and the trigger
_OTHER_SUBJECT = re.compile(
    r"\b(?:that|whether)\s+(?P<who>it|they|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)\s+"
    r"(?:[\w'’-]+\s+){0,4}$"
)
_SUBJECT_VERB = re.compile(
    r"\b(?:held|hold|holds|holding|had|has|have|attend\w*|join\w*|led|leads|conduct\w*|began|begin|"
    r"start\w*|wrapp\w*|conclud\w*|finish\w*|co-chair\w*|host\w*|paid|pays|paying|made|makes|"
    r"making|will|to(?!\s+(?:the|their|this|that|his|her)\b)|having|"
    r"after|before|during|at|(?:is|was|are|were|been|be|while)\s+on|"
    r"for)\s+(?:[\w.'’-]+\s+){0,5}$"
)


_VERB_TRIGGER = Caseless(
    re.compile(
        r"^(?:met|meet|meets|visit|visits|visited|visiting|spoke|talked|sat down|sit down|"
        r"sitting down|dropped by|phoned|co-chaired|hosted|hosts|hosting|welcom\w*|speaks|"
        r"speaking|get|gets|got|getting|travel\w*|convene\w*)\b",
        re.I,
    )
)


_REMOTE = (Modality.PHONE, Modality.VIDEO)
_REPORTED = re.compile(rf"\b(?:{REPORTING}|according)\b")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been|will be)\s+(?:\w+ly\s+)?$")


# a determiner or a possessive before the trigger makes it a noun: "their first summit"
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|planned|first|state|official|working|"
    r"\w+-(?:day|week|hour|nation))(?:\s+(?:upcoming|planned|recent|first|second|next|last|"
    r"latest|official|state|working|\w+-(?:day|week|hour|nation)))?|['’]s(?:\s+[\w-]+)?)\s+$"
)
_PART_OF = re.compile(r"\b[a-z]+\s+of\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}$")


def shares_subject(text: str, sentence: Sentence, trig: Trigger) -> bool:
    """Whether the sentence's subject takes part: "X met Y", "X held talks with Y", not
    "X is known for her work on the summits"."""
    # (each scan only where the words it needs stand in its window: the same answers)
    lo = max(sentence.start, trig.start - 60)
    other = (
        _OTHER_SUBJECT.search(text, lo, trig.start)
        if text.find("that", lo, trig.start) >= 0 or text.find("whether", lo, trig.start) >= 0
        else None
    )
    if other and (other["who"] in ("it", "they") or country_of_phrase(other["who"])):
        return False  # "discussed the notice that it will postpone the talks": its subject
    lo = max(sentence.start, trig.start - 40)
    if text.find("of", lo, trig.start) >= 0 and _PART_OF.search(text, lo, trig.start):
        return False  # "to explain the result of the summit": no one takes part in "the result"
    lead = text[max(sentence.start, trig.start - 25) : trig.start]
    if _VERB_TRIGGER.match(text[trig.start : trig.end]) and not _NOUN_BEFORE.search(lead):
        return True
    if trig.modality in _REMOTE and not _REPORTED.search(text, sentence.start, trig.start):
        return True  # "X and Y discussed the summit in a phone call": the callers are the subject
    if text[trig.start : trig.end].lower().startswith("meeting") and _PROGRESSIVE.search(
        text[max(sentence.start, trig.start - 20) : trig.start]
    ):
        return True
    return bool(_SUBJECT_VERB.search(text[max(sentence.start, trig.start - 50) : trig.start]))


_NEGATED = re.compile(
    r"\b(?:did not|didn't|does not|will not|won't|not)\s+(?:participate|attend|take part|join|"
    r"meet)\b|\bwithout\b",
    re.IGNORECASE,
)


_STOP = re.compile(r"[,;.]|\band\b")


def negated(text: str, s0: int, s1: int, mentions: list[Mention]) -> set[int]:
    """People the text says did not take part: the subject of "did not participate" (back to
    the start of its clause), the object of "did not meet", anyone "without" whom it happened."""
    out: set[int] = set()
    sentence = text[s0:s1]
    if sentence.isascii() and not holds_any(sentence.lower(), ("not", "n't", "without")):
        return out  # (a cheap test first: every match holds one of the words)
    for neg in _NEGATED.finditer(text, s0, s1):
        word = neg.group().lower()
        if "without" in word:
            out |= {m.person for m in mentions if 0 <= m.start - neg.end() < 40}
            continue
        clause = max(text.rfind(",", s0, neg.start()), text.rfind(";", s0, neg.start()), s0)
        clause = max(clause, text.rfind(" but ", s0, neg.start()))
        if word.endswith("meet"):
            stop = _STOP.search(text[neg.end() : s1])
            end = neg.end() + (stop.start() if stop else s1 - neg.end())
            out |= {m.person for m in mentions if neg.end() <= m.start < end}
        else:
            out |= {m.person for m in mentions if clause <= m.start and m.end <= neg.start()}
    return out


def owners(
    text: str,
    s1: int,
    found: list[Trigger],
    live: list[int],
    mentions: list[Mention],
    fronted_end: int = 0,
    tails: Sequence[tuple[int, int] | None] | None = None,
) -> tuple[dict[int, int], set[int]]:
    """Who is claimed by which trigger through "between X and Y", then "with X".  A trigger in
    the sentence's fronted clause (ending at ``fronted_end``) claims no one past it: "During a
    visit to Tokyo, Blinken called Park" leaves Blinken the main clause's subject.  ``tails``:
    ``between(text, trigger.end, s1)`` of each trigger, where the caller has them."""
    owner: dict[int, int] = {}
    via_between: set[int] = set()

    def end_of(t: int, limit: int) -> int:
        return min(limit, fronted_end) if found[t].start < fronted_end else limit

    for t in live:
        limit = end_of(t, s1)
        span = tails[t] if tails is not None and limit == s1 else between(text, found[t].end, limit)
        if span:
            via_between.add(t)
            for m in mentions:
                if span[0] <= m.start < span[1] and m.start not in owner:
                    owner[m.start] = t
    for pos, t in enumerate(live):
        if t in via_between:
            continue
        nxt = end_of(t, found[live[pos + 1]].start if pos + 1 < len(live) else s1)
        if not _unclaimed_within(mentions, owner, found[t].end, nxt):
            continue  # (both spans lie in found[t].end:nxt: no one there, nothing to read)
        span = with_clause(text, found[t].end, nxt) or _direct_object(text, found[t], nxt)
        if span:
            for m in mentions:
                if span[0] <= m.start < span[1] and m.start not in owner:
                    owner[m.start] = t
    return owner, via_between


def _unclaimed_within(mentions: list[Mention], owner: dict[int, int], lo: int, hi: int) -> bool:
    """Whether a mention that no trigger has claimed starts within ``lo:hi``."""
    for m in mentions:  # noqa: SIM110 (a loop: cheaper than any() over a generator)
        if lo <= m.start < hi and m.start not in owner:
            return True
    return False


_SUBORDINATE = re.compile(
    r"\b(?:since|after|before|when|while|as|because|until|although|though|if|that|which|who|"
    r"whom|where)\b",
    re.I,
)
_SPEAKS = re.compile(rf"[\s,]*(?:[\w.'’-]+,?\s+){{0,8}}?{REPORTING}\b")
_PRONOUN_LEAD = re.compile(r"^\W*(?:He|She|His|Her|It was (?:his|her))\b")


# verbs whose object is the person met: "met Kang and Cho", "welcome the Secretary and Mr. Kono"
_TAKES_OBJECT = re.compile(
    r"(?:met|meet|meets|meeting|hosted|hosts|hosting|welcom\w*|greet\w*|received?)$", re.I
)
_OBJECT_START = re.compile(r"\s+(?:(?:the|his|her|their|my|our)\s+)?[A-Z]")


def _direct_object(text: str, trig: Trigger, limit: int) -> tuple[int, int] | None:
    """The people a meeting verb takes as its object, up to the end of its clause."""
    if not _TAKES_OBJECT.search(text, trig.start, trig.end):
        return None
    if not _OBJECT_START.match(text, trig.end, limit):
        return None
    return _clause_span(text, trig.end, limit)


def antecedent(sentences: list[Sentence], index: int, people: People) -> Mention | None:
    """The person a sentence-initial "He"/"She" refers to: the subject of the nearest sentence
    that has a named subject — its first name before any subordinate clause, or the speaker of
    its quotation — passing over sentences that are themselves about "him" or "her"
    ("Biegun said ... It was his first visit since Trump took office. He is to visit ...").
    Where no recent sentence has one, the first person named in the nearest that names anyone."""
    fallback: Mention | None = None
    for back in range(index - 1, max(-1, index - 5), -1):
        sentence = sentences[back]
        inside = people.mentions_between(sentence.start, sentence.end)
        for m in inside:
            lead = people.text[sentence.start : m.start]
            if not _SUBORDINATE.search(lead) and '"' not in lead and "“" not in lead:
                return m
            if _SPEAKS.match(people.text, m.end, min(sentence.end, m.end + 120)):
                return m  # '"...," Stephen Biegun, special representative, said'
        if inside and fallback is None:
            fallback = inside[0]
        if not inside and not _PRONOUN_LEAD.match(sentence.text):
            break  # a sentence about no one named ends the chain
    return fallback


_CLAUSE_END = re.compile(
    r"[;.]|,\s+(?:according|which|who|but|while|where|when|said|the\s+\w+\s+said|he|she|"
    r"they|it|we|I)\b|"
    r"\s(?:to discuss|to exchange|on|in|at|amid|after|before|since|during|for talks|who|which|"
    r"where|last|this|next|earlier)\s|"
    r",?\s+and\s+(?:said|told|added|stressed|noted|discussed|agreed|expressed|reaffirmed|shared|"
    r"pledged|exchanged)\b"
)


def _clause_span(text: str, start: int, limit: int) -> tuple[int, int]:
    stop = _CLAUSE_END.search(text, start, limit)
    return start, stop.start() if stop else limit


# "between" close after a trigger, with no other meeting word before it: "a call ahead of the
# summit between X and Y" names the summit's sides, not the call's
_BETWEEN = re.compile(
    r"(?:(?!\b(?:summits?|meetings?|talks|visits?|calls?|conferences?)\b)[^,.;]){0,25}?"
    r"\b(?:between|among|comprising|involving|bringing together)\b",
    re.I,
)


# the words _BETWEEN ends with, which start within 25 characters of the trigger
_BETWEEN_WORDS = ("between", "among", "comprising", "involving", "bringing together")


def between(text: str, trigger_end: int, sentence_end: int) -> tuple[int, int] | None:
    # a match reads at most 43 characters (25, "bringing together" and the \b after it), so
    # the first 48 of the rest of the sentence give the same match as all of it
    tail = text[trigger_end : min(sentence_end, trigger_end + 48)]
    head = tail[:42]  # 25 characters and "bringing together"
    if head.isascii() and not holds_any(head.lower(), _BETWEEN_WORDS):
        return None  # (a cheap test first)
    m = _BETWEEN.match(tail)
    if not m:
        return None
    return _clause_span(text, trigger_end + m.end(), sentence_end)


# "the trip was canceled by Trump", "the talks, proposed by Seoul": who acts on a meeting
# without taking part in it
_AGENT_VERB = re.compile(
    r"\b(?:cancel\w*|postpon\w*|scrap\w*|called off|delayed|announced|reported|confirmed|"
    r"criticized|criticised|proposed|requested|ordered|welcomed|condemned|arranged|brokered)"
    r"\s+by\s+(?:[\w.'’-]+\s+){0,6}$"
)


# "..., has previously said White House spokesman Sarah Sanders": who tells of it
_SAID_BY = re.compile(
    r"\b(?:said|says|added|announced|reported|noted|stated)\s+"
    r"(?:(?!(?:that|which|it|he|she|they|we|on|in|at|to|with|for|after|before|during|when)\b)"
    r"[\w.'’-]+\s+){0,6}$"
)
_NOT_SPACE = re.compile(r"\S")
_SAID_WORDS = ("said", "says", "added", "announced", "reported", "noted", "stated")


_CLAUSE_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)")
# "Trump, Kim to meet at Panmunjom: Moon": a headline's source, after its colon
_HEADLINE_SOURCE = re.compile(r":\s+$")


def acts_on(text: str, mention: Mention, sentence_start: int = 0) -> bool:
    """Whether the person only acts on a meeting or tells of it: "was canceled by U.S.
    President X", "said White House spokesman X", "..., to meet at Panmunjom: Moon".  Only the
    mention's own sentence (from ``sentence_start``) is read: "... the ministry said Wednesday.
    Lee, who ..." does not make Lee a teller."""
    before = max(sentence_start, mention.start - 80)
    # (each pattern is searched only where the words it needs stand before the mention)
    if text.find("by", before, mention.start) >= 0 and _AGENT_VERB.search(
        text, before, mention.start
    ):
        return True
    if (
        holds_any(text[before : mention.start], _SAID_WORDS)
        and _SAID_BY.search(text, before, mention.start)
        and _CLAUSE_CLOSES.match(text, mention.end)
    ):
        return True  # not "said Rubio briefed Cho during their talks"
    # a headline's source stands after a colon: without one just before, no line end is sought
    if text.find(":", max(0, mention.start - 3), mention.start) < 0:
        return False
    if not _HEADLINE_SOURCE.search(text, max(0, mention.start - 3), mention.start):
        return False
    # (only spaces to the end: tested without copying the rest of the text)
    return (
        mention.end == len(text)
        or text.find("\n", mention.end, mention.end + 3) >= 0
        or _NOT_SPACE.search(text, mention.end) is None
    )


# "was convened by A, coordinator at the NSC, and B": everyone the list names takes part
_LED_BY = re.compile(r"\b(?:convened|led|chaired|co-chaired|hosted|attended|joined|headed)\s+by\s$")


_WITH = re.compile(r"(?:[^,.;]{0,30}?\s)?(?:with|to|by)\s")


def with_clause(text: str, trigger_end: int, limit: int) -> tuple[int, int] | None:
    m = _WITH.match(text[trigger_end:limit])
    if not m or _AGENT_VERB.search(m.group() + " "):
        return None
    if _LED_BY.search(text[max(0, trigger_end - 12) : trigger_end] + m.group()):
        return trigger_end + m.end(), limit
    return _clause_span(text, trigger_end + m.end(), limit)


def distance(start: int, end: int, trigger: Trigger) -> int:
    if end <= trigger.start:
        return trigger.start - end
    if start >= trigger.end:
        return (
            start - trigger.end
        ) + 5  # a name before the trigger (its subject) is slightly preferred
    return 0

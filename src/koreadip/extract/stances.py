"""Stance cues and how they combine: which stance a clause takes on a topic it names.

A clause states a stance on a topic through the cues that govern it, read from the topic
leftwards: the nearest cue gives the stance ("reaffirmed their commitment to X", "urged ... to
return to X", "opposed X", "called for easing sanctions"), a negation before it turns it ("will
not ease sanctions"), and talk about a topic is no stance ("discussed X", "exchanged views on
X") unless the talk is about how to reach it ("discussed ways to achieve X").  A topic that is
the clause's subject takes its stance from the predicate ("X remains the linchpin", "sanctions
will remain in place"); a topic named with a stance of its own needs no cue ("solidarity with").
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

import attrs

from ..records import Stance, Topic
from .guards import opening_guard
from .lowering import lowers_simply
from .text import Caseless

__all__ = ["Cue", "CueKind", "Reading", "cues_in", "has_cue", "read_stance"]


class CueKind(enum.Enum):
    """What a cue does to the topic it governs."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    TALK = "talk"  # talk about a topic states no stance on it
    REVERSE = "reverse"  # easing, relief, exemptions: against sanctions


# TALK is tried first ("shared views" is talk, "shared goal" support), then the others; a longer
# alternative is written before its prefix.
_CUES = Caseless(
    re.compile(
        r"\b(?:"
        r"(?P<talk>discuss\w*|talk(?:s|ed|ing)? (?:about|over|on)|spoke (?:about|on)|"
        r"(?:exchang|shar)\w* (?:\w+ ){0,2}(?:views|opinions|assessments|information|concerns?)|"
        r"consult\w*|touch\w* on|review\w*|evaluat\w*|assess\w*|coordinat\w*|address\w*|"
        r"deal\w* with|brief\w*|explain\w*|mention\w*|rais\w* the (?:issue|matter)|agenda)"
        r"|(?P<oppose>oppos(?:e|es|ed|ing)|opposition to|object(?:s|ed|ing|ion|ions)?|"
        r"reject\w*|refus\w*|criticiz\w*|criticis\w*|denounc\w*|condemn\w*|dismiss\w*|"
        r"dissent\w*|sever(?:s|ed|ing)|abandon\w*|undermin\w*|restructur\w*|overhaul\w*|"
        r"scrap(?:s|ped|ping)?|withdraw\w*|suspend\w*|boycott\w*|"
        r"(?:did not|not to|would not|will not) (?:participate|attend|take part))"
        r"|(?P<reverse>eas(?:e|es|ed|ing)|relief|lift(?:s|ed|ing)?|exempt\w*|loosen\w*|relax\w*|"
        r"waiv\w*)"
        r"|(?P<purpose>(?:ways?|how|means|measures|strategies|steps|plans?|efforts?|"
        r"opportunity|chance) to|"
        r"progress (?:toward|towards|on|in)|success\w*)"
        r"|(?P<support>reaffirm\w*|affirm\w*|reiterat\w*|support\w*|commit\w*|pledg\w*|vow\w*|"
        r"stress\w*|emphasi[sz]\w*|underscor\w*|welcom\w*|strengthen\w*|bolster\w*|enhanc\w*|"
        r"reinforc\w*|deepen\w*|expand\w*|upgrad\w*|further develop|develop\w* further|"
        r"advanc\w*|promot\w*|push\w* (?:for|forward|ahead)|pursu\w*|seek\w*|sought|achiev\w*|"
        r"realiz\w*|facilitat\w*|encourag\w*|prepar\w* for|work\w* (?:together |closely )?"
        r"(?:toward|towards|for|to)|cooperat\w*|agree\w*|call\w* (?:for|on)|urg\w*|endors\w*|"
        r"backs|backed|solidarity|maintain\w*|keep\w*|uphold\w*|sustain\w*|continu\w*|"
        r"remain\w* (?:open|committed|firm|steadfast|unwavering|ready|focused)|ready|"
        r"willing\w*|open to|hop(?:e|es|ed|ing) (?:for|that|to)|look\w* forward to|resum\w*|"
        r"restart\w*|reopen\w*|return\w* to|bring\w*(?= [\w\s]{0,30}back)|induc\w*|"
        r"implement\w*|enforc\w*|ironclad|unwavering|firm(?:ly)?|resolute(?:ly)?|determined|"
        r"importance|need (?:for|to)|linchpin|cornerstone|bedrock|(?:shared |ultimate )?goal|"
        r"objective|priority|only (?:viable |realistic |practical )?(?:way|path|option|solution)|"
        r"essential|vital|crucial|offer\w* to|propos\w*|violat\w*|prevent\w*|curb\w*|"
        r"counter(?:s|ed|ing)?|hinder\w*|cut off)"
        r")\b",
        re.I,
    ),
    opens_a_word=True,
)


# every cue opens a word with one of these three characters (lowercase): on lowercased text,
# testing them first, grouped by their first letter, fails most words at once where the cue
# alternatives would be tried one by one (cues_in ~2x faster; tests/test_extract_stances.py
# derives the starts from the pattern and checks the guarded scan against the plain one)
_STARTS = (
    "aba", "ach", "add", "adv", "aff", "age", "agr", "ass", "bac", "bed", "bol", "boy", "bri",
    "cal", "cha", "com", "con", "coo", "cor", "cou", "cri", "cru", "cur", "cut", "dea", "dee",
    "den", "det", "dev", "did", "dis", "eas", "eff", "emp", "enc", "end", "enf", "enh", "ess",
    "eva", "exc", "exe", "exp", "fac", "fir", "fur", "goa", "hin", "hop", "how", "imp", "ind",
    "iro", "kee", "lif", "lin", "loo", "mai", "mea", "men", "nee", "not", "obj", "off", "onl",
    "ope", "opp", "ove", "pla", "ple", "pre", "pri", "pro", "pur", "pus", "rai", "rea", "ref",
    "rei", "rej", "rel", "rem", "reo", "res", "ret", "rev", "scr", "see", "sev", "sha", "sol",
    "sou", "spo", "ste", "str", "suc", "sup", "sus", "tal", "tou", "ult", "und", "unw", "upg",
    "uph", "urg", "vio", "vit", "vow", "wai", "way", "wel", "wil", "wit", "wor", "wou",
)  # fmt: skip


# the lowercase twin of _CUES behind the guard, run on lowercased text (where lowers_simply)
_CUES_GUARDED = re.compile(rf"{opening_guard(_STARTS)}(?:{_CUES.lower.pattern})")


def _cue_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CUES.finditer(text)``, through the guarded twin where the text lowers simply (ASCII,
    or curly quotes, dashes, Hangul...)."""
    if lowers_simply(text):
        return _CUES_GUARDED.finditer(text.lower())
    return _CUES.pattern.finditer(text)


@attrs.frozen(slots=True)
class Cue:
    """A stance cue in a clause: its kind, its offsets, and whether it states a purpose (an
    aim talked about is still an aim: "discussed ways to achieve X")."""

    kind: CueKind
    start: int
    end: int
    purposive: bool


# a cue's group -> its kind (an aim talked about supports it)
_KIND_OF_GROUP = {kind.value: kind for kind in CueKind} | {"purpose": CueKind.SUPPORT}
_TO_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+|help\s+)?$")


def cues_in(text: str) -> list[Cue]:
    """The stance cues of ``text``, in order.

    >>> [(c.kind.value, c.purposive) for c in cues_in("They discussed ways to achieve it.")]
    [('talk', False), ('support', True), ('support', True)]
    """
    out = []
    for m in _cue_matches(text):
        group = m.lastgroup or "support"
        start = m.start()
        # (every _TO_BEFORE match holds "to": the window is searched only where one stands)
        purposive = group == "purpose" or (
            text.find("to", max(0, start - 20), start) >= 0
            and _TO_BEFORE.search(text, max(0, start - 20), start) is not None
        )
        out.append(Cue(_KIND_OF_GROUP[group], start, m.end(), purposive))
    return out


def has_cue(text: str) -> bool:
    """Whether ``text`` holds a stance cue (``cues_in`` would find one), without building any.

    >>> has_cue("They discussed it."), has_cue("And inter-Korean cooperation.")
    (True, False)
    """
    if lowers_simply(text):
        return _CUES_GUARDED.search(text.lower()) is not None
    return _CUES.pattern.search(text) is not None


@attrs.frozen(slots=True)
class Reading:
    """A clause's stance on a topic, and where its holder is read from: the cue nearest the
    topic (the holder is the subject of the clause holding that cue), or the topic itself when
    it is the subject of its predicate."""

    stance: Stance
    anchor: int


# "A, as well as B": B hangs on the clause's verb, not on the cue nearest to it
_COORDINATED = re.compile(r",\s+(?:as well as|along with)\b")
_NEGATED = re.compile(r"(?:\bnot|\bnever|\bno longer|n't)\s+(?:\w+\s+){0,2}$", re.I)
_REACH = 90  # how far a cue reaches to the topic it governs
_FINITE = re.compile(
    r"[a-z]+ed\b|(?:agrees|pledges|vows|urges|calls|supports|opposes|rejects|reaffirms|"
    r"reiterates|stresses|welcomes)\b"
)
_AND = re.compile(r".*?(?:\band|,)\s+(?:also\s+|further\s+)?", re.S)
# "As you mentioned, I can say that X ...": talk before a new clause is not about X
_NEW_CLAUSE = re.compile(r"\bthat\b|\band\s+(?:I|we|he|she|they)\b")
# the gap between a cue and the cue it governs: a few words, no new verb phrase
_GOVERNS = re.compile(r"\s*(?:[\w'-]+\s+){0,3}$")
_PREDICATE = Caseless(
    re.compile(
        r"^[^;]{0,60}?\b(?:remains?|is|are|was|were|continues? to be|has been|have been|"
        r"(?:will|must|should|would) (?:remain|be|continue)|must continue|will continue|"
        r"called|calls|described as|as)\b"
        r"(?:\s+(?:not only|still|also|now|fully|very|the|a|an|our|their|its|[\w\"-]+)){0,4}?\s+"
        r"\"?(?:linchpin|cornerstone|bedrock|foundation|backbone|goal|objective|priority|"
        r"essential|vital|crucial|important|key|ironclad|unwavering|firm|strong|robust|open|"
        r"unchanged|in place|only (?:viable |realistic )?(?:way|path|option|solution))\b"
        r"|^[^;]{0,40}?\b(?:remains?|stays?) in (?:place|force|effect)\b"
        r"|^[^;]{0,30}?\bto (?:further )?(?:develop|grow|deepen|strengthen|expand|advance)\w*"
        r"(?: further)?\b",
        re.I,
    )
)
# "discussed the alliance, which it called the linchpin": a relative clause states a stance
_RELATIVE = re.compile(r"^[^;]{0,30}?(?:,\s*(?:which|that)\b|\bas (?:the|a|an)\b)")
_CONTRAST = re.compile(r"\b(?:but|while|although|though)\b")
_PRONOUN_OBJECT = re.compile(r"\s*(?:it|them|its|the body|the group)\b")


def read_stance(
    clause: str,
    start: int,
    end: int,
    topic: Topic,
    cues: list[Cue],
    sentence_rest: str = "",
    *,
    stated: bool = False,
) -> Reading | None:
    """The stance ``clause`` takes on the topic it names at ``start:end``, given its ``cues``;
    ``sentence_rest`` is the rest of the sentence after the clause ("... but called for
    restructuring it" makes a support mixed); a ``stated`` topic names its own stance
    ("solidarity with")."""
    left = [c for c in cues if c.end <= start]
    coordinated = bool(left) and bool(_COORDINATED.search(clause, left[-1].end, start))
    if coordinated:
        left = left[:1]
    for i in range(len(left) - 1, 0, -1):
        restarts = _FINITE.match(clause, left[i].start) and left[i].kind is not CueKind.TALK
        if restarts and _AND.fullmatch(clause, left[i - 1].end, left[i].start):
            left = left[i:]  # "discussed X, reaffirmed Y": a new verb, a new chain
            break
    if left and start - left[-1].end > _REACH and not coordinated:
        left = []
    talk = max((i for i, c in enumerate(left) if c.kind is CueKind.TALK), default=-1)
    if talk >= 0 and _NEW_CLAUSE.search(clause, left[talk].end, start):
        left, talk = left[talk + 1 :], -1
    chain = left[talk + 1 :] if any(c.purposive for c in left[talk + 1 :]) or talk < 0 else []
    if topic is not Topic.SANCTIONS:
        chain = [c for c in chain if c.kind is not CueKind.REVERSE]
    reading = _from_left(clause, chain) or (_self_stated(clause, start, left) if stated else None)
    if reading is None:
        after = clause[end : end + 200]
        # the cheap test first: talked about, the topic states a stance only in a relative clause
        if (talk < 0 or _RELATIVE.match(after)) and _PREDICATE.search(after):
            return Reading(Stance.SUPPORT, start)
        return None
    if reading.stance is Stance.SUPPORT and _turned((clause[end:] + sentence_rest)[:200]):
        return Reading(Stance.MIXED, reading.anchor)
    return reading


def _self_stated(clause: str, start: int, left: list[Cue]) -> Reading | None:
    """A topic named with its own stance ("solidarity with", "preventing the North from
    realizing its nuclear ambitions") holds it, also when talked about, unless an oppose cue
    right before it turns it."""
    near = left[-1] if left and _GOVERNS.fullmatch(clause, left[-1].end, start) else None
    if near is None or near.kind is CueKind.TALK:  # "discussed preventing ...": an aim
        return Reading(Stance.SUPPORT, start)
    return Reading(Stance.OPPOSE if near.kind is CueKind.OPPOSE else Stance.SUPPORT, near.start)


def _from_left(clause: str, left: list[Cue]) -> Reading | None:
    if not left:
        return None
    nearest = left[-1]
    negated = bool(_NEGATED.search(clause, max(0, nearest.start - 30), nearest.start))
    if nearest.kind is CueKind.REVERSE and not negated and len(left) == 1:
        return None  # "was exempted from sanctions": sanctions relief named, not sought
    if negated and clause.startswith("agree", nearest.start):
        return None  # "could not agree on how far sanctions should be eased": no stance
    against = nearest.kind in (CueKind.OPPOSE, CueKind.REVERSE)
    if negated:
        against = not against
    return Reading(Stance.OPPOSE if against else Stance.SUPPORT, nearest.start)


def _turned(after: str) -> bool:
    """ "supports X but called for restructuring it": a later clause turns against it."""
    m = _CONTRAST.search(after)
    if not m:
        return False
    tail = after[m.end() :]
    turned = [c for c in cues_in(tail) if c.kind is CueKind.OPPOSE]
    return any(_PRONOUN_OBJECT.match(tail, c.end) for c in turned)

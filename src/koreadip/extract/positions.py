"""Policy positions: who (a country, through its officials or its name) holds which stance on
which topic of the controlled vocabulary, read from cue phrases ("reaffirmed", "shared goal",
"supports", "objected", "called for restructuring").
"""

from __future__ import annotations

import re

import attrs

from ..records import Stance, Topic
from .people import People
from .text import Sentence
from .vocabulary import countries_in

__all__ = ["PositionDraft", "find_positions"]

_TOPICS: tuple[tuple[Topic, re.Pattern[str]], ...] = (
    (Topic.DENUCLEARIZATION, re.compile(r"\bdenucleari[sz]\w*|\bnuclear-free\b|\bCVID\b", re.I)),
    (
        Topic.SANCTIONS,
        re.compile(r"\bsanctions?\b|\bcut off (?:the )?funds\b|\b(?:illicit )?financing of\b", re.I),
    ),
    (
        Topic.INTER_KOREAN_COOPERATION,
        re.compile(
            r"\binter-Korean (?:cooperation|engagement|exchanges?|ties|relations|projects|economic|dialogue|efforts)|"
            r"\bNorth-South (?:cooperation|relations|ties)|\bSouth-North (?:cooperation|relations)|"
            r"\bindividual tourism\b",
            re.I,
        ),
    ),
    (Topic.HUMAN_RIGHTS, re.compile(r"\bhuman rights\b", re.I)),
    (Topic.WORKING_GROUP, re.compile(r"\bworking group\b(?!\s+(?:meeting|discussion|session))", re.I)),
    (
        Topic.DIALOGUE,
        re.compile(
            r"\bdialogue\b|\bdiplomacy\b|\bnegotiating table\b|\bnegotiations?\b|\bback to (?:the )?(?:table|talks)\b|"
            r"\bresum\w+ (?:of )?(?:direct )?(?:talks|negotiations|dialogue)\b|\bengagement with (?:Pyongyang|North Korea|the North)\b|"
            r"\bdirect talks\b|\bcome to the table\b|\breopening channels\b|\bpeace process\b",
            re.I,
        ),
    ),
    (Topic.ALLIANCE, re.compile(r"\balliance\b|\blinchpin\b|\bcornerstone\b|\bdefen[cs]e commitment\b", re.I)),
    (
        Topic.HUMANITARIAN_AID,
        re.compile(r"\bhumanitarian (?:aid|assistance|initiatives?|cooperation)\b|\bmedical supplies\b", re.I),
    ),
)

_SUPPORT = re.compile(
    r"\b(?:reaffirm\w*|affirm\w*|reiterat\w*|support\w*|agree[ds]?|commit\w*|shared (?:goal|policy objective|objective)|"
    r"stress\w*|emphasi[sz]\w*|underscor\w*|welcom\w*|pledg\w*|strengthen\w*|continu\w*|push\w* for|"
    r"urg\w*|remains? (?:open|committed|firm)|open to|ready to|seek\w*|achiev\w*|toward|pursu\w*|"
    r"implement\w*|enforc\w*|focus\w* on|promot\w*|coordinat\w*|cooperat\w*|resolutely|determined|"
    r"goal|priority|important|importance|vital|firm|ironclad|cornerstone|linchpin|bring\w* .{0,30}back|"
    r"call\w* for|want\w* to|hope\w*|positive|engag\w*|favou?r\w*|endors\w*|backs?|backed|stand in solidarity)\b",
    re.I,
)
_OPPOSE = re.compile(
    r"\b(?:oppos\w*|object\w*|reject\w*|against|refus\w*|criticiz\w*|restructur\w*|undermin\w*|hinder\w*|"
    r"eas\w* (?:of )?sanctions|sanctions relief|relief|lift\w* (?:the )?sanctions|condemn\w*|"
    r"did not participate|not to participate|did not pay|negative|halt\w*|suspend\w*|abandon\w*|"
    r"severed|severing|dismiss\w*|denounc\w*|monitoring mechanism|opposition|dissent\w*)\b",
    re.I,
)
_COLLECTIVE = re.compile(
    r"\b(?:(?:the )?two (?:sides|countries|allies|officials|diplomats|envoys|ministers|governments|nations|leaders)|"
    r"both (?:sides|countries|allies|governments|officials)|the allies|three (?:sides|countries)|"
    r"they|the group|both|seoul and washington|washington and seoul|each)\b",
    re.I,
)
_QUESTION_HOLDER = re.compile(r"^(?:North Korea|Pyongyang|The North|North Korean)\b")


@attrs.frozen(slots=True)
class PositionDraft:
    """A position read from one sentence."""

    holder: str
    topic: Topic
    stance: Stance
    start: int
    end: int
    summary: str


def find_positions(
    sentences: list[Sentence],
    people: People,
    sides: list[str],
) -> list[PositionDraft]:
    """Positions stated in the sentences; ``sides`` are the countries the text is mostly about,
    taken as the holders of a collective subject ("the two sides", "the allies")."""
    out: list[PositionDraft] = []
    for sentence in sentences:
        found = [(topic, m) for topic, pattern in _TOPICS for m in [pattern.search(sentence.text)] if m]
        if not found:
            continue
        for topic, m in found:
            stance = _stance(sentence.text, topic, m)
            if stance is None:
                continue
            for holder in _holders(sentence, people, sides, m.start()):
                out.append(PositionDraft(holder, topic, stance, sentence.start, sentence.end, sentence.text.strip()))
    return out


def _stance(text: str, topic: Topic, m: re.Match[str]) -> Stance | None:
    window = text[max(0, m.start() - 160) : m.end() + 80]
    support = bool(_SUPPORT.search(window))
    oppose = bool(_OPPOSE.search(window))
    if topic is Topic.SANCTIONS and re.search(r"\b(?:eas\w*|relief|lift\w*|exempt\w*)\b", window, re.I):
        return Stance.OPPOSE if not re.search(r"\b(?:strong|enforc\w*|implement\w*|cut off)\b", window, re.I) else Stance.SUPPORT
    if support and oppose:
        if topic is Topic.WORKING_GROUP or re.search(r"\brestructur\w*|\bobject\w*", window, re.I):
            return Stance.OPPOSE if not re.search(r"\bsupport\w*", window, re.I) else Stance.SUPPORT
        return Stance.SUPPORT
    if support:
        return Stance.SUPPORT
    if oppose:
        return Stance.OPPOSE
    return None


def _holders(sentence: Sentence, people: People, sides: list[str], topic_at: int) -> list[str]:
    text = sentence.text
    subject_end = topic_at
    subject = text[:subject_end]
    holders: list[str] = []
    for mention in people.mentions_between(sentence.start, sentence.start + subject_end):
        country = people.persons[mention.person].country
        if country and country not in holders:
            holders.append(country)
    named = countries_in(re.split(r"\b(?:on|toward|towards|with|against|regarding|about|for)\b", subject, maxsplit=1)[0])
    for c in named:
        if c == "KP" and not _QUESTION_HOLDER.match(text.strip()):
            continue
        if c not in holders:
            holders.append(c)
    if _COLLECTIVE.search(subject) or not holders:
        if _COLLECTIVE.search(subject):
            for c in sides:
                if c not in holders:
                    holders.append(c)
    return [h for h in holders if h != "KP" or _QUESTION_HOLDER.match(text.strip())]

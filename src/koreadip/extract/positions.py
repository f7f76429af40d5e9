"""Policy positions: who (a country, through its officials or its name) holds which stance on
which topic of the controlled vocabulary, read from cue phrases ("reaffirmed", "shared goal",
"supports", "objected", "called for restructuring").

A position needs a topic word and a stance cue in the same clause; talking *about* a topic
("discussed sanctions") is no stance.  The holder is the clause's subject: the countries of the
officials named before the topic, the countries named there ("Washington", "South Korea"), the
sides of the text for a collective subject ("the two sides", "the allies"), or, for a statement,
its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from ..records import Stance, Topic
from .people import People
from .text import Caseless, Sentence
from .vocabulary import countries_in, country_of_phrase

__all__ = ["PositionDraft", "find_positions", "positions_in_statement"]

_TOPICS: tuple[tuple[Topic, re.Pattern[str]], ...] = (
    (
        Topic.DENUCLEARIZATION,
        re.compile(
            r"\bdenucleari[sz]\w*|\bnuclear-free\b|\bCVID\b|"
            r"\b(?:prevent\w*|stop\w*|halt\w*|curb\w*|counter\w*|"
            r"dismantl\w*)\b[^.;]{0,40}\bnuclear (?:ambitions|weapons|programs?|development)",
            re.I,
        ),
    ),
    (
        Topic.SANCTIONS,
        re.compile(
            r"\bsanctions?\b|\bcut off (?:the )?funds\b|"
            r"\bfunds? (?:flowing )?(?:in)?to North Korea",
            re.I,
        ),
    ),
    (
        Topic.INTER_KOREAN_COOPERATION,
        re.compile(
            r"\binter-Korean (?:cooperation|engagement|exchanges?|ties|relations|projects|"
            r"economic|dialogue|efforts)|"
            r"\bNorth-South (?:cooperation|relations|ties)|\bSouth-North (?:cooperation|relations)|"
            r"\b(?:tourism|travel|exchanges?) (?:to|with) (?:North Korea|the North|Pyongyang)\b",
            re.I,
        ),
    ),
    (Topic.HUMAN_RIGHTS, re.compile(r"\bhuman rights\b", re.I)),
    (
        Topic.WORKING_GROUP,
        re.compile(r"\bworking group\b(?![- ](?:meeting|discussion|session|talks))", re.I),
    ),
    (
        Topic.DIALOGUE,
        re.compile(
            r"\bdialogue\b|\bdiplomacy\b|\bnegotiating table\b|\bnegotiations?\b|"
            r"\bback to (?:the )?(?:table|talks)\b|"
            r"\b(?:direct )?talks with (?:Pyongyang|North Korea|the North)\b|"
            r"\bengagement with (?:Pyongyang|North Korea|the North)\b|"
            r"\bcome to the table\b|\bpeace process\b",
            re.I,
        ),
    ),
    (
        Topic.ALLIANCE,
        re.compile(
            r"\balliance\b|\blinchpin\b|\bcornerstone\b|\bdefen[cs]e commitment\b|"
            r"\bcommitment to (?:the )?defen[cs]e of\b|"
            r"\bsolidarity with\b|"
            r"\bour (?:[\w-]+ )?allies\b",
            re.I,
        ),
    ),
)

_SUPPORT = Caseless(
    re.compile(
        r"\b(?:reaffirm\w*|affirm\w*|reiterat\w*|support\w*|commit\w*|shared (?:goal|"
        r"policy objective|"
        r"objective)|"
        r"ultimate goal|goal of|stress\w* the importance|importance of|emphasi[sz]\w*|underscor\w*|"
        r"welcom\w*|pledg\w*|"
        r"vow\w*|strengthen\w*|bolster\w*|enhanc\w*|further develop|push\w* (?:for|forward)|"
        r"advanc\w*|"
        r"urg\w*|"
        r"remains? (?:open|committed|firm)|open to|ready to|seek\w*|achiev\w*|progress toward|"
        r"only (?:viable |realistic |practical )?(?:way|path|option|solution)|"
        r"pursu\w*|"
        r"focus\w* on|promot\w*|resolutely|determined|ironclad|firm|cornerstone|linchpin|"
        r"bring\w* [\w\s]{0,30}back|call\w* for(?! restructur)|endors\w*|backs?|backed|"
        r"stand in solidarity|"
        r"solidarity|induc\w*|agreed to (?:continue|strengthen|cooperate|work|closely|further|"
        r"maintain|respond)|"
        r"cut off|hinder|prevent\w*|curb\w*|counter(?:s|ed|ing)?|maintain\w*|"
        r"(?:remain|remains|stay|stays) in place|(?:keep|keeps|keeping) (?:the )?sanctions|"
        r"enforc(?:e|es|ed|ing)|implement(?:s|ed|ing)?)\b",
        re.I,
    )
)
_OPPOSE = Caseless(
    re.compile(
        r"\b(?:oppos\w*(?<!opposition)|object(?:s|ed|ing|ion|ions)?\b|reject\w*|refus\w*|"
        r"criticiz\w*|exemptions? (?:from|to)|"
        r"restructur\w*|"
        r"undermin\w*|"
        r"did not participate|"
        r"not to participate|dismiss\w*|denounc\w*|dissent\w*|"
        r"severed|severing|abandon\w*)\b",
        re.I,
    )
)
_ONLY_TALK = Caseless(
    re.compile(
        r"\b(?:discuss\w*|talk\w* about|exchang\w* (?:views|opinions)|consult\w* on|touch\w* on)\b",
        re.I,
    )
)
_COLLECTIVE = Caseless(
    re.compile(
        r"\b(?:(?:the )?(?:two|three) (?:sides|countries|allies|officials|diplomats|envoys|"
        r"ministers|"
        r"governments|nations|leaders)|"
        r"both (?:sides|countries|allies|governments|officials)|the allies|the participants|"
        r"they|the group|both|each|seoul and washington|washington and seoul|"
        r"the (?:minister|secretary) and the (?:minister|secretary|foreign minister))\b",
        re.I,
    )
)
_NORTH_SUBJECT = re.compile(r"^(?:North Korea|Pyongyang|The North|North Korean|The DPRK)\b")
_PRONOUN = re.compile(r"^(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:He|She|It)\b")


@attrs.frozen(slots=True)
class PositionDraft:
    """A position read from one sentence or statement."""

    holder: str
    topic: Topic
    stance: Stance
    start: int
    end: int
    summary: str


def _stance(text: str, m: re.Match[str], topic: Topic) -> Stance | None:
    lo = max(0, m.start() - 70)
    before = text[lo : m.start()]
    stops = list(_STOP.finditer(before))  # "; " or ". ", but not the stop of "U.N. "
    cut = stops[-1].start() if stops else -1
    # "agreed to continue evaluating the working group": the stance is on the evaluating
    purpose = list(
        re.finditer(
            r"\bto (?:coordinate|discuss|address|deal with|exchange|review)\b|\b(?:discuss|"
            r"evaluat|review|assess)\w*\b",
            before,
        )
    )
    if purpose:
        cut = max(cut, purpose[-1].start())
    window = before[cut + 1 :] + text[m.start() : m.end() + 50]
    support = _SUPPORT.search(window)
    oppose = _OPPOSE.search(window)
    if topic is _TOPICS[1][0] and _EASING.search(window):
        # "opposes any easing of sanctions" keeps them: two negatives
        refused = _REFUSED.search(window)
        return Stance.SUPPORT if refused else Stance.OPPOSE
    if support and oppose:
        return (
            Stance.MIXED
            if "support" in support.group().lower() and "restructur" in oppose.group().lower()
            else Stance.OPPOSE
        )
    if oppose:
        return Stance.OPPOSE
    if support:
        return Stance.SUPPORT
    return None


_STOP = re.compile(r";|(?<![A-Z])\. ")
_EASING = Caseless(re.compile(r"\b(?:eas\w*|relief|lift\w*)\b", re.I))
# "opposes easing sanctions", "we're not going to ease sanctions": both keep them
_REFUSED = Caseless(
    re.compile(r"\b(?:oppos\w*|reject\w*|refus\w*|against|rul\w* out|not|never)\b|n't\b", re.I)
)
_ANY_TOPIC = Caseless(re.compile("|".join(f"(?:{p.pattern})" for _, p in _TOPICS), re.I))
_CASELESS_TOPICS = tuple((topic, Caseless(pattern)) for topic, pattern in _TOPICS)


def _topics(text: str) -> Iterable[tuple[Topic, re.Match[str]]]:
    """Each topic's matches in ``text``; offsets only (a match's text may be lowercased)."""
    if not _ANY_TOPIC.search(text):
        return
    for topic, pattern in _CASELESS_TOPICS:
        for m in pattern.finditer(text):
            yield topic, m


def find_positions(
    sentences: list[Sentence],
    people: People,
    sides: list[str],
) -> list[PositionDraft]:
    """Positions stated in narrative sentences; ``sides`` hold for a collective subject."""
    out: list[PositionDraft] = []
    for index, sentence in enumerate(sentences):
        done: set[Topic] = set()
        for topic, m in _topics(sentence.text):
            stance = _stance(sentence.text, m, topic) if topic not in done else None
            if stance is None:
                continue
            holders = _holders(sentences, index, people, sides, m.start())
            holders += [c for c in _shared_by(sentence.text[m.end() :]) if c not in holders]
            if holders:
                done.add(topic)
            for holder in holders:
                out.append(
                    PositionDraft(
                        holder, topic, stance, sentence.start, sentence.end, sentence.text.strip()
                    )
                )
    return out


def _shared_by(after: str) -> list[str]:
    """ "... remains the shared objective of the United States and South Korea": both hold it."""
    m = re.match(r"[^.;]{0,60}?\bshared [\w\s]{0,30}?\bof ([^,.;]{3,80})", after)
    return [c for c in countries_in(m.group(1)) if c != "KP"] if m else []


def positions_in_statement(
    text: str, start: int, end: int, speaker_country: str | None, sides: list[str]
) -> list[PositionDraft]:
    """Positions a statement states, held by its speaker's country ("we agreed": both sides)."""
    out: list[PositionDraft] = []
    collective = bool(_WE_AGREED.search(text))
    holders = list(sides) if collective else ([speaker_country] if speaker_country else [])
    done: set[Topic] = set()
    for topic, m in _topics(text):
        if topic in done:
            continue
        stance = _stance(text, m, topic)
        if stance is None:
            continue
        done.add(topic)
        for holder in holders:
            out.append(PositionDraft(holder, topic, stance, start, end, text.strip()[:300]))
    return out


_WE_AGREED = Caseless(
    re.compile(
        r"(?:\[?\bwe\]?|\bboth sides|\bthe two sides|\btwo countries|"
        r"\bthree countries)\s+(?:have\s+)?agreed\b|\bboth sides\b|\bthe two sides\b",
        re.I,
    )
)
_PAST_GOVERNMENT = Caseless(
    re.compile(
        r"\b(?:former|previous|past)\s+(?:[\w.]+\s+){0,2}(?:administration|government)\b", re.I
    )
)
# "Washington's commitment to", "the South Korean government's push for": the stance's owner
# ("North Korea's denuclearization" names what a stance is about, not who holds it)
_STANCE_NOUN = (
    r"(?:support|commitment|position|stance|policy|push|goal|efforts?|pursuit|desire|"
    r"opposition|objection|drive|willingness|readiness)\b"
)
_OWNER = re.compile(
    r"\b(Washington|Seoul|Pyongyang|Tokyo|Beijing|Moscow|the U\.S\.|U\.S\.|US|America|"
    r"South Korea|North Korea|Japan|China|(?:South |North )?Korean|American|Japanese|Chinese)"
    r"(?:\s+(?:government|administration|side))?"
    r"(?:['’]s\s+(?:[\w-]+\s+)?" + _STANCE_NOUN + r"|\s+" + _STANCE_NOUN + r")"
)
_ADDRESSEE = re.compile(
    r"\b(?:told|asked|informed|assured|reminded|briefed)\s+(?:[\w.'’-]+\s+){0,4}$"
)
_ELLIPTICAL = re.compile(r"(?:and\s+)?[a-z]+(?:ed|s)\b")  # a clause that starts with its verb
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


def _holders(
    sentences: list[Sentence], index: int, people: People, sides: list[str], topic_at: int
) -> list[str]:
    sentence = sentences[index]
    text = sentence.text
    if _PAST_GOVERNMENT.search(text):
        return []  # a past government's stance is history, not a position
    clauses = list(_CLAUSE.finditer(text, 0, topic_at))
    begin = clauses[-1].end() if clauses else 0
    subject = text[begin:topic_at]
    talk = _ONLY_TALK.search(subject)
    if talk and not _SUPPORT.search(subject[talk.end() :]):
        return []
    north_subject = bool(_NORTH_SUBJECT.match(text[begin:].strip()))
    owner = list(_OWNER.finditer(subject[-70:]))
    if owner:
        code = country_of_phrase(owner[-1].group(1))
        return [code] if code else []
    holders: list[str] = []
    if _PRONOUN.match(text[begin:].strip()):
        for back in range(index - 1, max(-1, index - 4), -1):
            inside = people.mentions_between(sentences[back].start, sentences[back].end)
            if inside:
                country = people.persons[inside[0].person].country
                if country:
                    holders.append(country)
                break
    for mention in people.mentions_between(sentence.start + begin, sentence.start + topic_at):
        if _ADDRESSEE.search(people.text, max(sentence.start, mention.start - 60), mention.start):
            continue  # "Cho told Rubio that Seoul ...": who was told holds nothing
        country = people.persons[mention.person].country
        if country and country not in holders:
            holders.append(country)
    head = re.split(
        r"\b(?:on|toward|towards|with|against|regarding|about|for|over|to)\b", subject, maxsplit=1
    )[0]
    for c in countries_in(head):
        if c == "KP" and not north_subject:
            continue
        if c not in holders:
            holders.append(c)
    if _COLLECTIVE.search(subject):
        holders += [c for c in sides if c not in holders]
    if not holders:
        found = country_of_phrase(head)
        if found and (found != "KP" or north_subject):
            holders.append(found)
    if not holders and clauses and _ELLIPTICAL.match(text, begin):
        # "the two sides shared ...; discussed ...; and agreed to ...": the first clause's subject
        first = text[: clauses[0].start()]
        if _COLLECTIVE.search(first):
            holders = list(sides)
        else:
            mentions = people.mentions_between(sentence.start, sentence.start + len(first))
            countries = [people.persons[m.person].country for m in mentions]
            holders = list(dict.fromkeys(c for c in countries if c))
    return [h for h in holders if h != "KP" or north_subject]

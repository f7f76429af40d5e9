"""Policy positions: who (a country, through its officials or its name) holds which stance on
which topic of the controlled vocabulary.

A sentence is read clause by clause.  In each clause a topic (``topics.py``) takes its stance from
the cues that govern it (``stances.py``: "reaffirmed their commitment to X", "urged ... to return
to X", "discussed X" is none), and the stance is held by the subject of the governing cue
(``holders.py``: "Seoul and Washington", "the two sides", the official named, the speaker of a
statement).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import attrs

from ..records import Stance, Topic
from .holders import RECIPROCAL, Subject, owner_of, person_before, resolve, subject_of
from .people import People
from .stances import cues_in, has_cue, read_stance
from .text import Caseless, Sentence
from .text import sentences as split_sentences
from .topics import TopicMention, may_name_a_topic, topic_mentions
from .vocabulary import countries_in

__all__ = ["PositionDraft", "find_positions", "positions_in_statement"]


@attrs.frozen(slots=True)
class PositionDraft:
    """A position read from one sentence or statement."""

    holder: str
    topic: Topic
    stance: Stance
    start: int
    end: int
    summary: str


Persons = Sequence[tuple[int, int, str | None]]


def find_positions(
    sentences: list[Sentence],
    people: People,
    sides: list[str],
) -> list[PositionDraft]:
    """Positions stated in narrative sentences; ``sides`` hold for a collective subject."""
    out: list[PositionDraft] = []
    for index, sentence in enumerate(sentences):
        # the topics first (most sentences name none: nothing else is read of them)
        found = list(topic_mentions(sentence.text))
        if not found:
            continue
        if _PAST_GOVERNMENT.search(sentence.text):
            continue  # a past government's stance is history, not a position
        persons = _persons_in(people, sentence)

        def earlier(index: int = index) -> str | None:
            """The person a pronoun opening a sentence points back to."""
            for back in range(index - 1, max(-1, index - 4), -1):
                inside = people.mentions_between(sentences[back].start, sentences[back].end)
                if inside:
                    return people.persons[inside[0].person].country
            return None

        for topic, stance, holders in _read(sentence.text, found, persons, sides, None, earlier):
            for holder in holders:
                out.append(
                    PositionDraft(
                        holder, topic, stance, sentence.start, sentence.end, sentence.text.strip()
                    )
                )
    return out


def positions_in_statement(
    text: str, start: int, end: int, speaker_country: str | None, sides: list[str]
) -> list[PositionDraft]:
    """Positions a statement states: held by the subject it names ("the two sides agreed",
    "the U.S. will continue to"), else by its speaker's country ("we", or no subject)."""
    if not may_name_a_topic(text):
        return []
    first: list[str] | None = None  # who holds what no subject holds: read once a topic is
    out: list[PositionDraft] = []
    done: set[Topic] = set()
    for sentence in split_sentences(text):
        found = list(topic_mentions(sentence.text))
        if not found:
            continue
        if first is None:
            own = [speaker_country] if speaker_country else []
            first = list(sides) if _WE_AGREED.search(text) else own
        for topic, stance, holders in _read(sentence.text, found, [], sides, first, _nobody):
            if topic in done:
                continue
            done.add(topic)
            summary = text.strip()[:300]
            out += [PositionDraft(holder, topic, stance, start, end, summary) for holder in holders]
    return out


def _nobody() -> str | None:
    return None


def _read(
    text: str,
    found: list[TopicMention],
    persons: Persons,
    sides: Sequence[str],
    speaker: Sequence[str] | None,
    earlier: Callable[[], str | None],
) -> list[tuple[Topic, Stance, list[str]]]:
    """(topic, stance, holders) for each topic ``text`` takes a stance on, given the topic
    mentions ``found`` in it; ``speaker`` is who holds a statement's stances (None in
    narrative)."""
    out: list[tuple[Topic, Stance, list[str]]] = []
    done: set[Topic] = set()
    clauses = _clauses(text)
    by_clause = _mentions_by_clause(text, clauses, found)
    for at, (lo, hi) in enumerate(clauses):
        mentions = by_clause[at]
        if not mentions:
            continue
        clause = text[lo:hi]
        cues = cues_in(clause)
        local = _within(persons, lo, hi)
        fronted = _FRONTED.match(clause)
        lead = fronted.end() if fronted else 0
        tries: dict[Topic, int] = {}
        for mention in mentions:
            tries[mention.topic] = tries.get(mention.topic, 0) + 1
            if mention.topic in done or tries[mention.topic] > _TRIES:
                continue
            inside = mention.start < lead  # "While stressing X, he ...": X in the fronted phrase
            own = [c for c in cues if (c.end <= lead) == inside]
            reading = read_stance(
                clause,
                mention.start,
                mention.end,
                mention.topic,
                own,
                text[hi : hi + _AFTER],
                stated=mention.stated,
            )
            if reading is None:
                continue
            anchor = reading.anchor
            if inside:  # its subject is the main clause's
                verb = _VERB.pattern.search(clause, lead)
                anchor = verb.start() if verb else len(clause)
            north = speaker is None and bool(_NORTH_SUBJECT.match(clause.strip()))
            subject = owner_of(clause, mention.start, local) or subject_of(
                clause,
                anchor,
                cues,
                local,
                north_subject=north,
                first_person=speaker is not None,
                lo=lead,
            )
            if subject is None and at:
                together = bool(_OPENS_RECIPROCAL.match(clause))
                subject = _first_subject(text, clauses[:at], persons, together)
            holders = _holders(subject, text, lo, persons, sides, speaker, earlier)
            after = clause[mention.end : mention.end + _AFTER]
            holders += [c for c in _shared_by(after) if c not in holders]
            if holders:
                done.add(mention.topic)
                out.append((mention.topic, reading.stance, holders))
    return out


def _mentions_by_clause(
    text: str, clauses: list[tuple[int, int]], found: list[TopicMention] | None = None
) -> list[list[TopicMention]]:
    """The topic mentions of each clause (offsets into the clause), as ``topic_mentions`` of
    the clause finds them: the text is scanned once (or ``found`` is its scan), and a clause a
    match runs into or out of (across a cut) is scanned alone."""
    out: list[list[TopicMention]] = [[] for _ in clauses]
    if not clauses:
        return out
    if found is None:
        found = list(topic_mentions(text))
    if not found:
        return out
    starts = [lo for lo, _hi in clauses]
    alone: set[int] = set()
    for m in found:
        at = bisect_right(starts, m.start) - 1
        if at >= 0 and m.end <= clauses[at][1]:
            lo = clauses[at][0]
            out[at].append(
                m if not lo else TopicMention(m.topic, m.start - lo, m.end - lo, m.stated)
            )
            continue
        # a match over a cut: each clause it touches is read alone
        alone.update(i for i, (lo, hi) in enumerate(clauses) if lo < m.end and m.start < hi)
    for at in alone:
        lo, hi = clauses[at]
        out[at] = list(topic_mentions(text[lo:hi]))
    return out


def _holders(
    subject: Subject | None,
    text: str,
    lo: int,
    persons: Persons,
    sides: Sequence[str],
    speaker: Sequence[str] | None,
    earlier: Callable[[], str | None],
) -> list[str]:
    if speaker is not None and subject is None:
        return list(speaker)  # a statement that names no holder is its speaker's

    def antecedent() -> str | None:
        at = lo + (subject.start if subject else 0)
        return person_before(text, persons, at) or earlier()

    return resolve(subject, sides=sides, first=speaker or (), antecedent=antecedent)


def _first_subject(
    text: str, clauses: list[tuple[int, int]], persons: Persons, together: bool
) -> Subject | None:
    """ "the two sides shared ...; discussed ...; and agreed to ...": a clause that names no
    subject has the subject of the clause before."""
    for lo, hi in reversed(clauses[-3:]):
        clause = text[lo:hi]
        cues = cues_in(clause)
        anchor = cues[0].start if cues else len(clause)
        local = _within(persons, lo, hi)
        found = subject_of(clause, anchor, cues, local, north_subject=False, together=together)
        if found is not None:
            return attrs.evolve(found, start=found.start + lo)
    return None


def _persons_in(people: People, sentence: Sentence) -> list[tuple[int, int, str | None]]:
    """The persons a sentence names: offsets into its text, country."""
    return [
        (m.start - sentence.start, m.end - sentence.start, people.persons[m.person].country)
        for m in people.mentions_between(sentence.start, sentence.end)
    ]


def _within(persons: Persons, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    """The persons inside ``lo``..``hi`` (``persons`` in order), offsets made relative to lo."""
    i = bisect_left(persons, (lo,))
    j = bisect_left(persons, (hi,), i)
    return [(s - lo, e - lo, c) for s, e, c in persons[i:j] if e <= hi]


# how often one topic is read in one clause, and how far past a clause the reader looks: bounds
# the work on hostile text (a clause that names "sanctions" a thousand times)
_TRIES = 8
_AFTER = 200
_CLAUSE_PUNCTUATION = r",\s+(?:and|but|while|whereas)\s+|;\s+"
_CLAUSE_DASH = r"(?<!\s)\s+--?\s+"
_CLAUSE = re.compile(_CLAUSE_PUNCTUATION + "|" + _CLAUSE_DASH)
# (a comma or a semicolon in the text, a blank before a hyphen in it) -> the cuts it may hold
_CLAUSE_BY_MARKS: dict[tuple[bool, bool], re.Pattern[str] | None] = {
    (True, True): _CLAUSE,
    (True, False): re.compile(_CLAUSE_PUNCTUATION),
    (False, True): re.compile(_CLAUSE_DASH),
    (False, False): None,
}
# a clause with no verb is a list's last item ("..., and inter-Korean cooperation"), not a clause
_VERB = Caseless(
    re.compile(
        r"\b(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had|"
        r"does|do|did|said|says|told|met|held|made|spoke|sat|took|remains?|stays?|seems?|"
        r"appears?|needs?|[a-z]+ed)\b",
        re.I,
    )
)


def blank_before_dash(text: str) -> bool:
    """Whether a blank stands right before a hyphen in ``text`` (every dash cut has one; a
    hyphen inside a word, "inter-Korean", "U.S.-ROK", does not).

    >>> blank_before_dash("the U.S.-ROK talks"), blank_before_dash("Seoul - and Tokyo")
    (False, True)
    """
    at = text.find("-", 1)
    while at > 0:
        if text[at - 1].isspace():  # what \s is, in a str pattern
            return True
        at = text.find("-", at + 1)
    return False


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of ``text`` (cut at "; ", " - " and ", and" before a new verb)."""
    out: list[tuple[int, int]] = []
    lo = 0
    # every cut holds a comma, a semicolon or a dash: most sentences have none to look for, and
    # the alternatives a sentence has no character for are left out of the scan
    pattern = _CLAUSE_BY_MARKS[("," in text or ";" in text, blank_before_dash(text))]
    found = pattern.finditer(text) if pattern is not None else ()
    cuts = [(m.start(), m.end()) for m in found] + [(len(text), len(text))]
    for start, end in cuts:
        piece = text[lo:start]
        if out and not (_VERB.search(piece) or has_cue(piece)):
            out[-1] = (out[-1][0], start)  # "..., and inter-Korean cooperation": a list's last item
        else:
            out.append((lo, start))
        lo = end
    return [(s, e) for s, e in out if text[s:e].strip()]


_SHARED = re.compile(r"[^.;]{0,60}?\bshared [\w\s]{0,30}?\bof ([^,.;]{3,80})")


def _shared_by(after: str) -> list[str]:
    """ "... remains the shared objective of the United States and South Korea": both hold it."""
    m = _SHARED.match(after)
    return [c for c in countries_in(m.group(1)) if c != "KP"] if m else []


_WE_AGREED = Caseless(
    re.compile(r"(?:\[?\bwe\]?|\bboth sides|\bthe two sides)\s+(?:have\s+)?agreed\b", re.I)
)
_PAST_GOVERNMENT = Caseless(
    re.compile(
        r"\b(?:former|previous|past)\s+(?:[\w.]+\s+){0,2}(?:administration|government)\b", re.I
    )
)
# a phrase before the subject: "During talks with Cho, ...", "While stressing dialogue, ..."
_FRONTED = re.compile(
    r"\s*(?:(?:During|At|In|On|After|Before|Amid|Following|Ahead of|Regarding|As for|Earlier|"
    r"Later|Meanwhile|While|When|By)\b|[A-Z][a-z]+ing\b)[^,;]{0,150}?,\s+"
)
# "..., and agreed to ...": a verb the subject shares with whom it met
_OPENS_RECIPROCAL = re.compile(r"\s*(?:and\s+)?(?:also\s+)?" + RECIPROCAL)
_NORTH_SUBJECT = re.compile(r"^(?:North Korea|Pyongyang|The North|North Korean|The DPRK)\b")

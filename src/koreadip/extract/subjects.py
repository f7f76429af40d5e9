"""Subjects: who a meeting word's clause is about, where its sentence names no one beside it.

"He met ..." is the person the text was just about; in a transcript turn, "I" is the turn's
speaker; "the two envoys" and "they" are the people of a meeting just told, or whom the sentence
before named; a fronted clause ("During a call with X, Y discussed ...") leaves the main clause
its subject; "the Trump-Kim summit" names its sides in the compound before it.
"""

from __future__ import annotations

import re

from ..records import MeetingStatus
from .people import Mention, People
from .text import Sentence

__all__ = [
    "GROUP_SIZE",
    "GROUP_SUBJECT",
    "PRONOUN_SUBJECT",
    "SPEAKER_SUBJECT",
    "clause_subject",
    "group_named",
    "in_compound_before",
    "main_subject",
    "named_before",
]

# "He met ...": the person the text was just about; in a transcript turn, "I just finished a
# conversation with ...": the turn's speaker
PRONOUN_SUBJECT = re.compile(r"^(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:He|She|His|Her)\b")
SPEAKER_SUBJECT = re.compile(
    r"^(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:I|We|It is (?:my|our)|It's (?:my|our)|My|Our)\b"
)
# "The two (leaders) also held ...": the people of the meeting just reported
GROUP_SUBJECT = re.compile(
    r"(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:[Tt]he (?P<n>two|three)|(?P<both>Both)|(?P<they>They))"
    r"(?:\s+(?P<noun>sides|"
    r"leaders|ministers|officials|envoys|diplomats|negotiators|men|women|chiefs|presidents|"
    r"secretaries|counterparts|allies|top diplomats|defense chiefs|nuclear envoys|"
    r"foreign ministers))?\s"
)
# "the two envoys": people whose titles say so, where a recent meeting had them
_GROUP_TITLES = {
    "envoys": r"envoy|representative|negotiator|official for",
    "nuclear envoys": r"envoy|representative|negotiator",
    "negotiators": r"envoy|representative|negotiator",
    "leaders": r"president|prime minister|chairman|leader|premier",
    "presidents": r"president",
    "ministers": r"minister|secretary",
    "foreign ministers": r"foreign minister|minister of foreign|secretary of state",
    "top diplomats": r"foreign minister|minister of foreign|secretary of state",
    "secretaries": r"secretary",
    "defense chiefs": r"defen[cs]e|pentagon",
}


def _titles(people: People, person: int) -> str:
    """Every title a person is known by: the text's, and the roster's posts."""
    who = people.persons[person]
    posts = who.entry.posts if who.entry else ()
    return " / ".join([who.title or "", *(p.title for p in posts)])


def group_named(
    groups: list[tuple[MeetingStatus, list[int], int]],
    status: MeetingStatus,
    size: int,
    noun: str,
    people: People,
) -> list[int]:
    """The people "the two (envoys)" or "they" mean: of the recent meetings of that many (for
    "they": however many) whose people the noun fits by their titles, where any does, the last
    of the same status, else the last."""
    fitting = [g for g in reversed(groups) if size < 0 or len(g[1]) == size]
    if not fitting:
        return []
    pattern = _GROUP_TITLES.get(noun.lower())
    if pattern:
        titled = [
            g for g in fitting if all(re.search(pattern, _titles(people, p), re.I) for p in g[1])
        ]
        fitting = titled or fitting
    return next((g[1] for g in fitting if g[0] is status), fitting[0][1])


def named_before(
    sentences: list[Sentence], index: int, people: People, size: int, reach: int
) -> list[int]:
    """The people "they" or "the two" mean by the names of a sentence just before ("The team
    comprised A, B and C. They met X"): the nearest, within ``reach``, naming that many."""
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        named = list(
            dict.fromkeys(
                m.person
                for m in people.mentions_between(sentences[back].start, sentences[back].end)
            )
        )
        if (size < 0 and len(named) >= 2) or len(named) == size:
            return named
    return []


GROUP_SIZE = {"two": 2, "three": 3}
_COMPOUND_TAIL = re.compile(r"(?:[-\u2013][A-Z][\w'’.]{0,30}){0,3}\s{1,3}")
_COMPOUND_TAIL_LONGEST = 3 * 32 + 3  # three parts of a dash, a capital and 30 more, 3 spaces


def clause_subject(
    text: str, s0: int, ts: int, mentions: list[Mention], owner: dict[int, int]
) -> tuple[list[Mention], bool]:
    """The people named in the trigger's own comma-delimited clause, before it, that no
    trigger has claimed; and whether that clause is one of its own, opening with a conjunction
    and naming its subject (", while Austin met Suh"), not the last part of a list of
    subjects."""
    start = max(s0, text.rfind(", ", s0, ts) + 2)
    named = [m for m in mentions if start <= m.start and m.end <= ts]
    own = bool(named and start > s0 and _CONJUNCTION.match(text, start))
    return [m for m in named if m.start not in owner], own


_CONJUNCTION = re.compile(r"(?:while|whereas|but|although|though)\s")


_TITLE_WORDS = re.compile(r"(?:[,\s]|\b(?:[A-Z][\w.'’-]*|of|for|the|and|on)\b)*")


def main_subject(
    text: str, start: int, end: int, mentions: list[Mention], owner: dict[int, int]
) -> list[Mention]:
    """The people a main clause opens with, after its fronted clause: "..., South Korean
    Foreign Minister Kang Kyung-wha, who is visiting Russia, discussed ..." gives Kang."""
    out: list[Mention] = []
    pos = start
    for m in mentions:
        if m.start < start or m.start in owner:
            continue
        if m.start - pos > 100 or not _TITLE_WORDS.fullmatch(text, pos, m.start):
            break
        out.append(m)
        pos = m.end
    return out


def in_compound_before(text: str, m: Mention, trigger_start: int) -> bool:
    """Whether ``m`` is a part of a hyphenated compound that ends just before the trigger."""
    if not 0 < trigger_start - m.end <= _COMPOUND_TAIL_LONGEST:
        return False  # (no gap, or one longer than any match: tested without a copy)
    gap = text[m.end : trigger_start]
    if not _COMPOUND_TAIL.fullmatch(gap):
        return False
    return "-" in gap or text[m.start - 1 : m.start] in ("-", "\u2013")

"""Statements: quotes with their speakers and transcript turns, speakers resolved to officials."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

import attrs

from ..records import StatementKind
from .people import People
from .quotes import Quote, find_quotes
from .transcript import Turn, find_turns

__all__ = ["StatementDraft", "find_statements"]

# "he", "the minister", "the Deputy Minister": whoever was speaking (or was named) just before
_PRONOUN = re.compile(
    r"^(?:he|she|the (?:(?:deputy|vice|first|foreign|defense|unification|special|senior|top|"
    r"chief|nuclear)\s+){0,2}(?:minister|secretary|ambassador|envoy|official|diplomat|president|"
    r"director|representative|negotiator|chief|head))$",
    re.I,
)
_COURTESY = frozenset({"MR", "MS", "MRS", "DR"})  # "MS NAUERT": a courtesy title, no office


@attrs.frozen(slots=True)
class StatementDraft:
    """A statement as read, with its speaker resolved to a person index where possible."""

    start: int
    end: int
    text: str
    speaker: str | None
    person: int | None
    kind: StatementKind
    via: str | None


_DEFINITE_SOURCE = re.compile(
    r"^the\s+(?:[\w'.-]+\s+){0,3}?(source|official|diplomat|spokesperson|spokesman|spokeswoman|"
    r"aide)$",
    re.I,
)


def _antecedent(text: str, head: str, before: int) -> str | None:
    """ "the source" said: the earlier "a source at Seoul's foreign ministry" it refers back to."""
    window = text[max(0, before - 1500) : before]
    found = None
    pattern = re.compile(
        r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'.-]+\s+){0,4}?"
        + re.escape(head)
        + r"\b(?:\s+(?:at|in|of|from|with)\s+[^,.;\"“”\n]{1,60}?"
        + r"(?=\s+(?:said|told|says|was|who|,)|[,.;]))?"
    )
    for m in pattern.finditer(window):
        found = m.group().strip()
    return found


#: a quotation of this many words or fewer is a quoted term, not something said
_FRAGMENT_WORDS = 3


def find_statements(text: str, people: People, body_start: int = 0) -> list[StatementDraft]:
    """Transcript turns where the text is a transcript, and quotes everywhere else."""
    out: list[StatementDraft] = []
    turns = find_turns(text)
    spans = [(t.start, t.end) for t in turns]
    for turn in turns:
        out.append(_turn(turn, people))
    inside = _inside_any(spans)
    quotes = [q for q in find_quotes(text) if not inside(q.start)]
    quoted = [(q.start, q.end) for q in quotes]
    previous: StatementDraft | None = None
    for quote in quotes:
        draft = _quote(quote, people, quoted, previous)
        if draft is not None:
            out.append(draft)
            previous = draft
    out.sort(key=lambda d: d.start)
    return out


def _inside_any(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset falls inside any of ``spans`` (``start <= at < end``), by
    bisection: the spans are sorted once, with the furthest end reached by each prefix.

    >>> inside = _inside_any([(10, 20), (0, 5)])
    >>> inside(3), inside(5), inside(19), inside(25)
    (True, False, True, False)
    """
    ordered = sorted(spans)
    starts = [a for a, _b in ordered]
    reach = list(accumulate((b for _a, b in ordered), max))

    def inside(at: int) -> bool:
        i = bisect_right(starts, at) - 1
        return i >= 0 and reach[i] > at

    return inside


def _turn(turn: Turn, people: People) -> StatementDraft:
    draft = _read_turn(turn, people)
    if draft.person is not None:
        people.note_mention(draft.person, turn.label_start, turn.label_end, turn.label)
    return draft


def _read_turn(turn: Turn, people: People) -> StatementDraft:
    # a reporter's, moderator's or role label's turn ("PARTICIPANT") names no official
    if turn.is_question or not turn.surname:
        kind = StatementKind.QUESTION if turn.is_question else StatementKind.TRANSCRIPT_TURN
        speaker = None if turn.is_question else turn.label
        return StatementDraft(turn.start, turn.end, turn.text, speaker, None, kind, None)
    office = turn.title if turn.title and turn.title.rstrip(".") not in _COURTESY else None
    title = office.title() if office else None
    person = people.resolve_surname(turn.surname.title(), turn.label_start, title=title)
    speaker = people.persons[person].name if person is not None else turn.label.title()
    return StatementDraft(
        turn.start, turn.end, turn.text, speaker, person, StatementKind.TRANSCRIPT_TURN, None
    )


def _quote(
    quote: Quote,
    people: People,
    quoted: list[tuple[int, int]],
    previous: StatementDraft | None,
) -> StatementDraft | None:
    person: int | None = None
    speaker = quote.speaker
    if quote.speaker_start is not None and quote.speaker_end is not None:
        person = people.find_in_phrase(quote.speaker_start, quote.speaker_end)
        bare = (speaker or "").strip().lower()
        if (
            person is not None
            and previous is not None
            and previous.person not in (None, person)
            and bare in people.persons[previous.person].surnames()
            and quote.start - previous.end < 1500
        ):
            person = previous.person  # "she said ... KCNA quoted Kim as saying": the same Kim
            people.reassign(quote.speaker_start, quote.speaker_end, bare, person)
    if person is None and speaker and _PRONOUN.match(speaker.strip()):
        # "He continued, ...": whoever spoke last, else the last person named outside quotes
        anchor = quote.speaker_start if quote.speaker_start is not None else quote.start
        if previous is not None and previous.person is not None and anchor - previous.end < 1500:
            person = previous.person
        else:
            named = people.subject_before(anchor, max(0, anchor - 1500), quoted)
            person = named.person if named is not None else None
    if person is None and speaker and re.fullmatch(r"[A-Z][a-z]+", speaker.strip()):
        person = people.resolve_surname(speaker.strip(), quote.speaker_start or quote.start)
    if quote.fragment and speaker is None:
        return None
    if person is None and speaker:
        definite = _DEFINITE_SOURCE.match(speaker.strip())
        if definite:
            anchor = quote.speaker_start or quote.start
            speaker = _antecedent(people.text, definite.group(1), anchor) or speaker
    if person is None and quote.label:
        speaker = None  # a bare label that names nobody: "North Korea 'will respond'"
    if person is not None:
        speaker = people.persons[person].name
    if len(quote.text.split()) <= _FRAGMENT_WORDS:
        return None  # "linchpin", "the big deal": a quoted word or phrase, not a statement
    return StatementDraft(
        quote.start, quote.end, quote.text, speaker, person, StatementKind.QUOTE, quote.via
    )

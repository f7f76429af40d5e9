"""Meetings: every meeting, call, video conference, round of talks or summit a text reports as held,
planned or cancelled, with its date, modality, place, participants and sides.

Each sentence's triggers (see :mod:`.triggers`) become drafts.  People named around a trigger take
part: "between X and Y", "X met with Y", "X and Y held talks", "He met with Y" (the person the
previous sentence was about) — unless the text says they did not.  A trigger that only refers
back to an event already reported ("the meeting came amid ...", "during the talks") is marked
anaphoric: it may date or place that event but adds no new one.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..dates import PartialDate
from ..records import MeetingStatus
from .captions import as_pictured, caption_sentences, pictured_together
from .drafts import MeetingDraft
from .people import People
from .sentence_meetings import read_sentence
from .spans import Spans
from .text import Sentence
from .timing import sentence_dates, tells_the_same_day
from .triggers import Trigger, part_triggers

__all__ = ["MeetingDraft", "find_meetings"]


def find_meetings(
    text: str,
    sentences: list[Sentence],
    people: People,
    reference: _dt.date | None,
    quoted: list[tuple[int, int]],
    body_start: int = 0,
) -> list[MeetingDraft]:
    """Meeting drafts, one per event mention, in text order."""
    drafts: list[MeetingDraft] = []
    # the people of the last meeting read that names two or more, by its status
    groups: list[tuple[MeetingStatus, list[int], int]] = []  # oldest first
    captions = caption_sentences(text, sentences)
    pictured: set[int] = set()  # the caption paragraphs that told a meeting of two or more
    inside = Spans(quoted)
    joins = "joined" in text  # what every "was joined by" holds
    by_sentence = part_triggers(sentences, inside)
    for index, sentence in enumerate(sentences):
        found = by_sentence.get(index, [])
        read: list[MeetingDraft] = []
        if found:  # (each reader reads triggers only)
            told = [t for t in found if t.quote is None]
            read = read_sentence(text, sentences, index, told, people, reference, groups)
            if len(told) < len(found):  # (only quoted triggers make a quotation's reading)
                read += _read_quotations(text, sentences, index, found, people, reference)
        if index in captions:
            read = as_pictured(read)
            if any(len(d.participants) >= 2 for d in read):
                pictured.add(sentence.paragraph)
            elif sentence.paragraph not in pictured:
                read = [*read, *pictured_together(text, sentence, index, people, reference)]
                pictured.update(sentence.paragraph for d in read if len(d.participants) >= 2)
        if not found and joins:
            _joined_by(text, sentence, index, people, drafts)
        if read:
            same_day = (
                tells_the_same_day(sentence.text) if any(d.date is None for d in read) else False
            )
            for d in read:
                d.header = d.start < body_start
                if d.date is None and same_day:
                    # "On the same day, he also met ...": the day told last
                    d.date = _last_meeting_day(drafts, index, reference) or _last_day(
                        sentences[:index], reference, body_start
                    )
                if d.also and not d.anaphoric:
                    # "X and Y met Tuesday in Seoul. X also called on Z": that day, that place
                    _like_the_last(drafts, d)
                drafts.append(d)
                if len(d.countries) >= 2 and len(d.participants) >= 2 and not d.anaphoric:
                    # "the two envoys": the two sides of the meeting just told
                    groups.append((d.status, d.participants, d.sentence))
    return drafts


def _like_the_last(drafts: list[MeetingDraft], d: MeetingDraft) -> None:
    """Whoever "also" met someone did so on the day, and where no other place is told in the
    place, of the meeting just told that they took part in."""
    for prev in reversed(drafts[-6:]):
        if d.sentence - prev.sentence > 2:
            break
        if (
            prev.sentence < d.sentence  # "X, who arrived on Sunday, also met Y": not Sunday
            and prev.date is not None
            and prev.date.day is not None
            and prev.status is d.status
            and set(prev.participants) & set(d.participants)
        ):
            if d.date is None or d.date == prev.date:
                d.date = prev.date
                if d.location is None and d.modality is prev.modality:
                    d.location = prev.location
            return


_JOINED_BY = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?joined\s+by\s+")


def _joined_by(
    text: str, sentence: Sentence, index: int, people: People, drafts: list[MeetingDraft]
) -> None:
    """ "Blinken was joined by Sung Kim and Ambassador Goldberg": they join the meeting just
    told that Blinken took part in (those who only accompany a visitor are told otherwise)."""
    joined = _JOINED_BY.search(text, sentence.start, sentence.end)
    if joined is None:
        return
    named = people.mentions_between(sentence.start, sentence.end)
    who = [m for m in named if m.end <= joined.start()][-1:]
    joiners = [m.person for m in named if m.start >= joined.end()]
    if not who or not joiners:
        return
    for d in reversed(drafts):
        if index - d.sentence > 3:
            return
        if who[0].person in d.participants:
            d.participants += [p for p in joiners if p not in d.participants]
            d.countries += [
                c
                for c in (people.persons[p].country for p in joiners)
                if c and c not in d.countries
            ]
            return


def _last_meeting_day(
    drafts: list[MeetingDraft], index: int, reference: _dt.date | None
) -> PartialDate | None:
    """The day of the meeting told just before (within two sentences), in the text's present:
    what "earlier in the day" means after "met Austin on Tuesday, the ministry said Wednesday"
    (not the day of last year's summit told in passing)."""
    for prev in reversed(drafts):
        if index - prev.sentence > 2:
            break
        day = prev.date.to_date() if prev.date is not None else None
        if (
            prev.sentence < index
            and day is not None
            and not prev.header
            and (reference is None or abs(day - reference).days <= 31)
        ):
            return prev.date
    return None


def _last_day(
    before: list[Sentence], reference: _dt.date | None, body_start: int
) -> PartialDate | None:
    """The last day the body names, before, that lies in the text's present (within a month of
    the reference): what "on the same day" means ("On the 30th, Kim said ... He met Noh on the
    same day"), not a day of last year's summit told in passing; where the body names none,
    the reference day."""
    for sentence in reversed(before):
        if sentence.start < body_start:
            break
        days = [
            d.value
            for d in sentence_dates(sentence.text, reference)
            if d.value is not None
            and d.value.day is not None
            and (reference is None or abs((d.value.to_date() or reference) - reference).days <= 31)
        ]
        if days:
            return days[-1]
    return PartialDate.from_date(reference) if reference else None  # the day of the text


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|us|our|[Mm]y|me)\b")


def _read_quotations(
    text: str,
    sentences: list[Sentence],
    index: int,
    found: list[Trigger],
    people: People,
    reference: _dt.date | None,
) -> list[MeetingDraft]:
    """Meetings a quotation tells of its own third persons, each read as a sentence of its own
    ("'Pompeo spoke with Foreign Minister Kang on Aug. 24,' the release said"; "'... the
    accomplishments of the inter-Korean summit on April 27,' the ministry said").  What a
    speaker says of "we" or "I", or of no one named, stays the speaker's talk."""
    out: list[MeetingDraft] = []
    spans = sorted({t.quote for t in found if t.quote is not None})
    for qa, qb in spans:
        inside = Sentence(qa, qb, sentences[index].paragraph, text[qa:qb])
        mine = [t for t in found if t.quote == (qa, qb)]
        for d in read_sentence(text, sentences, index, mine, people, reference, [], inside):
            if _FIRST_PERSON.search(text, max(qa, d.start - 60), d.start):
                continue
            if d.paired or len(d.participants) >= 2:
                out.append(d)
    return out

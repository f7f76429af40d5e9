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
import itertools
import re

from ..dates import PartialDate
from ..records import MeetingStatus, Modality
from .anaphora import JOINS, is_purpose, refers_back
from .captions import as_pictured, caption_sentences, pictured_together
from .clauses import fronted
from .drafts import MeetingDraft
from .participants import (
    acts_on,
    antecedent,
    between,
    distance,
    negated,
    owners,
    shares_subject,
)
from .people import People
from .sides import bilateral, city_of, countries_of, paired_sides
from .spans import Spans
from .splits import split_counterparts, split_destinations, split_ellipsis
from .subjects import (
    GROUP_SIZE,
    GROUP_SUBJECT,
    PRONOUN_SUBJECT,
    SPEAKER_SUBJECT,
    clause_subject,
    group_named,
    in_compound_before,
    main_subject,
    named_before,
)
from .text import Caseless, Sentence
from .timing import (
    DATE_BARRIER,
    called_off,
    date_owner,
    dated_status,
    pick_date,
    sentence_dates,
    status_of,
    tells_the_same_day,
)
from .triggers import Trigger, stretched, triggers
from .vocabulary import REPORTING

__all__ = ["MeetingDraft", "find_meetings"]

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .,]{0,40}?\s)?[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z ]{2,20}\)\s*(?:--|-|"
    r"\u2014)"
)
_DETERMINER_BEFORE = Caseless(
    re.compile(r"\b(?:the|their|this|these|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
)
_HIS = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her|its)\s+(?:[\w-]+\s+){0,2}$", re.I)
_OWNS = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")
_THEIR = re.compile(r"\b[Tt]heir\s+(?:[\w-]+\s+){0,3}$")
_TITLE_OWNER = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){1,5}")
_GOVERNMENT_AFTER = re.compile(r"['’]?s?\s+(?:administration|government)\b", re.I)
_SOURCE_AFTER = re.compile(rf"['’]?\s+{REPORTING}\b")
_THEN = re.compile(r"\b(?:before|after)\s+\w+ing\b")
_ALSO = re.compile(r"\balso\s+(?:[\w-]+\s+){0,3}$")
_TENSED = re.compile(
    r"\b(?:was|were|had|did|will|would|shall|last|ago|earlier|yesterday|tomorrow|next|"
    r"[a-z]{3,}ed)\b"
)
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|previous|next|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_SINCE = re.compile(
    r"\b(?:after|before|since|following)\s+(?:the|his|her|their|its|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TRAVEL = re.compile(
    r"\b(?:visit\w*|trip|arriv\w+|travel\w*|flew|fly|head(?:ed|ing|s)? to|went to|in [A-Z][a-z]+)\b"
)


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
    for index, sentence in enumerate(sentences):
        found = triggers(sentence, inside)
        told = [t for t in found if t.quote is None]
        read = _read_sentence(text, sentences, index, told, people, reference, groups)
        read += _read_quotations(text, sentences, index, found, people, reference)
        if index in captions:
            read = as_pictured(read)
            if any(len(d.participants) >= 2 for d in read):
                pictured.add(sentence.paragraph)
            elif sentence.paragraph not in pictured:
                read = [*read, *pictured_together(text, sentence, index, people, reference)]
                pictured.update(sentence.paragraph for d in read if len(d.participants) >= 2)
        if not found:
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
        alone = [*sentences[:index], inside, *sentences[index + 1 :]]
        mine = [t for t in found if t.quote == (qa, qb)]
        for d in _read_sentence(text, alone, index, mine, people, reference, []):
            if _FIRST_PERSON.search(text, max(qa, d.start - 60), d.start):
                continue
            if d.paired or len(d.participants) >= 2:
                out.append(d)
    return out


def _read_sentence(
    text: str,
    sentences: list[Sentence],
    index: int,
    found: list[Trigger],
    people: People,
    reference: _dt.date | None,
    groups: list[tuple[MeetingStatus, list[int], int]],
) -> list[MeetingDraft]:
    if not found:
        return []
    sentence = sentences[index]
    s0, s1 = sentence.start, sentence.end
    dateline = _DATELINE.match(sentence.text)
    body_from = s0 + (dateline.end() if dateline else 0)
    # "the Trump administration" names a president, not a participant
    everyone = people.mentions_between(s0, s1)
    mentions = [
        m
        for i, m in enumerate(everyone)
        if m.start >= body_from
        and not _GOVERNMENT_AFTER.match(text, m.end, m.end + 18)
        and not acts_on(text, m, s0)
        # "Yoon's national security adviser Kim Sung-han met ...": Yoon only names his office
        and not (
            i + 1 < len(everyone) and _TITLE_OWNER.fullmatch(text, m.end, everyone[i + 1].start)
        )
    ]
    excluded = negated(text, s0, s1, mentions)
    anaphoric = [refers_back(text, sentence, t, follows_another=i > 0) for i, t in enumerate(found)]
    # people go to the triggers that report events; only if none does, to those that refer back
    live = [i for i, a in enumerate(anaphoric) if not a] or list(range(len(found)))
    fr = fronted(sentence.text)
    fs, fe = (s0 + fr.start, s0 + fr.end) if fr else (s0, s0)
    owner, via_between = owners(text, s1, found, live, mentions, fe)
    possessed: set[int] = set()  # triggers with a possessor: theirs, not the subject's
    for t in live:  # "Trump's summit with Kim", "Trump's China visit": the possessor takes part
        for m in mentions:
            if m.start not in owner and _OWNS.fullmatch(text, m.end, found[t].start):
                owner[m.start] = t
                possessed.add(t)

    def side(pos: int) -> bool:  # True inside the fronted clause
        return fs <= pos < fe

    main = [t for t in live if not side(found[t].start)]
    subject = [
        m
        for m in mentions
        if m.start not in owner
        and main
        and m.end <= found[main[0]].start
        and side(m.start) == side(found[main[0]].start)
    ]
    if fr and not main:
        subject = main_subject(text, fe, s1, mentions, owner)
    # "During a call with X, Y discussed ...": Y, the main clause's subject, made the call
    fronted_subject = subject if fr and fr.shares_subject else []
    own = [t for t in live if side(found[t].start)]  # the fronted clause's own subject
    own_subject = [
        m for m in mentions if own and m.start not in owner and fs <= m.start < found[own[0]].start
    ]
    lead_in = text[fe : found[main[0]].start] if main else ""
    if not subject and live and SPEAKER_SUBJECT.match(lead_in):
        # in a transcript turn, "I"/"we" is whoever the turn's label names
        before = people.mentions_between(max(0, s0 - 3000), s0)
        label = [m for m in before if m.surface.isupper()][-1:]
        subject = label
        if label and lead_in.lstrip().startswith("We"):
            # "Welcome, Minister Park. We just concluded a meeting": the guest named in the turn
            subject += [m for m in before if m.start > label[0].end and m.person != label[0].person]
    elif not subject and live and PRONOUN_SUBJECT.match(lead_in):
        named = antecedent(sentences, index, people)
        if named is not None:
            subject = [named]
    # "the two (leaders)": the people of the last meeting reported as held (or planned)
    size = 0
    if not subject and live:
        g = GROUP_SUBJECT.match(text, s0, found[live[0]].start)
        # "They ... their June 8 meeting with X": however many the last meeting had
        size = (GROUP_SIZE[g["n"]] if g["n"] else -1 if g["they"] else 2) if g else 0
        noun = (g["noun"] or "") if g else ""
    for m in mentions:
        if _SOURCE_AFTER.match(text, m.end) and m.start > found[0].end:
            continue  # "..., spokesman Kim told reporters": who reports it, not who took part
        if m.start not in owner and m not in subject and live:
            # the nearest trigger the person is not barred from ("talks since X and Y met")
            for near in sorted(live, key=lambda t: distance(m.start, m.end, found[t])):
                trig = found[near]
                if side(trig.start) != side(m.start):
                    continue
                gap = text[m.end : trig.start] if m.end <= trig.start else text[trig.end : m.start]
                if distance(m.start, m.end, trig) > 80:
                    break
                if not DATE_BARRIER.search(gap):
                    owner[m.start] = near
                    break

    dates = [
        d
        for d in sentence_dates(sentence.text, reference, fe - s0)
        if d.value is not None
        and s0 + d.start >= body_from
        and not d.text.lower().startswith(("since", "until", "till"))
    ]
    purposes = frozenset(
        i for i in range(1, len(found)) if anaphoric[i] and is_purpose(text, found, i)
    )
    # "a summit comprising A, B and C is scheduled ... on August 18": a trigger reaches past
    # the list of its sides, for its date and its tense
    reach = [
        stretched(trig, span[1])
        if t in via_between and (span := between(text, trig.end, s1))
        else trig
        for t, trig in enumerate(found)
    ]
    dated = {
        d.start: date_owner(text, s0, d, reach, purposes=purposes, fronted=(fs, fe)) for d in dates
    }
    off = called_off(sentence, found)

    drafts: list[MeetingDraft] = []
    for t, trig in enumerate(found):
        ts, te = trig.start, trig.end
        lead = text[max(s0, ts - 40) : ts]
        if t in live:
            pool = [m for m in mentions if owner.get(m.start) == t]
            if side(ts) and fronted_subject:
                pool = fronted_subject + pool
            elif side(ts):
                if shares_subject(text, sentence, trig):
                    pool = own_subject + pool
            elif (
                t not in via_between
                and t not in possessed
                and (shares_subject(text, sentence, trig) or _THEIR.search(lead))
            ):
                # "..., President Moon announced after a summit with Trump": the subject of
                # the trigger's own clause, where it has one, else the sentence's
                own_clause, opens = clause_subject(text, s0, ts, mentions, owner)
                if not opens and {m.person for m in own_clause} <= {m.person for m in subject}:
                    own_clause = subject  # "Yoon, Biden, Kishida to meet": one list
                pool = own_clause + pool
        else:  # a reference back: "their talks" are the subject's, "... between X and Y"
            pool = subject if _THEIR.search(lead) else []
            span = between(text, te, s1)
            if span:
                pool = pool + [m for m in mentions if span[0] <= m.start < span[1]]
        # "the first Trump-Kim summit": the compound before the trigger names its sides
        pool = pool + [m for m in mentions if m not in pool and in_compound_before(text, m, ts)]
        mine = [d for d in dates if dated[d.start] == t]
        date = pick_date(mine, sentence.text)
        if date is not None and date.month is None:
            date = None  # "this year", "the first half of next year": no date to speak of
        status = dated_status(
            status_of(sentence, reach[t], found[t - 1].end if t else s0, cancelled=t in off),
            date,
            mine,
            reference,
            sentence.text[max(0, ts - s0 - 60) : te - s0],
        )
        if (
            status is MeetingStatus.HELD
            and not mine
            and drafts
            and drafts[-1].status is MeetingStatus.PLANNED
            and is_purpose(text, found, t)
        ):
            status = MeetingStatus.PLANNED  # "will travel to Anchorage for talks with ..."
        persons = [m.person for m in pool]
        if t in live and size and (shares_subject(text, sentence, trig) or _THEIR.search(lead)):
            # "They" are whom the sentence before named, "the two envoys" a recent meeting's
            if size < 0 and not (groups and groups[-1][2] == index - 1):
                # ... unless the sentence before told a meeting: "They" are its people
                they = named_before(sentences, index, people, size, 1) or group_named(
                    groups, status, size, noun, people
                )
            else:
                they = group_named(groups, status, size, noun, people) or named_before(
                    sentences, index, people, size, 2
                )
            persons = they + persons
        participants = list(dict.fromkeys(p for p in persons if p not in excluded))
        his = not participants and bool(_HIS.search(text, max(s0, ts - 20), ts))
        if his and side(ts) and subject:
            # "During his visit to Tokyo, Blinken met ...": the main clause's subject
            participants = [subject[0].person]
        elif his:
            # "good to have him here so soon after his visit in April": whom the sentence named
            # last, else whom the text was about
            before = [m for m in mentions if m.end <= ts] or [
                m for m in [antecedent(sentences, index, people)] if m is not None
            ]
            participants = [before[-1].person] if before else []
        paired = paired_sides(text, s0, trig)
        if paired:  # "Moon hopes for a successful DPRK-US summit": Moon is no side of it
            participants = [p for p in participants if people.persons[p].country in (None, *paired)]
        location = (
            None
            if trig.modality in (Modality.PHONE, Modality.VIDEO)
            else city_of(text, s0, s1, trig, found)
        )
        modality = trig.modality
        if modality is Modality.UNKNOWN and (location or _TRAVEL.search(sentence.text)):
            modality = Modality.IN_PERSON
        lead = text[max(s0, ts - 30) : ts]
        is_anaphoric = (
            anaphoric[t]
            or his
            or (
                not participants
                and location is None
                # "the talks": a reference back unless it says something new; "his visit": always
                and (
                    (date is None and bool(_DETERMINER_BEFORE.search(lead)))
                    or bool(_POSSESSIVE_PRONOUN.search(lead))
                )
            )
        )
        drafts.append(
            MeetingDraft(
                start=ts,
                end=te,
                modality=modality,
                status=status,
                date=date,
                location=location,
                participants=participants,
                countries=countries_of(text, sentence, trig, participants, people, paired),
                sentence=index,
                anaphoric=is_anaphoric,
                explicit=trig.explicit,
                summit=trig.summit,
                travel=trig.travel,
                vague=trig.vague,
                joins=anaphoric[t] and bool(JOINS.search(lead)),
                also=bool(_ALSO.search(lead)),
                paired=bool(paired),
                multilateral=trig.multilateral,
                untensed=(
                    t in possessed
                    and date is None
                    and status is MeetingStatus.HELD
                    and not _TENSED.search(sentence.text)
                ),
                bilateral=bilateral(text, max(s0, ts - 30), min(s1, te + 45)),
                distinct=bool(_ORDINAL.search(lead) or (_SINCE.search(lead) and not participants)),
                counterparts=[]
                if t in via_between
                else [
                    p
                    for p in dict.fromkeys(m.person for m in pool if m.start > te)
                    if p in participants
                ],
            )
        )
    for prev, d in itertools.pairwise(drafts):
        # "met Kang this morning before sitting down with Lee": the same day
        if (
            d.date is None
            and prev.date is not None
            and prev.date.day is not None
            and not d.anaphoric
            and _THEN.search(text, prev.end, d.end)
        ):
            d.date = prev.date
    drafts = split_ellipsis(text, sentence, drafts, mentions, dates, people)
    drafts = split_counterparts(text, drafts, people)
    return split_destinations(text, sentence, drafts, dates)

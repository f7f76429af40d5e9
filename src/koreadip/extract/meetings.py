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

import attrs

from ..dates import DateMention, PartialDate
from ..records import MeetingStatus, Modality
from .participants import antecedent, between, distance, negated, owners, shares_subject
from .people import Mention, People
from .sides import city_of, countries_of
from .spans import Spans
from .text import Caseless, Sentence
from .timing import DATE_BARRIER, date_owner, dated_status, pick_date, sentence_dates, status_of
from .triggers import Trigger, triggers
from .vocabulary import REPORTING

__all__ = ["MeetingDraft", "find_meetings"]

_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\band\s)(?:The|the|This|this|That|that|Their|their|Its|"
    r"its)\s+(?:[\w-]+\s+){0,2}$"
)
_REFERRING_VERB = re.compile(
    r"^\s+(?:came|comes|follows?|followed|took|takes|was|were|is|are|has|had|will|would|started|"
    r"starts|"
    r"lasted|began|begins|ended|represents|marks|marked|drew|draws|also|itself|itself)\b"
)
_PREPOSITIONAL = Caseless(
    re.compile(
        r"\b(?:during|at|in|after|before|following|throughout|since|of)\s+(?:the|their|this|that|its|"
        r"these)\s+(?:[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .,]{0,40}?\s)?[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z ]{2,20}\)\s*(?:--|-|"
    r"\u2014)"
)
_DETERMINER_BEFORE = Caseless(
    re.compile(r"\b(?:the|their|this|these|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her|its)\s+(?:[\w-]+\s+){0,2}$", re.I)
_OWNS = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")
_SUCH = re.compile(r"\bsuch\s+$")
_AS_A = re.compile(r"\bas\s+an?\s+(?:[\w-]+\s+){0,3}$")
_FOR_A = re.compile(r"\bfor\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$")
_BETWEEN_OR_WITH = re.compile(r"\s+(?:between|with)\b")
_THEIR = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$")
_GOVERNMENT_AFTER = re.compile(r"['’]?s?\s+(?:administration|government)\b", re.I)
_ELLIPSIS = re.compile(r",?\s+and\s+(?:(?:on|in|later|then)\s+[^,;]{0,25}?\s+)?with\s")
# "He met ...": the person the text was just about; in a transcript turn, "I just finished a
# conversation with ...": the turn's speaker
_PRONOUN_SUBJECT = re.compile(r"^(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:He|She)\b")
_SPEAKER_SUBJECT = re.compile(r"^(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:I|We)\b")
# "The two (leaders) also held ...": the people of the meeting just reported
_GROUP_SUBJECT = re.compile(
    r"(?:[A-Z][\w ,'-]{0,40}?,\s+)?(?:[Tt]he (?P<n>two|three)|(?P<both>Both))(?:\s+(?:sides|"
    r"leaders|ministers|officials|envoys|diplomats|negotiators|men|women|chiefs|presidents|"
    r"secretaries|counterparts|allies|top diplomats|defense chiefs|nuclear envoys))?\s"
)
_GROUP_SIZE = {"two": 2, "three": 3}
_SOURCE_AFTER = re.compile(rf"['’]?\s+{REPORTING}\b")
_COMPOUND_TAIL = re.compile(r"(?:[-\u2013][A-Z][\w'’.]{0,30}){0,3}\s{1,3}")
_OCCASION = re.compile(
    r"\b(?:at|during|on the sidelines of|on the margins of)\s+(?:the|a|an)\s+(?:[\w.-]+\s+){0,3}$"
)
_THEIR_PURPOSE = re.compile(r"\bfor\s+(?:their|his|her|its)\s+(?:[\w-]+\s+){0,2}$")
_THEN = re.compile(r"\b(?:before|after)\s+\w+ing\b")
_SAME_DAY = re.compile(r"\b(?:on\s+)?the same day\b", re.I)
_ALSO = re.compile(r"\balso\s+(?:[\w-]+\s+){0,3}$")
# "X also attended the meeting": X joins the event already reported
_JOINS = Caseless(
    re.compile(
        r"\b(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|participat\w* in|t(?:ook|ake|aking) part in|"
        r"sat in on|present at)\s+(?:the|this|that|their|those)\s+(?:[\w-]+\s+){0,2}$",
        re.I,
    )
)
_TRAVEL = re.compile(
    r"\b(?:visit\w*|trip|arriv\w+|travel\w*|flew|fly|head(?:ed|ing|s)? to|went to|in [A-Z][a-z]+)\b"
)


@attrs.define
class MeetingDraft:
    """A meeting as first read from one sentence, before mentions of one event are merged."""

    start: int
    end: int
    modality: Modality
    status: MeetingStatus
    date: PartialDate | None
    location: str | None
    participants: list[int]
    countries: list[str]
    sentence: int
    anaphoric: bool = False
    explicit: bool = False
    summit: bool = False
    travel: bool = False
    header: bool = False
    vague: bool = False
    joins: bool = False  # its participants join the event it refers back to
    also: bool = False  # "also met", "also held talks": another event than those just read


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
    groups: dict[MeetingStatus, list[int]] = {}
    last_day: PartialDate | None = None  # the last meeting date read that names a day
    inside = Spans(quoted)
    for index, sentence in enumerate(sentences):
        found = triggers(sentence, inside)
        if found:
            for d in _read_sentence(text, sentences, index, found, people, reference, groups):
                d.header = d.start < body_start
                if d.date is None and last_day is not None and _SAME_DAY.search(sentence.text):
                    d.date = last_day  # "On the same day, he also met ...": that meeting's day
                drafts.append(d)
                if len(d.participants) >= 2 and not d.anaphoric:
                    groups.pop(d.status, None)  # the last one read comes last
                    groups[d.status] = d.participants
                if d.date is not None and d.date.day is not None and not d.header:
                    last_day = d.date
    return drafts


def _is_purpose(text: str, found: list[Trigger], i: int) -> bool:
    """ "will meet Kim in Hanoi for their second summit": trigger ``i`` names the purpose of
    the one before it."""
    before = text[max(found[i - 1].end, found[i].start - 40) : found[i].start]
    return bool(_FOR_A.search(before) or _THEIR_PURPOSE.search(before) or _OCCASION.search(before))


def _anaphoric(text: str, sentence: Sentence, t: Trigger, *, follows_another: bool) -> bool:
    """Whether a trigger refers back to an event ("the meeting came ...", "during the talks"),
    or, after another trigger of its sentence, names its purpose ("sat down ... for a meeting")."""
    before = text[max(sentence.start, t.start - 40) : t.start]
    after = text[t.end : t.end + 30]
    names_others = _BETWEEN_OR_WITH.match(after)
    if follows_another and _FOR_A.search(before[-30:]) and not names_others:
        return True
    if _SUCH.search(before) or _JOINS.search(before):
        return True
    if _DEFINITE_SUBJECT.search(before) and _REFERRING_VERB.match(after):
        return True  # may still name who took part: "the meeting took place between X and Y"
    if _AS_A.search(before):
        return True  # "described the talks as a wide-ranging discussion"
    return bool(_PREPOSITIONAL.search(before)) and not names_others


def _read_sentence(
    text: str,
    sentences: list[Sentence],
    index: int,
    found: list[Trigger],
    people: People,
    reference: _dt.date | None,
    groups: dict[MeetingStatus, list[int]],
) -> list[MeetingDraft]:
    sentence = sentences[index]
    s0, s1 = sentence.start, sentence.end
    dateline = _DATELINE.match(sentence.text)
    body_from = s0 + (dateline.end() if dateline else 0)
    # "the Trump administration" names a president, not a participant
    mentions = [
        m
        for m in people.mentions_between(s0, s1)
        if m.start >= body_from and not _GOVERNMENT_AFTER.match(text, m.end, m.end + 18)
    ]
    excluded = negated(text, s0, s1, mentions)
    anaphoric = [_anaphoric(text, sentence, t, follows_another=i > 0) for i, t in enumerate(found)]
    # people go to the triggers that report events; only if none does, to those that refer back
    live = [i for i, a in enumerate(anaphoric) if not a] or list(range(len(found)))
    owner, via_between = owners(text, s1, found, live, mentions)
    possessed: set[int] = set()  # triggers with a possessor: theirs, not the subject's
    for t in live:  # "Trump's summit with Kim", "Trump's China visit": the possessor takes part
        for m in mentions:
            if m.start not in owner and _OWNS.fullmatch(text, m.end, found[t].start):
                owner[m.start] = t
                possessed.add(t)
    subject = [
        m for m in mentions if m.start not in owner and live and m.end <= found[live[0]].start
    ]
    lead_in = text[s0 : found[live[0]].start] if live else ""
    if not subject and live and _SPEAKER_SUBJECT.match(lead_in):
        # in a transcript turn, "I"/"we" is whoever the turn's label names
        before = people.mentions_between(max(0, s0 - 3000), s0)
        label = [m for m in before if m.surface.isupper()][-1:]
        subject = label
        if label and lead_in.lstrip().startswith("We"):
            # "Welcome, Minister Park. We just concluded a meeting": the guest named in the turn
            subject += [m for m in before if m.start > label[0].end and m.person != label[0].person]
    elif not subject and live and _PRONOUN_SUBJECT.match(lead_in):
        named = antecedent(sentences, index, people)
        if named is not None:
            subject = [named]
    # "the two (leaders)": the people of the last meeting reported as held (or planned)
    size = 0
    if not subject and live and groups:
        g = _GROUP_SUBJECT.match(text, s0, found[live[0]].start)
        size = (_GROUP_SIZE[g["n"]] if g["n"] else 2) if g else 0
    for m in mentions:
        if _SOURCE_AFTER.match(text, m.end) and m.start > found[0].end:
            continue  # "..., spokesman Kim told reporters": who reports it, not who took part
        if m.start not in owner and m not in subject and live:
            nearest = min(live, key=lambda t: distance(m.start, m.end, found[t]))
            trig = found[nearest]
            gap = text[m.end : trig.start] if m.end <= trig.start else text[trig.end : m.start]
            if distance(m.start, m.end, trig) <= 80 and not DATE_BARRIER.search(gap):
                owner[m.start] = nearest

    dates = [
        d
        for d in sentence_dates(sentence.text, reference)
        if d.value is not None
        and s0 + d.start >= body_from
        and not d.text.lower().startswith(("since", "until", "till"))
    ]
    purposes = frozenset(
        i for i in range(1, len(found)) if anaphoric[i] and _is_purpose(text, found, i)
    )
    dated = {d.start: date_owner(text, s0, d, found, live, purposes=purposes) for d in dates}

    drafts = []
    for t, trig in enumerate(found):
        ts, te = trig.start, trig.end
        lead = text[max(s0, ts - 40) : ts]
        if t in live:
            pool = [m for m in mentions if owner.get(m.start) == t]
            if (
                t not in via_between
                and t not in possessed
                and (shares_subject(text, sentence, trig) or _THEIR.search(lead))
            ):
                pool = subject + pool
        else:  # a reference back: "their talks" are the subject's, "... between X and Y"
            pool = subject if _THEIR.search(lead) else []
            span = between(text, te, s1)
            if span:
                pool = pool + [m for m in mentions if span[0] <= m.start < span[1]]
        # "the first Trump-Kim summit": the compound before the trigger names its sides
        pool = pool + [m for m in mentions if m not in pool and _in_compound_before(text, m, ts)]
        mine = [d for d in dates if dated[d.start] == t]
        date = pick_date(mine, sentence.text)
        if date is not None and date.month is None:
            date = None  # "this year", "the first half of next year": no date to speak of
        status = dated_status(
            status_of(sentence, trig, found[t - 1].end if t else s0),
            date,
            mine,
            reference,
            sentence.text[max(0, ts - s0 - 60) : te - s0],
        )
        persons = [m.person for m in pool]
        if t in live and size and shares_subject(text, sentence, trig):
            they = groups.get(status) or list(groups.values())[-1]
            if len(they) == size:
                persons = they + persons
        participants = list(dict.fromkeys(p for p in persons if p not in excluded))
        location = (
            None
            if trig.modality in (Modality.PHONE, Modality.VIDEO)
            else city_of(text, s0, s1, trig)
        )
        modality = trig.modality
        if modality is Modality.UNKNOWN and (location or _TRAVEL.search(sentence.text)):
            modality = Modality.IN_PERSON
        lead = text[max(s0, ts - 30) : ts]
        is_anaphoric = anaphoric[t] or (
            not participants
            and location is None
            # "the talks": a reference back unless it says something new; "his visit": always
            and (
                (date is None and bool(_DETERMINER_BEFORE.search(lead)))
                or bool(_POSSESSIVE_PRONOUN.search(lead))
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
                countries=countries_of(text, sentence, trig, participants, people),
                sentence=index,
                anaphoric=is_anaphoric,
                explicit=trig.explicit,
                summit=trig.summit,
                travel=trig.travel,
                vague=trig.vague,
                joins=anaphoric[t] and bool(_JOINS.search(lead)),
                also=bool(_ALSO.search(lead)),
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
    return _split_ellipsis(text, sentence, drafts, mentions, dates, people)


def _in_compound_before(text: str, m: Mention, trigger_start: int) -> bool:
    """Whether ``m`` is a part of a hyphenated compound that ends just before the trigger."""
    gap = text[m.end : trigger_start]
    if not _COMPOUND_TAIL.fullmatch(gap):
        return False
    return "-" in gap or text[m.start - 1 : m.start] in ("-", "\u2013")


def _split_ellipsis(
    text: str,
    sentence: Sentence,
    drafts: list[MeetingDraft],
    mentions: list[Mention],
    dates: list[DateMention],
    people: People,
) -> list[MeetingDraft]:
    """ "X will meet Y on Monday, and on Tuesday with Z": a second meeting, with Z, on Tuesday."""
    out: list[MeetingDraft] = []
    for d in drafts:
        out.append(d)
        if d.anaphoric or not d.participants:
            continue
        m = _ELLIPSIS.search(text, d.end, sentence.end)
        if not m:
            continue
        later = list(dict.fromkeys(x.person for x in mentions if x.start >= m.end()))
        if not later:
            continue
        d.participants = [p for p in d.participants if p not in later]
        second_date = next((x.value for x in dates if sentence.start + x.start >= m.start()), None)
        d2 = attrs.evolve(
            d,
            participants=d.participants[:1] + later,
            date=second_date,
            start=m.start(),
            end=m.end(),
        )
        for draft in (d, d2):
            draft.countries = list(
                dict.fromkeys(
                    c for c in (people.persons[p].country for p in draft.participants) if c
                )
            )
        out.append(d2)
    return out

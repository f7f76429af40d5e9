"""The meetings one sentence tells: its triggers (see :mod:`.triggers`) read into drafts with
their participants, date, status, place and sides (see :mod:`.meetings`)."""

from __future__ import annotations

import datetime as _dt
import itertools
import re

from ..records import MeetingStatus, Modality
from .anaphora import JOINS, is_purpose, refers_back
from .cities import holds_a_city
from .clauses import fronted
from .drafts import MeetingDraft
from .guards import holds_any
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
from .splits import split_counterparts, split_destinations, split_ellipsis
from .status import called_off, dated_status, status_of
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
from .timing import DATE_BARRIER, date_owner, pick_date, sentence_dates
from .triggers import Trigger, stretched
from .vocabulary import REPORTING
from .word_start import opens_word

__all__ = ["read_sentence"]

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
_APOSTROPHES = ("'", "’")
_GOVERNMENT_AFTER = re.compile(r"['’]?s?\s+(?:administration|government)\b", re.I)
_SOURCE_AFTER = re.compile(rf"['’]?\s+{REPORTING}\b")
_THEN = re.compile(r"\b(?:before|after)\s+\w+ing\b")
_ALSO = re.compile(opens_word("also") + r"\s+(?:[\w-]+\s+){0,3}$")
_TENSED = re.compile(
    r"\b(?:was|were|had|did|will|would|shall|last|ago|earlier|yesterday|tomorrow|next|"
    r"[a-z]{3,}ed)\b"
)
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|previous|next|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "previous", "next")
_DIGIT = re.compile(r"\d")
_DASH_CAPITAL = re.compile("[-\u2013][A-Z]")
_DASHES = ("-", "\u2013")


def _ordinal(lead: str) -> bool:
    """``_ORDINAL`` searched in ``lead``; ASCII text with neither a digit nor one of its words
    needs no scan."""
    if lead.isascii() and not holds_any(lead.lower(), _ORDINAL_WORDS) and not _DIGIT.search(lead):
        return False
    return _ORDINAL.search(lead) is not None


_SINCE = re.compile(
    r"\b(?:after|before|since|following)\s+(?:the|his|her|their|its|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TRAVEL = re.compile(
    r"\b(?:visit\w*|trip|arriv\w+|travel\w*|flew|fly|head(?:ed|ing|s)? to|went to|in [A-Z][a-z]+)\b"
)


def read_sentence(
    text: str,
    sentences: list[Sentence],
    index: int,
    found: list[Trigger],
    people: People,
    reference: _dt.date | None,
    groups: list[tuple[MeetingStatus, list[int], int]],
    sentence: Sentence | None = None,
) -> list[MeetingDraft]:
    """The drafts of the meetings that the triggers ``found`` in sentence ``index`` report
    (``groups``: the people of the last meetings read that name two or more, oldest first).
    ``sentence`` stands for ``sentences[index]`` where given (a quotation read as a sentence of
    its own); only the sentences before it are read besides."""
    if not found:
        return []
    if sentence is None:
        sentence = sentences[index]
    s0, s1 = sentence.start, sentence.end
    # (a dateline holds its agency in brackets: no bracket, no scan)
    dateline = _DATELINE.match(sentence.text) if "(" in sentence.text else None
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
            i + 1 < len(everyone)
            and text[m.end : m.end + 1] in _APOSTROPHES  # (where _TITLE_OWNER may start)
            and _TITLE_OWNER.fullmatch(text, m.end, everyone[i + 1].start)
        )
    ]
    excluded = negated(text, s0, s1, mentions)
    anaphoric = [refers_back(text, sentence, t, follows_another=i > 0) for i, t in enumerate(found)]
    # people go to the triggers that report events; only if none does, to those that refer back
    live = [i for i, a in enumerate(anaphoric) if not a] or list(range(len(found)))
    fr = fronted(sentence.text)
    fs, fe = (s0 + fr.start, s0 + fr.end) if fr else (s0, s0)
    # what "between X and Y" follows each trigger: asked by several readers, read once
    tails = [between(text, trig.end, s1) for trig in found]
    owner, via_between = owners(text, s1, found, live, mentions, fe, tails)
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
        stretched(trig, span[1]) if t in via_between and (span := tails[t]) else trig
        for t, trig in enumerate(found)
    ]
    dated = {
        d.start: date_owner(text, s0, d, reach, purposes=purposes, fronted=(fs, fe)) for d in dates
    }
    off = called_off(sentence, found)
    # Families of readings that need a word the sentence may not hold, decided once for all
    # its triggers: a city (city_of answers one that stands in the sentence), a dash before
    # a capital (each compound that names sides: "the DPRK-US summit", "the Trump-Kim talks",
    # "inter-Korean"), else a dash just before a person named ("the Trump-Kim summit").
    cities = holds_a_city(sentence.text)
    compounds = _DASH_CAPITAL.search(text, s0, s1) is not None
    dashed = compounds or any(text[m.start - 1 : m.start] in _DASHES for m in mentions)

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
            span = tails[t]
            if span:
                pool = pool + [m for m in mentions if span[0] <= m.start < span[1]]
        # "the first Trump-Kim summit": the compound before the trigger names its sides
        if dashed:
            pool = pool + [m for m in mentions if in_compound_before(text, m, ts) and m not in pool]
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
        paired = paired_sides(text, s0, trig) if compounds else []
        if paired:  # "Moon hopes for a successful DPRK-US summit": Moon is no side of it
            participants = [p for p in participants if people.persons[p].country in (None, *paired)]
        location = (
            None
            if trig.modality in (Modality.PHONE, Modality.VIDEO) or not cities
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
                countries=countries_of(
                    text, sentence, trig, participants, people, paired, tails[t]
                ),
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
                distinct=_ordinal(lead) or (not participants and bool(_SINCE.search(lead))),
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

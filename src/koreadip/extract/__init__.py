"""Text → records, the same for every source format: people, meetings, statements, positions."""

from __future__ import annotations

import re
from collections import Counter

import attrs

from ..records import Dossier, Meeting, MeetingStatus, Modality, Participant, Position, Span, Statement
from ..roster import Roster
from ..sources.base import Part
from .meetings import MeetingDraft, find_meetings
from .people import People
from .positions import find_positions
from .statements import find_statements
from .text import Sentence, normalise, sentences

__all__ = ["extract_part"]

_CITATION = re.compile(r"\[(\d{1,3})\]")


def extract_part(part: Part, *, roster: Roster) -> Dossier:
    """Read one document part into a dossier (its officials, meetings, statements, positions)."""
    text = normalise(part.text)
    sents = sentences(text)
    people = People(
        text, sents, roster, part.reference_date, exclude=part.source.authors, body_start=part.body_start
    )
    statements = find_statements(text, people, part.body_start)
    quoted = [(s.start, s.end) for s in statements]
    drafts = find_meetings(text, sents, people, part.reference_date, quoted)
    sides = _sides(text, people, drafts)
    events = _merge_drafts(drafts, sides)
    prose = [s for s in sents if s.start >= part.body_start and not _inside(s, quoted)]
    positions = find_positions(prose, people, sides)

    sid = part.source.id
    cite = _citer(text, sents, part)

    def span(s: int, e: int) -> Span:
        return Span(source_id=sid, start=s + part.offset, end=e + part.offset)

    meetings = [
        Meeting(
            id=f"{sid}-m{n}",
            date=ev.date,
            status=ev.status,
            modality=ev.modality,
            location=ev.location,
            participants=tuple(Participant(official_id=people.id_of(i)) for i in ev.participants),
            countries=tuple(ev.countries),
            sources=cite(ev.start),
            evidence=(span(ev.start, ev.end),),
        )
        for n, ev in enumerate(events, 1)
    ]
    records = [
        Statement(
            id=f"{sid}-s{n}",
            text=st.text,
            speaker=st.speaker,
            speaker_id=people.id_of(st.person) if st.person is not None else None,
            kind=st.kind,
            via=st.via,
            sources=cite(st.start),
            evidence=(span(st.start, st.end),),
        )
        for n, st in enumerate(statements, 1)
        if st.text.strip()
    ]
    seen: set[tuple[str, str, str]] = set()
    stances = []
    for pd in positions:
        key = (pd.holder, pd.topic.value, pd.stance.value)
        if key in seen:
            continue
        seen.add(key)
        stances.append(
            Position(
                id=f"{sid}-p{len(stances) + 1}",
                holder=pd.holder,
                topic=pd.topic,
                stance=pd.stance,
                summary=pd.summary[:300] or None,
                sources=cite(pd.start),
                evidence=(span(pd.start, pd.end),),
            )
        )
    officials = people.officials(sid)
    if part.offset:
        officials = [
            attrs.evolve(o, evidence=tuple(span(e.start, e.end) for e in o.evidence))
            for o in officials
        ]
    return Dossier(
        sources=(part.source, *part.cited_sources),
        officials=officials,
        meetings=meetings,
        statements=records,
        positions=stances,
    )


def _inside(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    return any(a <= sentence.start and sentence.end <= b + 2 for a, b in spans)


def _citer(text: str, sents: list[Sentence], part: Part):  # type: ignore[no-untyped-def]
    own = (part.source.id,)
    if not part.citations:
        return lambda _pos: own
    bounds = [(s.start, s.end) for s in sents]

    def cite(pos: int) -> tuple[str, ...]:
        for s, e in bounds:
            if s <= pos < e:
                # a digest's marks close the sentence, or follow it
                tail = text[s : min(len(text), e + 40)]
                labels = _CITATION.findall(tail[: (e - s) + 12])
                ids = [part.citations[label] for label in labels if label in part.citations]
                return own + tuple(dict.fromkeys(ids))
        return own

    return cite


def _sides(text: str, people: People, drafts: list[MeetingDraft]) -> list[str]:
    """The countries the text is mostly about: the sides of its meetings, else KR and US."""
    counts: Counter[str] = Counter()
    for d in drafts:
        counts.update(d.countries)
    sides = [c for c in ("KR", "US") if counts[c] or c in {"KR", "US"}]
    if re.search(r"\b(?:three|trilateral)\b", text, re.I) and counts["JP"]:
        sides.append("JP")
    return sides


def _compatible(a: MeetingDraft, b: MeetingDraft) -> bool:
    """Whether two drafts can be mentions of one event (``a`` is the event read so far)."""
    if a.status != b.status:
        return False
    if a.date and b.date and not (a.date.contains(b.date) or b.date.contains(a.date)):
        return False
    if a.explicit and b.explicit and a.modality != b.modality:
        return False
    pa, pb = set(a.participants), set(b.participants)
    if pa and pb:
        return pa <= pb or pb <= pa
    if a.summit != b.summit:
        return False
    if pa or pb:
        # a vague mention joins a named one only when both are pinned to the same day
        return bool(a.date and b.date and a.date == b.date)
    return True


def _merge_drafts(drafts: list[MeetingDraft], sides: list[str]) -> list[MeetingDraft]:
    """Mentions of one event, merged: the event keeps the most specific of what each says."""
    events: list[MeetingDraft] = []
    for d in drafts:
        if d.anaphoric and events:
            continue
        target = next((ev for ev in events if _compatible(ev, d)), None)
        if target is None:
            events.append(MeetingDraft(**_copy(d)))  # type: ignore[arg-type]
            continue
        target.participants += [p for p in d.participants if p not in target.participants]
        target.countries += [c for c in d.countries if c not in target.countries]
        if target.date is None or (d.date and target.date.contains(d.date)):
            target.date = d.date or target.date
        if d.explicit and not target.explicit:
            target.modality, target.explicit = d.modality, True
        elif target.modality is Modality.UNKNOWN:
            target.modality = d.modality
        if target.modality in (Modality.PHONE, Modality.VIDEO):
            target.location = None
        elif target.location is None:
            target.location = d.location
        target.summit = target.summit or d.summit
    for ev in events:
        if len(ev.countries) < 2 and not ev.participants:
            ev.countries += [c for c in sides if c not in ev.countries]
    return events


def _copy(d: MeetingDraft) -> dict[str, object]:
    return {
        "start": d.start,
        "end": d.end,
        "modality": d.modality,
        "status": d.status,
        "date": d.date,
        "location": d.location,
        "participants": list(d.participants),
        "countries": list(d.countries),
        "sentence": d.sentence,
        "anaphoric": d.anaphoric,
        "explicit": d.explicit,
        "summit": d.summit,
    }

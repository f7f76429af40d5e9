"""Text → records, the same for every source format: people, meetings, statements, positions."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from ..records import Dossier, Meeting, Participant, Position, Span, Statement, StatementKind
from ..roster import Roster
from ..sources.base import Part
from .events import main_city, merge_drafts, sides_of
from .headings import without_headings
from .meetings import find_meetings
from .people import People
from .positions import find_positions, positions_in_statement
from .spans import Spans
from .statements import find_statements
from .text import Sentence, normalise, sentences
from .vocabulary import country_of_phrase

__all__ = ["extract_part"]

_CITATION = re.compile(r"\[(\d{1,3})\]")


def extract_part(part: Part, *, roster: Roster) -> Dossier:
    """Read one document part into a dossier (its officials, meetings, statements, positions)."""
    text = normalise(part.text)
    sents = sentences(text)
    people = People(
        text,
        sents,
        roster,
        part.reference_date,
        exclude=part.source.authors,
        body_start=part.body_start,
    )
    statements = find_statements(text, people, part.body_start)
    quoted = [
        (s.start, s.end)
        for s in statements
        if s.kind in (StatementKind.QUOTE, StatementKind.QUESTION)
    ]
    drafts = find_meetings(text, sents, people, part.reference_date, quoted, part.body_start)
    sides = sides_of(text, drafts)
    events = merge_drafts(drafts, sides, main_city(text, part.place))
    # narrative positions are read with the longer quotations blanked out; those are read as
    # statements, held by their speakers
    spoken = [(s.start, s.end) for s in statements if len(s.text.split()) >= 8]
    narrative = without_headings(_unquoted(sents, spoken, part.body_start), text)
    positions = find_positions(narrative, people, sides)
    for st in statements:
        if st.kind is StatementKind.QUESTION:
            continue
        country = people.persons[st.person].country if st.person is not None else None
        if country is None and st.speaker:
            country = country_of_phrase(st.speaker) or _institution_country(st.speaker, part)
        positions += positions_in_statement(st.text, st.start, st.end, country, sides)

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
    stances: list[Position] = []
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


def _unquoted(
    sents: list[Sentence], spans: list[tuple[int, int]], body_start: int
) -> list[Sentence]:
    """The body's sentences with the given spans blanked (same length, so offsets hold)."""
    out = []
    blank = Spans(spans)
    for s in sents:
        if s.start < body_start:
            continue
        text = s.text
        for a, b in blank.overlapping(s.start, s.end):
            lo, hi = max(a, s.start), min(b, s.end)
            if lo < hi:
                text = text[: lo - s.start] + " " * (hi - lo) + text[hi - s.start :]
        if text.strip():  # (nothing blanked: the sentence as it is)
            out.append(s if text is s.text else Sentence(s.start, s.end, s.paragraph, text))
    return out


def _institution_country(speaker: str, part: Part) -> str | None:
    """ "the ministry", "the department": the country of the institution the text speaks of."""
    low = speaker.lower()
    if re.search(r"\b(?:state department|the department|white house|pentagon|spokesperson)\b", low):
        return "US"
    if re.search(
        r"\b(?:the ministry|foreign ministry|unification ministry|cheong wa dae|"
        r"presidential office|the embassy)\b",
        low,
    ):
        publisher = (part.source.publisher or "").lower()
        return "US" if "state" in publisher and "department" in publisher else "KR"
    return None


def _citer(text: str, sents: list[Sentence], part: Part) -> Callable[[int], tuple[str, ...]]:
    """The ids a record at a position cites: its own source, and a digest's ``[n]`` marks."""
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

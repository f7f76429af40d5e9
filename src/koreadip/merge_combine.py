"""The merged meeting of a group of reports: the values each field takes (the rules of
docs/data-model.md), and participants renamed to the merged officials."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

import attrs

from .merge_rules import Conflict, city_key, modality_of, status_of, unified
from .records import Meeting, Participant

__all__ = ["combine", "renamed"]

T = TypeVar("T")


def renamed(meeting: Meeting, ids: dict[str, str]) -> Meeting:
    """The meeting with its participants' merged ids (itself when nothing changes)."""
    own = [p.official_id for p in meeting.participants]
    if all(ids.get(o, o) == o for o in own) and len(set(own)) == len(own):
        return meeting
    return attrs.evolve(meeting, participants=_participants(meeting.participants, ids))


def _participants(
    participants: Iterable[Participant], ids: dict[str, str]
) -> tuple[Participant, ...]:
    """Participants with merged ids, one per official, keeping the first known role."""
    roles: dict[str, str | None] = {}
    for p in participants:
        oid = ids.get(p.official_id, p.official_id)
        if roles.get(oid) is None:
            roles[oid] = p.role
    return tuple(Participant(official_id=oid, role=role) for oid, role in roles.items())


def _unite(seqs: Iterable[Iterable[T]]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(x for seq in seqs for x in seq))


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v is not None), None)


def _place(group: list[Meeting]) -> str | None:
    """The first location that names a city (the group's, as no two cities join), else the
    first at all: a place without a city key ('—') would let the merged meeting join a meeting
    elsewhere that the group's own city kept apart, so merging again would change it."""
    return _first(m.location for m in group if city_key(m.location) is not None) or _first(
        m.location for m in group
    )


def _unrepeated(meeting: Meeting) -> bool:
    """Whether a meeting names each participant, country, topic, source and span once."""
    officials = [p.official_id for p in meeting.participants]
    fields = (officials, meeting.countries, meeting.topics, meeting.sources, meeting.evidence)
    return all(len(set(values)) == len(values) for values in fields)


def combine(group: list[Meeting]) -> Meeting:
    first = group[0]
    if len(group) == 1 and _unrepeated(first):
        return first  # what combining it alone would build again
    date = unified(m.date for m in group)
    if isinstance(date, Conflict):  # no group is joined so; kept total all the same
        date = first.date
    return attrs.evolve(
        first,
        title=_first(m.title for m in group),
        date=date,
        status=status_of(m.status for m in group),
        modality=modality_of(m.modality for m in group),
        location=_place(group),
        participants=_participants((p for m in group for p in m.participants), {}),
        countries=_unite(m.countries for m in group),
        topics=_unite(m.topics for m in group),
        duration_minutes=_first(m.duration_minutes for m in group),
        sources=_unite(m.sources for m in group),
        evidence=_unite(m.evidence for m in group),
    )

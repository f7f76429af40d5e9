"""A meeting as first read from one sentence: what the readers of a sentence hand on."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ..records import MeetingStatus, Modality

__all__ = ["MeetingDraft", "with_own_lists"]


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
    paired: bool = False  # its sides are named before it: "the DPRK-US summit"
    # the people met, named after the trigger ("met A and B"), as against the visitor
    counterparts: list[int] = attrs.field(factory=list)
    destination: str | None = None  # the country a visit goes to, where a list split it
    multilateral: bool = False  # "the G20 summit": no meeting between sides
    # "since the first NCG meeting in July", "after his visit in April": another event, told
    # in passing (with a date of its own, it refers to none read before)
    distinct: bool = False
    # "Kim's travel to Seoul illustrates ...": a possessor's undated visit told in no tense,
    # most often the one told before
    untensed: bool = False
    bilateral: bool = False  # "bilateral talks", "a one-on-one": two sides, whoever else is near


def with_own_lists(d: MeetingDraft) -> MeetingDraft:
    """A copy of a draft whose participants and countries are lists of its own (what
    ``attrs.evolve(d, participants=list(...), countries=list(...))`` gives, at a tenth of the
    cost: ``evolve`` looks up every field by name)."""
    return MeetingDraft(
        d.start,
        d.end,
        d.modality,
        d.status,
        d.date,
        d.location,
        list(d.participants),
        list(d.countries),
        d.sentence,
        d.anaphoric,
        d.explicit,
        d.summit,
        d.travel,
        d.header,
        d.vague,
        d.joins,
        d.also,
        d.paired,
        d.counterparts,
        d.destination,
        d.multilateral,
        d.distinct,
        d.untensed,
        d.bilateral,
    )

"""A draft's copy for an event: the same fields, lists of its own."""

from __future__ import annotations

import attrs

from koreadip import PartialDate
from koreadip.extract.drafts import MeetingDraft, with_own_lists
from koreadip.records import MeetingStatus, Modality


def _draft() -> MeetingDraft:
    # every field set to a value other than its default, so a field left out shows
    values = {
        "start": 3,
        "end": 9,
        "modality": Modality.PHONE,
        "status": MeetingStatus.PLANNED,
        "date": PartialDate(year=2021, month=6),
        "location": "Seoul",
        "participants": [1, 2],
        "countries": ["US", "KR"],
        "sentence": 4,
        "counterparts": [2],
        "destination": "KR",
    }
    for f in attrs.fields(MeetingDraft):
        if f.name not in values:
            assert f.default is False, f.name  # a new field: give it a value above
            values[f.name] = True
    return MeetingDraft(**values)


def test_with_own_lists_is_evolve_with_fresh_lists() -> None:
    d = _draft()
    copy = with_own_lists(d)
    assert copy == attrs.evolve(d, participants=list(d.participants), countries=list(d.countries))
    assert copy.participants is not d.participants
    assert copy.countries is not d.countries
    copy.participants.append(7)
    assert d.participants == [1, 2]

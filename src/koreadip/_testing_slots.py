"""The placeholder slots of :func:`koreadip.testing.dossiers`, resolved to one dossier's ids.

A dossier's records are drawn from strategies built once, whose references are placeholder slots
(``SLOT`` and a digit); :class:`Slots` then resolves them to the dossier's own ids.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

from .records import Meeting, Official, Participant, Position, Source, Span, Statement

__all__ = ["SLOT", "Slots"]

SLOT = "\ue000"
R = TypeVar("R", Source, Official, Meeting, Statement, Position)


@attrs.frozen
class Slots:
    """Resolves placeholder slots to the ids of one dossier's sources, officials and meetings."""

    sources: list[str]
    officials: list[str]
    meetings: list[str]

    @staticmethod
    def _one(ids: list[str], value: str | None) -> str | None:
        if value is None or not value.startswith(SLOT):
            return value
        return ids[int(value[1:]) % len(ids)] if ids else None

    def source(self, value: str) -> str | None:
        return self._one(self.sources, value)

    def official(self, value: str | None) -> str | None:
        return self._one(self.officials, value)

    def meeting(self, value: str | None) -> str | None:
        return self._one(self.meetings, value)

    def many(self, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(r for v in values if (r := self.source(v)) is not None)

    def evidence(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(
            attrs.evolve(e, source_id=r)
            for e in spans
            if (r := self.source(e.source_id)) is not None
        )

    def resolve(self, record: R, new_id: str) -> R:
        changes: dict[str, Any] = {"id": new_id}
        for name in ("sources", "cites"):
            if hasattr(record, name):
                changes[name] = self.many(getattr(record, name))
        if not isinstance(record, Source):
            changes["evidence"] = self.evidence(record.evidence)
        if isinstance(record, Meeting):
            roles: dict[str, str | None] = {}
            for p in record.participants:
                if (who := self.official(p.official_id)) is not None:
                    roles.setdefault(who, p.role)
            changes["participants"] = tuple(
                Participant(official_id=w, role=role) for w, role in roles.items()
            )
        if isinstance(record, Statement):
            changes["speaker_id"] = self.official(record.speaker_id)
            changes["meeting_id"] = self.meeting(record.meeting_id)
        if isinstance(record, Position):
            changes["holder"] = self.official(record.holder) or "KR"
        return attrs.evolve(record, **changes)

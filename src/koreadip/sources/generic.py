"""Any other plain-text news page; the fallback reader when no other format is confident.

Handles broadcast pages (KBS, Arirang: the `` date YYYY-MM-DD`` page-date line, ``Photo : YONHAP
News``, ``[Anchor Lead]`` / ``[Pkg]`` / ``[Soundbite]`` labels, ``Menu Content``, Korean site
menus), ministry pages (``Press Releases``, a ``Date`` line, ``* unofficial translation``) and
transcripts in any wrapper (``MS NAUERT:`` / ``QUESTION:`` turns give kind ``transcript``).
"""

from __future__ import annotations

import datetime as _dt

from .base import Part
from .layout import single_part

__all__ = ["GENERIC", "GenericFormat"]


class GenericFormat:
    """Reader for plain-text news of no more specific format."""

    name = "generic"
    description = "any other plain-text news page (broadcast, ministry, blog); the fallback"

    def detect(self, text: str) -> float:
        """A low constant: the generic reader wins only when nothing else is confident."""
        return 0.2

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        """One part; its kind from transcript turns or a header label, else news article."""
        return [single_part(text, fmt=self.name, reference_date=reference_date)]


GENERIC = GenericFormat()

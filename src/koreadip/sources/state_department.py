"""U.S. State Department pages, on state.gov or reposted (``Source: U.S. Department of State``).

A page has ``Press Releases: TITLE``, a ``MM/DD/YYYY HH:MM PM EST`` timestamp, a kind label
(``Media Note``, ``Readout``, ``Remarks to the Press``, ``Press Briefing``), ``Office of the
Spokesperson`` or the speaker's name and title, a city line and a full date line.  One page may
hold several parts, each with its own timestamp, e.g. a media note followed by the Secretary's
remarks to the press; every part becomes its own :class:`~.base.Part` and ``Source``.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..records import SourceKind
from . import stamps
from .base import Part
from .common import Sign, blank, is_prose, iter_lines, looks_like_transcript, score_signs
from .credits import publisher_of
from .layout import body_start, build_part, kind_of
from .noise import duplicate_spans, noise_spans

__all__ = ["STATE_DEPARTMENT", "StateDepartmentFormat"]

_TIMESTAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2} ?[AP]M(?: [A-Z]{2,4})?")
_LABEL = re.compile(
    r"Media Note|Readout|Press Statement|Joint Statement|Statement|Fact Sheet|Remarks"
    r"|Remarks to the Press|(?:Department )?Press Briefing|Interview|Press Releases?"
)
_SIGNS = [
    Sign(
        re.compile(r"^[ \t]*\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2} ?[AP]M E[SD]T[ \t]*$", re.M),
        0.7,
        ("EST", "EDT"),
    ),
    Sign(
        re.compile(
            r"^[ \t]*(?:Media Note|Readout|Remarks to the Press|Press Briefing)[ \t]*$", re.M
        ),
        0.3,
        ("Media Note", "Readout", "Remarks to the Press", "Press Briefing"),
    ),
    Sign(re.compile(r"Office of the Spokesperson"), 0.4),
    Sign(
        re.compile(r"Source: U\.S\. Department of State|State Department\s?[-–—]\s?Press Release"),
        0.7,
    ),
    Sign(re.compile(r"^[ \t]*Press Releases?: ", re.M), 0.5, ("Press Release",)),
    # case-insensitive: no literal is safe to require (case folding is not lower())
    Sign(re.compile(r"attributable to (?:the )?(?:Department )?Spokesperson", re.I), 0.6),
    Sign(
        re.compile(r"^[ \t]*(?:MR|MS|MRS|SECRETARY|AMBASSADOR) [A-Z]{2,}:", re.M),
        0.25,
        ("MR ", "MS ", "MRS ", "SECRETARY ", "AMBASSADOR "),
    ),
    Sign(re.compile(r"^[ \t]*QUESTION:", re.M), 0.25, ("QUESTION:",)),
]


class StateDepartmentFormat:
    """Reader for State Department press releases, readouts, remarks and briefings."""

    name = "state_department"
    description = "U.S. State Department page: timestamp, Media Note / Remarks, several parts"

    def detect(self, text: str) -> float:
        """The sum of the page's signs (timestamp, labels, credits, briefing turns), at most 1."""
        return min(score_signs(text[:20000], _SIGNS), 1.0)

    def split(self, text: str, *, reference_date: _dt.date | None = None) -> list[Part]:
        """One part per timestamped (or labelled and dated) section of the page."""
        repeats, _originals = duplicate_spans(text)
        clean = blank(text, noise_spans(text) + repeats)
        publisher = publisher_of(text)
        starts = _part_starts(clean)
        parts = []
        for index, (start, end) in enumerate(zip(starts, [*starts[1:], len(text)], strict=True)):
            body = body_start(clean, start, end, original=text)
            default = (
                SourceKind.TRANSCRIPT
                if looks_like_transcript(text[start:end])
                else SourceKind.PRESS_RELEASE
            )
            kind = kind_of(text[start:body], text[start:end], default)
            parts.append(
                build_part(
                    text,
                    clean,
                    fmt=self.name,
                    kind=kind,
                    publisher=publisher,
                    reference_date=reference_date,
                    start=start,
                    end=end,
                    index=index,
                    body=body,
                )
            )
        return parts


def _part_starts(clean: str) -> list[int]:
    """Offsets where parts begin: 0, then the header block of every later timestamp or dated
    kind label that follows running text."""
    lines = [ln for ln in iter_lines(clean) if ln.text.strip()]
    starts = [0]
    prose_since = False
    for i, ln in enumerate(lines):
        s = ln.text.strip()
        if is_prose(s):
            prose_since = True
            continue
        if not prose_since:
            continue
        stamped = _TIMESTAMP.fullmatch(s) is not None
        dated_label = _LABEL.fullmatch(s) is not None and any(
            _TIMESTAMP.fullmatch(x.text.strip()) or stamps.has_full_date(x.text)
            for x in lines[i + 1 : i + 7]
        )
        if not (stamped or dated_label):
            continue
        first = i
        while first > 0 and i - first < 4 and not is_prose(lines[first - 1].text):
            first -= 1
        starts.append(lines[first].start)
        prose_since = False
    return starts


STATE_DEPARTMENT = StateDepartmentFormat()

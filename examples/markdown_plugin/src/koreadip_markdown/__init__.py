"""A koreadip plugin: the meetings of a dossier as a Markdown timeline, oldest first.

>>> import io, koreadip
>>> d = koreadip.Dossier(meetings=[koreadip.Meeting(id="m1", title="Working group",
...     date=koreadip.PartialDate(year=2018, month=11, day=20))])
>>> out = io.StringIO()
>>> MarkdownTimeline().dump(d, out)
>>> print(out.getvalue(), end="")
# Timeline
<BLANKLINE>
- **2018-11-20** — Working group
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from koreadip.exporters import BaseExporter, Exporter
from koreadip.hookspecs import hookimpl
from koreadip.records import Dossier, Meeting

__all__ = ["MarkdownTimeline", "register_exporters"]

_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _md(text: str) -> str:
    """``text`` on one line with Markdown's special characters escaped."""
    return " ".join(text.split()).translate(_SPECIAL)


def _line(meeting: Meeting, names: dict[str, str]) -> str:
    when = meeting.date.isoformat() if meeting.date is not None else "undated"
    people = [names.get(p.official_id, p.official_id) for p in meeting.participants]
    line = f"- **{when}** — {_md(meeting.title or 'Meeting')}"
    if meeting.location:
        line += f", {_md(meeting.location)}"
    if people:
        line += " (" + ", ".join(_md(p) for p in people) + ")"
    if meeting.status.value != "held":
        line += f" *{meeting.status.value}*"
    return line


class MarkdownTimeline(BaseExporter):
    """Meetings as a Markdown list, oldest first; undated ones last.  Write-only."""

    name = "markdown"
    media_type = "text/markdown"
    suffix = ".md"
    description = "Markdown timeline of meetings (example plugin)"

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        names = {o.id: o.name for o in dossier.officials}
        dated = sorted((m for m in dossier.meetings if m.date is not None), key=lambda m: m.date)
        undated = [m for m in dossier.meetings if m.date is None]
        fp.write("# Timeline\n\n")
        for meeting in [*dated, *undated]:
            fp.write(_line(meeting, names) + "\n")


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Give koreadip the ``markdown`` exporter."""
    register(MarkdownTimeline())

"""``ical``: one RFC 5545 VEVENT per meeting whose date is known to the day, via ``icalendar``.

Each event has UID, DTSTAMP, DTSTART (a DATE), SUMMARY, LOCATION, DESCRIPTION (status, modality,
participants, countries, and every source: publisher, title, date and URL or file), an ATTENDEE with
CN per participant, CATEGORIES (the topics) and STATUS (held → CONFIRMED, planned → TENTATIVE,
cancelled → CANCELLED).  What the standard properties cannot hold travels in ``X-KOREADIP-*``
properties (JSON, every control character escaped), and the officials the attendees name in
``X-KOREADIP-OFFICIAL`` on the calendar, so that loading gives back every meeting it placed,
equal to the original, with those officials.  Control characters, which RFC 5545 text may not
hold (libical stops at a NUL), are shown as U+FFFD in SUMMARY, LOCATION, DESCRIPTION and CN; the
exact text, and a title or place starting with U+FEFF, travel in ``X-KOREADIP-TITLE`` and
``X-KOREADIP-LOCATION``.

Meetings without a full date cannot be placed on a calendar: they are counted in
``X-KOREADIP-UNPLACED`` and reported with an :class:`~koreadip.exporters.ExportWarning`.  A
calendar with no event is still written, and still valid: RFC 5545 wants at least one component,
so it gets a UTC ``VTIMEZONE``, which calendar programs show as nothing.  DTSTAMP is
``SOURCE_DATE_EPOCH`` when set (reproducible builds), else the current time.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import warnings
from collections.abc import Callable
from typing import IO, Any
from urllib.parse import quote, unquote

from icalendar import Calendar, Event, Timezone, TimezoneStandard, vCalAddress, vText

from koreadip.codec import from_dict, to_dict
from koreadip.errors import PluginError, SchemaError
from koreadip.exporters import BaseExporter, Exporter, ExportWarning, lone_surrogate
from koreadip.hookspecs import hookimpl
from koreadip.records import Dossier, Meeting, MeetingStatus, Official, Source

__all__ = ["IcalExporter", "place", "register_exporters"]

_UID_SUFFIX = "@koreadip"
_ATTENDEE = "urn:koreadip:official:"
_STATUS = {
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.CANCELLED: "CANCELLED",
}
_ESCAPED = re.compile(r"\\([\\;,nN])")
# RFC 5545's CONTROL less HTAB and LF (written as "\n"): what TEXT and parameters may not hold
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def place(dossier: Dossier) -> tuple[list[Meeting], list[Meeting]]:
    """The meetings a calendar can hold (full date) and those it cannot, in dossier order."""
    placed = [m for m in dossier.meetings if m.date is not None and m.date.is_complete]
    unplaced = [m for m in dossier.meetings if m.date is None or not m.date.is_complete]
    return placed, unplaced


def _dtstamp() -> _dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    try:
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise PluginError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds") from None


def _x(value: Any) -> vText:
    # JSON inside a TEXT value: the reader undoes RFC 5545 escaping itself (see _from_x), as
    # icalendar's unescaping is not exact for backslashes; json escapes C0 controls, not DEL
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return vText(text.replace("\x7f", "\\u007f"))


def _shown(text: str) -> str:
    """``text`` as RFC 5545 TEXT can show it: line breaks as LF, other controls as U+FFFD."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _from_x(prop: Any, where: str) -> Any:
    raw = prop.to_ical()
    text = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
    text = _ESCAPED.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise SchemaError(where, f"not JSON: {text[:60]!r}") from None
    except RecursionError:
        raise SchemaError(where, "JSON nested too deeply") from None
    if hit := lone_surrogate(value, where):  # a JSON "\\udee5" escape is no text UTF-8 can write
        raise SchemaError(hit[0], f"{hit[1]!r} is a lone surrogate, not text")
    return value


def _exact(text: str) -> bool:
    """True when ``text`` survives a TEXT property unchanged: nothing :func:`_shown` changes, no
    backslash, and no U+FEFF (icalendar reads values as UTF-8-SIG, dropping a leading one)."""
    return "\\" not in text and "\ufeff" not in text and _shown(text) == text


def _source_line(source_id: str, sources: dict[str, Source]) -> str:
    """One source as a reader finds it again: who published it, when, and where it is."""
    s = sources.get(source_id)
    if s is None:
        return f"- {source_id}"
    said = [x for x in (s.publisher, s.title and f"“{s.title}”") if x]
    if s.published is not None:
        said.append(s.published.isoformat()[:10])
    where = s.url or s.path or s.id
    return "- " + ", ".join([*said, where])


def _event(
    meeting: Meeting, names: dict[str, str], stamp: _dt.datetime, sources: dict[str, Source]
) -> Event:
    date = meeting.date.to_date() if meeting.date is not None else None
    assert date is not None
    ev = Event()
    ev.add("uid", quote(meeting.id, safe="") + _UID_SUFFIX)
    ev.add("dtstamp", stamp)
    ev.add("dtstart", date)
    people = [names.get(p.official_id, p.official_id) for p in meeting.participants]
    summary = meeting.title or ("Meeting: " + ", ".join(people) if people else "Meeting")
    ev.add("summary", _shown(summary))
    if meeting.title is None:
        ev.add("x-koreadip-untitled", vText("TRUE"))
    elif not _exact(meeting.title):
        ev.add("x-koreadip-title", _x(meeting.title))
    if meeting.location is not None:
        ev.add("location", _shown(meeting.location))
        if not _exact(meeting.location):
            ev.add("x-koreadip-location", _x(meeting.location))
    lines = [f"Status: {meeting.status.value}", f"Modality: {meeting.modality.value}"]
    if people:
        lines.append("Participants: " + "; ".join(people))
    if meeting.countries:
        lines.append("Countries: " + ", ".join(meeting.countries))
    if meeting.sources:
        lines.append(f"Sources ({meeting.source_count}):")
        lines.extend(_source_line(sid, sources) for sid in meeting.sources)
    ev.add("description", _shown("\n".join(lines)))
    for p in meeting.participants:
        # a parameter value holds no line break and no DQUOTE at all
        cn = _shown(names.get(p.official_id, p.official_id)).replace("\n", " ").replace('"', "'")
        ev.add("attendee", vCalAddress(_ATTENDEE + quote(p.official_id, safe="")), {"cn": cn})
    if meeting.topics:
        ev.add("categories", [t.value for t in meeting.topics])
    ev.add("status", _STATUS[meeting.status])
    ev.add("x-koreadip-status", vText(meeting.status.value))
    ev.add("x-koreadip-modality", vText(meeting.modality.value))
    if meeting.participants:
        ev.add("x-koreadip-participants", _x([to_dict(p) for p in meeting.participants]))
    if meeting.countries:
        ev.add("x-koreadip-countries", _x(list(meeting.countries)))
    if meeting.duration_minutes is not None:
        ev.add("x-koreadip-duration-minutes", vText(str(meeting.duration_minutes)))
    if meeting.sources:
        ev.add("x-koreadip-sources", _x(list(meeting.sources)))
    if meeting.evidence:
        ev.add("x-koreadip-evidence", _x([to_dict(s) for s in meeting.evidence]))
    return ev


def to_calendar(dossier: Dossier) -> Calendar:
    """The calendar of a dossier's placed meetings; warns about the meetings it cannot place."""
    placed, unplaced = place(dossier)
    if unplaced:
        ids = ", ".join(repr(m.id) for m in unplaced[:5]) + (", ..." if len(unplaced) > 5 else "")
        warnings.warn(
            f"ical: {len(unplaced)} of {len(dossier.meetings)} meetings have no full date and "
            f"are not in the calendar: {ids}",
            ExportWarning,
            stacklevel=3,
        )
    officials = {o.id: o for o in dossier.officials}
    names = {i: o.name for i, o in officials.items()}
    cal = Calendar()
    cal.add("prodid", "-//koreadip//koreadip meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "koreadip meetings")
    cal.add("x-koreadip-unplaced", vText(str(len(unplaced))))
    needed = dict.fromkeys(p.official_id for m in placed for p in m.participants)
    for official_id in needed:
        if official_id in officials:
            cal.add("x-koreadip-official", _x(to_dict(officials[official_id])))
    stamp = _dtstamp()
    sources = {s.id: s for s in dossier.sources}
    for meeting in placed:
        cal.add_component(_event(meeting, names, stamp, sources))
    if not placed:
        cal.add_component(_utc())
    return cal


def _utc() -> Timezone:
    """A UTC time zone: the one component of a calendar with no event (RFC 5545 wants one)."""
    standard = TimezoneStandard()
    standard.add("dtstart", _dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", _dt.timedelta(0))
    standard.add("tzoffsetto", _dt.timedelta(0))
    zone = Timezone()
    zone.add("tzid", "UTC")
    zone.add_component(standard)
    return zone


def _meeting(ev: Any, where: str) -> Meeting:
    def x(name: str) -> Any:
        return _from_x(ev[name], f"{where}.{name}") if name in ev else None

    if isinstance(ev.get("uid"), list):
        raise SchemaError(f"{where}.UID", "more than one UID")
    uid = str(ev.get("uid", ""))
    if not uid.endswith(_UID_SUFFIX):
        raise SchemaError(f"{where}.UID", f"{uid!r} is not a koreadip meeting UID")
    start = ev.decoded("dtstart") if "dtstart" in ev else None
    if not isinstance(start, _dt.date) or isinstance(start, _dt.datetime):
        raise SchemaError(f"{where}.DTSTART", "expected a DATE")
    title = x("x-koreadip-title")
    if title is None and "x-koreadip-untitled" not in ev:
        title = str(ev.get("summary"))
    location = x("x-koreadip-location")
    if location is None and "location" in ev:
        location = str(ev["location"])
    data: dict[str, Any] = {
        "id": unquote(uid[: -len(_UID_SUFFIX)]),
        "title": title,
        "date": start.isoformat(),
        "status": str(ev.get("x-koreadip-status", "held")),
        "modality": str(ev.get("x-koreadip-modality", "unknown")),
        "location": location,
        "participants": x("x-koreadip-participants") or [],
        "countries": x("x-koreadip-countries") or [],
        "topics": [str(c) for c in ev["categories"].cats] if "categories" in ev else [],
        "sources": x("x-koreadip-sources") or [],
        "evidence": x("x-koreadip-evidence") or [],
    }
    if "x-koreadip-duration-minutes" in ev:
        minutes = str(ev["x-koreadip-duration-minutes"])
        if not minutes.isascii() or not minutes.isdigit():
            raise SchemaError(f"{where}.X-KOREADIP-DURATION-MINUTES", f"{minutes!r} is not minutes")
        data["duration_minutes"] = int(minutes)
    try:
        return from_dict(data, Meeting)
    except SchemaError as e:
        raise SchemaError(f"{where}.{e.path}", e.reason) from None


def from_calendar(data: bytes) -> Dossier:
    """The meetings (and the officials they name) of a calendar written by :func:`to_calendar`."""
    try:
        cal = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError) as e:
        raise SchemaError("", f"not an iCalendar file: {e}") from None
    except RecursionError:
        raise SchemaError("", "not an iCalendar file: components nested too deeply") from None
    if cal.name != "VCALENDAR":
        raise SchemaError("", f"not an iCalendar file: a {cal.name}, not a VCALENDAR")
    if any(c.name == "VCALENDAR" for c in cal.subcomponents):
        raise SchemaError("", "not an iCalendar file: a VCALENDAR nested in the VCALENDAR")
    officials = cal.get("x-koreadip-official", [])
    if not isinstance(officials, list):
        officials = [officials]
    loaded_officials: list[Official] = []
    for i, o in enumerate(officials):
        where = f"X-KOREADIP-OFFICIAL[{i}]"
        try:
            loaded_officials.append(from_dict(_from_x(o, where), Official))
        except SchemaError as e:
            raise SchemaError(
                e.path if e.path.startswith(where) else f"{where}.{e.path}", e.reason
            ) from None
    meetings = [_meeting(ev, f"VEVENT[{i}]") for i, ev in enumerate(cal.walk("VEVENT"))]
    fields: dict[str, Any] = {"officials": loaded_officials, "meetings": meetings}
    return Dossier(**fields)


class IcalExporter(BaseExporter):
    """iCalendar: the meetings with a full date, as all-day events."""

    name = "ical"
    media_type = "text/calendar"
    suffix = ".ics"
    binary = True
    description = "iCalendar (.ics): one all-day VEVENT per meeting with a full date"

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        fp.write(to_calendar(dossier).to_ical())

    def read(self, fp: IO[Any]) -> Dossier:
        return from_calendar(fp.read())


ICAL: Exporter = IcalExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``ical``."""
    register(ICAL)

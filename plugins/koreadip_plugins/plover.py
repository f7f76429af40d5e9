"""``plover``: one JSON line per meeting held, as a PLOVER ``CONSULT`` event.

`PLOVER <https://github.com/openeventdata/PLOVER>`_ (Political Language Ontology for Verifiable
Event Records) is the event ontology that succeeded CAMEO.  Meetings, calls and visits are its
``CONSULT`` events, whose *mode* says how the two sides consulted.  Each line holds:

* ``id`` (the meeting's id), ``date`` (ISO 8601, reduced precision where the text gave no day,
  null where it gave no date), ``event_type`` (always ``CONSULT``) and ``mode``: ``visit`` when
  the meeting was in person in one side's country (the other side is the ``actor``, visiting the
  ``recipient``), ``meet`` when it was in person in a third country or at Panmunjom, ``phone``
  for a call or a video call (PLOVER has no video mode), null when the text does not say;
* ``actor`` and ``recipient``: a country (ISO 3166-1 alpha-3, as PLOVER datasets write it) and
  the participants of that country (``id``, ``name``, ``title``); when no visit orders them, the
  actor is the first country the meeting lists.  Null when the meeting has fewer sides;
* ``location``: the place name and its country (alpha-3, null for a place not in koreadip's
  gazetteer), or null;
* ``sources``: the ids of the sources that report the meeting;
* ``koreadip``: what PLOVER has no field for: the meeting's title, modality, topics, and any
  third and further parties (trilateral talks).

PLOVER records events that happened, so planned and cancelled meetings are left out and counted
in an :class:`~koreadip.exporters.ExportWarning`.  Much of a dossier has no place in PLOVER
(statements, positions), so this exporter does not load.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import IO, Any

from koreadip.exporters import BaseExporter, Exporter, ExportWarning
from koreadip.hookspecs import hookimpl
from koreadip.records import Dossier, Meeting, MeetingStatus, Modality, Official

from ._iso3166 import alpha3

__all__ = ["CITY_COUNTRIES", "PloverExporter", "event", "register_exporters"]

#: the country each meeting city is in (ISO 3166-1 alpha-2); cities named in more than one
#: country ("Panama City", "Santiago") are left out rather than guessed
CITY_COUNTRIES: dict[str, str] = {
    **dict.fromkeys(
        "Seoul Busan Jeju Gyeongju Sejong Incheon Paju Pyeongchang Gangneung Daegu Daejeon "
        "Gwangju Ulsan Songdo".split(),
        "KR",
    ),
    **dict.fromkeys("Washington Honolulu Anchorage Hawaii Sunnylands Mar-a-Lago".split(), "US"),
    "New York": "US",
    "Camp David": "US",
    "San Francisco": "US",
    "Los Angeles": "US",
    "Pyongyang": "KP",
    "Kaesong": "KP",
    **dict.fromkeys("Tokyo Osaka Hiroshima Nagoya Sapporo".split(), "JP"),
    **dict.fromkeys("Beijing Shanghai Dandong Tianjin Shenyang Dalian".split(), "CN"),
    **dict.fromkeys("Moscow Vladivostok Sochi".split(), "RU"),
    "Hanoi": "VN",
    "Da Nang": "VN",
    "Singapore": "SG",
    "Brussels": "BE",
    "Lima": "PE",
    "Jakarta": "ID",
    "Bali": "ID",
    "Bangkok": "TH",
    "Phuket": "TH",
    "Vientiane": "LA",
    "Manila": "PH",
    "Geneva": "CH",
    "Davos": "CH",
    "Stockholm": "SE",
    "Helsinki": "FI",
    "London": "GB",
    "Paris": "FR",
    "Berlin": "DE",
    "Munich": "DE",
    "Ulaanbaatar": "MN",
    "Phnom Penh": "KH",
    "Ottawa": "CA",
    "Kananaskis": "CA",
    "Canberra": "AU",
    "Kuala Lumpur": "MY",
    "Rome": "IT",
    "Madrid": "ES",
    "Warsaw": "PL",
    "Vilnius": "LT",
    "Kyiv": "UA",
    "New Delhi": "IN",
    "Oslo": "NO",
    "Copenhagen": "DK",
    "Vienna": "AT",
    "Doha": "QA",
    "Riyadh": "SA",
    "Dubai": "AE",
    "Cairo": "EG",
    "Ankara": "TR",
    "Istanbul": "TR",
    "Taipei": "TW",
    "Hong Kong": "HK",
    "Yangon": "MM",
    "Guam": "GU",
    "Buenos Aires": "AR",
    "Johannesburg": "ZA",
    "Apia": "WS",
    "Nuku'alofa": "TO",
    "Port Moresby": "PG",
    "Lisbon": "PT",
}
#: places on no side's ground: an in-person meeting there is ``meet``, whoever takes part
NEUTRAL = frozenset({"Panmunjom"})
_CITIES = {city.casefold(): code for city, code in CITY_COUNTRIES.items()}


def _side(country: str, meeting: Meeting, officials: dict[str, Official]) -> dict[str, Any]:
    people = []
    for p in meeting.participants:
        official = officials.get(p.official_id)
        if official is not None and official.country == country:
            people.append({"id": official.id, "name": official.name, "title": official.title})
    return {"country": alpha3(country), "people": people}


def _mode(meeting: Meeting, host: str | None) -> tuple[str | None, str | None]:
    """The PLOVER mode and, for a visit, the host country (the recipient)."""
    if meeting.modality in (Modality.PHONE, Modality.VIDEO):
        return "phone", None
    if meeting.modality is not Modality.IN_PERSON or meeting.location is None:
        return None, None
    if meeting.location in NEUTRAL:
        return "meet", None
    if host is None:
        return None, None
    return ("visit", host) if host in meeting.countries else ("meet", None)


def event(meeting: Meeting, officials: dict[str, Official]) -> dict[str, Any]:
    """The PLOVER event of one meeting; ``officials`` maps ids to the dossier's officials.

    >>> from koreadip import Meeting, Modality
    >>> e = event(Meeting(id="m1", modality=Modality.IN_PERSON, location="Seoul",
    ...                   countries=("KR", "US")), {})
    >>> e["event_type"], e["mode"], e["actor"]["country"], e["recipient"]["country"]
    ('CONSULT', 'visit', 'USA', 'KOR')
    """
    host = None if meeting.location is None else _CITIES.get(meeting.location.casefold())
    mode, recipient = _mode(meeting, host)
    sides = list(dict.fromkeys(meeting.countries))
    if recipient is not None:  # the visitors act; the host receives
        sides.remove(recipient)
        sides.insert(1 if sides else 0, recipient)
    parties = [_side(country, meeting, officials) for country in sides]
    location = None
    if meeting.location is not None:
        location = {"placename": meeting.location, "country": host and alpha3(host)}
    return {
        "id": meeting.id,
        "date": None if meeting.date is None else meeting.date.isoformat(),
        "event_type": "CONSULT",
        "mode": mode,
        "actor": parties[0] if parties else None,
        "recipient": parties[1] if len(parties) > 1 else None,
        "location": location,
        "sources": list(meeting.sources),
        "koreadip": {
            "title": meeting.title,
            "modality": meeting.modality.value,
            "topics": [t.value for t in meeting.topics],
            "other_parties": parties[2:],
        },
    }


class PloverExporter(BaseExporter):
    """PLOVER ``CONSULT`` events, one JSON line per meeting held; dump only."""

    name = "plover"
    media_type = "application/jsonl"
    suffix = ".plover.jsonl"
    description = "PLOVER event data: one CONSULT event a line per meeting held (dump only)"

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        officials = {o.id: o for o in dossier.officials}
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        left_out = 0
        for meeting in dossier.meetings:
            if meeting.status is not MeetingStatus.HELD:
                left_out += 1
                continue
            fp.write(encode(event(meeting, officials)))
            fp.write("\n")
        if left_out:
            warnings.warn(
                f"plover: {left_out} planned or cancelled meeting(s) left out "
                "(PLOVER records events that happened)",
                ExportWarning,
                stacklevel=2,
            )


PLOVER: Exporter = PloverExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``plover``."""
    register(PLOVER)

"""Records per second for each exporter, as a ratio to a floor measured in the same process.

    python bench/export_throughput.py            # 100,000 meetings (10,000 for ical)
    python bench/export_throughput.py --n 5000   # quicker

Floors: ``json.dumps`` of the same plain dicts (json, jsonl, jsonld), ``csv.writer`` over the same
prebuilt rows written to the same files (csv), building and serialising the same events with
``icalendar`` directly (ical).  Each exporter and its floor take turns, the fastest of five runs
counting, in CPU time of this process.  A ratio is exporter time / floor time: lower is better.
The native codec beside pydantic v2 and msgspec (whose models of a meeting are defined here) is
``bench/codec_speed.py``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import io
import json
import os
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pydantic
from timing import race

import koreadip
from koreadip import codec, plugins
from koreadip.records import Dossier, Meeting, Official, Participant, Source, Span, Topic


class PParticipant(pydantic.BaseModel):
    official_id: str
    role: str | None = None


class PSpan(pydantic.BaseModel):
    source_id: str
    start: int
    end: int


class PMeeting(pydantic.BaseModel):
    """A pydantic v2 model equivalent to :class:`koreadip.Meeting` (dates as ISO text)."""

    id: str
    title: str | None = None
    date: str | None = None
    status: str = "held"
    modality: str = "unknown"
    location: str | None = None
    participants: tuple[PParticipant, ...] = ()
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    duration_minutes: int | None = None
    sources: tuple[str, ...] = ()
    evidence: tuple[PSpan, ...] = ()
    source_count: int = 1


class MParticipant(msgspec.Struct):
    official_id: str
    role: str | None = None


class MSpan(msgspec.Struct):
    source_id: str
    start: int
    end: int


class MMeeting(msgspec.Struct):
    """A msgspec struct equivalent to :class:`koreadip.Meeting`."""

    id: str
    title: str | None = None
    date: str | None = None
    status: str = "held"
    modality: str = "unknown"
    location: str | None = None
    participants: tuple[MParticipant, ...] = ()
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    duration_minutes: int | None = None
    sources: tuple[str, ...] = ()
    evidence: tuple[MSpan, ...] = ()
    source_count: int = 1


COUNTRIES = ("US", "KR", "KP", "JP", "CN")
TOPICS = tuple(Topic)


def make_dossier(n: int) -> Dossier:
    """``n`` dated meetings among 200 officials, citing 50 sources."""
    sources = [Source(id=f"s{i}", title=f"Story {i}", publisher="Wire") for i in range(50)]
    officials = [
        Official(id=f"o{i}", name=f"Official {i}", country=COUNTRIES[i % 2], title="Envoy")
        for i in range(200)
    ]
    start = _dt.date(2018, 1, 1)
    meetings = [
        Meeting(
            id=f"m{i}",
            title=f"Working group meeting {i}",
            date=koreadip.PartialDate.from_date(start + _dt.timedelta(days=i % 2000)),
            location="Seoul" if i % 2 else "Washington",
            participants=(
                Participant(official_id=f"o{i % 200}", role="co-chair"),
                Participant(official_id=f"o{(i + 1) % 200}"),
            ),
            countries=COUNTRIES[:2],
            topics=(TOPICS[i % len(TOPICS)],),
            duration_minutes=60 + i % 90,
            sources=(f"s{i % 50}",),
            evidence=(Span(source_id=f"s{i % 50}", start=i % 500, end=i % 500 + 40),),
        )
        for i in range(n)
    ]
    return Dossier(sources=sources, officials=officials, meetings=meetings)


def pair(ours: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
    """The fastest run of ``ours`` and of ``floor``, taking turns, in CPU time."""
    a, b = race([ours, floor], clock=time.process_time)
    return a, b


def records(d: Dossier) -> int:
    return len(d.sources) + len(d.officials) + len(d.meetings)


def dump_text(name: str, d: Dossier) -> Callable[[], None]:
    return lambda: plugins.export(d, name, io.StringIO())


def bench_json_family(d: Dossier) -> list[tuple[str, float, float, float]]:
    from koreadip_plugins.jsonld import to_document

    plain = codec.to_dict(d)
    lines = [r for group in plain.values() for r in group]
    doc = to_document(d)

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    return [
        ("json", *pair(dump_text("json", d), lambda: json.dumps(plain, ensure_ascii=False)), 3.0),
        ("jsonl", *pair(dump_text("jsonl", d), lambda: [compact(r) for r in lines]), 3.0),
        ("jsonld", *pair(dump_text("jsonld", d), lambda: json.dumps(doc, ensure_ascii=False)), 3.0),
    ]


def bench_csv(d: Dossier, tmp: Path) -> tuple[str, float, float, float]:
    from koreadip_plugins._table_specs import TABLES
    from koreadip_plugins.tables import datapackage, rows

    prebuilt = {t: (TABLES[t].columns, rows(d, t)) for t in TABLES}

    def floor() -> None:
        out = tmp / "floor"
        out.mkdir(exist_ok=True)
        (out / "datapackage.json").write_text(json.dumps(datapackage(), indent=2))
        for t, (header, table_rows) in prebuilt.items():
            buf = io.StringIO(newline="")
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(table_rows)
            (out / f"{t}.csv").write_bytes(buf.getvalue().encode("utf-8"))

    return ("csv", *pair(lambda: plugins.export(d, "csv", tmp / "out"), floor), 2.0)


def bench_ical(d: Dossier) -> tuple[str, float, float, float]:
    from icalendar import Calendar, Event, vCalAddress, vText

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1544140800")
    stamp = _dt.datetime(2018, 12, 7, tzinfo=_dt.UTC)
    names = {o.id: o.name for o in d.officials}

    def js(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

    # the same property values, computed beforehand: the floor is icalendar's own cost
    prepared = [
        (
            f"{m.id}@koreadip",
            m.date.to_date() if m.date else None,
            m.title,
            m.location,
            f"Status: {m.status.value}\nModality: {m.modality.value}",
            [
                (f"urn:koreadip:official:{p.official_id}", names[p.official_id])
                for p in m.participants
            ],
            [t.value for t in m.topics],
            [
                ("x-koreadip-status", m.status.value),
                ("x-koreadip-modality", m.modality.value),
                ("x-koreadip-participants", js([codec.to_dict(p) for p in m.participants])),
                ("x-koreadip-countries", js(list(m.countries))),
                ("x-koreadip-duration-minutes", str(m.duration_minutes)),
                ("x-koreadip-sources", js(list(m.sources))),
                ("x-koreadip-evidence", js([codec.to_dict(e) for e in m.evidence])),
            ],
        )
        for m in d.meetings
    ]

    def floor() -> None:
        cal = Calendar()
        cal.add("prodid", "-//koreadip//koreadip meetings//EN")
        cal.add("version", "2.0")
        for uid, date, title, location, description, attendees, cats, xs in prepared:
            ev = Event()
            ev.add("uid", uid)
            ev.add("dtstamp", stamp)
            ev.add("dtstart", date)
            ev.add("summary", title)
            ev.add("location", location)
            ev.add("description", description)
            for address, cn in attendees:
                ev.add("attendee", vCalAddress(address), {"cn": cn})
            ev.add("categories", cats)
            ev.add("status", "CONFIRMED")
            for key, value in xs:
                ev.add(key, vText(value))
            cal.add_component(ev)
        cal.to_ical()

    def ours() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            plugins.export(d, "ical", io.BytesIO())

    return ("ical", *pair(ours, floor), 1.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="meetings (ical: a tenth)")
    args = parser.parse_args()
    os.environ.setdefault(plugins.ENV_LOAD_PLUGINS, "koreadip")
    d = make_dossier(args.n)
    small = make_dossier(max(1, args.n // 10))
    print(f"{'format':<8} {'records/s':>12} {'floor/s':>12} {'ratio':>6}  aim")
    rows = bench_json_family(d)
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(bench_csv(d, Path(tmp)))
    rows.append(bench_ical(small))
    for name, ours, floor, aim in rows:
        n = records(small if name == "ical" else d)
        ratio = ours / floor
        verdict = "ok" if ratio <= aim else "over"
        print(f"{name:<8} {n / ours:>12,.0f} {n / floor:>12,.0f} {ratio:>6.2f}  ≤{aim} {verdict}")


if __name__ == "__main__":
    main()

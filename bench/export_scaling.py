"""Time per record of every exporter and of the codec as the dossier grows: linear or not.

    python bench/export_scaling.py                  # 2,000 and 8,000 meetings
    python bench/export_scaling.py --n 4000 --factor 8 --only popolo --only ical
    python bench/export_scaling.py --hub            # one official in every meeting

A dossier of ``n`` meetings names ``2n`` officials (each meeting two of its own, with aliases and
evidence), ``n`` statements, ``n/2`` positions and ``n/4`` sources: every record distinct, as in a
corpus of years of news.  With ``--hub`` one official sits in every meeting, says every statement
and holds every position, all on one day in one city.  Each exporter writes (``dump``) and, where it
can, reads back (``load``) the dossier of ``n`` meetings and the one ``factor`` times larger; the
sizes take turns, the fastest run of each counting, in CPU time of this process with the garbage
collector paused (as ``timeit`` does: its full collections grow with the heap, not with the code).
The figure that matters is the last column: time per record at the large size over time per record
at the small one, about 1 for a linear exporter and about ``factor`` for a quadratic one.

The ``popolo`` exporter was quadratic in the officials until each official's government membership
was looked up in a set instead of a scan of every membership so far: 88.8 us per record at 2,000
meetings and 318.5 at 8,000 (ratio 3.59) before, 19.1 and 19.2 (1.00) after.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import os
import time
import warnings
from collections.abc import Callable

from timing import race

import koreadip
from koreadip import codec, plugins
from koreadip.records import (
    Dossier,
    Meeting,
    MeetingStatus,
    Modality,
    Official,
    Participant,
    Position,
    Source,
    Span,
    Statement,
    Topic,
)

TOPICS = tuple(Topic)
STATUSES = tuple(MeetingStatus)
MODALITIES = tuple(Modality)


def make_dossier(n: int, *, hub: bool = False) -> Dossier:
    """``n`` meetings with every record distinct (or, with ``hub``, one official in them all)."""
    ns = max(1, n // 4)

    def span(i: int, length: int) -> Span:
        return Span(source_id=f"s{i % ns}", start=i, end=i + length)

    sources = [
        Source(id=f"s{i}", title=f"Made-up story {i}", publisher=f"Wire {i}", authors=(f"By {i}",))
        for i in range(ns)
    ]
    officials = [
        Official(
            id=f"o{i}",
            name=f"Made Up{i}",
            aliases=(f"Up{i}", f"M. Up{i}"),
            country=("US", "KR")[i % 2],
            title=f"Envoy for made-up affairs {i}",
            evidence=(span(i, 9),),
        )
        for i in range(2 * n)
    ]
    start = _dt.date(2000, 1, 1)
    meetings = [
        Meeting(
            id=f"m{i}",
            title=f"Made-up talks {i}",
            date=koreadip.PartialDate.from_date(start + _dt.timedelta(days=0 if hub else i)),
            status=STATUSES[i % len(STATUSES)],
            modality=MODALITIES[i % len(MODALITIES)],
            location="Seoul" if hub else f"Made-up city {i}",
            participants=(
                Participant(official_id="o0" if hub else f"o{2 * i}", role="co-chair"),
                Participant(official_id=f"o{2 * i + 1}"),
            ),
            countries=("US", "KR"),
            topics=(TOPICS[i % len(TOPICS)],),
            duration_minutes=60,
            sources=(f"s{i % ns}",),
            evidence=(span(i, 40),),
        )
        for i in range(n)
    ]
    statements = [
        Statement(
            id=f"q{i}",
            text=f"We will talk again {i}.",
            speaker_id="o0" if hub else f"o{i}",
            meeting_id=f"m{i}",
            sources=(f"s{i % ns}",),
            evidence=(span(i, 5),),
        )
        for i in range(n)
    ]
    positions = [
        Position(
            id=f"p{i}",
            holder="o0" if hub else f"o{i}",
            topic=TOPICS[i % len(TOPICS)],
            sources=(f"s{i % ns}",),
        )
        for i in range(n // 2)
    ]
    if hub:  # the hub named n times, under n/10 spellings
        officials[0] = Official(
            id="o0",
            name="Made Up0",
            aliases=tuple(f"Made Up0 {j}" for j in range(n // 10)),
            country="US",
            evidence=tuple(span(j, 9) for j in range(n)),
        )
    return Dossier(
        sources=sources,
        officials=officials,
        meetings=meetings,
        statements=statements,
        positions=positions,
    )


def records(d: Dossier) -> int:
    return sum(
        len(group) for group in (d.sources, d.officials, d.meetings, d.statements, d.positions)
    )


def _stream(binary: bool, data: bytes | str | None = None) -> io.BytesIO | io.StringIO:
    if binary:
        return io.BytesIO(data if isinstance(data, bytes) else b"")
    return io.StringIO(data if isinstance(data, str) else "")


def steps(name: str, d: Dossier) -> dict[str, Callable[[], object]]:
    """``dump`` (and ``load``, where the format reads back) of ``d`` in format ``name``."""
    if name == "codec":
        text = codec.dumps(d)
        return {"dump": lambda: codec.dumps(d), "load": lambda: codec.loads(text)}
    exporter = koreadip.get_exporter(name)
    binary = exporter.binary
    out = _stream(binary)
    plugins.export(d, name, out)
    data = out.getvalue()
    found: dict[str, Callable[[], object]] = {
        "dump": lambda: plugins.export(d, name, _stream(binary))
    }
    if exporter.can_load:
        found["load"] = lambda: exporter.load(_stream(binary, data))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="meetings of the small dossier")
    parser.add_argument("--factor", type=int, default=4, help="the large dossier's size over it")
    parser.add_argument("--repeat", type=int, default=3, help="turns of the two sizes")
    parser.add_argument("--only", action="append", help="an exporter, or codec (repeatable)")
    parser.add_argument("--hub", action="store_true", help="one official in every meeting")
    args = parser.parse_args()
    os.environ.setdefault(plugins.ENV_LOAD_PLUGINS, "koreadip")
    warnings.simplefilter("ignore")  # ical's "N meetings left out" (undated ones) and the like
    small = make_dossier(args.n, hub=args.hub)
    large = make_dossier(args.n * args.factor, hub=args.hub)
    names = args.only or ["codec", *sorted(koreadip.exporters())]
    small_n, large_n = records(small), records(large)
    print(f"records: {small_n:,} and {large_n:,} ({args.factor}x); microseconds per record")
    print(f"{'format':<8} {'step':<5} {'small':>8} {'large':>8} {'ratio':>6}")
    for name in names:
        on_small, on_large = steps(name, small), steps(name, large)
        for step in on_small:
            a, b = race([on_small[step], on_large[step]], args.repeat, clock=time.process_time)
            per_small, per_large = a / small_n * 1e6, b / large_n * 1e6
            ratio = per_large / per_small
            print(f"{name:<8} {step:<5} {per_small:>8.1f} {per_large:>8.1f} {ratio:>6.2f}")


if __name__ == "__main__":
    main()

"""The native codec's speed and memory beside pydantic v2 and msgspec on an equivalent model.

    python bench/codec_speed.py              # 100,000 meetings
    python bench/codec_speed.py --n 20000 --profile

The document is a dossier of ``n`` meetings (``koreadip.dumps`` of it); pydantic and msgspec read
and write the same document through their own models of it (``bench/export_throughput.py``).
Timed with the garbage collector on, the sides taking turns, the fastest of ``--repeat`` runs, in
CPU time of this process (all three are single-threaded; CPU time leaves out the moments another
process holds the core, which on a shared machine is most of the noise):

- to JSON: ``koreadip.dumps`` against pydantic's ``dump_json`` and ``msgspec.json.encode``, both
  compact (``indent=None``) and indented (``indent=2``, koreadip's default; msgspec formats its
  compact text with ``msgspec.json.format``);
- from JSON: ``koreadip.loads`` of the file's bytes (records built and validated) against
  pydantic's ``validate_json`` and msgspec's typed ``json.decode``;
- ``koreadip.dumps`` and ``loads`` hold the cycle collector off while they build the mirrors or
  the records (``koreadip.collector``), so a row "theirs paused" under each direction gives the
  others the same pause, to show what the pause alone is worth;
- peak memory (``tracemalloc``) of loading the file, its bytes read included, on each side.

A ratio is ours over theirs: the aim is at most 1.0 against pydantic for time, at most 1.3
against msgspec for peak memory.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import msgspec
import pydantic

import koreadip
from koreadip import Dossier, collector

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_throughput import MMeeting, PMeeting, make_dossier
from timing import race


class PDossier(pydantic.BaseModel):
    meetings: tuple[PMeeting, ...] = ()


class MDossier(msgspec.Struct):
    meetings: tuple[MMeeting, ...] = ()


Case = tuple[str, Callable[[], Any], Callable[[], Any], Callable[[], Any]]


def cases(dossier: Dossier, path: Path) -> list[Case]:
    """(label, ours, pydantic's, msgspec's) callables over the same meetings."""
    data = path.read_bytes()
    padapter = pydantic.TypeAdapter(PDossier)
    pmodel = padapter.validate_json(data)
    mmodel = msgspec.json.decode(data, type=MDossier)
    assert koreadip.loads(data) == dossier
    same = msgspec.json.decode(padapter.dump_json(pmodel))["meetings"]
    assert same == msgspec.json.decode(data)["meetings"]
    return [
        (
            "to JSON",
            lambda: koreadip.dumps(dossier, indent=None),
            lambda: padapter.dump_json(pmodel),
            lambda: msgspec.json.encode(mmodel),
        ),
        (
            "  theirs paused",
            lambda: koreadip.dumps(dossier, indent=None),
            lambda: paused_while(lambda: padapter.dump_json(pmodel)),
            lambda: paused_while(lambda: msgspec.json.encode(mmodel)),
        ),
        (
            "to JSON indent=2",
            lambda: koreadip.dumps(dossier),
            lambda: padapter.dump_json(pmodel, indent=2),
            lambda: msgspec.json.format(msgspec.json.encode(mmodel), indent=2),
        ),
        (
            "from JSON",
            lambda: koreadip.loads(path.read_bytes()),
            lambda: padapter.validate_json(path.read_bytes()),
            lambda: msgspec.json.decode(path.read_bytes(), type=MDossier),
        ),
        (
            "  theirs paused",
            lambda: koreadip.loads(path.read_bytes()),
            lambda: paused_while(lambda: padapter.validate_json(path.read_bytes())),
            lambda: paused_while(lambda: msgspec.json.decode(path.read_bytes(), type=MDossier)),
        ),
    ]


def paused_while(load: Callable[[], Any]) -> Any:
    """``load()`` with the cycle collector held off, as ``koreadip.loads`` holds it."""
    with collector.paused():
        return load()


def peak(load: Callable[[], Any]) -> int:
    """The peak of traced memory while ``load()`` runs and its result is alive, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        result = load()
        _, top = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return top


def main(argv: Sequence[str] | None = None) -> None:
    """Print meetings/s of each side, the ratios, and the peak memory of loading."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="meetings (default 100,000)")
    ap.add_argument("--repeat", type=int, default=5, help="turns per case; the fastest counts")
    ap.add_argument("--profile", action="store_true", help="print a cProfile summary of ours")
    args = ap.parse_args(argv)
    n = args.n
    dossier = Dossier(meetings=make_dossier(n).meetings)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dossier.json"
        path.write_text(koreadip.dumps(dossier), encoding="utf-8")
        print(f"{n:,} meetings ({path.stat().st_size / 1e6:.1f} MB), collector on, CPU time")
        print("meetings/s; ratio = our time / theirs (aim ≤ 1.0 against pydantic)")
        heads = ("koreadip", "pydantic", "msgspec")
        print(f"{'':<17} " + " ".join(f"{h:>10}" for h in heads) + f" {'vs pyd':>7} {'vs msg':>7}")
        for label, ours, theirs, msg in cases(dossier, path):
            t_ours, t_pyd, t_msg = race(
                [ours, theirs, msg], args.repeat, collector=True, clock=time.process_time
            )
            print(
                f"{label:<17} {n / t_ours:>10,.0f} {n / t_pyd:>10,.0f} {n / t_msg:>10,.0f} "
                f"{t_ours / t_pyd:>7.2f} {t_ours / t_msg:>7.2f}"
            )
            if args.profile:
                prof = cProfile.Profile()
                prof.runcall(ours)
                out = io.StringIO()
                pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(12)
                print(out.getvalue())
        m_ours = peak(lambda: koreadip.loads(path.read_bytes()))
        m_pyd = peak(lambda: pydantic.TypeAdapter(PDossier).validate_json(path.read_bytes()))
        m_msg = peak(lambda: msgspec.json.decode(path.read_bytes(), type=MDossier))
    mb = 1024 * 1024
    print(
        f"\npeak memory of loading the file: koreadip {m_ours / mb:.0f} MB, "
        f"pydantic {m_pyd / mb:.0f} MB, msgspec {m_msg / mb:.0f} MB; "
        f"ratio to msgspec {m_ours / m_msg:.2f} (aim ≤ 1.3), to pydantic {m_ours / m_pyd:.2f}"
    )


if __name__ == "__main__":
    main()

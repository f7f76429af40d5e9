"""The native codec's speed beside pydantic v2 and msgspec on an equivalent model.

    python bench/codec_speed.py              # 100,000 meetings
    python bench/codec_speed.py --n 20000 --profile

Writing is ``json.dumps(koreadip.to_dict(meetings))`` against pydantic's ``dump_json`` and
msgspec's ``json.encode`` of the same meetings as their own models; reading is
``koreadip.from_dict`` of ``json.loads`` of that text (records built and validated) against
pydantic's ``validate_json`` and msgspec's typed ``json.decode``.  The models, the generated
meetings and the timing are those of ``bench/export_throughput.py``.  A ratio is our time over
theirs: at most 1.0 meets the aim "no slower than pydantic v2".
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import msgspec
import pydantic

from koreadip import codec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_throughput import MMeeting, PMeeting, make_dossier
from timing import best


def cases(n: int) -> list[tuple[str, Callable[[], Any], Callable[[], Any], Callable[[], Any]]]:
    """(label, ours, pydantic's, msgspec's) callables over ``n`` generated meetings."""
    meetings = make_dossier(n).meetings
    plain = codec.to_dict(meetings)
    text = json.dumps(plain)
    padapter = pydantic.TypeAdapter(list[PMeeting])
    pmodels = padapter.validate_python(plain)
    mmodels = msgspec.convert(plain, list[MMeeting])
    assert codec.from_dict({"meetings": json.loads(text)}).meetings == meetings
    return [
        (
            "write",
            lambda: json.dumps(codec.to_dict(meetings)),
            lambda: padapter.dump_json(pmodels),
            lambda: msgspec.json.encode(mmodels),
        ),
        (
            "read",
            lambda: codec.from_dict({"meetings": json.loads(text)}),
            lambda: padapter.validate_json(text),
            lambda: msgspec.json.decode(text, type=list[MMeeting]),
        ),
        (
            "to_dict only",
            lambda: codec.to_dict(meetings),
            lambda: padapter.dump_python(pmodels),
            lambda: msgspec.to_builtins(mmodels),
        ),
        (
            "from_dict only",
            lambda: codec.from_dict({"meetings": plain}),
            lambda: padapter.validate_python(plain),
            lambda: msgspec.convert(plain, list[MMeeting]),
        ),
    ]


def main(argv: Sequence[str] | None = None) -> None:
    """Print meetings/s of each side and the ratios; ``--profile`` adds our top functions."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="meetings (default 100,000)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per case; the fastest counts")
    ap.add_argument("--profile", action="store_true", help="print a cProfile summary of ours")
    args = ap.parse_args(argv)
    n = args.n
    print(f"{n:,} meetings; meetings/s (ratio = our time / theirs, aim ≤ 1.0 against pydantic)")
    print(f"{'':<15} {'koreadip':>10} {'pydantic':>10} {'msgspec':>10} {'vs pyd':>7} {'vs msg':>7}")
    for label, ours, theirs, msg in cases(n):
        t_ours, t_pyd, t_msg = (best(f, args.repeat) for f in (ours, theirs, msg))
        print(
            f"{label:<15} {n / t_ours:>10,.0f} {n / t_pyd:>10,.0f} {n / t_msg:>10,.0f} "
            f"{t_ours / t_pyd:>7.2f} {t_ours / t_msg:>7.2f}"
        )
        if args.profile:
            prof = cProfile.Profile()
            prof.runcall(ours)
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(12)
            print(out.getvalue())


if __name__ == "__main__":
    main()

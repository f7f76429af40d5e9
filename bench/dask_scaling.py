"""How ``koreadip.dask.parse_bag`` scales, beside ``koreadip.parse_corpus`` in one process.

    python bench/dask_scaling.py                 # 10,000 made-up articles, 1 and 2 workers
    python bench/dask_scaling.py --n 2000 --workers 1 2 4

The articles are made up by ``parse_throughput.generate``'s writers (templates, roster names,
dates of our own), each with a manifest row giving its day as the reference date, so relative
dates resolve and the corpus is one timeline.  Every run reads the same folder; each prints its
wall time, its time as a ratio to ``parse_corpus`` run in this same process, and how long the
final merge took (the part no worker count shortens).  The cluster is a
``distributed.LocalCluster`` of single-threaded worker processes, started and stopped here.
Times depend on the machine's load: compare the ratios of one run.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_throughput import _BUILDERS, FORMATS, _cast, _Writer

import koreadip
from koreadip.dask import parse_bag
from koreadip.merge import merge_dossiers
from koreadip.roster import default_roster


def write_corpus(folder: Path, n: int, seed: int) -> Path:
    """``n`` made-up articles in ``folder`` and a manifest giving each its day."""
    import datetime as _dt

    rng = random.Random(seed)
    entries = list(default_roster())
    casts = {}
    rows = []
    i = 0
    while i < n:
        month = rng.randrange(2017 * 12, 2025 * 12)
        day = _dt.date(month // 12, month % 12 + 1, rng.randint(1, 28))
        cast = casts.get(month) or casts.setdefault(month, _cast(entries, day))
        if not (cast.us and cast.kr):
            continue
        fmt = FORMATS[i % len(FORMATS)]
        name = f"{i:06d}-{fmt}.txt"
        (folder / name).write_text(_BUILDERS[fmt](_Writer(rng, cast, day)), encoding="utf-8")
        rows.append([name, day.isoformat()])
        i += 1
    manifest = folder / "manifest.csv"
    with manifest.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "reference_date"])
        w.writerows(rows)
    return manifest


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed", type=int, default=20181207)
    args = ap.parse_args(argv)
    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = write_corpus(folder, args.n, args.seed)
        print(f"{args.n:,} made-up articles, manifest {manifest.name}")

        t0 = time.perf_counter()
        dossiers = list(koreadip.corpus.iter_corpus([folder], manifest=manifest))
        t_read = time.perf_counter() - t0
        t0 = time.perf_counter()
        expected = merge_dossiers([d for d in dossiers if isinstance(d, koreadip.Dossier)])
        t_merge = time.perf_counter() - t0
        base = t_read + t_merge
        print(
            f"parse_corpus, one process: {base:7.1f} s (read {t_read:.1f} s, merge {t_merge:.1f} s)"
            f" -> {len(expected.meetings):,} meetings, {len(expected.officials):,} officials"
        )
        for n in args.workers:
            with (
                LocalCluster(n_workers=n, threads_per_worker=1, dashboard_address=None) as cl,
                Client(cl),
            ):
                t0 = time.perf_counter()
                got = parse_bag([folder], manifest=manifest, npartitions=max(8, 4 * n))
                took = time.perf_counter() - t0
            same = "same dossier" if got.dossier == expected else "DIFFERENT dossier"
            print(
                f"parse_bag, {n} worker{'s' if n > 1 else ' '}:    {took:7.1f} s"
                f"  = {took / base:.2f} x parse_corpus  ({same})"
            )


if __name__ == "__main__":
    main()

"""How ``koreadip parse -j N`` scales: files parsed per second by N worker processes.

    python bench/parse_jobs.py              # 600 made-up articles of ~3 KB, N = 1, 2, cores
    python bench/parse_jobs.py --n 200 --jobs 1 2 4

The articles are those of ``bench/parse_throughput.py``, written to a temporary directory; each
N runs ``koreadip.workers.parse_files`` over all of them (what ``koreadip parse DIR -j N`` does
before merging), the N taking turns, the fastest of ``--repeat`` runs in wall-clock time.  The
speedup is the time with one process over the time with N: at best N, less the cost of starting
the workers and sending the dossiers back, and less again when other work shares the cores.
"Cores used" is the CPU time of this process and its workers over the wall-clock time (the
highest of the runs): where it stays near 1 with N workers, the cores were busy with other work
(on Linux, with the scheduler's autogroups, a command's processes share one slice) and the
speedup cannot show.  Every N gives the same dossiers, in the same order (checked before timing).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from koreadip.workers import default_workers, parse_files

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_throughput import generate
from timing import race

#: CPU time of this process and of its finished workers
_CPU = ("user", "system", "children_user", "children_system")


def main(argv: Sequence[str] | None = None) -> None:
    """Print files/s and the speedup over one process for each number of workers."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600, help="articles (default 600)")
    ap.add_argument("--jobs", type=int, nargs="+", help="numbers of workers (default 1 2 cores)")
    ap.add_argument("--repeat", type=int, default=3, help="turns per N; the fastest counts")
    args = ap.parse_args(argv)
    counts = args.jobs or sorted({1, 2, default_workers()})
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []
        for i, article in enumerate(generate(args.n)):
            path = Path(tmp) / f"{i:05d}.txt"
            path.write_text(article.text, encoding="utf-8")
            jobs.append((str(path), {}))
        first = list(parse_files(jobs, workers=counts[0]))
        for n in counts[1:]:
            assert list(parse_files(jobs, workers=n)) == first, f"-j {n} differs"
        cores: dict[int, float] = {}

        def run(n: int) -> None:
            before, t0 = os.times(), time.perf_counter()
            list(parse_files(jobs, workers=n))
            after, wall = os.times(), time.perf_counter() - t0
            cpu = sum(getattr(after, k) - getattr(before, k) for k in _CPU)
            cores[n] = max(cores.get(n, 0.0), cpu / wall)

        times = race([lambda n=n: run(n) for n in counts], args.repeat, collector=True)
    print(f"{args.n} articles, {default_workers()} cores for this process; wall-clock time")
    print(f"{'workers':>7} {'files/s':>9} {'speedup':>8} {'cores used':>11}")
    for n, t in zip(counts, times, strict=True):
        print(f"{n:>7} {args.n / t:>9,.0f} {times[0] / t:>8.2f} {cores[n]:>11.2f}")


if __name__ == "__main__":
    main()

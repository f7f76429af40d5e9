"""Memory while many files stream through ``koreadip.parse_file``: it should stay flat.

    python bench/parse_memory.py             # 3,000 made-up articles written to a temp dir
    python bench/parse_memory.py --n 10000

Two passes over the same files.  The first, untraced, reports the resident set (current, from
``/proc/self/statm``, and the peak so far, from ``getrusage``) after 100, 1,000 and N files.
The second runs under ``tracemalloc`` and reports the Python heap still held after each
checkpoint and the peak within the stretch since the last one: if parsing kept anything per
file (an unbounded cache, a growing list), "held" would grow with the file count.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import koreadip

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_throughput import generate

_PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024


def rss_now() -> int:
    """The resident set size of this process, in bytes (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * _PAGE


def rss_peak() -> int:
    """The peak resident set size so far, in bytes (``ru_maxrss`` is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def checkpoints(n: int) -> list[int]:
    """100, 1,000 and ``n``, those not above ``n``."""
    return sorted({c for c in (100, 1000, n) if c <= n})


def stream(paths: Sequence[Path], report: Callable[[int], None]) -> None:
    """Parse every file in turn, keeping nothing; call ``report(count)`` at each checkpoint."""
    marks = set(checkpoints(len(paths)))
    for count, path in enumerate(paths, 1):
        koreadip.parse_file(path)
        if count in marks:
            gc.collect()
            report(count)


def main(argv: Sequence[str] | None = None) -> None:
    """Write ``--n`` articles to a temp dir, then stream them through ``parse_file`` twice."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="files (default 3,000)")
    ap.add_argument("--seed", type=int, default=20181207)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, article in enumerate(generate(args.n, seed=args.seed)):
            path = Path(tmp) / f"{i:06d}-{article.fmt}.txt"
            path.write_text(article.text, encoding="utf-8")
            paths.append(path)
        koreadip.parse_file(paths[0])  # roster and patterns load before the baseline
        gc.collect()
        base = rss_now()
        print(f"{len(paths):,} files; RSS after warm-up {base / MB:,.1f} MB")
        print(f"{'files':>7} {'RSS MB':>8} {'growth MB':>10} {'peak RSS MB':>12} {'files/s':>8}")
        t0 = time.perf_counter()

        def rss_report(count: int) -> None:
            rate = count / (time.perf_counter() - t0)
            now = rss_now()
            print(
                f"{count:>7,} {now / MB:>8.1f} {(now - base) / MB:>10.1f} "
                f"{rss_peak() / MB:>12.1f} {rate:>8,.0f}"
            )

        stream(paths, rss_report)

        print("\nunder tracemalloc (Python heap):")
        print(f"{'files':>7} {'held MB':>8} {'stretch peak MB':>16}")
        tracemalloc.start()
        held0 = tracemalloc.get_traced_memory()[0]

        def heap_report(count: int) -> None:
            held, peak = tracemalloc.get_traced_memory()
            print(f"{count:>7,} {(held - held0) / MB:>8.2f} {(peak - held0) / MB:>16.2f}")
            tracemalloc.reset_peak()

        stream(paths, heap_report)
        tracemalloc.stop()


if __name__ == "__main__":
    main()

"""Every compiled pattern of koreadip over long runs of one unit: which grow faster than the run?

    python bench/pattern_runs.py                           # every pattern, every unit (~20 min)
    python bench/pattern_runs.py --only splits credits --units " " "The "

A pattern that tries every split of a run, or is searched from each character of one, costs time
quadratic in the run's length: a blank of 2,000 spaces after "The" made one pattern take 0.9 s
(``tests/test_blank_runs.py``).  Each pattern (those ``bench/pattern_floor.py`` finds) is
searched, and run with ``finditer``, over ``prefix + unit * n + TAIL`` for n = ``--size`` and four
times that, in CPU time (the fastest of three runs).  Where four times the text costs over
``--growth`` times the time (and over 10 ms), the pattern is listed.

A listed pattern is a place to look, not a verdict: most patterns are used with ``match`` at one
place, or on a window something else bounds, and never see such a run.  Try the text around each
use on a whole parse (``bench/adversarial.py`` holds such pages) before changing the pattern.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence

from pattern_floor import patterns

#: the units a run is made of: blanks, marks, words and labels the readers react to
UNITS = (
    " ", "\n", " \n", "\t", "\u00a0", "a", "A", "Ab ", "ab ", "The ", "the ", ". ", ".", "-",
    "\u2014", ",", ", ", "1", "12 ", "Dec. ", "Kim ", "Mr. ", "'", '"', "\u201c", "\u201d", "(",
    ")", ":", "A: ", "U.S. ", "and ", "with ", "said ", "of ", "on ", "in ", "Minister ",
    "Foreign Minister ", "Jan. 1, ", "2018-", "x\n", "A.", "a-", "Ab-cd ", "www.", "@", "/", "|",
)  # fmt: skip
PREFIXES = ("", "The ", "Talks -")
#: after the run: a mark no pattern expects, then a word too long to be a name
TAIL = "\x01" + "x" * 100


def seconds(pattern: re.Pattern[str], text: str) -> float:
    """The fastest of three runs of a search and a ``finditer`` (its first 1,000 matches)."""
    fastest = float("inf")
    for _ in range(3):
        start = time.process_time()
        pattern.search(text)
        for k, _m in enumerate(pattern.finditer(text)):
            if k == 1000:
                break
        fastest = min(fastest, time.process_time() - start)
    return fastest


def main(argv: Sequence[str] | None = None) -> int:
    """List each (pattern, unit, prefix) whose time grows faster than the run."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", metavar="WORD", help="patterns whose name holds a WORD")
    ap.add_argument("--units", nargs="+", default=UNITS, help="units a run is made of")
    ap.add_argument("--size", type=int, default=500, help="units in the shorter run (500)")
    ap.add_argument("--growth", type=float, default=8.0, help="listed over this growth (8)")
    args = ap.parse_args(argv)
    found = {
        name: p
        for name, p in patterns().items()
        if isinstance(p.pattern, str) and (not args.only or any(w in name for w in args.only))
    }
    listed = 0
    for name, pattern in found.items():
        for unit in args.units:
            for prefix in PREFIXES:
                short = seconds(pattern, prefix + unit * args.size + TAIL)
                if short < 0.0005:
                    continue  # far below anything a run could make quadratic
                long = seconds(pattern, prefix + unit * (4 * args.size) + TAIL)
                if long > args.growth * short and long > 0.01:
                    listed += 1
                    print(f"{name}  unit {unit!r}  after {prefix!r}: {short * 1e3:.1f} ms, "
                          f"4x the run {long * 1e3:.1f} ms ({long / short:.0f}x)")  # fmt: skip
                    break  # one prefix is enough to list a unit
    print(f"{len(found)} patterns, {len(args.units)} units: {listed} growing faster than the run")
    return 0


if __name__ == "__main__":
    sys.exit(main())

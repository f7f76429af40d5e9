"""Time per dossier of ``merge_dossiers`` as the corpus grows, as ratios between sizes.

    python bench/merge_scaling.py                          # 200, 800, 3,200 generated articles
    python bench/merge_scaling.py --sizes 400 1600 6400 --corpus distinct

The articles are parsed once; then the first ``n`` dossiers are merged for each size, the sizes
taking turns ``--repeat`` times in CPU time, the fastest of each counting (so a burst of load
lands on every size, not one).  A merge linear in its dossiers keeps its time per
dossier, so the ratio to the smallest size stays about 1; one that weighs each record against a
share of all the others makes it grow with the size.  Beside the time, what the meeting merge
did: its tier rounds (the tiers run again, from the first, after any joins) and the groups tier
3 judged per dossier (a group dated less precisely is weighed against the groups of one of its
people in its month, or in that month of every year when it gives none: lists that grow with
the corpus when the same people recur).

With ``--base REV``, the ``src/koreadip`` of a git revision is imported beside this checkout (as
``bench/ab_parse.py`` does) and its ``merge_dossiers`` takes turns with this checkout's on the
same dossiers (both sides given records read back from the same JSON, since records a parse
made and records read back merge at different speeds), so the two are timed in one process; it
also says whether the two merged outputs are byte for byte the same at each size.

    python bench/merge_scaling.py --sizes 400 1600 6400 --base main

Two corpora, both made up: ``generated`` is ``bench/parse_throughput.py``'s articles (the
shipped roster's officials over eight years: the same few hundred people in every file) and
``distinct`` is articles each naming new made-up people (no two files share an official).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import ModuleType

from ab_parse import base_package
from parse_throughput import generate
from timing import race

import koreadip
from koreadip import merge_meetings as _merge_meetings
from koreadip import merge_within as _merge_within
from koreadip.merge import merge_dossiers
from koreadip.merge_rules import Summary
from koreadip.records import Dossier

__all__ = ["distinct_articles", "main"]

_SYLLABLES = ("Ka", "Lo", "Mi", "Su", "Te", "Ra", "Bo", "Ne", "Ji", "Ho", "Pa", "Do", "Wu", "Ye")
_CITIES = ("Seoul", "Washington", "Tokyo", "Hanoi", "Singapore", "Busan")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _name(i: int) -> str:
    """A made-up two-word name, a different one for each ``i`` below 14**5."""
    n = len(_SYLLABLES)
    s = [_SYLLABLES[i // n**k % n] for k in range(5)]
    return f"{s[3]}{s[4].lower()} {s[0]}{s[1].lower()}{s[2].lower()}n"


def distinct_articles(n: int) -> list[str]:
    """``n`` made-up articles, each naming five officials no other names, dated over 8 years.

    >>> a, b = distinct_articles(2)
    >>> "Kaka Kakakan" in a and "Kaka Kakakan" not in b
    True
    """
    out = []
    for i in range(n):
        a, b, c, d, e = (_name(5 * i + k) for k in range(5))
        day = _dt.date(2017, 1, 1) + _dt.timedelta(days=i * 7 % 2900)
        when = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
        city = _CITIES[i % len(_CITIES)]
        out.append(
            f"Made-up Wire, {when}\n\n"
            f"{city.upper()} -- South Korean Vice Foreign Minister {a} met U.S. Special "
            f"Representative {b} in "
            f"{city} on {when}, to discuss sanctions on North Korea.\n\n"
            f'"We agreed to keep talking," {a.split()[1]} said after the meeting. {c}, director '
            f"general of the Ministry of Made-up Affairs, called for sanctions relief.\n\n"
            f"The minister said {b.split()[1]} would visit {_CITIES[(i + 1) % len(_CITIES)]} "
            f"next month. Deputy Minister {d} held a phone call with his counterpart, {e}, "
            "the same day.\n"
        )
    return out


class _Counts:
    """Tier rounds of the meeting merge and groups judged in tier 3, counted while it runs."""

    TIERS = ("_same_words", "_changed_days", "_report_round", "_within_round")

    def __init__(self) -> None:
        self.rounds = 0
        self.judged = 0

    @contextmanager
    def counting(self) -> Iterator[None]:
        merger, module = _merge_meetings._Merger, _merge_within
        saved = {name: getattr(merger, name) for name in self.TIERS}
        falls_within: Callable[..., bool] = getattr(module, "falls_within")  # noqa: B009

        def counted(tier: Callable[..., object]) -> Callable[..., object]:
            def run(*args: object) -> object:
                self.rounds += 1
                return tier(*args)

            return run

        def counted_falls_within(*args: Summary) -> bool:
            self.judged += 1
            return falls_within(*args)

        for name, tier in saved.items():
            setattr(merger, name, counted(tier))
        setattr(module, "falls_within", counted_falls_within)  # noqa: B010
        try:
            yield
        finally:
            for name, tier in saved.items():
                setattr(merger, name, tier)
            setattr(module, "falls_within", falls_within)  # noqa: B010


def _parse(texts: Sequence[str]) -> list[Dossier]:
    dossiers = []
    for text in texts:
        with suppress(koreadip.ParseError):
            dossiers.append(koreadip.parse(text))
    return dossiers


def main(argv: Sequence[str] | None = None) -> None:
    """Print, for each corpus size, the merge's time per dossier and its ratio to the first."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 800, 3200], help="dossiers")
    ap.add_argument("--corpus", choices=("generated", "distinct"), default="generated")
    ap.add_argument("--seed", type=int, default=20181207, help="of the generated articles")
    ap.add_argument("--repeat", type=int, default=3, help="turns of the sizes (default 3)")
    ap.add_argument("--base", metavar="REV", help="also time this git revision's merge")
    args = ap.parse_args(argv)
    sizes = sorted(args.sizes)

    n = sizes[-1]
    if args.corpus == "generated":
        texts = [a.text for a in generate(n, seed=args.seed)]
    else:
        texts = distinct_articles(n)
    start = time.process_time()
    dossiers = _parse(texts)
    spent = time.process_time() - start
    print(f"{len(dossiers):,} {args.corpus} dossiers parsed in {spent:.1f} s (CPU)")
    if len(dossiers) < n:
        sys.exit(f"only {len(dossiers)} of the {n} articles parsed")

    if args.base:
        # both sides merge records read from the same JSON: records a parse made and records
        # read back lie differently in memory, which alone made either side's merge of the
        # distinct corpus some 15% slower or faster than the other's
        dossiers = [koreadip.loads(koreadip.dumps(d)) for d in dossiers]
    sides: dict[str, tuple[Callable[[list[Dossier]], Dossier], list[Dossier]]] = {
        "this checkout": (merge_dossiers, dossiers)
    }
    with tempfile.TemporaryDirectory() as tmp:
        base: ModuleType | None = None
        if args.base:
            base = base_package(args.base, Path(tmp))
            merge = importlib.import_module(f"{base.__name__}.merge").merge_dossiers
            sides[args.base] = (merge, [base.loads(koreadip.dumps(d)) for d in dossiers])
        runs: list[Callable[[], object]] = [
            lambda merge=merge, records=records, k=k: merge(records[:k])  # type: ignore[misc]
            for merge, records in sides.values()
            for k in sizes
        ]
        # with the collector running, as in a program, and paused, as timeit does: its full
        # collections walk every object alive, the dossiers not yet merged included, so their
        # cost per dossier depends on the process as much as on the merge
        seconds = race(runs, args.repeat, collector=True, clock=time.process_time)
        paused = race(runs, args.repeat, collector=False, clock=time.process_time)
        for i, name in enumerate(sides):
            if len(sides) > 1:
                print(f"\n{name}:")
            at = slice(i * len(sizes), (i + 1) * len(sizes))
            _table(sizes, seconds[at], paused[at], dossiers if i == 0 else None)
        if base is not None:
            merge, records = sides[args.base]
            for k in sizes:
                same = koreadip.dumps(merge_dossiers(dossiers[:k])) == base.dumps(
                    merge(records[:k])
                )
                print(
                    f"merged output at {k:,} the same as {args.base}'s: {'yes' if same else 'NO'}"
                )


def _table(
    sizes: list[int], seconds: list[float], paused: list[float], dossiers: list[Dossier] | None
) -> None:
    """The time per dossier of one side, and (given its dossiers) what the meeting merge did."""
    first, first_paused = seconds[0] / sizes[0], paused[0] / sizes[0]
    print(
        f"{'dossiers':>9} {'ms/dossier':>11} {'ratio':>6} {'gc paused':>10} {'ratio':>6} "
        + (
            ""
            if dossiers is None
            else f"{'officials':>10} {'meetings':>9} {'rounds':>7} {'tier-3 judged/dossier':>22}"
        )
    )
    for k, t, u in zip(sizes, seconds, paused, strict=True):
        line = f"{k:>9,} {t / k * 1000:>11.3f} {t / k / first:>6.2f} {u / k * 1000:>10.3f} "
        line += f"{u / k / first_paused:>6.2f} "
        if dossiers is not None:
            counts = _Counts()
            with counts.counting():
                merged = merge_dossiers(dossiers[:k])
            line += (
                f"{len(merged.officials):>10,} {len(merged.meetings):>9,} {counts.rounds:>7} "
                f"{counts.judged / k:>22.2f}"
            )
        print(line)
    growth = seconds[-1] / sizes[-1] / first
    growth_paused = paused[-1] / sizes[-1] / first_paused
    print(
        f"time per dossier at {sizes[-1]:,} dossiers over {sizes[0]:,}: {growth:.2f} "
        f"({growth_paused:.2f} with the collector paused)"
    )


if __name__ == "__main__":
    main()

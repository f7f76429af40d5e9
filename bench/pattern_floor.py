"""What one pass of each of koreadip's patterns over an article costs, beside the bench's scan.

    python bench/pattern_floor.py --n 300

Issue 12 asks for parsing in at most 10 times the time of ``bench/parse_throughput.py``'s scan
(two ``finditer`` passes per article) and suggests running the patterns once over the whole text.
This prints what that would cost: every compiled pattern that koreadip's modules hold, each run
once with ``finditer`` over every article, timed against the scan in the same process (CPU
time, the fastest of ``--repeat`` turns).  It prints the median pattern's pass, how many such
passes the 10x budget holds, the cost of all of them, and the dearest patterns (most are meant
for ``match`` on a short window; run over a whole article they backtrack across it).

It also prints the floor of a reader of another kind, one that walks the words once in Python:
one ``finditer`` of words over each article with a dictionary look-up per word (the roster's
name words), and the same with one more test per word.  What the 10x budget leaves beyond that
pass is what every rule of such a reader would have to share.

The articles are the made-up ones of ``parse_throughput.py``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Sequence

from parse_throughput import AIM, generate, scan
from timing import race

import koreadip
from koreadip.roster import default_roster

_WORD = re.compile(r"\w[\w'.-]*")


def patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern at the top level of a loaded koreadip module, by dotted name."""
    koreadip.parse("Dec. 7 (UPI) -- Pompeo met Kang in Seoul on Friday.")  # load every reader
    out: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for name, module in sorted(sys.modules.items()):
        if name != "koreadip" and not name.startswith("koreadip."):
            continue
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                out[f"{name}.{attr}"] = value
    return out


def one_pass(pattern: re.Pattern[str], texts: Sequence[str]) -> None:
    """``finditer`` of ``pattern`` over each text, every match taken."""
    for text in texts:
        for _ in pattern.finditer(text):
            pass


def word_pass(texts: Sequence[str], vocabulary: frozenset[str], *, test: bool = False) -> int:
    """One ``finditer`` of words over each text, each word looked up in ``vocabulary`` (and,
    with ``test``, one more test of it): the least a reader walking the words in Python does."""
    hits = 0
    for text in texts:
        for m in _WORD.finditer(text):
            word = m.group()
            if word in vocabulary or (test and word.endswith("ed")):
                hits += 1
    return hits


def main(argv: Sequence[str] | None = None) -> None:
    """Print the scan's time, the median pattern pass as a ratio to it, and the dearest ones."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--seed", type=int, default=20181207)
    ap.add_argument("--repeat", type=int, default=3, help="turns of the scan (default 3)")
    ap.add_argument("--top", type=int, default=8, help="dearest patterns to list")
    args = ap.parse_args(argv)

    texts = [a.text for a in generate(args.n, seed=args.seed)]
    found = patterns()
    (t_scan,) = race([lambda: scan(texts)], args.repeat, clock=time.process_time)
    costs: list[tuple[float, str]] = []
    for name, pattern in found.items():
        (t,) = race([lambda p=pattern: one_pass(p, texts)], 1, clock=time.process_time)  # type: ignore[misc]
        costs.append((t / t_scan, name))
    costs.sort(reverse=True)
    ratios = [r for r, _ in costs]
    median = statistics.median(ratios)
    print(f"{len(texts):,} made-up articles; {len(found)} patterns in koreadip's modules")
    print(f"one pass of the median pattern: {median:.2f}x the scan")
    print(f"passes of that cost within the {AIM:.0f}x budget: {AIM / median:.0f}")
    cheap = [r for r in ratios if r <= 1.0]
    print(
        f"one pass of each of the {len(cheap)} patterns costing <= 1x: {sum(cheap):.0f}x the scan"
    )
    print(f"one pass of every pattern: {sum(ratios):,.0f}x the scan; the dearest:")
    for ratio, name in costs[: args.top]:
        print(f"  {ratio:>9,.1f}x  {name}")
    vocabulary = frozenset(
        w for e in default_roster().entries for sp in e.spellings() for w in sp.split()
    )
    t_scan, t_words, t_tested = race(
        [
            lambda: scan(texts),
            lambda: word_pass(texts, vocabulary),
            lambda: word_pass(texts, vocabulary, test=True),
        ],
        args.repeat,
        clock=time.process_time,
    )
    print(
        f"one pass over the words, a look-up each: {t_words / t_scan:.2f}x the scan; "
        f"with one more test per word: {t_tested / t_scan:.2f}x"
    )


if __name__ == "__main__":
    main()

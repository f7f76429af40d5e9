"""Mutated real text: does any mutant raise, or cost far more per character than the texts do?

    python bench/fuzz_mutations.py                  # 1,500 mutants, seed 1
    python bench/fuzz_mutations.py --n 300 --seed 7 --keep /tmp/mutants

Each mutant is one of the texts (``../shared``'s seeds, dev and dev2 where they lie beside the
checkout, the bundled examples and the test fixtures) changed one to eight times at random: a
stretch cut, copied, repeated or taken from another text; a quote mark, label, dateline, date or
name put in; a run of one character (blanks, dots, dashes, quote marks) up to 3,000 long; case
changed; lines shuffled; spaces made line breaks.  Each mutant is parsed and its dossier read back
from JSON.  A :class:`~koreadip.KoreadipError` is an answer; any other exception is a defect.

Time is a ratio, measured in this process: each mutant's parse time per character against the
median per-character time of the unchanged texts.  A mutant over ``--limit`` times that (and
over 50 ms, so that a tiny text's jitter is not counted) is reported as slow: a pattern that
backtracks, or a scan that grows faster than the text.  The first run of this found a blanked
noise line of 1,859 spaces after "The" that cost 1.4 s in a 2.9 KB text
(``tests/test_blank_runs.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

import koreadip
from koreadip.errors import KoreadipError

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: what a mutation may put into a text: marks, labels and words the readers react to
PIECES = (
    '"', "'", "(", ")", "\u201c", "\u201d", "\u00ab", "\u00bb", "\n", "\n\n", " ", ".", ",", ":",
    "\u2014", "-", "\u200b", "\ufeff", "\t", "\r", "\x00", "Kim", "Lee said", "QUESTION:",
    "MR. PRICE:", "SEOUL, Oct. 7 (Yonhap) --", "Secretary", "Jan. 32,", "on Monday", "2019",
    "Pompeo", "met", "talks", "(END)", "\uae40\uc815\uc740", "Ms.", "Mr.", "U.S.", "N. Korea",
)  # fmt: skip
#: characters a long run is made of
RUNS = (" ", "\n", ".", "-", '"', "\u201c", ",", "A", "a ", "The ", "\t", "(")


def texts() -> list[tuple[str, str]]:
    """(name, text) of every text to mutate: the shared corpora where present, the examples and
    the fixtures always."""
    folders = [SHARED / c for c in ("seeds", "dev", "dev2") if (SHARED / c).is_dir()]
    folders += [ROOT / "examples" / "articles", ROOT / "tests" / "fixtures"]
    paths = sorted(p for folder in folders for p in folder.rglob("*.txt"))
    return [(str(p.relative_to(p.parents[1])), p.read_text("utf-8", "replace")) for p in paths]


def mutate(rng: random.Random, text: str, others: Sequence[str]) -> str:
    """``text`` changed one to eight times at random (see the module note)."""
    for _ in range(rng.randint(1, 8)):
        text = text or "x"
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(1, 400))
        kind = rng.randrange(11)
        if kind == 0:
            text = text[:i] + text[j:]
        elif kind == 1:
            text = text[:j] + text[i:j] + text[j:]
        elif kind == 2:
            text = text[:i] + rng.choice(PIECES) + text[i:]
        elif kind == 3:
            text = text[:i] + text[i:j].upper() + text[j:]
        elif kind == 4:
            text = text[:i] + text[i:j].lower() + text[j:]
        elif kind == 5:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif kind == 6:
            text = text[:i] + text[i:j].replace(" ", "\n") + text[j:]
        elif kind == 7:
            text = text[:i] + text[i:j].replace(".", "") + text[j:]
        elif kind == 8:
            text = text[:i] + rng.choice(others)[i:j] + text[j:]
        elif kind == 9:
            text = text[:i] + rng.choice(RUNS) * rng.randint(50, 3000) + text[i:]
        else:
            text = text[:i] + text[i:j] * rng.randint(2, 40) + text[j:]
    return text


def read(text: str) -> None:
    """Parse ``text`` and read its dossier back from JSON; a :class:`KoreadipError` is an answer
    (any other exception propagates)."""
    with contextlib.suppress(KoreadipError):
        koreadip.loads(koreadip.dumps(koreadip.parse(text)))


def _seconds(text: str) -> float:
    start = time.process_time()
    read(text)
    return time.process_time() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Print the baseline, every exception and slow mutant, and a count of each; exit 1 if any
    mutant raised."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500, help="mutants (default 1,500)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=10.0, help="slow: per-character time ratio")
    ap.add_argument("--keep", type=Path, help="folder to write each failing or slow mutant to")
    args = ap.parse_args(argv)
    corpus = texts()
    bodies = [t for _, t in corpus]
    for text in bodies[:5]:
        koreadip.parse(text)  # warm up: rosters, compiled patterns
    base = statistics.median(_seconds(t) / max(len(t), 1) for t in bodies)
    print(f"{len(corpus)} texts; unchanged, {base * 1e6:.2f} µs per character (median)")
    rng = random.Random(args.seed)
    failed = slow = 0
    for k in range(args.n):
        name, text = rng.choice(corpus)
        mutant = mutate(rng, text, bodies)
        start = time.process_time()
        try:
            read(mutant)
        except Exception:
            failed += 1
            print(f"RAISED mutant {k} of {name}:\n{traceback.format_exc(limit=4)}")
            _keep(args.keep, f"raised-{args.seed}-{k}.txt", mutant)
        seconds = time.process_time() - start
        ratio = seconds / max(len(mutant), 1) / base
        if ratio > args.limit and seconds > 0.05:
            slow += 1
            print(f"SLOW mutant {k} of {name}: {len(mutant):,} characters, {seconds:.2f} s, "
                  f"{ratio:.0f}x the per-character time")  # fmt: skip
            _keep(args.keep, f"slow-{args.seed}-{k}.txt", mutant)
    print(f"{args.n} mutants (seed {args.seed}): {failed} raised, {slow} slow (over {args.limit}x)")
    return 1 if failed else 0


def _keep(folder: Path | None, name: str, text: str) -> None:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8", errors="surrogatepass")


if __name__ == "__main__":
    sys.exit(main())

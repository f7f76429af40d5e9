"""Linear time on hostile text: each extraction stage on adversarial input, as a ratio to articles.

    python bench/adversarial.py                 # 1 MB and 200 KB inputs
    python bench/adversarial.py --size 200000   # one size only
    python bench/adversarial.py --stage quotes --input "curly quotes"

Every stage (source detection and split, people, quotes, transcript turns, dates, the whole
``koreadip.parse``) is timed on text made by repeating one hostile unit (a run of quote marks,
capitalised words, colons, ``Dec.``, ``SECRETARY X:`` labels, one line with no spaces, ...) up to
the size, and on the same amount of ordinary article text (the fixture articles concatenated,
repeated).  The ratio hostile / ordinary, both measured in this process, is what matters: a stage
that is linear in its input keeps it small at every size; a backtracking regex or a quadratic scan
makes it grow with the size.  ``tests/test_adversarial.py`` runs the same measurement at 200 KB and
fails on a ratio over 10.

A run that takes longer than ``budget`` times the ordinary text's time (and at least
``min_budget`` seconds) is interrupted and reported as over the budget, so nothing here can hang.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import koreadip

__all__ = [
    "INPUTS",
    "STAGES",
    "Result",
    "adversarial_text",
    "measure",
    "ordinary_text",
    "ratio_of",
    "time_stage",
]

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"
REFERENCE = _dt.date(2018, 12, 7)

_SYLLABLES = ("Ka", "Lo", "Mi", "Su", "Te", "Ra", "Bo", "Ne", "Ji", "Ho", "Pa", "Do", "Wu", "Ye")
_PLACES = ("Seoul", "Tokyo", "Busan", "Hanoi", "Jakarta", "Manila", "Bangkok", "Geneva")
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.")
# the circumstances of made-up meetings of U.S. and South Korean officials
_US = ("U.S. Special Envoy", "U.S. Deputy Secretary of State", "U.S. Special Representative")
_KR = ("South Korean Vice Foreign Minister", "South Korea's nuclear envoy", "Seoul's envoy")
_MODES = ("by phone", "by video link", "in person", "over the phone", "in a videoconference")
_PLANS = ("will meet", "met", "plan to meet", "were to meet", "are scheduled to meet")
_AIMS = ("sanctions on", "dialogue with", "aid to", "drills near", "denuclearization of")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _new_name(i: int) -> str:
    """:func:`_made_up_name` of ``i`` scrambled: the family name changes from one to the next."""
    return _made_up_name(i * 2749 % 14**4)


def _new_city(i: int) -> str:
    """A real city, or every other time one made up."""
    return _PLACES[i % len(_PLACES)] if i % 2 else _new_name(7 * i).split()[1] + "ville"


def _when(i: int) -> str:
    """A day, with or without its year, or relative ("last Tuesday")."""
    day = f"{_MONTHS[i % 10]} {i % 28 + 1}"
    return (f"on {day}, {2000 + i % 25}", f"on {day}", f"last {_DAYS[i % 7]}")[i % 3]


def _aim(i: int) -> str:
    return f"{_AIMS[i % 5]} North Korea under the {_new_name(i).lower()} plan"


def _made_up_name(i: int) -> str:
    """A two-word name built of syllables, a different one for each ``i`` below 14**4 (nobody
    real).

    >>> _made_up_name(0), _made_up_name(15)
    ('Kaka Kakan', 'Lolo Kakan')
    """
    n = len(_SYLLABLES)
    given = _SYLLABLES[i % n] + _SYLLABLES[i // n % n].lower()
    family = _SYLLABLES[i // n**2 % n] + _SYLLABLES[i // n**3 % n].lower() + "n"
    return f"{given} {family}"


def _distinct_name(i: int) -> str:
    """A two-word made-up name whose family name differs for each ``i`` below 14**3 (a page of
    many people with few namesakes, as an article's cast has).

    >>> _distinct_name(0), _distinct_name(1)
    ('Kaka Kakakan', 'Kaka Lokakan')
    """
    n = len(_SYLLABLES)
    family = _SYLLABLES[i % n] + (_SYLLABLES[i // n % n] + _SYLLABLES[i // n**2 % n]).lower()
    given = _SYLLABLES[i // n**3 % n] + _SYLLABLES[i // n**4 % n].lower()
    return f"{given} {family}n"


#: hostile units, each repeated up to the size; a function gives the i-th unit of a page whose
#: units all differ (distinct people and days: nothing two mentions share merges them)
INPUTS: dict[str, str | Callable[[int], str]] = {
    "ascii quotes": '"',
    "curly quotes": "\u201c\u201d",
    "unclosed openers": "\u201cWe ",
    "single quotes": "'",
    "capitalised words": "Kim Lee Park Moon Choi Kang ",
    "titles and names": "Special Representative Lee Do-hoon ",
    "colons": "A: B: C: ",
    "hyphens": "-",
    "hyphenated words": "Kyu-duk-",
    "Dec.": "Dec. ",
    "abbreviations": "U.S. ",
    "SECRETARY X: labels": "SECRETARY POMPEO: ",
    "labels on lines": "SECRETARY POMPEO:\n",
    "QUESTION: lines": "QUESTION: When?\n",
    "one line, no spaces": "abcdefghij",
    "said, said": "said, ",
    "citation marks": "[1][2]",
    "Hangul": "\ud55c\ubbf8 ",
    "blank lines": "a\n\n",
    "the morning of": "the morning of ",
    "on the": "on the ",
    "slashed numbers": "1/1/1/1.",
    "year ranges": "in 2018-2018-2018 ",
    "month, spaces, day": "Dec" + " " * 60 + "7 ",
    "stance clauses": "Seoul's commitment to sanctions and dialogue, ",
    "subjects and topics": "Kim and the two sides urged talks with Pyongyang ",
    # pages that are ordinary in kind but extreme in density (issue 12, item 4); made-up text
    "realistic quotes": '"We will meet in Seoul on Oct. 7, 2018," Pompeo said. ',
    "runs of names": "Mike Pompeo said ",
    "short sentences": "Pompeo met Kang in Seoul. ",
    "one unending sentence": "Pompeo met Kang to discuss talks where they visited Seoul and ",
    # pages naming many people, each new, in the shapes articles name them (made-up names and
    # ministries; each linear, 1.2-4.9x article text at 100 KB to 1 MB): titles before names
    # and in apposition, second spellings (family name first, a letter doubled), and a State
    # Department page whose every part names new people and quotes one of them
    "an official per sentence, titled and in apposition": lambda i: (
        f"Vice Foreign Minister {_distinct_name(2 * i)} met {_distinct_name(2 * i + 1)}, "
        f"director general of the Ministry of {_distinct_name(i).split()[1]} Affairs, in "
        f"{_PLACES[i % len(_PLACES)]}. "
    ),
    "second spellings per official": lambda i: (
        f"Deputy Minister {_distinct_name(i)} arrived. "
        f"Minister {' '.join(reversed(_distinct_name(i).split()))} said talks went well. "
        f"{_distinct_name(i).split()[1][:2]}{_distinct_name(i).split()[1][1:]} left. "
    ),
    "Media Notes naming new people": lambda i: (
        f"11/{i % 28 + 1:02d}/2018 04:06 PM EST\nMedia Note\nOffice of the Spokesperson\n"
        f"Washington, DC\n\nNovember {i % 28 + 1}, 2018\n\nSpecial Representative "
        f"{_distinct_name(2 * i)} met Vice Minister {_distinct_name(2 * i + 1)} in "
        f"{_PLACES[i % len(_PLACES)]} to discuss the working group. "
        f'"We agreed to meet again," {_distinct_name(2 * i).split()[1]} said.\n\n'
    ),
    "a visit per sentence": lambda i: (
        f"Vice Minister {_made_up_name(i)} visited {_PLACES[i % len(_PLACES)]}. "
    ),
    "an envoy, then the envoy": lambda i: (
        f"Special Envoy {_made_up_name(i)} met Kang. The envoy said the talks went well. "
    ),
    "a dated meeting per sentence": lambda i: (
        f"On {_MONTHS[i % len(_MONTHS)]} {i % 28 + 1}, Envoy {_made_up_name(i)} met Kang in "
        f"{_PLACES[i % len(_PLACES)]}. "
    ),
    "turns naming namesakes": lambda i: (
        f"SECRETARY {_made_up_name(i).split()[1].upper()}: I met Minister {_made_up_name(i + 1)} "
        f"on Monday. The minister agreed.\nQUESTION: And {_made_up_name(i + 2)}?\n"
    ),
    "a Kim per sentence": lambda i: (
        f"Vice Minister Kim {'-'.join(_made_up_name(i).split()).capitalize()} met Lee. "
        "Kim said the talks went well. "
    ),
    # a sentence opening with capitalised words the text never writes in lower case, new
    # ones each time: each is asked whether the text uses it in lower case (headings)
    "a new heading per sentence": lambda i: (
        f"Envoy {_made_up_name(i).replace(' ', '').capitalize()} Talks went home. "
    ),
    # meetings each with circumstances of its own: date (with or without a year, relative),
    # city (real or made up), modality, status, purpose and people (made-up text)
    "meetings, each circumstance new": lambda i: (
        f"{_US[i % 3]} {_new_name(i)} {_PLANS[i % 5]} {_KR[i % 3]} {_new_name(i + 1)} "
        f"{_MODES[i % 5]} in {_new_city(i)} {_when(i)} to discuss {_aim(i)}. "
    ),
    "datelines and bylines": lambda i: (
        f"{_PLACES[i % len(_PLACES)].upper()}, {_MONTHS[i % 10]} {i % 28 + 1} (Yonhap) -- "
        f"{_US[i % 3]} {_new_name(i)} met {_KR[i % 3]} {_new_name(i + 1)} {_when(i + 1)} to "
        f"discuss {_aim(i)}, the ministry said.\nBy {_new_name(i + 2)}\nPosted on "
        f"{_MONTHS[i % 10]} {i % 28 + 1}, {2000 + i % 25}\n\n"
    ),
    # a page of parts, each a meeting of one envoy on one day with someone new: every report
    # of that day was weighed against every other (merge_meetings tier 1)
    "one envoy's day, a part each": lambda i: (
        f"10/07/2018 0{i % 9 + 1}:{i % 60:02d} PM EDT\nMedia Note\nOffice of the Spokesperson\n"
        f"Washington, DC\n\nOctober 7, 2018\n\nSpecial Representative Stephen Biegun met "
        f"{_KR[i % 3]} {_new_name(i)} {_MODES[i % 5]} in {_new_city(i)} on October 7, 2018 to "
        f"discuss {_aim(i)}.\n\n"
    ),
    # a long blank, as a blanked noise line or text taken from a PDF leaves, after a word a
    # pattern reads on from (made-up text)
    "a blank after 'the'": "The" + " " * 10_000 + "envoy met Kim. ",
    "a blank after a dash": "Talks resume -" + " " * 10_000 + "Harbor Post ",
    "a blank inside a byline": "By Made Up" + " " * 10_000 + "Other Name\n",
    "a blank after an opening quote": (
        "Pompeo met Kang in Seoul on Oct. 7, 2018. \u201c" + " " * 10_000 + "The talks went well. "
    ),
    "State Department parts": (
        "11/20/2018 04:06 PM EST\nMedia Note\nOffice of the Spokesperson\nWashington, DC\n\n"
        "November 20, 2018\n\nSpecial Representative Stephen Biegun met Special Representative "
        "Lee Do-hoon in Washington on November 20 to discuss the working group.\n\n"
    ),
}


def _stages() -> dict[str, Callable[[str], object]]:
    from koreadip.date_reading import find_dates
    from koreadip.extract.people import People
    from koreadip.extract.quotes import find_quotes
    from koreadip.extract.text import sentences
    from koreadip.extract.transcript import find_turns
    from koreadip.roster import default_roster
    from koreadip.sources import split

    roster = default_roster()

    def parse(text: str) -> object:
        try:
            return koreadip.parse(text, reference_date=REFERENCE)
        except koreadip.ParseError as e:  # a refusal is an answer too; it is timed the same
            return e

    return {
        "split": split,
        "people": lambda text: People(text, sentences(text), roster, REFERENCE),
        "quotes": find_quotes,
        "turns": find_turns,
        "dates": lambda text: find_dates(text, REFERENCE),
        "parse": parse,
    }


#: stage name → the function timed, in the order the pipeline runs them
STAGES: dict[str, Callable[[str], object]] = _stages()


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def ordinary_text(size: int) -> str:
    """``size`` characters of ordinary article text: the fixture articles, repeated."""
    articles = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt")))
    return _repeat(articles + "\n\n", size)


def adversarial_text(name: str, size: int) -> str:
    """``size`` characters of the hostile unit ``INPUTS[name]``, repeated (or its units, in
    order, for a function)."""
    unit = INPUTS[name]
    if isinstance(unit, str):
        return _repeat(unit, size)
    pieces: list[str] = []
    length = 0
    while length < size:
        pieces.append(unit(len(pieces)))
        length += len(pieces[-1])
    return "".join(pieces)[:size]


class _OverBudget(BaseException):  # not Exception: parse() turns those into ParseError
    pass


@contextmanager
def _deadline(seconds: float, *, cpu: bool = False) -> Iterator[None]:
    """Interrupt the block after ``seconds`` of wall-clock time, or of this process's CPU time
    with ``cpu`` (``re`` matching is interruptible since 3.11)."""

    def expire(_signum: int, _frame: object) -> None:
        raise _OverBudget

    sig, timer = (
        (signal.SIGPROF, signal.ITIMER_PROF) if cpu else (signal.SIGALRM, signal.ITIMER_REAL)
    )
    previous = signal.signal(sig, expire)
    signal.setitimer(timer, seconds)
    try:
        yield
    finally:
        signal.setitimer(timer, 0)
        signal.signal(sig, previous)


def time_stage(
    fn: Callable[[str], object],
    text: str,
    *,
    limit: float,
    runs: int = 3,
    cpu: bool = False,
    batch: float = 0.02,
) -> float | None:
    """Seconds per call: the best of up to ``runs`` runs (fewer once 0.5 s is spent); None when
    one overruns ``limit`` times its number of calls.

    A stage faster than ``batch`` seconds is called several times a run (as ``timeit`` does), so
    that a millisecond of jitter is not a tenth of the answer.  Wall-clock time by default; with
    ``cpu``, this process's CPU time, which leaves out the moments other processes hold the core
    but on this project's virtual machines advances in steps of a few milliseconds (so give a
    ``batch`` of 0.1 s or more with it)."""
    clock = time.process_time if cpu else time.perf_counter
    best = float("inf")
    spent = 0.0
    calls = 0  # the first run is one call, which says how many calls a run needs
    for _ in range(runs + 1):
        gc.collect()
        gc.disable()
        try:
            with _deadline(limit * max(calls, 1), cpu=cpu):
                start = clock()
                for _ in range(max(calls, 1)):
                    fn(text)
                elapsed = clock() - start
        except _OverBudget:
            return None
        finally:
            gc.enable()
        spent += elapsed
        if calls == 0:
            calls = min(200, int(batch / max(elapsed, 1e-6)) + 1)
            if calls > 1:
                continue  # a short stage: timed again in batches
        best = min(best, elapsed / max(calls, 1))
        if spent > 0.5:
            break
    return best


def ratio_of(
    fn: Callable[[str], object], hostile: str, ordinary: str, *, limit: float, turns: int = 3
) -> float | None:
    """Time on ``hostile`` over time on ``ordinary``, the two taking turns ``turns`` times, the
    fastest of each counting: a burst of load then lands on both sides, not on one.  CPU time,
    in batches of at least 0.1 s: the verdict of a re-measurement should not depend on what
    other processes do.  None when ``hostile`` overruns ``limit`` times the ordinary time (in
    CPU time too) in every turn."""
    best_hostile = best_ordinary = float("inf")
    for _ in range(turns):
        base = time_stage(fn, ordinary, limit=600.0, runs=1, cpu=True, batch=0.1)
        assert base is not None
        best_ordinary = min(best_ordinary, max(base, 1e-9))
        seconds = time_stage(
            fn, hostile, limit=max(limit * base, 0.05), runs=1, cpu=True, batch=0.1
        )
        if seconds is not None:
            best_hostile = min(best_hostile, seconds)
    return None if best_hostile == float("inf") else best_hostile / best_ordinary


@dataclass(frozen=True)
class Result:
    """A stage on a hostile input: seconds and ratio to ordinary text (None: over budget)."""

    stage: str
    input: str
    size: int
    seconds: float | None
    baseline: float
    budget: float

    @property
    def ratio(self) -> float | None:
        return None if self.seconds is None else self.seconds / self.baseline

    def ratio_text(self) -> str:
        return f"> {self.budget:.0f}" if self.ratio is None else f"{self.ratio:.2f}"


def measure(
    size: int,
    *,
    stages: Sequence[str] | None = None,
    inputs: Sequence[str] | None = None,
    budget: float = 30.0,
    min_budget: float = 2.0,
) -> list[Result]:
    """Time every stage on every hostile input of ``size`` characters, and on ordinary text."""
    ordinary = ordinary_text(size)
    results = []
    for stage in stages or list(STAGES):
        fn = STAGES[stage]
        fn(ordinary[: size // 10])  # warm up: roster, compiled patterns
        baseline = time_stage(fn, ordinary, limit=600.0, runs=5)
        assert baseline is not None
        limit = max(budget * baseline, min_budget)
        for name in inputs or list(INPUTS):
            seconds = time_stage(fn, adversarial_text(name, size), limit=limit)
            results.append(Result(stage, name, size, seconds, baseline, limit / baseline))
    return results


def _table(by_size: dict[int, list[Result]]) -> str:
    sizes = sorted(by_size)
    head = ["stage", "input", *(f"ratio at {s:,} chars" for s in sizes)]
    if len(sizes) > 1:
        head.append("growth")
    rows = [head, ["---"] * len(head)]
    first = by_size[sizes[0]]
    for i, r in enumerate(first):
        cells = [r.stage, r.input, *(by_size[s][i].ratio_text() for s in sizes)]
        if len(sizes) > 1:
            lo, hi = first[i].ratio, by_size[sizes[-1]][i].ratio
            cells.append("-" if lo is None or hi is None else f"{hi / lo:.2f}")
        rows.append(cells)
    widths = [max(len(row[c]) for row in rows) for c in range(len(head))]
    return "\n".join(
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, action="append", help="characters (repeatable)")
    parser.add_argument("--stage", action="append", choices=list(STAGES))
    parser.add_argument("--input", action="append", choices=list(INPUTS))
    parser.add_argument("--budget", type=float, default=30.0, help="ratio at which a run stops")
    args = parser.parse_args(argv)
    sizes = args.size or [200_000, 1_000_000]
    by_size: dict[int, list[Result]] = {}
    for size in sizes:
        by_size[size] = measure(size, stages=args.stage, inputs=args.input, budget=args.budget)
        baselines = {r.stage: r.baseline for r in by_size[size]}
        shown = ", ".join(f"{k} {v:.3f} s" for k, v in baselines.items())
        print(f"ordinary text, {size:,} chars: {shown}", file=sys.stderr)
    print(_table(by_size))
    worst = max(
        (r.ratio if r.ratio is not None else float("inf")) for rs in by_size.values() for r in rs
    )
    return 0 if worst <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())

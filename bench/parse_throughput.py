"""Articles per second for ``koreadip.parse``, beside a plain regex scan of the same text.

    python bench/parse_throughput.py              # 3,000 made-up articles of ~3 KB
    python bench/parse_throughput.py --n 500 --profile

The scan is what any reader of this text must at least do: ``re.finditer`` of a date pattern and
of a capitalised-name pattern over each article.  The aim (issue 12) is parsing in at most 10
times the scan's time; the two take turns ``--repeat`` times, in CPU time.  ``--profile``
prints the top functions by cumulative time (cProfile).
Memory under streaming is measured by ``bench/parse_memory.py``, on the same articles.

The articles are made up here (not a test fixture): every sentence is built from templates,
names and titles from the shipped roster, dates and quotes of our own; nothing is copied from
real articles.  The same seed gives the same
articles, so runs compare.

>>> arts = generate(5, seed=1)
>>> [a.fmt for a in arts] == list(FORMATS)
True
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import io
import pstats
import random
import re
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from timing import race

import koreadip
from koreadip.roster import RosterEntry, default_roster

__all__ = ["FORMATS", "Article", "generate", "main"]

FORMATS = ("wire", "state_department", "korean_daily", "aggregator", "translation")
TARGET = 3000  # characters of body per article, roughly
AIM = 10.0  # parse time over scan time

MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")  # fmt: skip
CITIES = ("Seoul", "Washington", "Tokyo", "Jakarta", "Singapore", "Hanoi", "New York", "Busan")
TOPICS = (
    "the complete denuclearization of the Korean Peninsula",
    "sanctions on North Korea",
    "humanitarian aid to the North",
    "inter-Korean cooperation projects",
    "the alliance's extended deterrence",
    "resuming dialogue with Pyongyang",
    "the working group on North Korea policy",
    "human rights in North Korea",
    "trilateral cooperation with Japan",
)
QUOTES = (
    "We will keep the door to dialogue open while holding firm on sanctions",
    "Our two countries remain in lockstep on every step toward denuclearization",
    "There is no daylight between Seoul and Washington on this question",
    "We urge Pyongyang to return to the negotiating table without delay",
    "The alliance is stronger today than it has ever been",
    "We discussed ways to make humanitarian assistance reach the people who need it",
    "Provocations will only deepen the North's isolation",
    "We agreed to meet again soon and to stay in close touch",
)
CUES = ("reaffirmed their commitment to", "called for progress on", "expressed support for",
        "stressed the shared goal of", "objected to any easing of")  # fmt: skip
JOURNALISTS = ("Daniel Reyes", "Park Ji-won", "Laura Chen", "Choi Min-seo", "Owen Hart")


class Article(NamedTuple):
    """One made-up article: its intended format and its text."""

    fmt: str
    text: str


class _Cast(NamedTuple):
    us: list[tuple[str, str]]  # (title, name) of officials in post on the day
    kr: list[tuple[str, str]]
    kp: list[tuple[str, str]]


def _cast(entries: list[RosterEntry], day: _dt.date) -> _Cast:
    by: dict[str, list[tuple[str, str]]] = {"US": [], "KR": [], "KP": []}
    for e in entries:
        post = e.post_on(day)
        if post is not None and e.country in by:
            by[e.country].append((post.title, e.name))
    return _Cast(by["US"], by["KR"], by["KP"])


def _garble(name: str, rng: random.Random, *, korean: bool) -> str:
    """The kinds of damage machine translation does: family name moved, letters swapped."""
    parts = name.split()
    if korean and len(parts) == 2 and "-" in parts[1] and rng.random() < 0.5:
        return f"{parts[1].title()} {parts[0]}"
    if rng.random() < 0.3 and len(parts[-1]) > 4:
        last = parts[-1]
        parts[-1] = last[:2] + last[2:].replace("n", "nc", 1)
    return " ".join(parts)


class _Writer:
    """Sentences about one made-up event, drawn from one seeded generator."""

    def __init__(self, rng: random.Random, cast: _Cast, day: _dt.date) -> None:
        self.rng, self.cast, self.day = rng, cast, day
        self.us = rng.choice(cast.us)
        self.kr = rng.choice(cast.kr)
        self.city = rng.choice(CITIES)

    def pick(self, pool: list[tuple[str, str]]) -> tuple[str, str]:
        return self.rng.choice(pool)

    def date(self, offset: int = 0) -> str:
        d = self.day + _dt.timedelta(days=offset)
        return f"{MONTHS[d.month - 1]} {d.day}"

    def weekday(self, offset: int = 0) -> str:
        return (self.day + _dt.timedelta(days=offset)).strftime("%A")

    def sentence(self, say: Callable[[str, str], str] | None = None) -> str:
        r = self.rng
        (ut, un), (kt, kn) = self.pick(self.cast.us), self.pick(self.cast.kr)
        topic = r.choice(TOPICS)
        quote = r.choice(QUOTES)
        say = say or (lambda q, who: f'"{q}," {who} said.')
        options = (
            f"{kt} {kn} met {ut} {un} in {self.city} on {self.weekday()} and discussed {topic}.",
            f"{un} and {kn} held talks by phone on {self.date()} and {r.choice(CUES)} {topic}.",
            f"The two officials {r.choice(CUES)} {topic}, the foreign ministry said.",
            say(quote, kn.split()[-1] if r.random() < 0.5 else kn),
            say(quote, f"{ut} {un}"),
            f"{un} is scheduled to visit {r.choice(CITIES)} on {self.date(r.randint(3, 20))} "
            f"for a trilateral meeting with Japan's envoy.",
            f"A planned video conference between {kn} and {un} was called off on "
            f"{self.weekday(-1)}, officials said.",
            f"{kn}, {kt.lower()}, said Seoul {r.choice(CUES)} {topic}.",
            f"The meeting in {self.city} lasted about {r.randint(4, 12) * 10} minutes, "
            f"longer than planned.",
            f"North Korea fired {r.choice(('two', 'three', 'several'))} ballistic missiles "
            f"into the East Sea in {MONTHS[self.day.month - 1]}, drawing condemnation.",
        )
        return r.choice(options)

    def paragraphs(self, target: int, **kw: Callable[[str, str], str]) -> list[str]:
        out: list[str] = []
        size = 0
        while size < target:
            para = " ".join(self.sentence(kw.get("say")) for _ in range(self.rng.randint(2, 3)))
            out.append(para)
            size += len(para) + 2
        return out


def _wire(w: _Writer) -> str:
    title = f"{w.us[1]}, {w.kr[1]} discuss North Korea in {w.city}"
    caption = (
        f"{w.us[1]} (L), {w.us[0]}, shakes hands with {w.kr[1]} before their talks in {w.city} "
        f"on {w.weekday()}. Photo by {w.rng.choice(JOURNALISTS)}/UPI"
    )
    body = w.paragraphs(TARGET - 700)
    body[0] = f"{w.city.upper()}, {w.date()} (UPI) -- {body[0]}"
    body.insert(2, "Advertisement")
    body.insert(5, "Advertisement")
    body.append(f"{w.kr[1]} said the allies would coordinate closely, according to News 1.")
    head = ["Advertisement", title, f"By {w.rng.choice(JOURNALISTS)}", caption, caption]
    return "\n\n".join([*head, *body, "Latest Headlines"]) + "\n"


def _state(w: _Writer) -> str:
    d = w.day
    title = f"U.S.-ROK Consultations on North Korea Policy in {w.city}"
    stamp = f"{d:%m/%d/%Y} 0{w.rng.randint(1, 9)}:{w.rng.randint(10, 59)} PM EST"
    note = w.paragraphs(1100)
    surname = w.us[1].split()[-1].upper()
    turns: list[str] = []
    while sum(len(t) for t in turns) < TARGET - 1700:
        turns.append(f"QUESTION: {w.rng.choice(QUOTES)}?")
        answer = " ".join(w.sentence(lambda q, who: f"{q}.") for _ in range(2))
        laugh = " (Laughter.)" if w.rng.random() < 0.2 else ""
        turns.append(f"SECRETARY {surname}: {answer}{laugh}")
    return "\n\n".join(
        [
            f"Press Releases: {title}",
            f"Press Releases: {title}",
            f"{stamp}\nMedia Note\nOffice of the Spokesperson\nWashington, DC",
            f"{d:%B} {d.day}, {d.year}",
            *note,
            "Remarks to the Press",
            f"{stamp}\n{w.us[1]}\n{w.us[0]}\n{w.city}",
            f"{d:%B} {d.day}, {d.year}",
            *turns,
        ]
    )


def _daily(w: _Writer) -> str:
    title = f"Seoul, Washington envoys discuss North's missile tests in {w.city}"
    caption = (
        f"{w.kr[1]}, left, and {w.us[1]} pose before their talks in {w.city} "
        f"on {w.weekday()}. [YONHAP]"
    )
    body = w.paragraphs(TARGET - 900, say=lambda q, who: f"“{q},” {who} told reporters.")
    name = w.rng.choice(JOURNALISTS).upper()
    footer = [
        f"BY {name} [{name.split()[0].lower()}@joongang.co.kr]",
        "Log in to Twitter or Facebook account to connect\nwith the Korea JoongAng Daily",
        "To write comments, please log in to one of the accounts.",
    ]
    head = [title, "Home > National > North Korea", "print dictionary print", title]
    return "\n\n".join([*head, caption, caption, *body, *footer]) + "\n"


def _aggregator(w: _Writer) -> str:
    n = w.rng.randint(3, 6)
    paras = []
    for para in w.paragraphs(TARGET - 400 - 120 * n):
        marks = "".join(f"[{i}]" for i in sorted(w.rng.sample(range(1, n + 1), 2)))
        heading = w.rng.choice(("Talks Resume", "Allies Coordinate", "Envoys Meet", "Next Steps"))
        paras.append(f"{heading} {para.rstrip('.')}{marks}.")
    publishers = ("Yonhap", "Reuters", "The Korea Herald", "AP", "NK News", "Korea JoongAng Daily")
    sources = [
        f"[{i}]\n{publishers[i - 1]}: Envoys discuss North Korea in {w.city}: Reports the talks "
        f"held on {w.date()} and what the two sides agreed."
        for i in range(1, n + 1)
    ]
    title = f"South Korea and U.S. envoys meet in {w.city} on North Korea"
    return "\n".join(
        [title, f"Updated ({n} articles)", *paras, f"Sources ({n} articles)", *sources]
    )


def _translation(w: _Writer) -> str:
    kr, us = _garble(w.kr[1], w.rng, korean=True), _garble(w.us[1], w.rng, korean=False)
    title = f"{kr} and {us} discussed response to the North's provocation by phone…"
    day = w.day.day
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    body = w.paragraphs(TARGET - 800, say=lambda q, who: f'{who} said, "{q}."')
    body[0] = (
        f"On the afternoon of the {day}{suffix}, {kr}, {w.kr[0]}, had a telephone consultation "
        f"with {us}, the US {w.us[0]} (local time). {body[0]}"
    )
    return "\n\n".join(
        [
            title,
            f"picture explanation{kr}, {w.kr[0]}",
            "▶ Click here for a larger view",
            *body,
            "[연합뉴스]",
            "Copyrights ⓒ Yonhap News. Unauthorized reproduction and redistribution prohibited",
        ]
    )


_BUILDERS: dict[str, Callable[[_Writer], str]] = {
    "wire": _wire,
    "state_department": _state,
    "korean_daily": _daily,
    "aggregator": _aggregator,
    "translation": _translation,
}


def generate(n: int, *, seed: int = 20181207) -> list[Article]:
    """``n`` made-up articles, the five formats in turn, about 3 KB each, the same for a seed."""
    rng = random.Random(seed)
    entries = list(default_roster())
    casts: dict[int, _Cast] = {}
    out: list[Article] = []
    while len(out) < n:
        month = rng.randrange(2017 * 12, 2025 * 12)
        day = _dt.date(month // 12, month % 12 + 1, rng.randint(1, 28))
        cast = casts.get(month) or casts.setdefault(month, _cast(entries, day))
        if not (cast.us and cast.kr):
            continue
        fmt = FORMATS[len(out) % len(FORMATS)]
        out.append(Article(fmt, _BUILDERS[fmt](_Writer(rng, cast, day))))
    return out


# ------------------------------------------------------------------ the benchmark

_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}\b(?:, \d{4})?"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b|\bthe \d{1,2}(?:st|nd|rd|th)\b"
)
_NAME = re.compile(r"\b[A-Z][a-z]{1,20}(?:[ -][A-Z][a-z]{1,20}){1,2}\b")


def scan(texts: Sequence[str]) -> int:
    """The floor: every date and capitalised-name match of every text; returns the count."""
    found = 0
    for text in texts:
        found += sum(1 for _ in _DATE.finditer(text))
        found += sum(1 for _ in _NAME.finditer(text))
    return found


def parse_all(texts: Sequence[str]) -> int:
    """Parse every text; returns the number of records found, so nothing is optimised away."""
    found = 0
    for text in texts:
        d = koreadip.parse(text)
        found += len(d.officials) + len(d.meetings) + len(d.statements) + len(d.positions)
    return found


def profile(texts: Sequence[str], top: int) -> str:
    """cProfile's top functions by cumulative time, then by own time, over parsing ``texts``."""
    prof = cProfile.Profile()
    prof.runcall(parse_all, texts)
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> None:
    """Print articles/s of parse and of the scan, their ratio, and optionally a profile."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="articles (default 3,000)")
    ap.add_argument("--seed", type=int, default=20181207)
    ap.add_argument("--repeat", type=int, default=3, help="turns of scan and parse (default 3)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile summary")
    ap.add_argument("--top", type=int, default=25, help="functions in the profile summary")
    args = ap.parse_args(argv)

    articles = generate(args.n, seed=args.seed)
    texts = [a.text for a in articles]
    size = sum(map(len, texts)) / len(texts)
    print(f"{len(texts):,} made-up articles, {size:,.0f} characters on average, 5 formats")
    koreadip.parse(texts[0])  # the roster and compiled patterns load once, outside the timing

    # the two take turns, in CPU time, the fastest of each counting: a burst of load from other
    # processes then lands on neither side (one wall-clock run swung by 20% on a busy machine)
    t_scan, t_parse = race(
        [lambda: scan(texts), lambda: parse_all(texts)],
        args.repeat,
        collector=True,
        clock=time.process_time,
    )
    n = len(texts)
    print(f"{'regex scan':<14} {n / t_scan:>10,.0f} articles/s (CPU time)")
    print(f"{'koreadip.parse':<14} {n / t_parse:>10,.0f} articles/s")
    ratio = t_parse / t_scan
    verdict = "ok" if ratio <= AIM else "over"
    print(f"parse is {ratio:,.1f}x slower than the scan (aim: at most {AIM:.0f}x) {verdict}")
    for fmt in FORMATS:
        some = [a.text for a in articles if a.fmt == fmt]
        (t,) = race([lambda some=some: parse_all(some)], 1, clock=time.process_time)  # type: ignore[misc]
        print(f"  {fmt:<17} {len(some) / t:>8,.0f} articles/s")
    if args.profile:
        print(profile(texts, args.top))


if __name__ == "__main__":
    main()

"""Quoted words in running text, and the phrase that says who said them.

The marks are paired by :mod:`.quote_marks`; attribution looks only at bounded windows around
each quote (the sentence before the opening mark, the clause after the closing mark), so the work
is linear in the length of the text whatever it holds.  People are not resolved here: ``speaker``
is the attribution as written ("a source at Seoul's foreign ministry", "Lee", "He").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .attribution import (
    OK_FIRST,
    SPACE_RE,
    Breaks,
    may_name_a_reporter,
    names_a_reporter,
    reported_by,
    speaker_after,
    speaker_at_sentence_end,
    speaker_before,
    strip_span,
)
from .quote_marks import MAX_QUOTE, RawQuote, scan_double, scan_single

__all__ = ["Quote", "find_quotes"]

_BEHIND = 300  # look-behind window for "X said, ..." (one long sentence)
_AHEAD = 200  # look-ahead window for "..., X said"


class Quote(NamedTuple):
    """Words inside quote marks, with the attribution phrase as the text writes it.

    ``start``/``end`` span the quoted words (inside the marks); ``text`` is those words with
    whitespace normalised, a trailing comma dropped and a quote continued across a stray opening
    mark or a paragraph joined into one.  ``speaker`` is the speaker's noun phrase (apposition
    kept, time and place words dropped) and ``via`` who reported it ("Yonhap News Agency").
    ``fragment`` marks a partial quote or scare quote inside a running sentence; ``inherited``
    marks a speaker taken from a neighbouring quote or the sentence before; ``label`` a bare name
    standing before the quote with nothing between ("Sung Kim “...”"), which names the speaker
    only if it names a person.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    via: str | None = None
    fragment: bool = False
    inherited: bool = False
    label: bool = False


# a Quote without NamedTuple's Python-level __new__ (all ten fields given): one per quote, below
_new_quote = tuple.__new__


# a name standing before a quote as its label: "Kim: '...'", "Kim Says '...'", "Sung Kim “...”"
_LABEL_RE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]{0,30}(?: (?!Says?\b)[A-Z][\w.'’-]{0,30}){0,3})"
    r"(?P<cue>\s*:|\s+[Ss]ays?)?\s*\Z"
)


_ALNUM = re.compile(r"[^\W_]")  # exactly str.isalnum


def _spaced(phrase: str) -> str:
    """``phrase`` with each run of blanks made one space.

    >>> _spaced("the  foreign\nministry"), _spaced("Lee")
    ('the foreign ministry', 'Lee')
    """
    # every blank but " " is unprintable: a printable phrase without "  " has nothing to space
    if phrase.isprintable() and "  " not in phrase:
        return phrase
    return SPACE_RE.sub(" ", phrase)


def _words(text: str, raw: RawQuote) -> str:
    # runs of blanks made one space, the ends stripped (\s is exactly what str.split() splits at)
    return " ".join(" ".join(text[a:b] for a, b in raw.segs).split())


def _end_of(raw: RawQuote) -> int:
    return raw.close_mark if raw.close_mark is not None else raw.segs[-1][1]


def _speaker_of(
    text: str,
    raw: RawQuote,
    hi: int,
    words: str,
    prev: tuple[RawQuote, Quote] | None,
    floor: int,
    breaks: Breaks,
) -> tuple[tuple[int, int] | None, bool, bool, int]:
    """The speaker span, whether it was inherited, whether it followed the quote, and ``lo``."""
    last = _end_of(raw)
    prev_close = -1
    if prev is not None and _end_of(prev[0]) >= raw.para_start:
        prev_close = _end_of(prev[0])
    lo = max(raw.para_start, prev_close + 1, floor, raw.open_mark - _BEHIND)
    speaker = speaker_after(text, raw, min(hi, last + 1 + _AHEAD), words, breaks)
    if speaker is not None:
        return speaker, False, True, lo
    speaker = speaker_before(text, lo, raw.open_mark, breaks)
    if speaker is not None:
        return speaker, False, False, lo
    prev_span = None
    if prev is not None and prev[1].speaker_start is not None and prev[1].speaker_end is not None:
        prev_span = (prev[1].speaker_start, prev[1].speaker_end)
    if prev_span and prev_close >= 0 and breaks.last(prev_close, raw.open_mark) == prev_close:
        return prev_span, True, False, lo  # "...," and "..." / "...," adding, "..."
    speaker = speaker_at_sentence_end(text, raw, min(hi, last + 1 + _BEHIND), breaks)
    if speaker is not None or raw.single:
        return speaker, False, False, lo
    # A quote opening a paragraph or a sentence goes on with the speech of the one before.
    start = breaks.last(lo, raw.open_mark)
    if raw.standalone and raw.prev_para is not None:
        before: tuple[int, int] | None = raw.prev_para
    elif not raw.standalone and not text[start : raw.open_mark].strip() and start > raw.para_start:
        before = (raw.para_start, strip_span(text, raw.para_start, start)[1])
    else:
        return None, False, False, lo
    assert before is not None
    pa, pb = before
    if prev is not None and prev_span and not prev[1].fragment and _end_of(prev[0]) >= pa:
        return prev_span, True, False, lo
    found = speaker_before(text, breaks.last(max(pa, pb - _BEHIND), pb), pb, breaks)
    return found, found is not None, False, lo


def _label(text: str, raw: RawQuote) -> tuple[int, int, bool] | None:
    """A name that is all that stands before the quote on its line, as a headline's label
    ("Kim: '...'", "Kim Says '...'", "Sung Kim “...”"): its span, and whether it is bare (no
    colon or "says" marks it as the speaker)."""
    a, b = strip_span(text, raw.para_start, raw.open_mark, " \t")
    m = _LABEL_RE.fullmatch(text, a, b)
    if m is None or m.group("name").lower() in OK_FIRST:
        return None
    return m.start("name"), m.end("name"), m.group("cue") is None


def _build(text: str, raws: list[RawQuote]) -> list[Quote]:
    out: list[Quote] = []
    if not raws:
        return out
    breaks = Breaks(text)
    prev: tuple[RawQuote, Quote] | None = None
    for n, raw in enumerate(raws):
        words = _words(text, raw)
        body = words.rstrip(", ").strip()
        if len(body) > MAX_QUOTE or _ALNUM.search(body) is None:
            continue
        last = _end_of(raw)
        nxt = raws[n + 1].open_mark if n + 1 < len(raws) else len(text)
        para_end = text.find("\n", last, last + _BEHIND + 2)
        hi = min(nxt, para_end if para_end >= 0 else last + _BEHIND + 2, len(text))
        # never look back past the previous quote (a label only bounds another label's window)
        floor = _end_of(raws[n - 1]) + 1 if n and (raw.single or not raws[n - 1].single) else 0
        speaker, inherited, post, lo = _speaker_of(text, raw, hi, words, prev, floor, breaks)
        label = _label(text, raw) if speaker is None or inherited else None
        if label is not None:
            speaker, inherited = label[:2], False
        before = text[lo : raw.open_mark].rstrip()[-1:]
        introduced = raw.standalone or post or before in (",", ":")
        sentence_like = body[:1].isupper() and body[-1:] in ".?!…"
        fragment = raw.single or not (introduced or sentence_like or len(body.split()) >= 8)
        a, b = strip_span(text, raw.segs[0][0], raw.segs[-1][1], " \t\r\n,")
        sp = _spaced(text[speaker[0] : speaker[1]]) if speaker else None
        # a phrase naming who reported it, in the sentence before the quote (none from ``lo`` on:
        # none in that sentence, which starts there or later) or in the clause after it
        via = None
        if may_name_a_reporter(text, min(lo, raw.open_mark), max(hi, raw.open_mark)):
            if names_a_reporter(text, lo, raw.open_mark):
                via = reported_by(text, breaks.last(lo, raw.open_mark), raw.open_mark, sp)
            if via is None and may_name_a_reporter(text, last, hi):  # the clause after
                via = reported_by(text, last, breaks.first(last, hi), sp)
        quote = _new_quote(
            Quote,
            (
                a,  # start
                max(a, b),  # end
                body,  # text
                sp,  # speaker
                speaker[0] if speaker else None,  # speaker_start
                speaker[1] if speaker else None,  # speaker_end
                via,
                fragment,
                inherited,
                label is not None and label[2],  # label
            ),
        )
        out.append(quote)
        if not raw.single:
            prev = (raw, quote)
    return _borrow_forward(text, out, breaks)


def _borrow_forward(text: str, quotes: list[Quote], breaks: Breaks) -> list[Quote]:
    """``... "stably manage" the "grave" situation, the ministry said``: the first takes the
    speaker the sentence's later quote found, when nothing stands between but the sentence."""
    for k in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        if q.speaker is not None or nxt.speaker is None or nxt.speaker_start is None:
            continue
        if nxt.speaker_start < nxt.start or "\n" in text[q.end : nxt.start]:
            continue  # the later quote's attribution is before it: not ours
        if breaks.last(q.end, nxt.start) == q.end:
            quotes[k] = q._replace(
                speaker=nxt.speaker,
                speaker_start=nxt.speaker_start,
                speaker_end=nxt.speaker_end,
                inherited=True,
            )
    return quotes


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order, with its attribution phrase where there is one.

    >>> [(q.text, q.speaker) for q in find_quotes('"We met twice," the official said.')]
    [('We met twice', 'the official')]
    """
    # « » are double marks (the offsets stay the same); str.replace scans in C, where a
    # translate table walks every character of non-ASCII text in Python (~8 us a KB)
    if "«" in text or "»" in text:
        text = text.replace("«", "“").replace("»", "”")
    doubles = scan_double(text)
    singles = scan_single(text, [(r.open_mark, _end_of(r)) for r in doubles])
    raws = sorted(doubles + singles, key=lambda r: r.open_mark)
    return _build(text, raws)

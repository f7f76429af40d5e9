"""Text helpers shared by the source-format readers: lines, length-preserving blanking, bylines,
transcript turns, prose detection and source ids.

Every reader works the same way: find the *noise* (:mod:`.noise`) as character spans, :func:`blank`
them so that offsets stay valid, then read the layout of what is left (:mod:`.layout`: title,
byline, body start, dates) and build its :class:`~.base.Part` objects.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from itertools import accumulate
from typing import NamedTuple

from .outlets import organisation
from .scans import found_in, search_folded

__all__ = [
    "AGENCIES",
    "Line",
    "Sign",
    "Spans",
    "author_names",
    "blank",
    "byline",
    "bylines",
    "found_in",
    "is_prose",
    "iter_lines",
    "line_spans",
    "lines_of",
    "looks_like_transcript",
    "pattern_spans",
    "score_signs",
    "search_folded",
    "source_id",
    "transcript_turns",
    "whole_lines",
]

#: (start, end) character ranges
Spans = list[tuple[int, int]]


class Line(NamedTuple):
    """One line of a text: its offsets (the newline excluded) and its characters."""

    start: int
    end: int
    text: str


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The ``\\n``-separated lines of ``text[start:end]`` with their offsets in ``text``.

    >>> [tuple(x) for x in iter_lines("ab\\ncd")]
    [(0, 2, 'ab'), (3, 5, 'cd')]
    """
    if start == 0 and (end is None or end == len(text)):
        return iter(_all_lines(text))
    return _lines(text, start, len(text) if end is None else end)


@lru_cache(maxsize=8)
def _all_lines(text: str) -> tuple[Line, ...]:
    # every reader's detect() walks the same text's lines: split it once, in C where possible
    # (tuple.__new__ skips the Python-level NamedTuple constructor)
    parts = text.split("\n")
    starts = list(accumulate((len(p) + 1 for p in parts), initial=0))
    ends = [b - 1 for b in starts[1:]]
    return tuple(map(partial(tuple.__new__, Line), zip(starts, ends, parts, strict=False)))


def lines_of(text: str) -> tuple[Line, ...]:
    """All the lines of ``text``, as :func:`iter_lines` gives them (e.g. to walk them backwards).

    >>> lines_of("ab\\ncd")[-1].text
    'cd'
    """
    return _all_lines(text)


def _lines(text: str, start: int, stop: int) -> Iterator[Line]:
    pos = start
    while pos <= stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        yield Line(pos, line_end, text[pos:line_end])
        if nl < 0:
            return
        pos = nl + 1


_NOT_LINE_BREAK = re.compile(r"[^\n\r]")


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the characters inside ``spans`` replaced by spaces, line breaks kept.

    >>> blank("Advertisement\\nHello", [(0, 13)])
    '             \\nHello'
    """
    n = len(text)
    pieces: list[str] = []
    pos = 0
    # the union of the spans, in order; each covered run is blanked by one C-level sub
    for start, end in sorted((max(s, 0), min(e, n)) for s, e in spans):
        if end <= pos or start >= end:
            continue
        start = max(start, pos)
        pieces.append(text[pos:start])
        piece = text[start:end]
        # (most spans are one line: nothing to keep, all spaces)
        has_break = "\n" in piece or "\r" in piece
        pieces.append(_NOT_LINE_BREAK.sub(" ", piece) if has_break else " " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def whole_lines(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A multi-line pattern matching the lines that ``pattern`` matches in full, blanks around
    ignored: one scan instead of a ``fullmatch`` per line.  Each match spans its whole line.

    ``pattern`` must match no line break and start and end with no blank (e.g. literal labels).

    >>> [m.span() for m in whole_lines(re.compile("Top Stories")).finditer("a\\n Top Stories \\nb")]
    [(2, 15)]
    """
    # [^\S\n] is a blank other than the line break: what strip() removes from a line
    return re.compile(rf"^[^\S\n]*(?:{pattern.pattern})[^\S\n]*$", pattern.flags | re.M)


_BY_START = re.compile(r"[^\S\n]*(?:By|BY|by)\s")
# the line break before a line that opens with "By": a scan for the break skips ahead where a
# pattern opening with ``^`` would be tried at every character
_BY_LINE = re.compile(r"\n(?=[^\S\n]*(?:By|BY|by)\s)")


def bylines(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[Line, tuple[str, ...]]]:
    """The byline lines of ``text[start:end]`` with their names, in order.

    The same as :func:`byline` on every line, but only lines opening with "By" are read.

    >>> [(ln.start, names) for ln, names in bylines("Title\\nBy Jo Kim and Lee Min\\nText.")]
    [(6, ('Jo Kim', 'Lee Min'))]
    """
    stop = len(text) if end is None else end
    piece = text[start:stop]  # a slice, so that a part starting mid-line starts a line here too
    for at in _line_starts(piece, _BY_START, _BY_LINE):
        nl = piece.find("\n", at)
        line_end = len(piece) if nl < 0 else nl
        names = byline(piece[at:line_end])
        if names is not None:
            yield Line(start + at, start + line_end, piece[at:line_end]), names


def _line_starts(text: str, first: re.Pattern[str], later: re.Pattern[str]) -> Iterator[int]:
    """The starts of the lines of ``text`` that ``first`` matches at: ``later`` finds the line
    break before each line but the first (a break, the rest looked ahead for, so that no match
    reaches into the next line)."""
    if first.match(text):
        yield 0
    for m in later.finditer(text):
        yield m.end()


def line_spans(text: str, pattern: re.Pattern[str]) -> Spans:
    """The lines of ``text`` that ``pattern`` matches in full (surrounding blanks ignored)."""
    return [(ln.start, ln.end) for ln in iter_lines(text) if pattern.fullmatch(ln.text.strip())]


def pattern_spans(text: str, pattern: re.Pattern[str], group: int | str = 0) -> Spans:
    """The spans of every match of ``pattern`` (or of one of its groups) in ``text``."""
    out: Spans = []
    for m in pattern.finditer(text):
        if m.start(group) >= 0 and m.end(group) > m.start(group):
            out.append((m.start(group), m.end(group)))
    return out


_SPEAKER_LABEL = re.compile(r"\A\s{0,8}([A-Z][A-Z.'’ -]{0,38}[A-Z.]|Q):\s")
_QUESTIONER = frozenset({"QUESTION", "Q", "MODERATOR", "OPERATOR", "PARTICIPANT"})
_HONORIFIC = re.compile(
    r"\A(?:MR|MS|MRS|DR|SECRETARY|AMBASSADOR|UNDER SECRETARY|DEPUTY SECRETARY|ASSISTANT SECRETARY"
    r"|SPECIAL REPRESENTATIVE|PRESIDENT|MINISTER|FOREIGN MINISTER|SENATOR|GENERAL|ADMIRAL)\b"
)


# _SPEAKER_LABEL at the start of every line but the first, in one scan: within a line \s is a
# blank other than the line break
_SPEAKER_LINE = re.compile(r"\n[^\S\n]{0,8}([A-Z][A-Z.'’ -]{0,38}[A-Z.]|Q):[^\S\n]")


def transcript_turns(text: str) -> list[str]:
    """The speaker labels (``MS NAUERT``, ``QUESTION``) of the transcript turns in ``text``: of
    the lines that :data:`_SPEAKER_LABEL` matches.

    >>> transcript_turns("MS NAUERT: Hi.\\nQUESTION: Why?\\nNo label: here")
    ['MS NAUERT', 'QUESTION']
    """
    nl = text.find("\n")
    first = _SPEAKER_LABEL.match(text, 0, len(text) if nl < 0 else nl)
    later = [m[1] for m in _SPEAKER_LINE.finditer(text)]
    return [first[1], *later] if first else later


def looks_like_transcript(text: str) -> bool:
    """True when ``text`` has ``LABEL:`` turns by two speakers or more: three turns with one
    questioner or titled official among them (``QUESTION:``, ``MR MILLER:``), or two such."""
    labels = transcript_turns(text)
    if len(set(labels)) < 2:
        return False
    titled = [x in _QUESTIONER or _HONORIFIC.match(x) is not None for x in labels]
    return all(titled) if len(labels) < 3 else any(titled)


def is_prose(line: str) -> bool:
    """True when a line reads as running text rather than a title, label or date line.

    >>> is_prose("South Korea envoy leaves for Washington and 'cooperative talks'")
    False
    >>> is_prose("The two envoys met in Seoul on Friday to discuss the talks.")
    True
    """
    s = line.strip()
    if len(s) < 11 and ":" not in s:  # neither a speaker's label nor six words
        return False
    if _SPEAKER_LABEL.match(s):
        return True
    if len(s.split()) < 6:
        return False
    if len(s) >= 140:
        return True
    tail = s.rstrip("\"'”’)]")
    return bool(tail) and tail[-1] in ".?!…" and (tail == s or tail[-1] in ".?!")


_BYLINE = re.compile(
    r"\A\s*(?:By|BY|by)\s+(?P<names>[A-Z][\w.'’-]{0,30}(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w.'’-]{0,30})"
    r"{0,7})\s*(?:\(?[\w.+-]{1,64}@[\w.-]{1,80}\)?|\[[^\]\n]{1,80}\])?\s*\Z"
)
# a blank is entered at its first character only: split() tried from each character of a long
# blank would read the rest of it each time (a separator's trailing blank takes a run whole, so
# no run is left half read)
_NAME_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+and\s+")
AGENCIES = {
    "yonhap": "Yonhap",
    "reuters": "Reuters",
    "ap": "AP",
    "afp": "AFP",
    "xinhua": "Xinhua",
    "upi": "UPI",
    "kyodo": "Kyodo",
    "newsis": "Newsis",
    "news1": "News1",
    "sputnik": "Sputnik",
    "tass": "TASS",
    "kcna": "KCNA",
    "bloomberg": "Bloomberg",
    "korea joongang daily": "Korea JoongAng Daily",
    "associated press": "AP",
    "yonhap news agency": "Yonhap",
    "voa": "VOA",
    "voa news": "VOA",
}


def byline(line: str) -> tuple[str, ...] | None:
    """The names of a ``By NAME`` line (agencies included), or None if it is not a byline."""
    m = _BYLINE.match(line)
    if not m:
        return None
    names = _NAME_SEPARATOR.split(m["names"].strip())
    return tuple(n for n in names if n)


def author_names(line: str) -> tuple[str, ...]:
    """The journalists of a byline; agencies ("By Yonhap", "By AFP": a name of one word, where a
    person's has two or more) are publishers, not authors.

    >>> author_names("By Jane Roe and IANS")
    ('Jane Roe',)
    """
    return tuple(
        n
        for n in byline(line) or ()
        if n.lower() not in AGENCIES and " " in n and not organisation(n)
    )


class Sign(NamedTuple):
    """A format's tell-tale: a pattern, its weight, and literals one of which every match holds.

    The literals are looked for first: ``in`` is far cheaper than a pattern that cannot skip
    ahead (one starting with ``^`` or with alternatives), and most signs are absent.
    """

    pattern: re.Pattern[str]
    weight: float
    needles: tuple[str, ...] = ()
    #: every match holds a character beyond ASCII (Hangul, a symbol): ASCII text has none
    non_ascii: bool = False


def score_signs(text: str, signs: Iterable[Sign]) -> float:
    """The sum of the weights of the ``signs`` found in ``text``.

    >>> score_signs("Media Note", [Sign(re.compile("^Media Note$", re.M), 0.5, ("Media Note",))])
    0.5
    """
    ascii_only = text.isascii()
    return sum(
        sign.weight
        for sign in signs
        if (not sign.needles or any(n in text for n in sign.needles))
        and not (sign.non_ascii and ascii_only)
        and found_in(sign.pattern, text)
    )


def source_id(text: str, index: int = 0) -> str:
    """A stable id derived from the content: ``src-<sha1[:12]>``, ``-2`` etc. for later parts.

    >>> source_id("abc")
    'src-a9993e364706'
    >>> source_id("abc", 1)
    'src-a9993e364706-2'
    """
    return f"src-{_digest(text)}" + (f"-{index + 1}" if index else "")


# every part of a page asks for the page's digest: hashed once, not once per part (a page of a
# thousand parts was quadratic); a str caches its own hash, so the lookup costs nothing
@functools.lru_cache(maxsize=2)
def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]

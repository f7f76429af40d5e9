"""Quote marks paired into quotations: one left-to-right scan over straight and curly marks.

A mark opens a quotation where it looks like an opener (after a space or a bracket, before a
word); the next mark that looks like a closer ends it.  An unclosed quotation runs on into a
following paragraph that opens with a mark (the wire style for a quote of several paragraphs) and
is given up after ``MAX_QUOTE`` characters.  Single quotes are read as short labels only.  Every
search jumps to the next candidate mark, so the scan is linear in the length of the text.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["MAX_QUOTE", "RawQuote", "scan_double", "scan_single"]

MAX_QUOTE = 3000  # longer than this is a runaway unclosed mark, not a quote
_MAX_SINGLE = 120  # a single-quoted label or scare quote is short


@attrs.define
class RawQuote:
    """Where a quotation's text lies (``segs``, one per paragraph) and its marks."""

    segs: list[tuple[int, int]]
    open_mark: int
    close_mark: int | None
    para_start: int
    prev_para: tuple[int, int] | None
    standalone: bool
    single: bool = False


def _opener_like(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _closer_like(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _first_mark_closes(text: str, a: int, b: int) -> bool:
    """Whether the first quote mark in ``text[a:b]`` closes (a quote wrapped over a line)."""
    m = _DOUBLE_RE.search(text, a, b)
    if m is None:
        return False
    return m.group() == "”" or (m.group() == '"' and _closer_like(text, m.start()))


_DOUBLE_RE = re.compile(r"[“”\"]")
_SINGLE_RE = re.compile(r"[‘’']")
_NONSPACE_RE = re.compile(r"\S")  # \s is exactly str.isspace
# A “ or " that can open a quote: not ``_closer_like``, or ``_opener_like`` (any other mark met
# while no quote is open is stray).  One search jumps over runs of stray marks and mark-free
# lines; the pattern starts with the mark so that the search skips straight to marks.
_OPEN_RE = re.compile(r'[“"](?:(?<!\S.)|(?=[^\W_])|(?<=[(\[{—–/-].)(?=\S))')
# A ‘ or ' that opens a single-quoted label (``[^\W_]`` is exactly str.isalnum).
_SINGLE_OPEN_RE = re.compile(r"['‘](?:(?<!\S.)|(?<=[(\[{“\"—–/-].))(?=[^\W_])")


def _last_nonblank_line(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last line of ``text[lo:hi]`` (``lo`` a line start) holding a non-space character."""
    kept = len(text[lo:hi].rstrip())
    if not kept:
        return None
    c = lo + kept - 1
    nl = text.rfind("\n", lo, c)
    end = text.find("\n", c, hi)
    return (lo if nl < 0 else nl + 1, hi if end < 0 else end)


def scan_double(text: str) -> list[RawQuote]:
    """Pair the double quote marks, line by line.

    Only lines that matter are visited: while no quote is open, one search jumps to the next mark
    that can open one; while a quote is open, the next non-blank line decides whether it goes on.
    """
    raws: list[RawQuote] = []
    cur: RawQuote | None = None
    seg = 0
    prev: tuple[int, int] | None = None  # the last non-blank line before the current one
    n = len(text)
    pos = 0  # start of the first line not yet visited
    while pos <= n:
        skip = -1
        if cur is None:
            m = _OPEN_RE.search(text, pos)
            if m is None:
                break
            i = m.start()
            nl = text.rfind("\n", pos, i)
            ls = pos if nl < 0 else nl + 1
            prev = _last_nonblank_line(text, pos, ls) or prev
            first = _NONSPACE_RE.search(text, ls).start()  # type: ignore[union-attr]
            le = text.find("\n", i)
        else:
            m = _NONSPACE_RE.search(text, pos)
            if m is None:
                break
            first = m.start()
            nl = text.rfind("\n", pos, first)
            ls = pos if nl < 0 else nl + 1
            le = text.find("\n", first)
        if le < 0:
            le = n
        if cur is not None:  # the line before is always the one just before (blank or not)
            wrapped = _first_mark_closes(text, first, le)
            if cur.segs[-1][1] - cur.segs[0][0] < MAX_QUOTE and text[first] in '“"':
                skip, seg = first, first + 1
            elif cur.segs[-1][1] - cur.segs[0][0] < MAX_QUOTE and wrapped:
                seg = first
            else:
                raws.append(cur)
                cur = None
        j = ls
        while True:
            m = (_OPEN_RE if cur is None else _DOUBLE_RE).search(text, j, le)
            if m is None:
                break
            i, ch = m.start(), m.group()
            j = i + 1
            if i == skip:
                continue
            if cur is None:  # _OPEN_RE found it: not stray
                cur = RawQuote([], i, None, ls, prev, i == first)
                seg = i + 1
            elif ch == "“" or (ch == '"' and _opener_like(text, i) and not _closer_like(text, i)):
                cur.segs.append((seg, i))
                seg = i + 1
            else:
                cur.segs.append((seg, i))
                cur.close_mark = i
                raws.append(cur)
                cur = None
        if cur is not None:
            cur.segs.append((seg, le))
        prev = (ls, le)
        pos = le + 1
    if cur is not None:
        raws.append(cur)
    return raws


def scan_single(text: str, taken: list[tuple[int, int]]) -> list[RawQuote]:
    """Single-quoted labels: an opening ‘ or ' after a space, a closing ’ or ' before a space.

    One search jumps to each mark that can open a label; only the marks in the bounded window
    after it (the rest of its line, at most ``_MAX_SINGLE`` characters) are looked at one by one.
    """
    raws: list[RawQuote] = []
    n = len(text)
    ls, le = 0, -1  # the line of the last opening mark
    pos = 0
    while True:
        m = _SINGLE_OPEN_RE.search(text, pos)
        if m is None:
            break
        opened = m.start()
        if opened > le:
            nl = text.rfind("\n", le + 1, opened)
            ls = le + 1 if nl < 0 else nl + 1
            le = text.find("\n", opened)
            if le < 0:
                le = n
        limit = min(le, opened + _MAX_SINGLE + 1)
        pos = limit
        for m in _SINGLE_RE.finditer(text, opened + 1, limit):
            i, ch = m.start(), m.group()
            before = text[i - 1]
            after = text[i + 1] if i + 1 < le else " "
            if ch != "‘" and (before.isalnum() or before in ".,!?)") and not (after.isalnum()):
                if i > opened + 1:
                    raws.append(RawQuote([(opened + 1, i)], opened, i, ls, None, False, True))
                pos = i + 1
                break
            if ch != "’" and (before.isspace() or before in '([{“"—–-/') and after.isalnum():
                pos = i  # a later mark opens instead: start again from it
                break
    out = []
    j = 0
    for r in raws:  # drop labels nested inside a double-quoted span
        while j < len(taken) and taken[j][1] < r.open_mark:
            j += 1
        if j == len(taken) or taken[j][0] > r.segs[0][1]:
            out.append(r)
    return out


# ------------------------------------------------------------------ attribution

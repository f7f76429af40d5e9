"""Paragraphs and sentences, with their offsets, and a same-length normalised copy of the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import attrs

__all__ = ["MAX_SENTENCE", "Caseless", "Sentence", "normalise", "paragraphs", "sentences"]

# Typographic variants mapped one-for-one, so offsets into the copy are offsets into the original.
_SAME_LENGTH = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u00a0": " ",
        "\u200b": " ",
        "\u3000": " ",
        "\t": " ",
    }
)


# every mapping is one character to one other, and no character mapped to is mapped itself: the
# replacements may run in any order
_SAME_LENGTH_PAIRS = tuple((chr(k), v) for k, v in _SAME_LENGTH.items())


def normalise(text: str) -> str:
    """The text with dashes, apostrophes and odd spaces made plain, length unchanged.

    >>> normalise("Kim\\u2019s visit \\u2013 talks\\tresume")
    "Kim's visit - talks resume"
    """
    # one C-level replace per character mapped (a dict translation of text beyond ASCII walks
    # every character in Python); on ASCII text the tab is the one character mapped
    if text.isascii():
        return text.replace("\t", " ")
    for old, new in _SAME_LENGTH_PAIRS:
        text = text.replace(old, new)
    return text


@attrs.frozen(slots=True)
class Sentence:
    """A sentence: its span in the part's text, its paragraph index and its own text."""

    start: int
    end: int
    paragraph: int
    text: str


_PARA = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before a space and a
# capital, digit or opening quote. Abbreviations are vetted in code, not in the pattern.
_END = re.compile(
    # both alternatives open at the mark, a character class ``re`` skips ahead to (no pattern
    # step at the other characters: the scan ~5x faster than testing each place)
    r"[.!?](?:[\"'\u201d\u2019)\]]*(?= +[\"'\u201c\u2018(\[]?[A-Z0-9])"
    # pages whose line breaks were lost: "in the coming days.Speaking to ...": the sentence
    # ends after the mark (the empty group marks where)
    r"|(?<=[a-z]{3}[.!?])()(?=[A-Z][a-z]))"
)
_RUN_ON = re.compile(r"(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])")
_ABBREV = frozenset(
    [
        "u.s",
        "u.n",
        "u.k",
        "r.o.k",
        "d.p.r.k",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "adm",
        "amb",
        "gov",
        "st",
        "no",
        "jr",
        "sr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vs",
        "etc",
        "inc",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
        "p.m",
        "a.m",
    ]
)


def paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank lines of ``text`` from ``start`` on (each line is a paragraph)."""
    for m in _PARA.finditer(text, start):
        if m.group().strip():
            s, e = m.span()
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] == " ":
                e -= 1
            yield s, e


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    if text[dot] != ".":
        return False
    i = dot
    while i > para_start and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower().rstrip(".")
    if len(word) == 1 and word.isalpha():  # an initial: "Michael R. Pompeo"
        return True
    if len(word) == 3 and word[1] == "." and word != "d.c":  # initials: "H.R. McMaster"
        return True
    return word in _ABBREV or word.replace(".", "") in {"us", "un", "uk"}


#: the most characters one sentence holds: a longer run of text is cut at a clause's edge.
#: The readers weigh every meeting word of a sentence against every name in it, so a sentence is
#: the unit their work grows with; real sentences stay far below (the longest in the real texts
#: read so far is under 500 characters), a page of one unending sentence would be quadratic.
MAX_SENTENCE = 1000


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of every paragraph of ``text`` from ``start`` on, in order; a sentence longer
    than :data:`MAX_SENTENCE` comes in pieces (see :func:`_pieces`)."""
    out: list[Sentence] = []
    for index, (ps, pe) in enumerate(paragraphs(text, start)):
        s = ps
        if ps and text[ps - 1] in ".!?" and _RUN_ON.match(text, ps, pe):
            # (only where ``start`` cuts a line after a mark) the run-on end at the very start,
            # which the scan from ``ps`` cannot see: an empty sentence, as ever
            _add(out, text, s, s, index)
        for m in _END.finditer(text, ps, pe):
            if m.start(1) < 0 and _is_abbreviation(text, m.start(), ps):
                continue  # (a run-on end, after the mark, is none)
            e = m.end()
            _add(out, text, s, e, index)
            s = e
            while s < pe and text[s] == " ":
                s += 1
        if s < pe:
            _add(out, text, s, pe, index)
    return out


def _add(out: list[Sentence], text: str, s: int, e: int, paragraph: int) -> None:
    if e - s > MAX_SENTENCE:
        for a, b in _pieces(text, s, e):
            out.append(Sentence(a, b, paragraph, text[a:b]))
    else:
        out.append(Sentence(s, e, paragraph, text[s:e]))


def _pieces(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """``text[s:e]`` in pieces of at most :data:`MAX_SENTENCE` characters, each cut after the
    last semicolon or comma of its second half, else before its last space, else where it is full.

    >>> [b - a for a, b in _pieces("ab, " * 600, 0, 2400)]
    [995, 995, 408]
    >>> [b - a for a, b in _pieces("x" * 2400, 0, 2400)]
    [1000, 1000, 400]
    """
    half = MAX_SENTENCE // 2
    while e - s > MAX_SENTENCE:
        full = s + MAX_SENTENCE
        cut = max(text.rfind("; ", s + half, full - 1), text.rfind(", ", s + half, full - 1))
        if cut >= 0:
            cut += 1  # the mark stays with the clause it closes
        else:
            cut = text.rfind(" ", s + half, full)
            cut = full if cut < 0 else cut
        yield s, cut
        s = cut
        while s < e and text[s] == " ":
            s += 1
    if s < e:
        yield s, e


# ---------------------------------------------------------------------------- caseless patterns

_ESCAPE_OR_NAME = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


class Caseless:
    """An IGNORECASE pattern, run fast: on ASCII text, as a case-sensitive lowercase twin over
    the lowercased text (``re`` cannot skip ahead by a literal prefix when ignoring case); on
    other text, as written.  Both find the same spans; a match's ``group()`` is lowercase on the
    fast path, so callers that need the text as written slice it by the match's offsets.

    >>> p = Caseless(re.compile(r"\\bSummit (?:talks|meeting)", re.I))
    >>> p.search("The SUMMIT Talks began").span(), p.search("the summit meeting").span()
    ((4, 16), (4, 18))
    """

    __slots__ = ("lower", "pattern")

    def __init__(self, pattern: re.Pattern[str], *, opens_a_word: bool = False) -> None:
        """``opens_a_word``: every match starts a word with a letter (the pattern opens with
        ``\\b`` and each alternative with a letter), which the twin then tests first."""
        if not pattern.flags & re.IGNORECASE:
            raise ValueError("Caseless needs an IGNORECASE pattern")
        source, out, last = pattern.pattern, [], 0
        for m in _ESCAPE_OR_NAME.finditer(source):  # escapes (\\S, \\B) and group names kept
            out += [source[last : m.start()].lower(), m.group()]
            last = m.end()
        out.append(source[last:].lower())
        lower = "".join(out)
        if opens_a_word:
            lower = rf"\b(?=[a-z])(?:{lower})"  # most places fail at once
        self.pattern: Final = pattern
        self.lower: Final = re.compile(lower, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text`` (see the class note on ``group()``)."""
        if text.isascii():
            return self.lower.search(text.lower())
        return self.pattern.search(text)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """Every match in ``text`` from ``pos`` on, in order (see the class note on
        ``group()``)."""
        if text.isascii():
            return self.lower.finditer(text.lower(), pos)
        return self.pattern.finditer(text, pos)

    def match(self, text: str) -> re.Match[str] | None:
        """A match at the start of ``text`` (see the class note on ``group()``)."""
        if text.isascii():
            return self.lower.match(text.lower())
        return self.pattern.match(text)

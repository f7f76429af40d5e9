"""Noise: the spans of a page that are not the story (chrome, ads, repeated captions, footers).

Blanking them with :func:`~.common.blank` keeps every other character at its offset.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .common import Line, Spans, byline, is_prose, lines_of

__all__ = [
    "NOISE_LINE",
    "NOISE_LINE_MAX",
    "LineTable",
    "caption_spans",
    "credit_tail_spans",
    "duplicate_spans",
    "footer_spans",
    "line_table",
    "noise_spans",
]

# Whole lines that are never prose: site chrome, social and comment widgets, ads, footers.
NOISE_LINE = re.compile(
    r"(?:Advertisement|ADVERTISEMENT|Latest Headlines|Trending Stories|Most Read|Most Popular"
    r"|Top Stories|More Stories|Recommended Stories|Related Stories|Related Articles?"
    r"|Back [Tt]o [Tt]op|print dictionary print|Menu Content|Go to Contents|Go to Navigation"
    r"|Top \d{1,2} Stories|LETTER|Sign up for eNewsletter|Subscribe|Share|Tweet|Email|Print"
    r"|Facebook|Twitter|KakaoTalk|Copy URL|Font size|Log in to Twitter or Facebook"
    r"(?: account to connect)?|with the Korea JoongAng Daily|help-image Social comment\?"
    r"|lock icon|To write comments, please log in to one of the accounts\."
    r"|Standards Board Policy \(0/\d{1,4}[^)\n]{0,4}\)|Home ?>[^\n]{0,200}|▶[^\n]{0,200}"
    r"|(?:Copyrights?|COPYRIGHT)? ?[ⓒ©][^\n]{0,200}|Copyrights?[^\n]{0,120}"
    r"(?:reserved|prohibited)\.?|[^\n]{0,120}All [Rr]ights [Rr]eserved\.?|Source"
    r"|by times news cr|An official website of the United States government"
    r"|Here['’]s how you know|#{3}|Link to Original Source|Format: [^\n]{1,60}"
    r"|Source: [^\n]{1,80}|ABOUT ME|Today|Yesterday|Total|[-–—•·*]|arirang mobile"
    r"|Reporter ?:[^\n]{0,40}|Written by [^\n]{0,60}|\* ?unofficial translation|Date|hit"
    r"|\d{1,7}|KOR|ENG|Press Releases|Updated \(\d{1,3} articles?\)"
    r"|\(END\)|\[?Made-up sample[^\n]{0,200})"
)

# Pieces of a line that are noise: the store's page date, widgets glued to other text, Hangul
# credits and tags, broadcast script labels, photo-credit prefixes.
_NOISE_PIECE = re.compile(
    r"\A\ufeff?[ \t]{0,3}date \d{4}-\d{2}-\d{2}"
    r"|Back [Tt]o [Tt]op|Menu Content|Go to Contents|Go to Navigation"
    r"|Photo ?: ?[A-Za-z][A-Za-z ]{0,30}News|picture explanation"
    r"|\[[^\]\n]{0,30}[\uac00-\ud7a3][^\]\n]{0,30}\]"
    r"|(?:입력|수정) \d{4}\.\d{2}\.\d{2}\.? ?(?:\(\d{2}:\d{2}\))?"
    r"|\[the ?300\]|\[Asia Economy Reporter [^\]\n]{1,40}\]"
    r"|\[(?:Anchor(?: Lead| Ment)?|Pkg|Package|Soundbite|Sound ?bite|Reporter|Closing"
    r"|Stand-?up|Interview)\]"
    r"|\(PHOTO NOT FOR SALE\)"
    r"|\A[ \t]{0,8}Speaker: "
)

# Every noise piece contains one of these; most lines contain none, and a text holding none of
# them has no piece at all (looked for once per text, then in each line only those it holds).
_PIECE_HINTS = ("date ", "Back ", "Menu Content", "Go to ", "Photo", "picture explanation", "[",
                "입력 ", "수정 ", "(PHOTO NOT FOR SALE)", "Speaker: ")  # fmt: skip
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LETTER = re.compile(r"[A-Za-z\uac00-\ud7a3\u3131-\u318e]")
_EMAIL_LINE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,4}")


def noise_spans(text: str) -> Spans:
    """Spans of the noise every format shares: whole noise lines, noise pieces, Hangul menus.

    >>> noise_spans("Advertisement\\nKim met Blinken.")
    [(0, 13)]
    """
    spans: Spans = []
    # a line without Hangul is never a Korean menu line: skip counting its letters
    hangul = not text.isascii() and _HANGUL.search(text) is not None
    hints = tuple(h for h in _PIECE_HINTS if h in text)
    table = line_table(text)
    for ln, s, noise in zip(table.lines, table.stripped, table.noise, strict=True):
        if not s:
            continue
        # a byline opens with "By" and an address holds "@": most lines need neither pattern
        if (
            noise
            or ("@" in s and _EMAIL_LINE.fullmatch(s))
            or (s[:2] in _BY and byline(s) is not None)
        ):
            spans.append((ln.start, ln.end))
            continue
        if hangul and _HANGUL.search(s):
            letters = len(_LETTER.findall(s))
            if 2 * len(_HANGUL.findall(s)) >= letters:
                spans.append((ln.start, ln.end))  # a Korean site menu or tag line
                continue
        if not hints or not any(h in ln.text for h in hints):
            continue
        for m in _NOISE_PIECE.finditer(ln.text):
            spans.append((ln.start + m.start(), ln.start + m.end()))
    return spans


_BY = frozenset(("By", "BY", "by"))


class LineTable(NamedTuple):
    """The lines of a text (as :func:`~.common.lines_of` gives them), each stripped, and whether
    it is a :data:`NOISE_LINE` in full: what every noise reader asks of each line."""

    lines: tuple[Line, ...]
    stripped: tuple[str, ...]
    noise: tuple[bool, ...]


#: the longest line :data:`NOISE_LINE` matches in full (tests check it against the pattern)
NOISE_LINE_MAX = 215


@lru_cache(maxsize=4)
def line_table(text: str) -> LineTable:
    """The :class:`LineTable` of ``text``, read once for the readers that each walk its lines.

    >>> line_table("Advertisement\\n  Kim met Blinken. ").noise
    (True, False)
    """
    lines = lines_of(text)
    stripped = tuple(ln.text.strip() for ln in lines)
    fullmatch = NOISE_LINE.fullmatch
    noise = tuple(
        bool(s) and len(s) <= NOISE_LINE_MAX and fullmatch(s) is not None for s in stripped
    )
    return LineTable(lines, stripped, noise)


def _line_key(s: str) -> str:
    s = s.strip()
    if s.startswith("picture explanation"):
        s = s[len("picture explanation") :]
    return " ".join(s.split())


def duplicate_spans(text: str) -> tuple[Spans, Spans]:
    """(repeats, originals): lines repeating the non-blank line(s) just before them.

    Photo captions and titles are often printed twice or three times in a row; the first copy is
    kept (a meeting described in a caption counts), the repeats are noise.
    """
    repeats, originals = _duplicate_spans(text)
    return list(repeats), list(originals)


# A reader asks for the repeats and captions of the same text several times (blanking, the body
# start, the credit tails): read each text once.  Results are tuples so the cache stays intact.
@lru_cache(maxsize=4)
def _duplicate_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    repeats: Spans = []
    originals: Spans = []
    prev_key = ""
    prev_span = (0, 0)
    table = line_table(text)
    for ln, s, noise in zip(table.lines, table.stripped, table.noise, strict=True):
        if not s:  # the empty key (hostile text can be all blank lines)
            continue
        # a stripped line with single spaces alone between its words is its own key (and
        # isprintable() is False for every blank but the space)
        if "  " in s or not s.isprintable() or s.startswith("picture explanation"):
            key = _line_key(s)
            if not key or NOISE_LINE.fullmatch(key):
                continue
        elif noise:
            continue
        else:
            key = s
        if len(key) >= 15 and key == prev_key:
            repeats.append((ln.start, ln.end))
            if not originals or originals[-1] != prev_span:
                originals.append(prev_span)
            continue
        prev_key, prev_span = key, (ln.start, ln.end)
    return tuple(repeats), tuple(originals)


_CAPTION_END = re.compile(
    r"(?:\[[A-Z][A-Za-z' ]{1,30}\]|[A-Z]{2,8}(?:[-/][A-Za-z]{2,8}){1,3}|UPI Photo"
    r"|(?:(?:Pool|File) )?Photo by [^\n]{1,60}|[Cc]ourtesy of [^\n]{1,60}"
    r"|\([A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|and|the|for)){0,6}\))"
    r"\s*\Z"
)
# the longest match of _CAPTION_END's bounded alternatives ("Photo by " and 60 characters, ...)
_CAPTION_END_REACH = 80
_CREDIT_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz)]")


def _credit_ends(s: str) -> bool:
    """``_CAPTION_END.search(s)`` for a stripped line, without scanning all of a long line.

    Only the ``(Name of Agency)`` alternative can start more than ``_CAPTION_END_REACH`` characters
    before the end, and it contains no ``(``: it can only start at the last ``(``.
    """
    last = s.rstrip()[-1:]
    if not last or (last not in _CREDIT_LAST and "Photo by " not in s and "ourtesy of " not in s):
        return False  # a credit ends with a letter, ")" or "]", save the two open-ended ones
    window = max(0, len(s) - _CAPTION_END_REACH)
    if _CAPTION_END.search(s, window):
        return True
    paren = s.rfind("(", 0, window)
    return paren >= 0 and _CAPTION_END.match(s, paren) is not None


_CAPTION_START = re.compile(r"\A\s*(?:FILE ?[-–—:] |picture explanation)")
_CAPTION_OPENINGS = ("FILE", "picture explanation")  # what a stripped line matching it opens
_PHOTO = re.compile(r"\b(?:[Pp]hoto|PHOTO|pose|poses|posing|shake hands|\([LR]\))")


def caption_spans(text: str) -> Spans:
    """Spans of the lines that read as photo captions (kept in the text, but not body prose).

    A caption is the first copy of a repeated long line, a line marked ``picture explanation``
    or ``FILE -``, or a line ending in a photo credit such as ``EPA-EFE/YONHAP`` or ``[YONHAP]``
    that mentions a photo or is followed by more text (a final ``(Yonhap)`` credits the story).
    """
    return list(_caption_spans(text))


@lru_cache(maxsize=4)
def _caption_spans(text: str) -> tuple[tuple[int, int], ...]:
    _repeats, originals = _duplicate_spans(text)
    spans = set()
    for start, end in originals:
        s = text[start:end].strip()
        # a repeated title is not a caption: captions read as sentences, carry a credit, or are long
        if len(s.split()) >= 6 and (
            is_prose(s)
            or _credit_ends(s)
            or _PHOTO.search(s)
            or len(s.split()) >= 16
            or "picture explanation" + s in text
        ):
            spans.add((start, end))
    table = line_table(text)
    lines = [
        (ln, s)
        for ln, s, noise in zip(table.lines, table.stripped, table.noise, strict=True)
        if s and not noise
    ]
    last = len(lines) - 1
    for i, (ln, s) in enumerate(lines):
        # the cheap tests first: a caption opens with its mark or ends with a credit
        opens = s.startswith(_CAPTION_OPENINGS) and _CAPTION_START.match(s) is not None
        if not opens and not _credit_ends(s):
            continue
        if len(s.split()) < 6:
            continue
        if opens or i < last or _PHOTO.search(s):
            spans.add((ln.start, ln.end))
    return tuple(sorted(spans))


def credit_tail_spans(text: str) -> Spans:
    """The photo credits ending caption lines (``EPA-EFE/YONHAP``, ``Photo by NAME/UPI``)."""
    spans: Spans = []
    for start, end in caption_spans(text):
        m = _CAPTION_END.search(text, start, end)
        if m and m.start() > start and text[start : m.start()].strip():
            spans.append((m.start(), m.end()))
    return spans


def footer_spans(text: str, footer: re.Pattern[str]) -> Spans:
    """From the first line matching ``footer`` that follows some prose, to the end of ``text``."""
    seen_prose = False
    table = line_table(text)
    for ln, s in zip(table.lines, table.stripped, strict=True):
        if seen_prose and footer.fullmatch(s):
            return [(ln.start, len(text))]
        seen_prose = seen_prose or is_prose(s)
    return []

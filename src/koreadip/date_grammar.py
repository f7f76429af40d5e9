"""The grammar of date phrases in prose: what :func:`date_phrases` finds, unread.

:mod:`koreadip.date_reading` reads what each phrase names against a reference date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["MONTH_NAMES", "SCANNER", "WEEKDAY_NAMES", "date_phrases"]

# The phrase grammar. Every quantifier is bounded and no group repeats another repeating
# group, so one scan over n characters costs O(n) whatever the input.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _as_written(names: Iterable[str]) -> str:
    # Title case or capitals only: lower-case "may" is a verb, "march" a noun.
    return "|".join(sorted({f for n in names for f in (n, n.upper())}, key=len, reverse=True))


_ABBREVIATIONS = [*(n[:3] for n in MONTH_NAMES if n != "May"), "Sept"]
_MONTH = rf"\b(?:(?:{_as_written(MONTH_NAMES)})\b|(?:{_as_written(_ABBREVIATIONS)})\b\.?)"
_WEEKDAY = rf"\b(?:{_as_written(WEEKDAY_NAMES)})\b"


def _year_after(group: str) -> str:
    return rf",?\s{{1,3}}(?P<{group}>\d{{4}})\b(?![-–/.:]\d)"


def _rel_year(alt: str) -> str:
    """ "Feb. 27 last year", "March 3 this year": the year told relative to the text's."""
    return rf"\s{{1,3}}(?P<{alt}_rely>(?i:last|this|next))\s{{1,3}}(?i:year)\b"


# "February 27-28": a span of days is dated by its first
_DAY_SPAN = r"(?:\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?(?![\d/.:]))?"
_PREP = r"\b(?P<prep>(?i:on|in|since|until|till|by|from|through|before|after|during|for))\s{1,3}"
_FOLLOW = (  # what may follow "the 25th" for it to be a date, not "the 46th Council"
    r"(?=\s{0,2}(?:$|\n|[,.;:!?()\"'“”‘’\-–—])|\s{1,3}(?i:at|in|and|or|to|with|when|while|that"
    r"|as|after|before|during|for|from|of|on|by|via|said|but|amid|ahead|where|which|the|this"
    r"|local|morning|afternoon|evening|night)\b)"
)
_ALTERNATIVES = {
    "ymd": r"(?<![\w.\-/])(?P<ymd_y>\d{4})(?P<ymd_s>[-./])\s?(?P<ymd_m>\d{1,2})(?P=ymd_s)\s?"
    r"(?P<ymd_d>\d{1,2})(?![\d:]|[-./]\d)",
    "dmy": r"(?<![\w.\-/])(?P<n1>\d{1,2})(?P<ns>[-./])(?P<n2>\d{1,2})(?P=ns)(?P<n3>\d{4})"
    r"(?![\d:]|[-./]\d)",
    "md": rf"(?:(?P<md_wd>{_WEEKDAY}),?\s{{1,3}})?(?P<md_m>{_MONTH})\s{{0,3}}"
    rf"(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_SPAN}\b(?:{_year_after('md_y')}|{_rel_year('md')})?",
    "dt": rf"(?<![\w.,:/-])(?P<dt_d>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_SPAN}\s{{1,3}}(?:of\s{{1,3}})?"
    rf"(?P<dt_m>{_MONTH})(?:{_year_after('dt_y')}|{_rel_year('dt')})?",
    "mp": r"(?:\b(?P<mp_rel>(?i:last|this|next))\s{1,3})?"
    rf"(?:\b(?P<mp_part>(?i:early|mid|late))[-\s]{{1,2}})?(?P<mp_m>{_MONTH})"
    rf"(?:{_year_after('mp_y')}|\s{{1,3}}(?P<mp_rely>(?i:last|this|next))\s{{1,3}}"
    r"(?i:year)\b)?",
    "yr": r"(?:\b(?P<yr_part>(?i:early|mid|late))[-\s]{1,2})?(?<![\w.,/])(?<!\d-)"
    r"(?P<yr_y>(?:1[89]|20)\d\d)(?!\w|[-–/.,:]\d)",
    "wd": rf"(?:\b(?P<wd_rel>(?i:last|this|next|coming|past))\s{{1,3}})?(?P<wd_d>{_WEEKDAY})",
    "dom": r"(?P<dom_tod>(?:\b(?i:the)\s{1,3}(?:(?i:early|late)\s{1,3})?"
    r"(?i:morning|afternoon|evening|night)\s{1,3}(?i:of)\s{1,3}){1,3})?"
    rf"\b(?i:the)\s{{1,3}}(?P<dom_d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?:\s{1,3}(?i:of)\s{1,3}(?P<dom_rel>(?i:last|this|next))\s{1,3}(?i:month)\b)?"
    rf"{_FOLLOW}",
    "rel": r"\b(?P<rel_w>(?i:today|tonight|yesterday|tomorrow|this\s{1,3}(?:morning|afternoon"
    r"|evening|week(?:end)?|month|year)|last\s{1,3}(?:night|week(?:end)?|month|year)|next\s{1,3}"
    r"(?:week|month|year)|(?:earlier|later)\s{1,3}this\s{1,3}(?:week|month|year)|"
    r"(?:earlier|later)\s{1,3}today))\b",
}
_SUFFIX = (
    r"(?P<suffix>\s{0,2}\((?:[\w.]{1,12}\s(?:[\w.]{1,12}\s)?\s?(?i:time)|KST|EST|EDT|GMT|UTC)\))?"
)
# What a phrase of each kind starts with (its preposition aside), tested first: its words by
# their first three letters, in their own case rule; "the 25th" by what follows "the".
_MONTH3 = "|".join(sorted({f for n in MONTH_NAMES for f in (n[:3], n[:3].upper())}))
_WEEKDAY3 = "|".join(sorted({f for n in WEEKDAY_NAMES for f in (n[:3], n[:3].upper())}))
_GUARDS = {
    **dict.fromkeys(("ymd", "dmy", "dt"), r"(?=\d)"),
    "md": f"(?={_WEEKDAY3}|{_MONTH3})",  # weekday or month, as written
    "mp": f"(?=(?i:las|thi|nex|ear|mid|lat)|{_MONTH3})",  # last/this/next, early/mid/late
    "yr": r"(?=(?i:ear|mid|lat)|1[89]|20)",  # early/mid/late, the year
    "wd": f"(?=(?i:las|thi|nex|com|pas)|{_WEEKDAY3})",  # last/this/next/coming/past
    "dom": r"(?=(?i:the)\s{1,3}(?:[0-9]|(?i:early|late|morning|afternoon|evening|night)))",
    "rel": r"(?=(?i:tod|ton|tom|yes|thi|las|nex|ear|lat))",
}


def _kind(name: str, pattern: str) -> str:
    return f"(?P<{name}>{_GUARDS[name]}{pattern})"


# The first characters a phrase of any kind may open with (see _GUARDS), and those of the
# prepositions; in Unicode, "(?i:i)" also takes "İ" and "ı", "(?i:s)" takes "ſ".
_OPENING = r"\dltnemcpyLTNEMCPYJFASODW"
_PREP_OPENING = "oisutbfdaOISUTBFDA\u0130\u0131\u017f"
# Every phrase starts a word, with one of the characters above: testing that first lets the
# scan skip most words at once.  The kinds that open with a digit alone are tried first where
# a digit stands; elsewhere only the others, in their order (so the first kind that matches is
# the one it was), each behind its own guard.
_DIGIT_KINDS = ("ymd", "dmy", "dt")
# The first three characters a phrase may open with: those of the prepositions (a space, here
# "_", stands for the whitespace after "on", "in", "by") and of the words read in any case
# ("the", "last", "early", "today", ...), and of the months and weekdays as written; a word
# opening otherwise (and with no digit) is no phrase.
_OPENINGS = (
    """on_ in_ by_ sin unt til fro thr bef aft dur for las thi nex ear mid lat com pas the tod
    ton tom yes""".split(),
    [f(n[:3]) for n in (*MONTH_NAMES, *WEEKDAY_NAMES) for f in (str, str.upper)],
)
_FOLDS = {"i": "iI\u0130\u0131", "s": "sS\u017f", "k": "kK\u212a"}


def _openings_guard() -> str:
    """A lookahead for a digit or one of ``_OPENINGS`` (the first in any case, with the
    letters ``(?i)`` takes for them), grouped by first and second character."""
    anycase, as_written = _OPENINGS
    triples = {*as_written}
    for word in anycase:
        a, b, c = (_FOLDS.get(ch, ch + ch.upper()) for ch in word)
        triples |= {x + y + z for x in a for y in b for z in c}
    tree: dict[str, dict[str, set[str]]] = {}
    for triple in triples:
        tree.setdefault(triple[0], {}).setdefault(triple[1], set()).add(triple[2])

    def third(chars: set[str]) -> str:
        return "[" + "".join("\\s" if ch == "_" else re.escape(ch) for ch in sorted(chars)) + "]"

    branches = (
        re.escape(x)
        + "(?:"
        + "|".join(re.escape(y) + third(zs) for y, zs in sorted(ys.items()))
        + ")"
        for x, ys in sorted(tree.items())
    )
    return rf"(?=\d|{'|'.join(branches)})"


SCANNER = re.compile(
    rf"\b(?=[{_OPENING}{_PREP_OPENING}]){_openings_guard()}(?:(?=[{_PREP_OPENING}]){_PREP})?"
    rf"(?:(?=\d)(?:{'|'.join(_kind(k, _ALTERNATIVES[k]) for k in _DIGIT_KINDS)})|"
    rf"(?=[{_OPENING}])"
    rf"(?:{'|'.join(_kind(k, v) for k, v in _ALTERNATIVES.items() if k not in _DIGIT_KINDS)}))"
    + _SUFFIX
)


# Every date phrase holds a digit, a month (as written), a weekday ("...day") or one of the
# words of the relative phrases ("today", "tonight", "tomorrow", "this", "last", "next"): ASCII
# text with none of them, lowercased, has no date phrase and needs no scan.
_DIGIT = re.compile(r"[0-9]")
_DATE_WORDS = (
    *(n[:3].lower() for n in MONTH_NAMES),
    *("day", "tonight", "tomorrow", "this", "last", "next"),
)


def date_phrases(text: str) -> list[re.Match[str]]:
    """The date phrases of ``text``, unread: what :func:`koreadip.date_reading.read_dates`
    reads, once or both ways.

    >>> [m.group() for m in date_phrases("They met on Friday, not in May.")]
    ['on Friday', 'in May']
    """
    if text.isascii() and not _DIGIT.search(text):
        low = text.lower()
        if not any(word in low for word in _DATE_WORDS):
            return []
    return list(SCANNER.finditer(text))

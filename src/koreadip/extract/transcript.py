"""Speaker turns in a transcript: ``SECRETARY POMPEO:`` / ``QUESTION:`` labels and their text.

A label is a run of one to five capitalised words at the start of a line, then a colon.  A turn
runs over its paragraphs until the next label or an end marker (``###``, ``Source: ...``).  Each
line is matched by one anchored, bounded pattern, so the scan is linear in the text's length.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

__all__ = ["Turn", "find_turns", "looks_like_transcript"]


class Turn(NamedTuple):
    """One labelled turn: the label as written, and the turn's text with stage directions removed.

    ``text`` joins the turn's paragraphs with single spaces; ``start``/``end`` span the turn in the
    input.  ``is_question`` marks reporters', moderators' and operators' turns; ``title`` and
    ``surname`` split a label like ``SPECIAL REPRESENTATIVE BIEGUN``.  Those three are read from
    the label when asked for, so that a page of one-line turns costs a small tuple per line.
    """

    label: str
    label_start: int
    text: str
    start: int
    end: int

    @property
    def label_end(self) -> int:
        return self.label_start + len(self.label)

    @property
    def is_question(self) -> bool:
        return _parts(self.label)[0]

    @property
    def title(self) -> str | None:
        return _parts(self.label)[1]

    @property
    def surname(self) -> str | None:
        return _parts(self.label)[2]


_WORD = r"[A-Z][A-Z.'’\-]{0,30}"
_LABEL_RE = re.compile(
    rf"[ \t\u00a0\u3000]{{0,40}}(?P<label>{_WORD}(?:[ \u00a0]{_WORD}){{0,4}})[ \t]{{0,4}}:"
)
_END_RE = re.compile(
    r"[ \t\u00a0]{0,40}(?:#\s?#\s?#|-+\s?END\s?-+|\[?END\]?\s*$|\(END\)|(?:Source|Speaker|"
    r"Format|Tags|Topics|Related(?: Articles?| Stories)?)\s?:|Link to Original|©|Copyright\s?(?:©|"
    r"\(c\)|\d{4})|(?:Back to Top|Share this|Related Articles?|Top Stories)\s*$)",
    re.IGNORECASE,
)
_STAGE_RE = re.compile(
    r"[(\[](?:laughter|applause|crosstalk|cross-talk|inaudible|unintelligible|indiscernible|"
    r"off[- ]?mi(?:c|ke|crophone)|pause|interruption|audio (?:break|interruption|difficulties)|"
    r"technical difficulties|laughs|chuckles|coughs|via interpreter|as interpreted|"
    r"through (?:an )?interpreter|in (?:korean|english|japanese|chinese)|speaks in \w+|"
    r"no response|silence|music)[.!]?[)\]]",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"\s+")


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Capitalised words that introduce a line of prose or page furniture, never a speaker.
_NOT_LABELS = _vocab(
    "NOTE NOTES UPDATE UPDATED SOURCE SOURCES SPEAKER FORMAT LINK PHOTO PHOTOS VIDEO WATCH "
    "READ SEE ALSO RELATED BREAKING NEWS EXCLUSIVE ANALYSIS OPINION EDITORIAL CORRECTION "
    "CLARIFICATION TAGS TOPICS KEYWORDS SUBJECT DATE TIME TITLE FROM TO CC RE BY EMAIL TEL "
    "FAX URL WEB WHEN WHERE WHAT WHY HOW LOCATION VENUE ADVERTISEMENT COPYRIGHT WARNING "
    "CAUTION IMPORTANT SUMMARY BACKGROUND CONTEXT FACT FACTS FILE IMAGE CREDIT CAPTION "
    "EMBARGOED ATTENTION PS P.S. NB N.B. FYI TBD TBA EST EDT KST GMT UTC AM PM STATEMENT "
    "REMARKS TRANSCRIPT BRIEFING SECTION CHAPTER ARTICLE PART AGENDA ITINERARY SCHEDULE "
    "RESULTS RESULT ANNOUNCEMENT NOTICE ALERT SEOUL WASHINGTON TOKYO BEIJING PYONGYANG "
    "MOSCOW LONDON GENEVA PARIS BRUSSELS SINGAPORE HANOI BUSAN"
) | {"NEW YORK", "UNITED NATIONS"}
_QUESTION_LABELS = frozenset(
    {"QUESTION", "Q", "MODERATOR", "OPERATOR", "REPORTER", "JOURNALIST", "AUDIENCE", "PRESS"}
)
_ROLE_WORDS = _QUESTION_LABELS | _vocab(
    "PARTICIPANT PARTICIPANTS STAFF OFFICIAL OFFICIALS MEMBER INTERPRETER TRANSLATOR "
    "SPOKESPERSON SPOKESMAN SPOKESWOMAN VOICE VOICES CORRESPONDENT ANSWER A ANCHOR HOST "
    "PANELIST AIDE"
)


_NUMBERS = frozenset({"ONE", "TWO", "THREE", "FOUR", "FIVE", "NUMBER", "NO.", "#"})


# The same pattern at every line start, and the rest of the label's line: one search finds the
# candidate label lines and the first line of each turn's text.
# ``rest`` is that line's text without surrounding whitespace (``str.strip``'s, as ``\s`` is); it
# backtracks only over the line's trailing whitespace, once.
_LABEL_LINE_RE = re.compile(
    "(?m)^" + _LABEL_RE.pattern + r"[^\S\n]*(?P<rest>(?:[^\n]*\S)?)[^\S\n]*"
)


def _label_ok(label: str) -> bool:
    words = label.replace("\u00a0", " ").split()
    if words[-1].rstrip(".") in _NOT_LABELS or " ".join(words) in _NOT_LABELS:
        return False
    return not any(len(w.strip(".'’-")) == 0 for w in words)


@functools.lru_cache(maxsize=1024)
def _parts(label: str) -> tuple[bool, str | None, str | None]:
    """Whether a label asks, and its title words and surname."""
    words = [w for w in label.split() if w not in _NUMBERS and not w.isdigit()] or label.split()
    last = words[-1].rstrip(".")
    if any(w.rstrip(".") in _ROLE_WORDS for w in words):  # SENIOR STATE DEPARTMENT OFFICIAL ONE
        return words[0] in _QUESTION_LABELS or last in _QUESTION_LABELS, None, None
    title = " ".join(w.rstrip(".") for w in words[:-1]) or None
    return False, title, last


def _add_line(text: str, a: int, b: int, body: list[tuple[int, int]]) -> None:
    """Add ``text[a:b]`` without its surrounding whitespace to ``body``, unless it is blank."""
    line = text[a:b]
    kept = line.strip()
    if kept:
        a += len(line) - len(line.lstrip())
        body.append((a, a + len(kept)))


def _body_lines(text: str, pos: int, stop: int, body: list[tuple[int, int]]) -> bool:
    """Add the lines starting in ``text[pos:stop]`` to ``body``; True at an end marker."""
    while pos < stop:
        le = text.find("\n", pos, stop)
        if le < 0:
            le = len(text)
        if _END_RE.match(text, pos, le):
            return True
        _add_line(text, pos, le, body)
        pos = le + 1
    return False


def _joined(text: str, body: list[tuple[int, int]]) -> str:
    pieces = [_STAGE_RE.sub(" ", text[a:b]) for a, b in body]
    return _SPACE_RE.sub(" ", " ".join(pieces)).strip()


_new_turn = tuple.__new__  # a Turn without NamedTuple's Python-level __new__: one per line, below


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of a transcript, in order; ``[]`` for text that has none.

    One search finds the label lines with the first line of each turn; only turns of more than
    one line are then read line by line (for an end marker and the turn's text), so text without
    labels costs one regex scan and a turn of one line costs one match.

    >>> [(t.label, t.text) for t in find_turns("MR. LEE: We met. (Laughter.)\\nQUESTION: When?")]
    [('MR. LEE', 'We met.'), ('QUESTION', 'When?')]
    """
    turns: list[Turn] = []
    append = turns.append
    is_label: dict[str, bool] = {}  # False for the capitalised start of a line of prose
    # the open turn: its label and where it starts, its first line and that line's span, and
    # where the next line starts
    label: str | None = None
    first = ""
    label_start = fa = fb = pos = 0
    for found in _LABEL_LINE_RE.finditer(text):
        name = found[1]
        ok = is_label.get(name)
        if ok is None:
            ok = is_label[name] = _label_ok(name)
        if not ok:
            continue  # read as a line of the open turn, if any
        if label is not None:
            at = found.start()
            if pos < at:  # more lines: up to this label (or to an end marker) they are its text
                _close(text, label, label_start, first, fa, fb, pos, at, append)
            elif first:  # a one-line turn, the common case on a page of short answers
                if "(" in first or "[" in first or "  " in first or not first.isprintable():
                    first = _joined(text, [(fa, fb)])
                if first:
                    append(_new_turn(Turn, (label, label_start, first, fa, fb)))
        label = name
        label_start = found.start(1)
        fa, fb = found.span(2)
        first = found[2]
        pos = found.end() + 1
    if label is not None:
        _close(text, label, label_start, first, fa, fb, pos, len(text) + 1, append)
    return turns


def _close(
    text: str,
    label: str,
    label_start: int,
    first: str,
    fa: int,
    fb: int,
    pos: int,
    stop: int,
    append: Callable[[Turn], None],
) -> None:
    """Append the turn whose first line is ``text[fa:fb]`` and whose other lines start in
    ``text[pos:stop]``; a turn without text is dropped."""
    body = [(fa, fb)] if first else []
    _body_lines(text, pos, stop, body)
    if body:
        joined = _joined(text, body)
        if joined:
            append(_new_turn(Turn, (label, label_start, joined, body[0][0], body[-1][1])))


def looks_like_transcript(text: str) -> bool:
    """Whether ``text`` has at least two labelled turns.

    >>> looks_like_transcript("MS KANG: Thank you.\\nQUESTION: Next?")
    True
    """
    return len(find_turns(text)) >= 2

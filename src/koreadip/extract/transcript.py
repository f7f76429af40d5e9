"""Speaker turns in a transcript: ``SECRETARY POMPEO:`` / ``QUESTION:`` labels and their text.

A label is a run of one to five capitalised words at the start of a line, then a colon.  A turn
runs over its paragraphs until the next label or an end marker (``###``, ``Source: ...``).  Each
line is matched by one anchored, bounded pattern, so the scan is linear in the text's length.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Turn", "find_turns", "looks_like_transcript"]


class Turn(NamedTuple):
    """One labelled turn: the label as written, and the turn's text with stage directions removed.

    ``text`` joins the turn's paragraphs with single spaces; ``start``/``end`` span the turn in the
    input.  ``is_question`` marks reporters', moderators' and operators' turns; ``title`` and
    ``surname`` split a label like ``SPECIAL REPRESENTATIVE BIEGUN``.
    """

    label: str
    label_start: int
    label_end: int
    text: str
    start: int
    end: int
    is_question: bool = False
    title: str | None = None
    surname: str | None = None


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


# The same pattern at every line start: one search finds the candidate label lines.
_LABEL_LINE_RE = re.compile("(?m)^" + _LABEL_RE.pattern)


def _label_ok(label: str) -> bool:
    words = label.replace("\u00a0", " ").split()
    if words[-1].rstrip(".") in _NOT_LABELS or " ".join(words) in _NOT_LABELS:
        return False
    return not any(len(w.strip(".'’-")) == 0 for w in words)


#: whether a label asks, its title words and its surname
_Parts = tuple[bool, str | None, str | None]


def _parts(label: str) -> _Parts:
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
    if len(body) == 1:
        line = text[body[0][0] : body[0][1]]
        # no stage direction, and no whitespace but single spaces: the subs would change nothing
        if "(" not in line and "[" not in line and "  " not in line and line.isprintable():
            return line
    pieces = [_STAGE_RE.sub(" ", text[a:b]) for a, b in body]
    return _SPACE_RE.sub(" ", " ".join(pieces)).strip()


_UNSEEN: _Parts = (False, "", "")  # a sentinel: never the parts of a real label


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of a transcript, in order; ``[]`` for text that has none.

    One search finds the label lines; only the lines of a turn are then read one by one (for an
    end marker and the turn's text), so text without labels costs one regex scan.

    >>> [(t.label, t.text) for t in find_turns("MR. LEE: We met. (Laughter.)\\nQUESTION: When?")]
    [('MR. LEE', 'We met.'), ('QUESTION', 'When?')]
    """
    turns: list[Turn] = []
    append = turns.append
    n = len(text)
    known: dict[str, _Parts | None] = {}  # label → its parts, or None for a line of prose
    label: re.Match[str] | None = None
    parts: _Parts = (False, None, None)
    body: list[tuple[int, int]] = []
    pos = 0  # the first line not yet read
    for found in _LABEL_LINE_RE.finditer(text):
        name = found.group("label")
        found_parts = known.get(name, _UNSEEN)
        if found_parts is _UNSEEN:
            found_parts = known[name] = _parts(name) if _label_ok(name) else None
        if found_parts is None:
            continue  # not a label: read as a line of the turn, if any
        at = found.start()
        if label is not None:  # the lines up to this label (or to an end marker) are its text
            if pos < at:
                _body_lines(text, pos, at, body)
            if body:  # a turn without text is dropped
                joined = _joined(text, body)
                if joined:
                    # a tuple, not a frozen attrs class: a page of one-line turns makes one a line
                    append(
                        Turn(
                            label[1],
                            label.start(1),
                            label.end(1),
                            joined,
                            body[0][0],
                            body[-1][1],
                            *parts,
                        )
                    )
        label, parts, body = found, found_parts, []
        a = found.end()
        le = text.find("\n", a)
        if le < 0:
            le = n
        line = text[a:le]
        kept = line.strip()
        if kept:
            a += len(line) - len(line.lstrip())
            body.append((a, a + len(kept)))
        pos = le + 1
    if label is not None:
        _body_lines(text, pos, n + 1, body)
        joined = _joined(text, body) if body else ""
        if joined:
            append(
                Turn(
                    label[1], label.start(1), label.end(1), joined, body[0][0], body[-1][1], *parts
                )
            )
    return turns


def looks_like_transcript(text: str) -> bool:
    """Whether ``text`` has at least two labelled turns.

    >>> looks_like_transcript("MS KANG: Thank you.\\nQUESTION: Next?")
    True
    """
    return len(find_turns(text)) >= 2

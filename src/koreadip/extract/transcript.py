"""Speaker turns in a transcript: ``SECRETARY POMPEO:`` / ``QUESTION:`` labels and their text.

A label is a run of one to five capitalised words at the start of a line, then a colon.  A turn
runs over its paragraphs until the next label or an end marker (``###``, ``Source: ...``).  Each
line is matched by one anchored, bounded pattern, so the scan is linear in the text's length.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Turn", "find_turns", "looks_like_transcript"]


@attrs.frozen(slots=True, kw_only=True)
class Turn:
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


def _label_at(text: str, ls: int, le: int) -> re.Match[str] | None:
    m = _LABEL_RE.match(text, ls, le)
    if m is None:
        return None
    words = m.group("label").replace("\u00a0", " ").split()
    if words[-1].rstrip(".") in _NOT_LABELS or " ".join(words) in _NOT_LABELS:
        return None
    if any(len(w.strip(".'’-")) == 0 for w in words):
        return None
    return m


def _parts(label: str) -> tuple[bool, str | None, str | None]:
    """Whether a label asks, and its title words and surname."""
    words = [w for w in label.split() if w not in _NUMBERS and not w.isdigit()] or label.split()
    last = words[-1].rstrip(".")
    if any(w.rstrip(".") in _ROLE_WORDS for w in words):  # SENIOR STATE DEPARTMENT OFFICIAL ONE
        return words[0] in _QUESTION_LABELS or last in _QUESTION_LABELS, None, None
    title = " ".join(w.rstrip(".") for w in words[:-1]) or None
    return False, title, last


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while True:
        nl = text.find("\n", pos)
        out.append((pos, len(text) if nl < 0 else nl))
        if nl < 0:
            return out
        pos = nl + 1


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of a transcript, in order; ``[]`` for text that has none.

    >>> [(t.label, t.text) for t in find_turns("MR. LEE: We met. (Laughter.)\\nQUESTION: When?")]
    [('MR. LEE', 'We met.'), ('QUESTION', 'When?')]
    """
    turns: list[Turn] = []
    label: re.Match[str] | None = None
    body: list[tuple[int, int]] = []

    def close() -> None:
        if label is None:
            return
        pieces = [_STAGE_RE.sub(" ", text[a:b]) for a, b in body]
        joined = _SPACE_RE.sub(" ", " ".join(pieces)).strip()
        if not joined:
            return
        start = body[0][0] if body else label.end()
        end = body[-1][1] if body else label.end()
        asks, title, surname = _parts(label.group("label"))
        turns.append(
            Turn(
                label=label.group("label"),
                label_start=label.start("label"),
                label_end=label.end("label"),
                text=joined,
                start=start,
                end=end,
                is_question=asks,
                title=title,
                surname=surname,
            )
        )

    for ls, le in _lines(text):
        found = _label_at(text, ls, le)
        if found is not None:
            close()
            label, body = found, []
            ls = found.end()
        elif label is not None and _END_RE.match(text, ls, le):
            close()
            label, body = None, []
            continue
        if label is None:
            continue
        a, b = ls, le
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            body.append((a, b))
    close()
    return turns


def looks_like_transcript(text: str) -> bool:
    """Whether ``text`` has at least two labelled turns.

    >>> looks_like_transcript("MS KANG: Thank you.\\nQUESTION: Next?")
    True
    """
    return len(find_turns(text)) >= 2

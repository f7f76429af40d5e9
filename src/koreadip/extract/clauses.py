"""A sentence's fronted clause: "During a call with X on June 16, Y discussed ...".

A sentence that opens with a subordinate clause or an adverbial phrase ("After wrapping up
the G20 summit, which is held in Osaka on June 28, Trump plans to visit ...", "Now that Moon
has returned, Kang and Pompeo ...") keeps its dates and its people apart from the main
clause's: a date in the one does not date an event of the other, and a name in the one is
not the subject of the other.  Only where the main clause's subject is also the doer of the
fronted clause — an occasion ("During talks with X, Y said ...") or a gerund ("After meeting
X, Y flew to ...") — does it take part in the fronted clause's meeting.
"""

from __future__ import annotations

import re

import attrs

from ..date_reading import find_dates

__all__ = ["Fronted", "fronted"]

_OPENER = re.compile(
    r"\s*(?P<word>[Dd]uring|[Ii]n|[Aa]t|[Oo]ver|[Oo]n|[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hile|"
    r"[Ww]hen|[Aa]s|[Nn]ow that|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ii]f|[Oo]nce|[Ff]ollowing|"
    r"[Aa]head of|[Aa]mid|[Dd]espite|[Uu]pon|[Ww]ith)\s+(?P<next>\S+)"
)
# the comma that closes the fronted clause: one followed by the main clause's subject, not by
# a relative clause or an apposition inside it ("..., which is held in Osaka on June 28, ...")
_CLOSE = re.compile(r",\s+(?!(?:which|who|whom|whose|where|when|and|or|but|the\s+\w+\s+said)\b)")
_OCCASION = frozenset({"during", "in", "at", "over", "on", "upon"})
_REACH = 260


@attrs.frozen(slots=True)
class Fronted:
    """The span of a fronted clause, offsets into the sentence, and whether the main clause's
    subject does what it tells (an occasion or a gerund)."""

    start: int
    end: int
    shares_subject: bool


def _opens_with_date(phrase: str) -> bool:
    found = find_dates(phrase, None)
    return bool(found) and found[0].start <= 1


def fronted(sentence: str) -> Fronted | None:
    """The fronted clause of a sentence, if it opens with one."""
    m = _OPENER.match(sentence)
    if m is None:
        return None
    word, nxt = m["word"].lower(), m["next"]
    if word in ("in", "on", "at") and not re.match(r"(?:a|an|the|their|his|her|its)\b", nxt):
        return None  # "In 2018, ...", "On Tuesday, ...": a date or a place, not an event
    for close in _CLOSE.finditer(sentence, m.end(), min(len(sentence), _REACH)):
        if sentence.count('"', 0, close.start()) % 2:  # inside a quotation
            continue
        if _opens_with_date(sentence[: close.start()]):
            return None  # "On the 21st at the State Department, ...": when, for the sentence
        shares = (
            word in _OCCASION
            or (
                word in ("after", "before", "since", "upon", "while", "following")
                and nxt.endswith("ing")
            )
            # a verbless clause: "While on a visit to Tokyo, ...", "When in Seoul, ..."
            or (word in ("while", "when", "once") and nxt in ("on", "in", "at"))
        )
        return Fronted(0, close.start(), shares)
    return None

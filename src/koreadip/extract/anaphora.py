"""Anaphora: whether a meeting word tells a new event or refers back to one already told.

"The meeting came amid ...", "during the talks", "described the talks as ...", "X also attended
the meeting" refer back; such a trigger may date or place the event but adds no new one.  After
another trigger of its sentence, "... for a meeting" names the first one's purpose.
"""

from __future__ import annotations

import re

from .text import Caseless, Sentence
from .triggers import Trigger, holds_any
from .word_start import opens_word

__all__ = ["JOINS", "is_purpose", "refers_back"]

_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\band\s)(?:The|the|This|this|That|that|Their|their|Its|"
    r"its)\s+(?:[\w-]+\s+){0,2}$"
)
_REFERRING_VERB = re.compile(
    r"^\s+(?:came|comes|follows?|followed|took|takes|was|were|is|are|has|had|will|would|started|"
    r"starts|"
    r"lasted|began|begins|ended|represents|marks|marked|drew|draws|also|itself)\b"
)
_PREPOSITIONAL = Caseless(
    re.compile(
        r"\b(?:during|at|in|after|before|following|throughout|since|of)\s+(?:the|their|this|that|its|"
        r"these|his|her)\s+(?:[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
_SUCH = re.compile(r"\bsuch\s+$")
_PREDICATE = re.compile(
    r"\b(?:is|was|are|were|will be|would be|has been)\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
_AS_A = re.compile(opens_word("as") + r"\s+an?\s+(?:[\w-]+\s+){0,3}$")
_FOR_A = re.compile(opens_word("for") + r"\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$")
_BETWEEN_OR_WITH = re.compile(r"\s+(?:between|with)\b")
_OCCASION = re.compile(
    r"\b(?:at|during|on the sidelines of|on the margins of)\s+(?:the|a|an)\s+(?:[\w.-]+\s+){0,3}$"
)
_THEIR_PURPOSE = re.compile(opens_word("for") + r"\s+(?:their|his|her|its)\s+(?:[\w-]+\s+){0,2}$")
# "X also attended the meeting": X joins the event already reported
JOINS = Caseless(
    re.compile(
        r"\b(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|participat\w* in|t(?:ook|ake|aking) part in|"
        r"sat in on|present at)\s+(?:the|this|that|their|those)\s+(?:[\w-]+\s+){0,2}$",
        re.I,
    )
)


def is_purpose(text: str, found: list[Trigger], i: int) -> bool:
    """ "will meet Kim in Hanoi for their second summit": trigger ``i`` names the purpose of
    the one before it."""
    before = text[max(found[i - 1].end, found[i].start - 40) : found[i].start]
    return bool(_FOR_A.search(before) or _THEIR_PURPOSE.search(before) or _OCCASION.search(before))


def refers_back(text: str, sentence: Sentence, t: Trigger, *, follows_another: bool) -> bool:
    """Whether a trigger refers back to an event ("the meeting came ...", "during the talks"),
    or, after another trigger of its sentence, names its purpose ("sat down ... for a meeting")."""
    before = text[max(sentence.start, t.start - 40) : t.start]
    after = text[t.end : t.end + 30]
    names_others = _BETWEEN_OR_WITH.match(after)
    if follows_another and _FOR_A.search(before[-30:]) and not names_others:
        return True
    # (the cheaper test of each pair first, and a word test before a scan: same answers)
    if ("such" in before and _SUCH.search(before)) or _joins(before):
        return True
    if _REFERRING_VERB.match(after) and _DEFINITE_SUBJECT.search(before):
        return True  # may still name who took part: "the meeting took place between X and Y"
    if _AS_A.search(before):
        return True  # "described the talks as a wide-ranging discussion"
    if (
        follows_another
        and text[t.start : t.end].lower().startswith("convene")
        and re.match(r"\s+(?:at|in|on)\b", after)
    ):
        return True  # "A trilateral summit ... is scheduled to convene at Camp David"
    if not names_others and _PREDICATE.search(before):
        return True  # "The meeting will be the first formal talks since ...": the same event
    return not names_others and bool(_PREPOSITIONAL.search(before))


# every match of JOINS holds one of these (lowercased)
_JOIN_WORDS = (
    "attend",
    "join",
    "participat",
    "took part",
    "take part",
    "taking part",
    "sat in on",
    "present at",
)


def _joins(before: str) -> bool:
    """``JOINS.search(before)``, skipped where ASCII text holds none of its words."""
    if before.isascii() and not holds_any(before.lower(), _JOIN_WORDS):
        return False
    return JOINS.search(before) is not None

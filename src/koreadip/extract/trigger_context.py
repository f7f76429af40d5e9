"""The context that makes trigger words no report of a meeting (a press conference, talks hoped
for, a meeting the text says did not happen, a heading), and the gatherings of many nations."""

from __future__ import annotations

import re

from .guards import holds_any

__all__ = ["VAGUE", "holds_any", "may_name_many", "of_many", "reports_a_meeting"]

# Words that make the trigger itself no meeting: it is part of them ("a press call", "met with
# reporters", "a cabinet meeting", "a meeting of the NSC", "the summit declaration") or they
# stand right beside it ("a ceremony", "a speech").
_NOT_A_MEETING_SELF = re.compile(
    # every alternative opens with a letter, not a group: ``re`` then skips the alternatives
    # whose first letter differs at once (several times faster)
    r"press (?:conference|briefing|call)|news (?:conference|briefing|call)|briefing|"
    r"call with (?:reporters|journalists)|calls with (?:reporters|journalists)|"
    + "|".join(
        rf"{verb} (?:(?:today|yesterday|briefly|again) )?(?:with |to )?(?:the )?"
        r"(?:reporters|journalists|press|media)"
        for verb in ("meet", "met", "meeting", "talks?", "spoke", "talked")
    )
    + r"|speech|ceremony|"
    r"national security council|cabinet meeting|party meeting|meeting of (?:his|her|the|its) |"
    r"visit(?:ed|s|ing)? (?:to )?(?:the )?(?:factory|site|exhibition|museum|base)|"
    r"summit (?:fact[- ]?sheet|declaration|statement|agreement|communiqu\w*|document|outcome)|"
    + "|".join(
        rf"{noun}s? (?:channel|mechanism|body|framework|format|platform|system|process)"
        for noun in ("consultation", "talks", "meeting", "dialogue", "discussion", "conferencing")
    ),
    re.IGNORECASE,
)
# Context within a few words of the trigger that makes it no report of a meeting: hoped for,
# possible, called for, refused.
_NOT_A_MEETING = re.compile(
    # every alternative opens with a letter (see _NOT_A_MEETING_SELF): "\bif\b" is written
    # "if(?<=\bif)\b", the same test
    r"potential|possible|possibility|hope[sd]? (?:for|to)|momentum (?:for|toward)|"
    r"prospects? (?:for|of)|chances? (?:for|of)|the idea of|idea of|talk of|speculation|"
    r"willing\w*|"
    r"could (?:also )?(?:be )?(?:meet|hold|visit|travel|head|go|fly)\w*|"
    r"may (?:also )?(?:be )?(?:meet|hold|visit|travel|head|go|fly)\w*|"
    r"might|if(?<=\bif)\b|whether(?<=\bwhether)\b|"
    r"call(?:s|ed|ing)? for|urg\w+|return to|back to (?:the )?(?:table|talks|dialogue)|"
    r"need to|ready to|open to|would resume\b(?! between)|will resume\b(?! between)|"
    r"could resume\b(?! between)|to resume\b(?! between)|"
    r"offer\w*|propos\w+|when necessary|if necessary|as needed",
    re.IGNORECASE,
)
# "depends on whether Biden sits down for talks with Kim": only supposed
_WHETHER = re.compile(r"\b(?:whether|if)\b[^.;,]{0,80}$", re.I)
# the trigger is what someone wants to happen: "resume direct talks", "push for a summit"
_WANTED = re.compile(
    r"\b(?:resum\w+|restart\w*|reopen\w*|revive|reviving|seek\w*|"
    r"push\w* for)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}$|"
    # "refused to hold talks", "rejected the offer of a summit" (not "refused to postpone")
    r"\b(?:refus\w+|reject\w+|declin\w+)\s+(?:to\s+(?:meet|hold|attend|join|have|take part in)"
    r"\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_WANTED_WORDS = (
    "resum", "restart", "reopen", "reviv", "seek", "push", "refus", "reject", "declin"
)  # fmt: skip
# "good to be here and to meet with you", "a pleasure to meet you": a courtesy that greets the
# meeting being held as the words are spoken (told elsewhere), not another one
_COURTESY = re.compile(
    r"\b(?:good|nice|great|pleasure|honou?r(?:ed)?|glad|happy|delighted|pleased)\s+to\s+"
    r"[^.;:!?]{0,60}$",
    re.I,
)
_YOU = re.compile(r"\s+(?:with\s+)?you\b", re.I)
_NEGATED = re.compile(r"\b(?:not|didn't|won't|never|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NEGATED_WORDS = ("no", "never", "n't")
# "hosted Foreign Minister Park", "hosts his counterpart": a host receives a visitor; "hosted a
# dinner", "hosting the Olympics" name no one received
_HOSTED_WHOM = re.compile(
    r"\s+(?:[A-Z]|(?:his|her|their|visiting|my|our)\s|the\s+(?:two|three|[A-Z]))"
)
_WELCOMED_WHAT = re.compile(r"\s+(?:[\w.]+\s+){0,5}?[\w.]+['’]s\s+[a-z]")
# "the group convened in Washington", "was convened by": a meeting, not "convened a meeting"
_CONVENED = re.compile(r"\b(?:was|were|be|been|being|to)\s+$")
_CONVENED_WHERE = re.compile(r"\s+(?:in|at|on|for|by)\b")
VAGUE = frozenset(
    {
        "talks",
        "session",
        "conversation",
        "discussion",
        "discussions",
        "consultation",
        "consultations",
        "held a dialogue",
        "dialogue",
    }
)
# A vague noun reports an event only with a determiner or a qualifier of one:
# "their talks", "working-level consultations", "the first session" — not "close consultations".
_SPECIFIC = re.compile(
    r"\b(?:a|an|the|their|its|his|her|this|these|first|second|third|latest|next|bilateral|during|"
    r"trilateral|video|phone|working-level|working-group|high-level|regular|policy|nuclear|"
    r"separate|strategic|\d+(?:st|nd|rd|th)|held|hold|holds|holding|for|of|attend|attends|"
    r"attended|attending)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_DIALOGUE_HELD = re.compile(
    r"\b(?:held|hold|holds|holding|hosted|hosts|launched|launch|"
    r"(?<!for )(?<!to )(?:a|an|their|this))\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_WITH_SOMEONE = re.compile(
    r"\s+(?:with|(?:was|were)\s+(?:led|held|chaired|co-chaired|hosted|convened)\s+by)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?[A-Z]"
)
_GENERIC = re.compile(
    r"\b(?:close|closely|intensive|continued|continue|continuing|further|"
    r"ongoing|stalled|deadlocked|stalemated|months of|years of)\s+"
    r"(?:(?!(?:during|in|at|on|with|after|before)\b)[\w-]+\s+)?$",
    re.I,
)
_CALL_DETERMINER = re.compile(r"\b(?:phone|telephone|a|the|first|during|their|his|her)\s+$")
_NOT_A_MEETING_LOWER = re.compile(_NOT_A_MEETING.pattern)
_NOT_A_MEETING_SELF_LOWER = re.compile(_NOT_A_MEETING_SELF.pattern)
_SPECIFIC_LOWER = re.compile(_SPECIFIC.pattern)


def _search(ci: re.Pattern[str], lower: re.Pattern[str], text: str) -> bool:
    if text.isascii():
        return lower.search(text.lower()) is not None
    return ci.search(text) is not None


# Words that every match of a pattern holds (lowercase): ASCII text lowercased that holds none
# of them has no match, and the scan is skipped (tests/test_extract_triggers.py checks each
# list against its pattern).
_NOT_A_MEETING_WORDS = (
    "potential", "possib", "hope", "momentum", "prospect", "chance", "idea of", "talk of",
    "speculation", "willing", "could ", "may ", "might", "if", "whether", "call", "urg",
    "return to", "back to ", "need to", "ready to", "open to", "resume", "offer", "propos",
    "necessary", "as needed",
)  # fmt: skip
_NOT_A_MEETING_SELF_WORDS = (
    "press", "news ", "briefing", "reporters", "journalists", "media", "speech", "ceremony",
    "national security council", "cabinet meeting", "party meeting", "meeting of ", "factory",
    "site", "exhibition", "museum", "base", "summit ", "channel", "mechanism", "body",
    "framework", "format", "platform", "system", "process",
)  # fmt: skip
_WHETHER_WORDS = ("whether", "if")


def _not_a_meeting(local: str, low: str | None = None) -> bool:
    """Whether words near a trigger (``local``) make it no report of a meeting (hoped for,
    called for, refused: see ``_NOT_A_MEETING``); ``low``: ``local`` lowercased, where it lowers
    simply (see ``reports_a_meeting``) and the caller has it."""
    if low is not None or local.isascii():
        low = local.lower() if low is None else low
        return holds_any(low, _NOT_A_MEETING_WORDS) and bool(_NOT_A_MEETING_LOWER.search(low))
    return _NOT_A_MEETING.search(local) is not None


def _may_match(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str, pos: int, endpos: int
) -> bool:
    """``pattern`` (case-insensitive, every match holding one of ``words`` lowercased) searched
    in ``text[pos:endpos]`` (as ``search(text, pos, endpos)``: what stands before ``pos`` still
    counts for ``\\b``), the scan skipped where the part, ASCII, holds none of the words."""
    part = text[pos:endpos]
    if part.isascii() and not holds_any(part.lower(), words):
        return False
    return pattern.search(text, pos, endpos) is not None


_SMALL_WORDS = frozenset({"on", "of", "and", "for", "to", "the", "by", "in", "with"})


def _in_heading(text: str, start: int, end: int) -> bool:
    """A capitalised trigger inside Title Case words is a heading ("Coordination Talks on North
    Korea Policy"), unless it ends a named meeting ("Foreign Ministers' Meeting")."""
    words = text[max(0, start - 60) : start].split()
    before = words[-3:]
    if not before or before[-1].endswith(("'", "’", '"', "‘", "“")):
        return False
    if len(words) > 3 and words[-4][:1].islower() and words[-4].lower() not in _SMALL_WORDS:
        return False  # "the accomplishments of the Inter-Korean Summit": a name in a sentence
    after = [w for w in text[end : end + 20].split()[:1] if w.strip("'’\"”:.,")]
    caps = [w for w in before + after if w[:1].isupper() or w.lower() in _SMALL_WORDS]
    # one capitalised word before it is enough at the start of a run-in heading ("Envoys Meet
    # in Washington South Korea's envoy ...")
    opening = len(text[:start].split()) == 1
    return len(caps) == len(before + after) and (len(before) >= 2 or opening)


def _part_of(local: str, start: int, end: int, low: str | None = None) -> bool:
    """Whether words that make no meeting take in the trigger at ``start:end`` of ``local`` or
    stand right beside it (``low`` as for ``_not_a_meeting``)."""
    if low is not None or local.isascii():
        low = local.lower() if low is None else low
        if not holds_any(low, _NOT_A_MEETING_SELF_WORDS):
            return False
        found = _NOT_A_MEETING_SELF_LOWER.finditer(low)
    else:
        found = _NOT_A_MEETING_SELF.finditer(local)
    return any(f.start() <= end + 1 and f.end() >= start - 1 for f in found)


# the gatherings of many nations: a summit or meeting of theirs is the occasion of meetings,
# not a meeting between sides (a small group such as the Quad meets as its members)
_MANY = (
    r"(?:G-?7|G-?8|G-?20|APEC|ASEAN(?:\s+Regional\s+Forum)?|NATO|EAS|BRICS|SCO|OSCE|"
    r"Asia-Pacific Economic Cooperation(?:\s+\(APEC\))?|East Asia|Nuclear Security|"
    r"(?:U\.?N\.?|United Nations)(?:\s+General Assembly|\s+Security Council)?|"
    r"Shangri-La|Munich Security)"
)
_MANY_BEFORE = re.compile(
    # "the G20 summit", "the APEC Ministerial Meeting", "NATO leaders' summit" — words of its
    # name, not "at G7 as a meeting with Trump falls through"
    rf"\b{_MANY}\)?['’]?s?\s+"
    r"(?:(?!(?:as|and|or|to|with|for|in|at|on|of|the|a|an|after|before|while|but)\b)"
    r"[\w'’()-]+\s+){0,2}$"
)
_MANY_WORDS = (
    "G7", "G-7", "G8", "G-8", "G20", "G-20", "APEC", "ASEAN", "NATO", "EAS", "BRICS", "SCO",
    "OSCE", "Asia-Pacific", "East Asia", "Nuclear Security", "UN", "U.N", "United Nations",
    "Shangri-La", "Munich Security",
)  # fmt: skip
_MANY_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:Americas|{_MANY})\b")
# every match of _MANY_BEFORE and of _MANY_AFTER holds one of these (tests check both)
_MANY_ANY = re.compile("|".join(map(re.escape, (*_MANY_WORDS, "Americas"))))


def may_name_many(text: str) -> bool:
    """Whether :func:`of_many` may find a gathering of many nations anywhere in ``text``: one
    scan for the words each of its matches holds (most texts name none; capitals are rare, and
    ``re`` skips to the letters they open with).

    >>> may_name_many("Leaders met at the G20 summit."), may_name_many("They met in Seoul.")
    (True, False)
    """
    return _MANY_ANY.search(text) is not None


def reports_a_meeting(
    text: str, start: int, end: int, word: str, lowered: str | None = None
) -> bool:
    """Whether the trigger words at ``start:end`` of a sentence's ``text`` (``word``, the words
    lowercased) report a meeting held or arranged, by the words around them.  ``lowered``:
    ``text`` lowercased, where the caller has it and lowering keeps every character's offset and
    the patterns' matches (ASCII, or other characters without case: ``lowering.lowers_simply``;
    each window is then a slice of it: the same letters as the window lowercased)."""
    before = text[max(0, start - 40) : start]
    if word == "call" and not _CALL_DETERMINER.search(before):
        return False
    if word.startswith(("host", "welcom")) and not _HOSTED_WHOM.match(text, end):
        return False
    if word.startswith("welcom") and _WELCOMED_WHAT.match(text, end):
        return False  # "welcomed Secretary Rubio's appointment": a thing, not a guest
    if word.startswith("convene") and not (
        _CONVENED.search(before) or _CONVENED_WHERE.match(text, end)
    ):
        return False  # "convened an emergency meeting of ...": the meeting word tells it
    # (with the sentence lowercased, each scan below only where its words stand)
    if (
        lowered is None or holds_any(lowered[max(0, start - 20) : start], _NEGATED_WORDS)
    ) and _NEGATED.search(before[-20:]):
        return False
    if _YOU.match(text, end) and _COURTESY.search(text, max(0, start - 80), start):
        return False
    lo = max(0, start - 45)
    local = text[lo : end + 40]
    low = lowered[lo : end + 40] if lowered is not None else None
    if (
        _not_a_meeting(local, low)
        or (
            (lowered is None or holds_any(lowered[max(0, start - 70) : start], _WANTED_WORDS))
            and _WANTED.search(text, max(0, start - 70), start) is not None
        )
        or (
            _may_match(_WHETHER, _WHETHER_WORDS, text, max(0, start - 90), start)
            if lowered is None
            else holds_any(lowered[max(0, start - 90) : start], _WHETHER_WORDS)
            and _WHETHER.search(text, max(0, start - 90), start) is not None
        )
    ):
        return False
    if _part_of(local, start - lo, end - lo, low):
        return False
    if text[start].isupper() and _in_heading(text, start, end):
        return False
    if word == "dialogue" and not _DIALOGUE_HELD.search(before):
        return False  # "support for inter-Korean dialogue": no event; "held a strategic dialogue"
    # "talks with Chung", "their talks", "working-level consultations": one event
    return word not in VAGUE or (
        (_search(_SPECIFIC, _SPECIFIC_LOWER, before) or _WITH_SOMEONE.match(text, end) is not None)
        and not _GENERIC.search(before)
    )


def of_many(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start:end`` of ``text`` names a gathering of many nations ("the
    G20 summit", "a meeting of ASEAN")."""
    lo = max(0, start - 80)
    return bool(
        (holds_any(text[lo:start], _MANY_WORDS) and _MANY_BEFORE.search(text, lo, start))
        or _MANY_AFTER.match(text, end)
    )

"""The words that report a meeting ("met", "phone talks", "summit", "visit"), vetted in context.

A trigger is dropped where the words do not report an event that happened or is arranged: a press
conference, a meeting with reporters, talks only hoped for or called for, a meeting the text says
did not happen.  Neighbouring triggers that name one event ("a meeting via video conference")
are joined.
"""

from __future__ import annotations

import re

import attrs

from ..records import Modality
from .spans import Spans
from .text import Sentence

__all__ = ["Trigger", "holds_any", "stretched", "triggers"]

_TRIGGER = re.compile(
    r"\b(?P<phone>(?:tele)?phone(?:[- ]call| talks| conversation| conference)?s?|"
    r"(?<!video )call\b(?! (?:for|on|upon|to)\b)|"
    r"(?:spoke|talked) (?:(?:by (?:tele)?phone|today|yesterday|tonight|again|separately|"
    r"briefly|earlier today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day) ){0,2}(?:with|to)|"
    r"phoned)\b"
    r"|\b(?P<video>video[- ]?conferenc\w*|videoconferenc\w*|video (?:talks|call|meeting|"
    r"consultation|summit|link|conversation)s?|"
    r"virtual (?:meeting|talks|summit)s?|via video|by video)"
    r"|\b(?P<meet>courtesy (?:call|visit)s?|hosted|hosts|hosting|"
    r"working (?:dinner|lunch|luncheon|breakfast)|(?:dinner|luncheon) meeting|"
    r"(?:luncheon|lunch|dinner|breakfast)(?=\s+(?:meeting\s+)?with\s)|"
    r"(?:speaks|speaking) with|get(?:s|ting)? together|got together|"
    r"travel(?:s|ed|led|ing|ling)? to|convene[ds]?|welcom(?:e|es|ed|ing)|"
    r"meet(?:s|ing|ings)?|met|talks|summit(?:s|ry)?|visit(?:s|ed|ing)?|face-to-face|"
    r"sat down|sit down|sitting down|dropped by|consultations?|discussions?|session|co-chaired|"
    r"trip|"
    r"held a dialogue|dialogue|conversation|gathering)\b",
    re.IGNORECASE,
)
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
# "good to be here and to meet with you", "a pleasure to meet you": a courtesy that greets the
# meeting being held as the words are spoken (told elsewhere), not another one
_COURTESY = re.compile(
    r"\b(?:good|nice|great|pleasure|honou?r(?:ed)?|glad|happy|delighted|pleased)\s+to\s+"
    r"[^.;:!?]{0,60}$",
    re.I,
)
_YOU = re.compile(r"\s+(?:with\s+)?you\b", re.I)
_NEGATED = re.compile(r"\b(?:not|didn't|won't|never|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_EXPLICIT_IN_PERSON = frozenset(
    {
        "gathering",
        "face-to-face",
        "visit",
        "visits",
        "visited",
        "visiting",
        "summit",
        "summits",
        "sat down",
        "sit down",
        "sitting down",
        "trip",
        "dropped by",
        "hosted",
        "hosts",
        "hosting",
        "working dinner",
        "working lunch",
        "working luncheon",
        "working breakfast",
        "dinner meeting",
        "luncheon meeting",
        "courtesy call",
        "courtesy calls",
        "courtesy visit",
        "courtesy visits",
        "luncheon",
        "lunch",
        "dinner",
        "breakfast",
        "get together",
        "gets together",
        "getting together",
        "got together",
        "welcome",
        "welcomes",
        "welcomed",
        "welcoming",
    }
)
# "hosted Foreign Minister Park", "hosts his counterpart": a host receives a visitor; "hosted a
# dinner", "hosting the Olympics" name no one received
_HOSTED_WHOM = re.compile(
    r"\s+(?:[A-Z]|(?:his|her|their|visiting|my|our)\s|the\s+(?:two|three|[A-Z]))"
)
_WELCOMED_WHAT = re.compile(r"\s+(?:[\w.]+\s+){0,5}?[\w.]+['’]s\s+[a-z]")
# "the group convened in Washington", "was convened by": a meeting, not "convened a meeting"
_CONVENED = re.compile(r"\b(?:was|were|be|been|being|to)\s+$")
_CONVENED_WHERE = re.compile(r"\s+(?:in|at|on|for|by)\b")
_VAGUE = frozenset(
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
_JOINING_GAP = re.compile(
    r"\s*(?:(?:via|by|through|over|in|and|or|for|a|an|the|their|its|working|[\w-]+-level|"
    r"working-group|\w+-(?:hour|minute|day))\s+){0,3}"
)


# Case-insensitive matching is slow in ``re`` (no literal prefix to skip ahead by).  On ASCII
# text, lowercasing and matching the lowercase pattern case-sensitively gives the same matches
# at the same offsets; other text keeps the IGNORECASE pattern.
# every trigger opens a word with one of these three letters (lowercase): testing its first
# letter, then the three, skips most positions at once (the scan ~1.5x faster)
_TRIGGER_STARTS = (
    "tel", "pho", "cal", "spo", "tal", "vid", "vir", "via", "by ", "cou", "hos", "wor", "din",
    "lun", "bre", "spe", "get", "got", "tra", "con", "wel", "mee", "met", "sum", "vis", "fac",
    "sat", "sit", "dro", "dis", "ses", "co-", "tri", "hel", "dia", "gat",
)  # fmt: skip
_TRIGGER_LOWER = re.compile(
    rf"\b(?=[{''.join(sorted({w[0] for w in _TRIGGER_STARTS}))}])"
    rf"(?={'|'.join(_TRIGGER_STARTS)})(?:{_TRIGGER.pattern})"
)
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


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` as a substring.

    >>> holds_any("the g20 summit", ("g20", "apec")), holds_any("a summit", ("g20",))
    (True, False)
    """
    for word in words:  # noqa: SIM110 (a loop: twice as fast as any() over a generator)
        if word in text:
            return True
    return False


def _not_a_meeting(local: str) -> bool:
    """Whether words near a trigger (``local``) make it no report of a meeting (hoped for,
    called for, refused: see ``_NOT_A_MEETING``)."""
    if local.isascii():
        low = local.lower()
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


def _part_of(local: str, start: int, end: int) -> bool:
    """Whether words that make no meeting take in the trigger at ``start:end`` of ``local`` or
    stand right beside it."""
    if local.isascii():
        low = local.lower()
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
_MANY_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:Americas|{_MANY})\b")

_REMOTE = (Modality.PHONE, Modality.VIDEO)
# a phone or video word that tells how an earlier verb was done: "spoke ... over the phone"
_MANNER = re.compile(r"^[^;]*\b(?:over|by|on|via|through)\s+(?:the\s+|a\s+)?$")


@attrs.frozen(slots=True)
class Trigger:
    """Words in a sentence that report one meeting."""

    start: int
    end: int
    modality: Modality
    explicit: bool  # the words say how they met ("by phone", "visit"), not just "met"
    summit: bool
    travel: bool  # a visit or trip: one party went to the other
    vague: bool = False  # "talks", "discussion": weaker evidence that two mentions are one event
    multilateral: bool = False  # "the G20 summit": a gathering of many, no meeting of its own
    quote: tuple[int, int] | None = None  # the quotation it stands in, if any


def stretched(t: Trigger, end: int) -> Trigger:
    """The trigger reaching to ``end`` (``attrs.evolve(t, end=end)``, without its lookups)."""
    return Trigger(
        t.start, end, t.modality, t.explicit, t.summit, t.travel, t.vague, t.multilateral, t.quote
    )


def triggers(sentence: Sentence, quoted: Spans) -> list[Trigger]:
    """The meeting triggers of a sentence, in order; one inside a quotation knows its span."""
    out: list[Trigger] = []
    text = sentence.text
    ascii_text = text.isascii()
    found = _TRIGGER_LOWER.finditer(text.lower()) if ascii_text else _TRIGGER.finditer(text)
    for m in found:
        s, e = sentence.start + m.start(), sentence.start + m.end()
        surface = text[m.start() : m.end()]
        word = surface.lower()
        before = text[max(0, m.start() - 40) : m.start()]
        if word == "call" and not _CALL_DETERMINER.search(before):
            continue
        if word.startswith(("host", "welcom")) and not _HOSTED_WHOM.match(text, m.end()):
            continue
        if word.startswith("welcom") and _WELCOMED_WHAT.match(text, m.end()):
            continue  # "welcomed Secretary Rubio's appointment": a thing, not a guest
        if word.startswith("convene") and not (
            _CONVENED.search(before) or _CONVENED_WHERE.match(text, m.end())
        ):
            continue  # "convened an emergency meeting of ...": the meeting word tells it
        if _NEGATED.search(before[-20:]):
            continue
        if _YOU.match(text, m.end()) and _COURTESY.search(text, max(0, m.start() - 80), m.start()):
            continue
        lo = max(0, m.start() - 45)
        local = text[lo : m.end() + 40]
        if (
            _not_a_meeting(local)
            or _WANTED.search(text, max(0, m.start() - 70), m.start())
            or _may_match(_WHETHER, _WHETHER_WORDS, text, max(0, m.start() - 90), m.start())
        ):
            continue
        if _part_of(local, m.start() - lo, m.end() - lo):
            continue
        if surface[0].isupper() and _in_heading(text, m.start(), m.end()):
            continue
        if word == "dialogue" and not _DIALOGUE_HELD.search(before):
            continue  # "support for inter-Korean dialogue": no event; "held a strategic dialogue"
        if word in _VAGUE and (
            # "talks with Chung", "their talks", "working-level consultations": one event
            not (_search(_SPECIFIC, _SPECIFIC_LOWER, before) or _WITH_SOMEONE.match(text, m.end()))
            or _GENERIC.search(before)
        ):
            continue
        if m.group("phone"):
            modality, explicit = Modality.PHONE, True
        elif m.group("video"):
            modality, explicit = Modality.VIDEO, True
        elif word in _VAGUE:
            modality, explicit = Modality.UNKNOWN, False
        else:
            modality, explicit = Modality.IN_PERSON, word in _EXPLICIT_IN_PERSON
        travel = word.startswith(("visit", "trip", "dropped", "courtesy visit", "travel"))
        if travel and word.startswith("travel"):
            explicit = True
        many = bool(
            _MANY_BEFORE.search(text, max(0, m.start() - 80), m.start())
            or _MANY_AFTER.match(text, m.end())
        )
        quote = quoted.holding(s)
        out.append(
            Trigger(
                s,
                e,
                modality,
                explicit,
                word.startswith("summit"),
                travel,
                word in _VAGUE,
                many,
                quote,
            )
        )
    merged: list[Trigger] = []
    for t in out:
        gap = text[merged[-1].end - sentence.start : t.start - sentence.start] if merged else ""
        if merged and merged[-1].quote != t.quote:
            merged.append(t)  # a quotation's edge parts what it says from what is said of it
            continue
        if merged and _MANNER.search(gap) and t.modality in _REMOTE and len(gap) <= 100:
            # "speaks with her counterpart, Mike Pompeo, over the phone": how they spoke
            prev = merged[-1]
            merged[-1] = Trigger(
                prev.start,
                prev.end,
                t.modality,
                True,
                prev.summit,
                prev.travel,
                prev.vague,
                prev.multilateral,
                prev.quote,
            )
            continue
        if merged and _JOINING_GAP.fullmatch(gap):
            prev = merged[-1]
            best = t if t.explicit and not prev.explicit else prev
            if t.modality in _REMOTE:  # "the summit in a phone call": the call is how they met
                best = t
            merged[-1] = Trigger(
                prev.start,
                t.end,
                best.modality,
                best.explicit,
                prev.summit or t.summit,
                prev.travel and t.travel,
                prev.vague and t.vague,
                prev.multilateral or t.multilateral,
                prev.quote,
            )
        else:
            merged.append(t)
    return merged
